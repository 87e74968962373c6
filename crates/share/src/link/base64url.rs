//! Base64url without padding (RFC 4648 §5): the alphabet a URL fragment
//! carries untouched (`A-Z a-z 0-9 - _`). Decoding reports what a cut-short or
//! altered link looks like rather than guessing; it never panics.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Whether `c` can appear in an encoding.
pub(super) fn in_alphabet(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

fn value(byte: u8) -> Option<u32> {
    match byte {
        b'A'..=b'Z' => Some(u32::from(byte - b'A')),
        b'a'..=b'z' => Some(u32::from(byte - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(byte - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

pub(super) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for group in bytes.chunks(3) {
        let mut word = 0u32;
        for (i, &b) in group.iter().enumerate() {
            word |= u32::from(b) << (16 - 8 * i);
        }
        // n bytes fill n + 1 characters; the rest would be padding, left out.
        for i in 0..=group.len() {
            out.push(char::from(ALPHABET[((word >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// What decoding found, beyond the bytes themselves.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Decoded {
    pub bytes: Vec<u8>,
    /// False when the text could not have come from `encode`: a dangling
    /// last character, or unused bits that are not zero. Cutting a link
    /// short does both, so the caller decides what it means.
    pub canonical: bool,
}

/// Decodes, or returns the first character outside the alphabet.
pub(super) fn decode(text: &str) -> Result<Decoded, char> {
    if let Some(bad) = text.chars().find(|&c| !in_alphabet(c)) {
        return Err(bad);
    }
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut canonical = true;
    for group in text.as_bytes().chunks(4) {
        let mut word = 0u32;
        for (i, &c) in group.iter().enumerate() {
            word |= value(c).unwrap_or(0) << (18 - 6 * i);
        }
        let whole = (group.len() * 6) / 8;
        for i in 0..whole {
            bytes.push((word >> (16 - 8 * i)) as u8);
        }
        let used_bits = 24 - whole * 8;
        canonical &= group.len() != 1 && word & ((1 << used_bits) - 1) == 0;
    }
    Ok(Decoded { bytes, canonical })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_rfc_4648_vectors_without_padding() {
        let vectors = [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
            let decoded = decode(encoded).unwrap();
            assert_eq!(decoded.bytes, plain.as_bytes());
            assert!(decoded.canonical, "{encoded}");
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn reports_what_encode_cannot_have_made() {
        assert_eq!(decode("Zm9v+"), Err('+'));
        assert_eq!(decode("Zm=="), Err('='));
        assert!(!decode("Zm9vY").unwrap().canonical, "a dangling character");
        assert!(!decode("Zh").unwrap().canonical, "unused bits set");
    }
}
