//! Why a file could not be loaded, in words a user can act on.

use std::fmt;

use super::{limits, CURRENT_VERSION, FORMAT_NAME};
use conway_model::Problem;

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Checked before parsing.
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
        reason: String,
    },
    NotAnObject,
    MissingFormat,
    WrongFormat {
        found: String,
    },
    MissingVersion,
    BadVersion {
        found: String,
    },
    NewerVersion {
        found: u64,
    },
    TooMany {
        what: &'static str,
        count: usize,
        limit: usize,
    },
    /// The JSON does not have the shape of a workspace file.
    Malformed {
        path: String,
        reason: String,
    },
    /// The file parsed but what it says is inconsistent.
    Invalid(Vec<Problem>),
}

/// How many problems a message lists before summarising the rest.
const LISTED_PROBLEMS: usize = 5;

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::TooLarge { bytes } => write!(
                f,
                "The file is {} bytes; Conway opens workspace files up to {} MB ({} bytes).",
                grouped(*bytes),
                limits::MAX_FILE_BYTES / 1_000_000,
                grouped(limits::MAX_FILE_BYTES)
            ),
            LoadError::NotJson { line, column, reason } => {
                write!(f, "This is not a JSON file: {reason} at line {line}, column {column}.")
            }
            LoadError::NotAnObject => write!(f, "This is JSON, but not a Conway workspace: the top level must be an object."),
            LoadError::MissingFormat => write!(f, "This JSON is not a Conway workspace: it has no \"format\" field."),
            LoadError::WrongFormat { found } => write!(
                f,
                "This JSON is not a Conway workspace: its format is \"{}\", expected \"{FORMAT_NAME}\".",
                found.chars().take(60).collect::<String>()
            ),
            LoadError::MissingVersion => write!(f, "The workspace file has no \"version\" field, so Conway cannot tell how to read it."),
            LoadError::BadVersion { found } => write!(f, "The workspace file's version {found} is not a version Conway ever wrote."),
            LoadError::NewerVersion { found } => write!(
                f,
                "This workspace file is version {found}, written by a newer Conway; this Conway reads up to version {CURRENT_VERSION}. Update Conway (reload the page) to open it."
            ),
            LoadError::TooMany { what, count, limit } => write!(f, "The file has {count} {what}; Conway opens up to {limit}."),
            LoadError::Malformed { path, reason } => write!(f, "{path}: {reason}"),
            LoadError::Invalid(problems) => {
                let listed: Vec<String> = problems.iter().take(LISTED_PROBLEMS).map(ToString::to_string).collect();
                write!(f, "{}", listed.join("\n"))?;
                if problems.len() > LISTED_PROBLEMS {
                    write!(f, "\n… and {} more problems.", problems.len() - LISTED_PROBLEMS)?;
                }
                Ok(())
            }
        }
    }
}

/// 20000001 → "20,000,001": numbers as messages write them.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// serde_json's message without its trailing position (we print our own).
pub(super) fn json_reason(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_string(),
        None => text,
    }
}

pub(super) fn serde_reason(error: &serde_json::Error) -> String {
    json_reason(error).replace("`", "\"")
}
