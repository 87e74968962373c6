//! Reads the front matter's YAML with yaml-rust2's parser into a small tree
//! of texts, lists and mappings (plain `0012` stays the text "0012"),
//! refusing aliases (which could expand without bound), deep nesting,
//! duplicate keys and second documents; then turns values into Conway's
//! texts, dates and numbers with messages that name the key. It must never
//! accept a value silently as something it is not.

use std::collections::HashSet;
use std::ops::Index;

use yaml_rust2::parser::Parser;
use yaml_rust2::scanner::{Marker, TScalarStyle};
use yaml_rust2::Event;

use super::vocabulary::quote;
use conway_model::Date;

/// Nesting deeper than this is not front matter Conway wrote or could read.
const MAX_DEPTH: usize = 16;

/// A YAML value as the front matter uses it.
#[derive(Debug, PartialEq)]
pub(super) enum Node {
    /// A scalar, and whether it was plain (unquoted): only plain `null`,
    /// `~` and nothing at all mean "no value".
    Text(String, bool),
    List(Vec<Node>),
    Map(Vec<(String, Node)>),
    /// What indexing gives for a key that is not there.
    Missing,
}

impl Index<&str> for Node {
    type Output = Node;

    fn index(&self, key: &str) -> &Node {
        match self {
            Node::Map(entries) => entries
                .iter()
                .find(|(k, _)| k == key)
                .map_or(&Node::Missing, |(_, v)| v),
            _ => &Node::Missing,
        }
    }
}

impl Node {
    /// Absent, empty, or a plain `null` or `~`.
    pub fn is_null(&self) -> bool {
        match self {
            Node::Missing => true,
            Node::Text(s, true) => matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"),
            _ => false,
        }
    }
}

enum Frame {
    List(Vec<Node>),
    Map(Vec<(String, Node)>, HashSet<String>, Option<String>),
}

/// The front matter's one document (`Missing` when empty). `lines_before` is
/// how many file lines come before the YAML, for messages.
pub(super) fn load(yaml: &str, lines_before: usize) -> Result<Node, String> {
    let at = |mark: Marker| mark.line() + lines_before;
    let mut parser = Parser::new_from_str(yaml);
    let mut stack: Vec<Frame> = Vec::new();
    let mut root = None;
    loop {
        let (event, mark) = parser.next_token().map_err(|e| {
            format!(
                "not valid YAML: {} at line {} column {}",
                e.info(),
                at(*e.marker()),
                e.marker().col() + 1
            )
        })?;
        let node = match event {
            Event::StreamEnd => break,
            Event::DocumentStart if root.is_some() => {
                return Err(format!("line {}: a second YAML document", at(mark)))
            }
            Event::Alias(_) => {
                return Err(format!(
                    "line {}: aliases (*name) are not supported",
                    at(mark)
                ))
            }
            Event::SequenceStart(..) | Event::MappingStart(..) if stack.len() >= MAX_DEPTH => {
                return Err(format!(
                    "line {}: nested more than {MAX_DEPTH} levels deep",
                    at(mark)
                ))
            }
            Event::SequenceStart(..) => {
                stack.push(Frame::List(Vec::new()));
                continue;
            }
            Event::MappingStart(..) => {
                stack.push(Frame::Map(Vec::new(), HashSet::new(), None));
                continue;
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Frame::List(items)) => Node::List(items),
                Some(Frame::Map(entries, ..)) => Node::Map(entries),
                None => continue,
            },
            Event::Scalar(text, style, ..) => Node::Text(text, style == TScalarStyle::Plain),
            _ => continue,
        };
        match stack.last_mut() {
            None => root = Some(node),
            Some(Frame::List(items)) => items.push(node),
            Some(Frame::Map(entries, keys, pending)) => match (pending.take(), node) {
                (None, Node::Text(key, _)) => {
                    if !keys.insert(key.clone()) {
                        return Err(format!(
                            "line {}: key {} is given twice",
                            at(mark),
                            quote(&key)
                        ));
                    }
                    *pending = Some(key);
                }
                (None, _) => return Err(format!("line {}: a key must be text", at(mark))),
                (Some(key), value) => entries.push((key, value)),
            },
        }
    }
    Ok(root.unwrap_or(Node::Missing))
}

/// A scalar as text; nothing for null.
pub(super) fn text(value: &Node, key: &str) -> Result<String, String> {
    match value {
        _ if value.is_null() => Ok(String::new()),
        Node::Text(s, _) => Ok(s.clone()),
        _ => Err(format!("{key} must be text")),
    }
}

/// A sequence of texts; a single text counts as a list of one.
pub(super) fn texts(value: &Node, key: &str) -> Result<Vec<String>, String> {
    match value {
        Node::List(items) => items
            .iter()
            .enumerate()
            .map(|(i, item)| text(item, &format!("{key}[{i}]")))
            .collect(),
        _ if value.is_null() => Ok(Vec::new()),
        other => Ok(vec![text(other, key)?]),
    }
}

/// People as MADR lists them: a sequence, or one text with commas between names.
pub(super) fn people(value: &Node, key: &str) -> Result<Vec<String>, String> {
    match value {
        Node::Text(..) => Ok(text(value, key)?
            .split(',')
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(String::from)
            .collect()),
        other => texts(other, key),
    }
}

/// A sequence of mappings (or nothing).
pub(super) fn entries<'a>(value: &'a Node, key: &str) -> Result<&'a [Node], String> {
    match value {
        Node::List(items) => {
            if let Some(i) = items.iter().position(|item| !matches!(item, Node::Map(_))) {
                return Err(format!("{key}[{i}] must be a mapping"));
            }
            Ok(items)
        }
        _ if value.is_null() => Ok(&[]),
        _ => Err(format!("{key} must be a list")),
    }
}

/// A mapping, or `None` when absent.
pub(super) fn mapping<'a>(value: &'a Node, key: &str) -> Result<Option<&'a Node>, String> {
    match value {
        Node::Map(_) => Ok(Some(value)),
        _ if value.is_null() => Ok(None),
        _ => Err(format!("{key} must be a mapping")),
    }
}

/// A `YYYY-MM-DD` date, or `None` when absent or empty.
pub(super) fn date(value: &Node, key: &str) -> Result<Option<Date>, String> {
    let text = text(value, key)?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    Date::parse(text)
        .map(Some)
        .ok_or_else(|| format!("{key} {} is not YYYY-MM-DD", quote(text)))
}

/// A decision number: `7`, `"0007"` or `"ADR-0007"`.
pub(super) fn number(value: &Node, key: &str) -> Result<u32, String> {
    let text = text(value, key)?;
    let digits = text
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_alphabetic())
        .trim_start_matches('-');
    digits
        .parse::<u32>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{key} {} is not a decision number", quote(&text)))
}

/// The keys of a mapping that are not among `known`, for warnings.
pub(super) fn unknown_keys(map: &Node, known: &[&str]) -> Vec<String> {
    match map {
        Node::Map(entries) => entries
            .iter()
            .map(|(k, _)| k)
            .filter(|k| !known.contains(&k.as_str()))
            .cloned()
            .collect(),
        _ => Vec::new(),
    }
}
