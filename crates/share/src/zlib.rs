//! zlib (deflate with an Adler-32 trailer, RFC 1950) for what carries a
//! workspace: share links and the PNG text chunk. The checksum is what tells a
//! corrupted link or picture from a good one. Inflating must never allocate
//! an output buffer past the caller's limit (a tiny input can claim gigabytes),
//! never accept bytes after the stream's end, and never panic on any input.

use miniz_oxide::deflate::{compress_to_vec_zlib, CompressionLevel};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// What inflating untrusted bytes can find wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InflateError {
    /// The stream stops before its end: the input was cut short.
    Truncated,
    /// The Adler-32 trailer does not match what was inflated.
    Checksum,
    /// Not a zlib stream, or bytes follow its end.
    Invalid,
    /// The output would exceed the limit.
    TooLarge,
}

/// Compresses at miniz_oxide's best level: what we compress is carried (in a
/// URL, a picture) far more often than it is made, so size wins over speed.
pub(crate) fn compress(bytes: &[u8]) -> Vec<u8> {
    compress_to_vec_zlib(bytes, CompressionLevel::UberCompression as u8)
}

/// Inflates a whole zlib stream into at most `limit` bytes.
pub(crate) fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, InflateError> {
    // No TINFL_FLAG_HAS_MORE_INPUT: we hold all the input, so running out of
    // it means the stream was cut short. Adler-32 is checked with the header.
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    // One byte past the limit is how "exactly the limit" differs from "more".
    let cap = limit.saturating_add(1);
    // Grown by doubling up to a quarter of the cap, then straight to the cap:
    // even an allocator that copies on growth then holds under 1.5 times the
    // cap at once, and small links never come near it.
    let quarter = (cap / 4).max(1);
    let mut out = vec![0u8; data.len().saturating_mul(4).clamp(1, quarter)];
    let mut decompressor = Box::<DecompressorOxide>::default();
    let (mut read, mut written) = (0, 0);
    loop {
        let input = data.get(read..).unwrap_or_default();
        let (status, consumed, produced) =
            decompress(&mut decompressor, input, &mut out, written, flags);
        read += consumed;
        written += produced;
        match status {
            TINFLStatus::Done if written > limit => return Err(InflateError::TooLarge),
            TINFLStatus::Done if read != data.len() => return Err(InflateError::Invalid),
            TINFLStatus::Done => {
                out.truncate(written);
                out.shrink_to_fit();
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() >= cap => return Err(InflateError::TooLarge),
            TINFLStatus::HasMoreOutput => {
                let grown = if out.len() >= quarter {
                    cap
                } else {
                    out.len().saturating_mul(2).max(64).min(cap)
                };
                // Exactly: Vec's own amortised growth would pass the cap.
                out.reserve_exact(grown - out.len());
                out.resize(grown, 0);
            }
            TINFLStatus::NeedsMoreInput | TINFLStatus::FailedCannotMakeProgress => {
                return Err(InflateError::Truncated)
            }
            TINFLStatus::Adler32Mismatch => return Err(InflateError::Checksum),
            _ => return Err(InflateError::Invalid),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_bounds_the_output() {
        let text = b"conway ".repeat(1_000);
        let packed = compress(&text);
        assert!(packed.len() < 100, "{} bytes", packed.len());
        assert_eq!(inflate(&packed, text.len()), Ok(text.clone()));
        assert_eq!(
            inflate(&packed, text.len() - 1),
            Err(InflateError::TooLarge)
        );
        assert_eq!(inflate(&compress(b""), 0), Ok(Vec::new()));
        for limit in [0, 1, 63, 64, 65, 200] {
            let expected = if limit < text.len() {
                Err(InflateError::TooLarge)
            } else {
                Ok(text.clone())
            };
            assert_eq!(inflate(&packed, limit), expected, "limit {limit}");
        }
    }

    #[test]
    fn names_what_is_wrong() {
        let packed = compress(b"the whole workspace, checked");
        for cut in 0..packed.len() {
            assert_eq!(
                inflate(&packed[..cut], 1_000),
                Err(InflateError::Truncated),
                "cut at {cut}"
            );
        }
        let mut trailer = packed.clone();
        *trailer.last_mut().unwrap() ^= 1;
        assert_eq!(inflate(&trailer, 1_000), Err(InflateError::Checksum));
        let mut extra = packed.clone();
        extra.push(0);
        assert_eq!(inflate(&extra, 1_000), Err(InflateError::Invalid));
        assert_eq!(inflate(b"not zlib", 1_000), Err(InflateError::Invalid));
    }
}
