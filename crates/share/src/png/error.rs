//! Why a picture does not open as a workspace, in words its reader can act on.

use std::fmt;

use conway_format::grouped;

/// A picture that does not give a workspace. `Display` is the text the app
/// shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PngError {
    /// The file does not start with the PNG signature.
    NotAPng,
    /// A sound PNG without Conway's text chunk.
    NoWorkspace,
    /// A PNG whose structure or workspace chunk is broken.
    Damaged(Damage),
    /// The workspace is larger than the file size limit.
    TooLarge { limit: usize },
}

/// What is broken in a damaged picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Damage {
    /// The file stops before its `IEND` chunk.
    CutShort,
    /// A chunk length, type or order no PNG has.
    Layout,
    /// The CRC of the chunk of this type does not match.
    Checksum([u8; 4]),
    /// The workspace chunk is malformed, or does not decompress to text.
    Workspace,
}

impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PngError::NotAPng => f.write_str("This file is not a PNG picture."),
            PngError::NoWorkspace => {
                f.write_str("This picture was not exported by Conway with its workspace.")
            }
            PngError::Damaged(damage) => write!(
                f,
                "This picture is damaged: {damage}. Ask for the file instead."
            ),
            PngError::TooLarge { limit } => write!(
                f,
                "The workspace is too large: Conway opens workspaces up to {} MB ({} bytes).",
                limit / 1_000_000,
                grouped(*limit)
            ),
        }
    }
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Damage::CutShort => f.write_str("it is cut short"),
            Damage::Layout => f.write_str("its parts are not laid out as a PNG's"),
            Damage::Checksum(kind) => write!(
                f,
                "the checksum of its {} chunk does not match",
                String::from_utf8_lossy(kind)
            ),
            Damage::Workspace => f.write_str("the workspace inside it cannot be read"),
        }
    }
}

impl std::error::Error for PngError {}
