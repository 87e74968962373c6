//! A PNG's chunk structure, walked with every length and CRC checked: the
//! signature, IHDR first, then chunks up to IEND. Never reads out of bounds.

use super::crc32::crc32;
use super::{Damage, PngError};

pub(super) const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
/// The PNG specification's bound on a chunk's length (2^31 - 1).
const MAX_CHUNK_LENGTH: u32 = 0x7FFF_FFFF;

/// One chunk as it stands in the file.
pub(super) struct Chunk<'a> {
    pub kind: [u8; 4],
    pub data: &'a [u8],
    /// Length, type, data and CRC: copied as they are when re-embedding.
    pub raw: &'a [u8],
}

/// Every chunk from IHDR to IEND. Bytes after IEND are not part of the
/// picture and are ignored.
pub(super) fn chunks(png: &[u8]) -> Result<Vec<Chunk<'_>>, PngError> {
    let Some(mut rest) = png.strip_prefix(&SIGNATURE) else {
        return Err(if !png.is_empty() && SIGNATURE.starts_with(png) {
            PngError::Damaged(Damage::CutShort)
        } else {
            PngError::NotAPng
        });
    };
    let mut found: Vec<Chunk<'_>> = Vec::new();
    loop {
        let (chunk, after) = next_chunk(rest)?;
        // IHDR comes first and only once: what else would a viewer read?
        if (chunk.kind == *b"IHDR") != found.is_empty() {
            return Err(PngError::Damaged(Damage::Layout));
        }
        let last = chunk.kind == *b"IEND";
        found.push(chunk);
        if last {
            return Ok(found);
        }
        rest = after;
    }
}

fn next_chunk(bytes: &[u8]) -> Result<(Chunk<'_>, &[u8]), PngError> {
    let cut_short = PngError::Damaged(Damage::CutShort);
    let (head, _) = bytes.split_at_checked(8).ok_or(cut_short.clone())?;
    let (length, kind) = head.split_at(4);
    let length = u32::from_be_bytes(length.try_into().unwrap_or_default());
    let kind: [u8; 4] = kind.try_into().unwrap_or_default();
    if length > MAX_CHUNK_LENGTH || !kind.iter().all(u8::is_ascii_alphabetic) {
        return Err(PngError::Damaged(Damage::Layout));
    }
    let total = usize::try_from(length)
        .ok()
        .and_then(|n| n.checked_add(12))
        .ok_or(PngError::Damaged(Damage::Layout))?;
    let (raw, after) = bytes.split_at_checked(total).ok_or(cut_short)?;
    let (covered, stored) = raw[4..].split_at(raw.len() - 8);
    let stored = u32::from_be_bytes(stored.try_into().unwrap_or_default());
    if crc32(&[covered]) != stored {
        return Err(PngError::Damaged(Damage::Checksum(kind)));
    }
    let chunk = Chunk {
        kind,
        data: &covered[4..],
        raw,
    };
    Ok((chunk, after))
}

/// Appends a chunk: length, type, data, and the CRC of type and data.
/// The caller keeps `data` under `MAX_CHUNK_LENGTH` (2 GB).
pub(super) fn write_chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let length = u32::try_from(data.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&length.to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc32(&[kind, data]).to_be_bytes());
}
