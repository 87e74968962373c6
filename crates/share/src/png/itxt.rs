//! The workspace's iTXt chunk: keyword, NUL, compression flag and method,
//! an empty language tag and translated keyword (each NUL-ended), then the
//! text, which `embed` compresses with zlib. Reading assumes nothing of a
//! chunk some other tool may have written: each NUL is searched for, the
//! flags checked, and the text inflated no further than the limit.

use super::{Damage, PngError};
use crate::zlib::{self, InflateError};

/// The chunk's data for `text`, compressed.
pub(super) fn data(keyword: &str, text: &str) -> Vec<u8> {
    let compressed = zlib::compress(text.as_bytes());
    let mut data = Vec::with_capacity(keyword.len() + 5 + compressed.len());
    data.extend_from_slice(keyword.as_bytes());
    // NUL after the keyword; compressed (1) with zlib (0); no language tag;
    // no translated keyword.
    data.extend_from_slice(&[0, 1, 0, 0, 0]);
    data.extend_from_slice(&compressed);
    data
}

/// The keyword an iTXt chunk's data starts with (up to its NUL).
pub(super) fn keyword(data: &[u8]) -> &[u8] {
    data.split(|&b| b == 0).next().unwrap_or_default()
}

/// The text, compressed or not, refused past `limit` bytes.
pub(super) fn text(data: &[u8], limit: usize) -> Result<String, PngError> {
    let damaged = PngError::Damaged(Damage::Workspace);
    let after_keyword = field_after(data).ok_or(damaged.clone())?;
    let [flag, method, rest @ ..] = after_keyword else {
        return Err(damaged);
    };
    let after_language = field_after(rest).ok_or(damaged.clone())?;
    let body = field_after(after_language).ok_or(damaged.clone())?;
    let bytes = match (flag, method) {
        (0, _) if body.len() > limit => return Err(PngError::TooLarge { limit }),
        (0, _) => body.to_vec(),
        (1, 0) => zlib::inflate(body, limit).map_err(|e| match e {
            InflateError::TooLarge => PngError::TooLarge { limit },
            _ => damaged.clone(),
        })?,
        _ => return Err(damaged),
    };
    String::from_utf8(bytes).map_err(|_| damaged)
}

/// What follows the first NUL.
fn field_after(bytes: &[u8]) -> Option<&[u8]> {
    let end = bytes.iter().position(|&b| b == 0)?;
    bytes.get(end + 1..)
}
