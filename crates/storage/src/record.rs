//! A stored workspace: its revision and its file text in one value, so a
//! single write replaces both at once.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    /// Counts saves; a writer must name the revision it started from.
    pub revision: u64,
    pub text: String,
}

const MAGIC: &str = "conway-record";

impl Record {
    pub fn encode(&self) -> String {
        format!("{MAGIC} {}\n{}", self.revision, self.text)
    }

    pub fn decode(raw: &str) -> Result<Record, StoreError> {
        let (header, text) = raw
            .split_once('\n')
            .ok_or_else(|| StoreError::Corrupt(raw.to_string()))?;
        let revision = header
            .strip_prefix(MAGIC)
            .and_then(|rest| rest.trim().parse().ok())
            .ok_or_else(|| StoreError::Corrupt(raw.to_string()))?;
        Ok(Record {
            revision,
            text: text.to_string(),
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refuses storage (private mode, disabled by policy).
    Unavailable(String),
    /// The browser's storage quota is used up.
    QuotaExceeded,
    /// Someone else (another tab) saved since we last read.
    Conflict { stored: u64, expected: u64 },
    /// The stored value is not a record; carries the raw value so it can be kept.
    Corrupt(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable(reason) => write!(f, "Browser storage is unavailable ({reason}). Your work stays open here; export it to keep a copy."),
            StoreError::QuotaExceeded => write!(f, "Browser storage is full, so the last changes are not saved. Export the workspace to keep them."),
            StoreError::Conflict { .. } => write!(f, "This workspace was saved from another tab. Your changes here are not saved yet."),
            StoreError::Corrupt(_) => write!(f, "The saved copy of this workspace is damaged."),
        }
    }
}
