//! Why a link does not open, in words its reader can act on.

use std::fmt;

use conway_format::grouped;

/// A link that does not open. `Display` is the text the app shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is not `w=<version>.<payload>`: some other link.
    NotALink,
    /// Made by a newer Conway, whose link format this build does not read.
    Newer { found: u32, reads_up_to: u32 },
    /// The encoding stops before its end.
    Truncated,
    /// The link was altered on the way.
    Corrupted(Corruption),
    /// The workspace inflates past the file size limit.
    TooLarge { limit: usize },
}

/// What shows that a link was altered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corruption {
    /// A character that no encoding contains.
    Character(char),
    /// The Adler-32 checksum does not match the inflated bytes.
    Checksum,
    /// The bytes are not a zlib stream, or more follows its end.
    Data,
    /// The inflated bytes are not UTF-8 text.
    Text,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::NotALink => f.write_str("This link does not hold a Conway workspace."),
            LinkError::Newer { found, reads_up_to } => write!(
                f,
                "This link was made by a newer Conway (link format {found}); this version \
                 reads link formats up to {reads_up_to}. Open it in the newer Conway, or ask \
                 for the file instead."
            ),
            LinkError::Truncated => f.write_str(
                "The link is cut short: it may have been shortened by a chat tool; ask for \
                 the file instead.",
            ),
            LinkError::Corrupted(what) => write!(
                f,
                "The link is damaged ({what}): it was changed on the way; ask for the file \
                 instead."
            ),
            LinkError::TooLarge { limit } => write!(
                f,
                "The workspace in this link is too large: Conway opens workspaces up to {} MB \
                 ({} bytes).",
                limit / 1_000_000,
                grouped(*limit)
            ),
        }
    }
}

impl fmt::Display for Corruption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Corruption::Character(c) => write!(
                f,
                "it holds the character '{}', which no Conway link has",
                c.escape_debug()
            ),
            Corruption::Checksum => f.write_str("its checksum does not match"),
            Corruption::Data => f.write_str("its compressed data is not valid"),
            Corruption::Text => f.write_str("it does not decode to text"),
        }
    }
}

impl std::error::Error for LinkError {}
