//! Stable string identifiers shared by every kind of record in a workspace.

use std::fmt;

/// A stable identifier. Ids are unique across the whole workspace, so a
/// decision link can point at an element or a relationship without saying which.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

impl Id {
    /// The longest id a file may carry.
    pub const MAX_LEN: usize = 64;

    pub fn new(text: impl Into<String>) -> Self {
        Id(text.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Ids are short, non-empty and limited to letters, digits and `-_.:`,
    /// so they are safe in attributes, file names and URLs.
    pub fn is_well_formed(&self) -> bool {
        !self.0.is_empty()
            && self.0.len() <= Self::MAX_LEN
            && self
                .0
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Id {
    fn from(text: &str) -> Self {
        Id(text.to_string())
    }
}

impl From<String> for Id {
    fn from(text: String) -> Self {
        Id(text)
    }
}
