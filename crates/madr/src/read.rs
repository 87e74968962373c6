//! Reads one MADR file into a record: the front matter, the title, MADR's
//! sections (and those of MADR 2 and 3 and Nygard's template where they have
//! an obvious place), and `Status:`-style lines of files without front matter.
//! A record names other decisions by number; it must never look at a
//! workspace, so resolving ids is left to the import.

use super::blocks::{append, body, bullets, items, names, trim_blank};
use super::front_matter::{self, status};
use super::options::{merge, pros_and_cons};
use super::sections::{bullet, heading_of, verdict, Verdict};
use super::vocabulary::quote;
use super::{yaml_in, Warning};
use conway_model::{ConsideredOption, Date, Decision, RelationKind};

/// One decision as its file states it, before it meets the workspace.
#[derive(Debug)]
pub(super) struct Record {
    pub number: u32,
    /// Relations are empty here: they are in `relations`, by number. The id
    /// is `conway.id`, or empty.
    pub decision: Decision,
    pub relations: Vec<(RelationKind, u32)>,
    /// Whether the file has a `conway:` key; without one, the decision keeps
    /// the Conway-only fields it has in the log.
    pub conway: bool,
    pub status_given: bool,
    /// From a status `superseded by ADR-0005`.
    pub superseded_by: Vec<u32>,
    pub warnings: Vec<Warning>,
}

/// Reads a file named as decision `number`; a problem names the part at fault.
pub(super) fn record(path: &str, text: &str, number: u32) -> Result<Record, String> {
    // A file written with CRLF throughout reads as LF; mixed endings stay.
    let lf;
    let text = if text.contains("\r\n") && !text.replace("\r\n", "").contains('\n') {
        lf = text.replace("\r\n", "\n");
        lf.as_str()
    } else {
        text
    };
    let mut record = Record {
        number,
        decision: Decision::new("", number, ""),
        relations: Vec::new(),
        conway: false,
        status_given: false,
        superseded_by: Vec::new(),
        warnings: Vec::new(),
    };
    let (front, body) = front_matter::split(text)?;
    if let Some(yaml) = front {
        let yaml = yaml_in::load(yaml, 1).map_err(|e| format!("front matter: {e}"))?;
        front_matter::read(&yaml, &mut record, path)?;
    }
    Markdown {
        record: &mut record,
        path,
        unknown: Vec::new(),
    }
    .read(body)?;
    Ok(record)
}

struct Markdown<'a> {
    record: &'a mut Record,
    path: &'a str,
    /// Sections with no place in Conway, reported once at the end.
    unknown: Vec<String>,
}

impl Markdown<'_> {
    fn warn(&mut self, message: String) {
        self.record.warnings.push(Warning {
            path: self.path.into(),
            message,
        });
    }

    fn read(&mut self, body: &str) -> Result<(), String> {
        let lines: Vec<&str> = body.split('\n').collect();
        let mut i = 0;
        let mut title = None;
        while i < lines.len() {
            match heading_of(lines[i]) {
                Some((1, text)) => {
                    title = Some(text);
                    i += 1;
                    break;
                }
                Some((2, _)) => break,
                _ => i += 1,
            }
        }
        let title = title.ok_or("no title (a first-level heading \"# …\")")?;
        self.record.decision.title = title.to_string();
        let start = i;
        while i < lines.len() && !matches!(heading_of(lines[i]), Some((2, _))) {
            i += 1;
        }
        let preamble = self.preamble(&lines[start..i])?;
        let mut options = Vec::new();
        let mut details = Vec::new();
        while i < lines.len() {
            let name = heading_of(lines[i]).map_or("", |(_, name)| name);
            let end = (i + 1..lines.len())
                .find(|&j| matches!(heading_of(lines[j]), Some((2, _))))
                .unwrap_or(lines.len());
            self.section(name, &lines[i + 1..end], &mut options, &mut details)?;
            i = end;
        }
        if !preamble.is_empty() {
            let d = &mut self.record.decision;
            let mut context = preamble;
            append(&mut context, &d.context);
            d.context = context;
        }
        self.record.decision.options = merge(options, details);
        if !self.unknown.is_empty() {
            let count = self.unknown.len();
            let mut names: Vec<&str> = Vec::new();
            for name in &self.unknown {
                if !names.contains(&name.as_str()) && names.len() < 4 {
                    names.push(name);
                }
            }
            let list = if names.len() == 4 {
                format!("{}, …", names[..3].join(", "))
            } else {
                names.join(", ")
            };
            let what = if count == 1 {
                "a section".to_string()
            } else {
                format!("{count} sections")
            };
            self.warn(format!(
                "{what} with no place in Conway ({list}) kept at the end of the decision outcome"
            ));
        }
        Ok(())
    }

    /// Lines between the title and the first section: `Status: accepted` and
    /// the like (MADR 2 and 3), and any other text, which opens the context.
    fn preamble(&mut self, lines: &[&str]) -> Result<String, String> {
        let mut kept = Vec::new();
        for line in lines {
            let plain = bullet(line).unwrap_or(line).replace("**", "");
            let Some((key, value)) = plain.split_once(':') else {
                kept.push(*line);
                continue;
            };
            let value = value.trim();
            let d = &mut self.record.decision;
            match key.trim().to_ascii_lowercase().as_str() {
                "status" => {
                    if !self.record.status_given {
                        let (s, successors) =
                            status(value).map_err(|e| format!("\"Status:\" line: {e}"))?;
                        self.record.decision.status = s;
                        self.record.superseded_by = successors;
                        self.record.status_given = true;
                    }
                }
                "date" if d.date.is_none() => {
                    d.date = Some(Date::parse(value).ok_or_else(|| {
                        format!("\"Date:\" line: date {} is not YYYY-MM-DD", quote(value))
                    })?);
                }
                "deciders" | "decision-makers" if d.deciders.is_empty() => {
                    d.deciders = names(value)
                }
                "consulted" if d.consulted.is_empty() => d.consulted = names(value),
                "informed" if d.informed.is_empty() => d.informed = names(value),
                "date" | "deciders" | "decision-makers" | "consulted" | "informed" => {}
                _ => kept.push(*line),
            }
        }
        Ok(trim_blank(&kept).join("\n"))
    }

    fn section(
        &mut self,
        name: &str,
        lines: &[&str],
        options: &mut Vec<String>,
        details: &mut Vec<ConsideredOption>,
    ) -> Result<(), String> {
        let d = &mut self.record.decision;
        match name.trim().to_ascii_lowercase().as_str() {
            "context and problem statement" | "context" => append(&mut d.context, &body(lines)),
            "decision drivers" => d.drivers.extend(items(lines)),
            "considered options" => options.extend(items(lines)),
            "decision outcome" | "decision" => self.outcome(lines),
            "consequences" => self.consequences(lines, None),
            "confirmation" | "validation" => append(&mut d.confirmation, &body(lines)),
            "pros and cons of the options" => {
                if pros_and_cons(lines, details) {
                    self.warn(
                        "text before the first option in \"Pros and Cons of the Options\" is not kept"
                            .into(),
                    );
                }
            }
            "status" if !self.record.status_given => {
                let text = lines.iter().find(|l| !l.trim().is_empty()).unwrap_or(&"");
                let (s, successors) =
                    status(text).map_err(|e| format!("section \"Status\": {e}"))?;
                (d.status, self.record.superseded_by) = (s, successors);
                self.record.status_given = true;
            }
            "status" => {}
            _ => {
                let text = format!("## {}\n\n{}", name.trim(), body(lines));
                append(&mut d.outcome, text.trim_end());
                self.unknown.push(quote(name.trim()));
            }
        }
        Ok(())
    }

    /// The outcome text, then `### Consequences` and `### Confirmation`.
    fn outcome(&mut self, lines: &[&str]) {
        let first = lines.iter().position(|l| Part::of(l).is_some());
        let text = body(&lines[..first.unwrap_or(lines.len())]);
        let d = &mut self.record.decision;
        append(&mut d.outcome, &text);
        let mut i = first.unwrap_or(lines.len());
        while let Some(part) = lines.get(i).and_then(|l| Part::of(l)) {
            let end = (i + 1..lines.len())
                .find(|&j| Part::of(lines[j]).is_some())
                .unwrap_or(lines.len());
            let content = &lines[i + 1..end];
            match part {
                Part::Confirmation => {
                    let d = &mut self.record.decision;
                    append(&mut d.confirmation, &body(content));
                }
                Part::Consequences(plain) => self.consequences(content, plain),
            }
            i = end;
        }
    }

    /// `Good, because` and `Bad, because` bullets (plain bullets under MADR 2's
    /// positive and negative headings); anything else joins the outcome.
    fn consequences(&mut self, lines: &[&str], plain: Option<Verdict>) {
        let d = &mut self.record.decision;
        let mut rest = Vec::new();
        for b in bullets(lines) {
            match (b.marker, verdict(&b.text), plain) {
                (true, Some((Verdict::Good, t)), _) => d.good_consequences.push(t.into()),
                (true, Some((Verdict::Bad, t)), _) => d.bad_consequences.push(t.into()),
                (true, None, Some(Verdict::Good)) => d.good_consequences.push(b.text),
                (true, None, Some(Verdict::Bad)) => d.bad_consequences.push(b.text),
                _ => rest.extend(b.lines),
            }
        }
        append(&mut d.outcome, &trim_blank(&rest).join("\n"));
    }
}

/// The subsections of `## Decision Outcome` the reader knows.
#[derive(Clone, Copy)]
enum Part {
    /// MADR 4's consequences, or MADR 2's positive or negative ones.
    Consequences(Option<Verdict>),
    Confirmation,
}

impl Part {
    fn of(line: &str) -> Option<Part> {
        let (3, name) = heading_of(line)? else {
            return None;
        };
        match name.trim().to_ascii_lowercase().as_str() {
            "consequences" => Some(Part::Consequences(None)),
            "positive consequences" => Some(Part::Consequences(Some(Verdict::Good))),
            "negative consequences" => Some(Part::Consequences(Some(Verdict::Bad))),
            "confirmation" => Some(Part::Confirmation),
            _ => None,
        }
    }
}
