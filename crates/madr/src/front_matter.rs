//! The YAML front matter of a MADR file: MADR's keys (`status`, `date`,
//! `decision-makers`, `consulted`, `informed`) and the `conway:` key, written
//! from a decision and read back into a record. It must never look at the
//! Markdown below the front matter.

use std::collections::HashMap;

use super::read::Record;
use super::vocabulary::{not_one_of, quote, value, word, STATUSES};
use super::yaml_in::{self, people, Node};
use super::yaml_out::YamlOut;
use super::{conway, Warning};
use conway_model::{Decision, DecisionStatus, Id};

/// MADR's keys, and `deciders` as MADR 3 called `decision-makers`.
const KEYS: [&str; 7] = [
    "status",
    "date",
    "decision-makers",
    "deciders",
    "consulted",
    "informed",
    "conway",
];

/// `---`, the YAML, `---`: ready to put before the title.
pub(super) fn write(d: &Decision, numbers: &HashMap<&Id, u32>) -> String {
    let mut out = YamlOut::default();
    out.word(0, "status", word(&STATUSES, d.status));
    if let Some(date) = d.date {
        out.word(0, "date", &date.to_string());
    }
    out.list(0, "decision-makers", &d.deciders);
    out.list(0, "consulted", &d.consulted);
    out.list(0, "informed", &d.informed);
    conway::write(&mut out, d, numbers);
    format!("---\n{}---\n", out.finish())
}

/// The front matter's YAML (which starts on the file's second line) and the
/// rest of the file; no front matter when the file does not open with `---`.
pub(super) fn split(text: &str) -> Result<(Option<&str>, &str), String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok((None, text));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Ok((Some(&rest[..offset]), &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    Err("front matter: no closing --- line".into())
}

/// Reads the front matter into `record`; problems name the key.
pub(super) fn read(yaml: &Node, record: &mut Record, path: &str) -> Result<(), String> {
    let at = |message: String| format!("front matter: {message}");
    if yaml.is_null() {
        return Ok(());
    }
    if !matches!(yaml, Node::Map(_)) {
        return Err(at("must be a mapping of keys to values".into()));
    }
    let d = &mut record.decision;
    if !yaml["status"].is_null() {
        let text = yaml_in::text(&yaml["status"], "status").map_err(at)?;
        let (status, successors) = status(&text).map_err(at)?;
        d.status = status;
        record.superseded_by = successors;
        record.status_given = true;
    }
    d.date = yaml_in::date(&yaml["date"], "date").map_err(at)?;
    d.deciders = people(&yaml["decision-makers"], "decision-makers").map_err(at)?;
    if d.deciders.is_empty() {
        d.deciders = people(&yaml["deciders"], "deciders").map_err(at)?;
    }
    d.consulted = people(&yaml["consulted"], "consulted").map_err(at)?;
    d.informed = people(&yaml["informed"], "informed").map_err(at)?;
    for key in yaml_in::unknown_keys(yaml, &KEYS) {
        record.warnings.push(Warning {
            path: path.into(),
            message: format!("front matter key {} is not read", quote(&key)),
        });
    }
    if let Some(map) = yaml_in::mapping(&yaml["conway"], "conway").map_err(at)? {
        conway::read(map, record, path).map_err(at)?;
    }
    Ok(())
}

/// A MADR status: `accepted`, `Accepted (2024-01-05)`, or `superseded by
/// ADR-0005` with the numbers of the decisions that superseded it.
pub(super) fn status(text: &str) -> Result<(DecisionStatus, Vec<u32>), String> {
    let first = text
        .trim()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let status = value(&STATUSES, first).ok_or_else(|| not_one_of("status", text, &STATUSES))?;
    let mut successors = Vec::new();
    if status == DecisionStatus::Superseded {
        let lower = text.to_ascii_lowercase();
        let after_by = lower.split_once(" by").map_or("", |(_, rest)| rest);
        for part in after_by.split(',') {
            let digits: String = part
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect();
            let n = digits.parse::<u32>().ok().filter(|&n| n > 0);
            if let Some(n) = n.filter(|n| !successors.contains(n) && successors.len() < 10) {
                successors.push(n);
            }
        }
    }
    Ok((status, successors))
}
