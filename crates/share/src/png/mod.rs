//! The workspace inside a PNG picture, so that dropping or importing the
//! picture opens it exactly as the file would. It travels in an `iTXt` chunk
//! (keyword `conway-workspace`) placed just before `IEND`, its text
//! compressed with zlib as the PNG specification allows. Why `iTXt`: it is
//! UTF-8, so the `.conway.json` text goes in as it is, where `tEXt` is
//! Latin-1 and needs an escaping of its own (draw.io URL-encodes its XML in
//! `tEXt`; Excalidraw puts JSON in `tEXt` under
//! `application/vnd.excalidraw+json`). Compressed, because the workspace is
//! often larger than the picture, and JSON shrinks five-fold.
//!
//! A picture is untrusted input: reading must check every length and CRC,
//! never panic, never inflate past the file size limit, and return the exact
//! text for `conway_format::read` to validate. Writing never changes the
//! image: every other chunk is copied byte for byte.

mod chunks;
mod crc32;
mod error;
mod itxt;

#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod tests;

pub use error::{Damage, PngError};

use chunks::{chunks, write_chunk, Chunk, SIGNATURE};
use conway_format::MAX_FILE_BYTES;

/// The iTXt keyword the workspace is under: the file format's name.
pub const KEYWORD: &str = conway_format::FORMAT_NAME;

/// The picture with the workspace's `.conway.json` text in it, replacing
/// any workspace it held (a re-export). Bytes after `IEND` are dropped.
pub fn embed(png: &[u8], workspace_text: &str) -> Result<Vec<u8>, PngError> {
    if workspace_text.len() > MAX_FILE_BYTES {
        // A picture this build could not open again is not worth writing.
        return Err(PngError::TooLarge {
            limit: MAX_FILE_BYTES,
        });
    }
    let chunks = chunks(png)?;
    // Under the limit, the compressed text is far below a chunk's 2 GB.
    let data = itxt::data(KEYWORD, workspace_text);
    let mut out = Vec::with_capacity(png.len() + data.len() + 12);
    out.extend_from_slice(&SIGNATURE);
    for chunk in chunks.iter().filter(|c| !is_workspace(c)) {
        if chunk.kind == *b"IEND" {
            write_chunk(&mut out, b"iTXt", &data);
        }
        out.extend_from_slice(chunk.raw);
    }
    Ok(out)
}

/// The exact `.conway.json` text of the workspace the picture carries (the
/// first, should there be several).
pub fn extract(png: &[u8]) -> Result<String, PngError> {
    let chunks = chunks(png)?;
    let ours = chunks
        .iter()
        .find(|c| is_workspace(c))
        .ok_or(PngError::NoWorkspace)?;
    itxt::text(ours.data, MAX_FILE_BYTES)
}

fn is_workspace(chunk: &Chunk<'_>) -> bool {
    chunk.kind == *b"iTXt" && itxt::keyword(chunk.data) == KEYWORD.as_bytes()
}
