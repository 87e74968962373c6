//! The Markdown of a MADR file below the front matter: the title and MADR 4's
//! sections in MADR's order, only those with content, and the line shapes the
//! reader recognises (headings, `* ` bullets, `Good, because` verdicts).
//! Bodies are written verbatim except that a body line which could pass for a
//! section heading or a verdict bullet gets one more leading space (Markdown
//! renders it the same), so that every body reads back exactly. It must never
//! write front matter.

use conway_model::{ConsideredOption, Decision};

pub(super) const CONTEXT: &str = "Context and Problem Statement";
pub(super) const DRIVERS: &str = "Decision Drivers";
pub(super) const OPTIONS: &str = "Considered Options";
pub(super) const OUTCOME: &str = "Decision Outcome";
pub(super) const CONSEQUENCES: &str = "Consequences";
pub(super) const CONFIRMATION: &str = "Confirmation";
pub(super) const PROS_AND_CONS: &str = "Pros and Cons of the Options";

/// How MADR opens a pro or con, and a consequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    Good,
    Bad,
    Neutral,
}

const VERDICTS: [(Verdict, &str); 3] = [
    (Verdict::Good, "Good, because"),
    (Verdict::Bad, "Bad, because"),
    (Verdict::Neutral, "Neutral, because"),
];

/// The title and sections of a decision, ready to follow its front matter.
pub(super) fn write(d: &Decision) -> String {
    let mut out = format!("# {}\n", one_line(&d.title));
    if !d.context.is_empty() {
        heading(&mut out, 2, CONTEXT);
        body(&mut out, &d.context);
    }
    if !d.drivers.is_empty() {
        heading(&mut out, 2, DRIVERS);
        out.push('\n');
        bullets(&mut out, None, &d.drivers);
    }
    if !d.options.is_empty() {
        heading(&mut out, 2, OPTIONS);
        out.push('\n');
        let names: Vec<String> = d.options.iter().map(|o| one_line(&o.name)).collect();
        bullets(&mut out, None, &names);
    }
    let consequences = !d.good_consequences.is_empty() || !d.bad_consequences.is_empty();
    if !d.outcome.is_empty() || consequences || !d.confirmation.is_empty() {
        heading(&mut out, 2, OUTCOME);
        if !d.outcome.is_empty() {
            body(&mut out, &d.outcome);
        }
        if consequences {
            heading(&mut out, 3, CONSEQUENCES);
            out.push('\n');
            bullets(&mut out, Some(Verdict::Good), &d.good_consequences);
            bullets(&mut out, Some(Verdict::Bad), &d.bad_consequences);
        }
        if !d.confirmation.is_empty() {
            heading(&mut out, 3, CONFIRMATION);
            body(&mut out, &d.confirmation);
        }
    }
    // Every option, or none: positions then match the list above.
    if d.options.iter().any(has_details) {
        heading(&mut out, 2, PROS_AND_CONS);
        for o in &d.options {
            heading(&mut out, 3, &one_line(&o.name));
            if !o.description.is_empty() {
                body(&mut out, &o.description);
            }
            if !o.pros.is_empty() || !o.cons.is_empty() {
                out.push('\n');
                bullets(&mut out, Some(Verdict::Good), &o.pros);
                bullets(&mut out, Some(Verdict::Bad), &o.cons);
            }
        }
    }
    out
}

fn has_details(o: &ConsideredOption) -> bool {
    !o.description.is_empty() || !o.pros.is_empty() || !o.cons.is_empty()
}

/// Titles and option names are one line in MADR: line breaks become spaces.
pub(super) fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

fn heading(out: &mut String, level: usize, text: &str) {
    out.push('\n');
    out.extend(std::iter::repeat_n('#', level));
    out.push(' ');
    out.push_str(text);
    out.push('\n');
}

/// A blank line, the body with look-alike lines escaped, a newline.
fn body(out: &mut String, text: &str) {
    out.push('\n');
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if looks_structural(line) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out.push('\n');
}

/// `* item` per item (`* Good, because item` with a verdict); further lines
/// of an item indented by two spaces.
fn bullets(out: &mut String, verdict: Option<Verdict>, items: &[String]) {
    for item in items {
        out.push_str("* ");
        if let Some(v) = verdict {
            out.push_str(verdict_words(v));
            out.push(' ');
        }
        for (i, line) in item.split('\n').enumerate() {
            if i > 0 {
                out.push_str("\n  ");
            }
            out.push_str(line);
        }
        out.push('\n');
    }
}

fn verdict_words(v: Verdict) -> &'static str {
    VERDICTS
        .iter()
        .find(|(x, _)| *x == v)
        .map_or("", |(_, w)| w)
}

/// A line that, at the start of a line, the reader would take for structure:
/// a heading of level 2 or more, or a verdict bullet. Leading spaces ignored.
fn looks_structural(line: &str) -> bool {
    let rest = line.trim_start_matches(' ');
    rest.starts_with("##") || verdict_bullet(rest).is_some()
}

/// A body line as it was before `body` escaped it.
pub(super) fn unescape(line: &str) -> &str {
    match line.strip_prefix(' ') {
        Some(rest) if looks_structural(line) => rest,
        _ => line,
    }
}

/// `## Name` → (2, "Name"): a heading at the very start of the line (a
/// trailing carriage return ignored).
pub(super) fn heading_of(line: &str) -> Option<(usize, &str)> {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    if rest.is_empty() {
        Some((level, ""))
    } else {
        rest.strip_prefix(' ').map(|text| (level, text))
    }
}

/// `* text`, `- text` or `+ text` at the very start of the line → text.
pub(super) fn bullet(line: &str) -> Option<&str> {
    if matches!(line, "*" | "-" | "+" | "*\r" | "-\r" | "+\r") {
        return Some("");
    }
    ["* ", "- ", "+ "]
        .iter()
        .find_map(|marker| line.strip_prefix(marker))
}

/// The verdict and the rest of a bullet's text: "Good, because it is fast".
pub(super) fn verdict(text: &str) -> Option<(Verdict, &str)> {
    VERDICTS.iter().find_map(|&(v, words)| {
        let rest = text.strip_prefix(words)?;
        if rest.is_empty() || rest == "\r" {
            Some((v, ""))
        } else {
            rest.strip_prefix(' ').map(|rest| (v, rest))
        }
    })
}

/// A bullet line that opens with a verdict.
pub(super) fn verdict_bullet(line: &str) -> Option<(Verdict, &str)> {
    verdict(bullet(line)?)
}
