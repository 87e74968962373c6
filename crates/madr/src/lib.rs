//! The decision log as a MADR folder (`docs/decisions/NNNN-title.md`, one
//! Markdown Any Decision Record per decision, plus an index), exported to and
//! imported from zip archives or loose `.md` files. Pure Rust: it must never
//! touch the browser, storage or JSON, and never mutate a workspace: an import
//! only proposes `Command`s for `edit` to apply as one undoable change.
//!
//! MADR's own front matter keys and sections carry what MADR knows; what only
//! Conway knows (id, category, links, concerns, relations by number, review,
//! resolution, deprecation reason, principles) goes under one `conway:` key in
//! the front matter, which other MADR tools ignore.
//!
//! Export then import gives back every field exactly, with one exception:
//! titles and option names are one line in MADR, so line breaks in them
//! become spaces. Markdown bodies are written verbatim but for one extra
//! leading space on a line that would pass for a section heading or a
//! `Good, because` bullet (Markdown renders it the same; the reader removes it).

mod archive;
mod blocks;
mod conway;
mod export;
mod fit;
mod front_matter;
mod import;
mod names;
mod options;
mod read;
mod resolve;
mod sections;
mod vocabulary;
mod yaml_in;
mod yaml_out;

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod import_tests;
#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod strategies;
#[cfg(test)]
mod tests;

use std::fmt;

use conway_edit::Command;

pub use archive::{read_archive, zip, MAX_ENTRIES, MAX_FILE_BYTES, MAX_TOTAL_BYTES};
pub use export::export;
pub use import::import;
pub use names::{decision_path, slug, DECISIONS_FOLDER};

/// One file of a MADR folder: its path inside the archive (or the name it was
/// picked under) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadrFile {
    pub path: String,
    pub text: String,
}

/// Why an archive or a file could not be imported, and where:
/// `docs/decisions/0007-x.md: front matter: date "next week" is not YYYY-MM-DD`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MadrError {
    /// The file, or `None` when the archive as a whole is at fault.
    pub path: Option<String>,
    pub message: String,
}

impl MadrError {
    fn archive(message: impl Into<String>) -> Self {
        MadrError {
            path: None,
            message: message.into(),
        }
    }

    fn at(path: &str, message: impl Into<String>) -> Self {
        MadrError {
            path: Some(path.to_string()),
            message: message.into(),
        }
    }
}

impl fmt::Display for MadrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.path {
            Some(path) => write!(f, "{path}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for MadrError {}

/// Something an import left out or changed, for the user to read; not fatal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// What an import would change: the commands to apply in order, as one
/// undoable step (new decisions first, then one `UpdateDecisions`), and what
/// it counted and left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub commands: Vec<Command>,
    /// Decisions whose number was new to the log.
    pub added: usize,
    /// Decisions whose number was already in the log (they keep their id).
    pub updated: usize,
    /// Files that are not decision records (an index, a template, ...).
    pub skipped: usize,
    pub warnings: Vec<Warning>,
}
