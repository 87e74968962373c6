//! Share links: the whole workspace in a URL fragment, which browsers never
//! send to a server. The fragment is `w=<link format>.<payload>`, where the
//! payload is the `.conway.json` text compressed as zlib (deflate with its
//! Adler-32 trailer, so a changed character is detected) and written in
//! base64url without padding. The link format number is the link's own, not
//! the file's: it changes only if this encoding does (another compression, say).
//!
//! A link is untrusted input. Decoding must never panic, never inflate past
//! the file size limit, and never repair a link into another workspace; it
//! returns the exact text, which the caller hands to `conway_format::read` for
//! the same validation, limits and messages as a file.

mod base64url;
mod clean;
mod error;

#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod tests;

pub use error::{Corruption, LinkError};

use crate::zlib::{self, InflateError};
use conway_format::MAX_FILE_BYTES;

/// The link format this build writes and the newest it reads.
pub const LINK_FORMAT: u32 = 1;

/// Above this many characters the dialog warns that chat tools may cut the
/// link, and offers the file instead.
pub const WARN_LENGTH: usize = 8_000;

/// The longest link offered at all. Chromium takes URLs up to 2 MB and
/// Firefox about 1 MB, but Safari has been seen to fail at about 80,000
/// characters; 65,536 stays under the smallest of these with room to spare,
/// and a link that long already fails in most chat and mail tools.
pub const MAX_LENGTH: usize = 65_536;

/// The key that marks a Conway fragment.
const KEY: &str = "w=";

/// How the dialog treats a link of some length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkLength {
    /// Offer it as it is.
    Fine,
    /// Offer it, warning that chat tools may cut it; offer the file too.
    Long,
    /// Refuse it: browsers may not open it; offer the file instead.
    TooLong,
}

impl LinkLength {
    /// What the dialog says beside the length, if anything.
    pub fn message(self) -> Option<&'static str> {
        match self {
            LinkLength::Fine => None,
            LinkLength::Long => Some(
                "This link is long: chat tools and mail may cut it short. If it does not \
                 open, share the file instead.",
            ),
            LinkLength::TooLong => Some(
                "This workspace is too large for a link that every browser opens. Share the \
                 file instead.",
            ),
        }
    }
}

/// The advice for a link of `length` characters: the whole link as copied,
/// address included (links are ASCII, so characters and bytes agree).
pub fn advice(length: usize) -> LinkLength {
    if length > MAX_LENGTH {
        LinkLength::TooLong
    } else if length > WARN_LENGTH {
        LinkLength::Long
    } else {
        LinkLength::Fine
    }
}

/// The fragment for a workspace's `.conway.json` text, without the leading
/// `#`: the link is the page's address, `#`, then this. Deterministic.
pub fn encode(workspace_text: &str) -> String {
    let payload = base64url::encode(&zlib::compress(workspace_text.as_bytes()));
    format!("{KEY}{LINK_FORMAT}.{payload}")
}

/// The exact `.conway.json` text a link carries. Takes the fragment with or
/// without its `#`, or the whole link, and tolerates what tools do to links
/// on the way (see `clean`): surrounding text and whitespace, `%`-escapes,
/// line breaks, closing punctuation.
pub fn decode(fragment: &str) -> Result<String, LinkError> {
    decode_within(fragment, MAX_FILE_BYTES)
}

/// `decode` with another size limit, so tests can reach it cheaply.
fn decode_within(fragment: &str, limit: usize) -> Result<String, LinkError> {
    let cleaned = clean::clean(fragment);
    let payload = versioned_payload(&cleaned)?;
    let decoded =
        base64url::decode(payload).map_err(|c| LinkError::Corrupted(Corruption::Character(c)))?;
    let bytes = zlib::inflate(&decoded.bytes, limit).map_err(|e| match e {
        InflateError::Truncated => LinkError::Truncated,
        InflateError::Checksum => LinkError::Corrupted(Corruption::Checksum),
        InflateError::Invalid => LinkError::Corrupted(Corruption::Data),
        InflateError::TooLarge => LinkError::TooLarge { limit },
    })?;
    // A complete stream from bits `encode` could not have written: a
    // character was added or changed at the very end.
    if !decoded.canonical {
        return Err(LinkError::Corrupted(Corruption::Data));
    }
    String::from_utf8(bytes).map_err(|_| LinkError::Corrupted(Corruption::Text))
}

/// The payload after `w=<format>.`, once the format is known to be readable.
fn versioned_payload(cleaned: &str) -> Result<&str, LinkError> {
    let Some(rest) = cleaned.strip_prefix(KEY) else {
        // `w` alone is what is left of a link cut right after its `#`.
        return Err(if !cleaned.is_empty() && KEY.starts_with(cleaned) {
            LinkError::Truncated
        } else {
            LinkError::NotALink
        });
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let Some((format, payload)) = rest.split_once('.') else {
        return Err(if all_digits(rest) {
            LinkError::Truncated
        } else {
            LinkError::NotALink
        });
    };
    if !all_digits(format) {
        return Err(LinkError::NotALink);
    }
    match format.parse::<u32>() {
        Ok(LINK_FORMAT) => Ok(payload),
        Ok(found) if found > LINK_FORMAT => Err(LinkError::Newer {
            found,
            reads_up_to: LINK_FORMAT,
        }),
        // Format 0 never existed; more digits than a u32 is no format either.
        _ => Err(LinkError::NotALink),
    }
}
