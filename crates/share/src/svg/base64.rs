//! Standard base64 (RFC 4648, with padding) for the workspace a picture
//! carries: base64 has no character XML treats specially, so the workspace
//! survives any text it holds and any tool that rewrites the SVG. Decoding
//! is lenient about white space and missing padding, strict about anything
//! else, and never panics.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/// Encoded lines are this long, like MIME's, so the file stays readable.
pub(crate) const LINE: usize = 76;

/// `bytes` as base64, in lines of `LINE` characters separated by newlines.
pub(crate) fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() / 3 * 4 + bytes.len() / 57 + 4);
    let mut in_line = 0;
    for chunk in bytes.chunks(3) {
        if in_line == LINE {
            out.push('\n');
            in_line = 0;
        }
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
        in_line += 4;
    }
    out
}

/// Why base64 text could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// A character outside the alphabet, white space and padding.
    Character(char),
    /// Text after the padding, or a length no encoder gives.
    Shape,
    /// More than `limit` bytes: decoding stopped there.
    TooLong,
}

/// The bytes `text` encodes, white space ignored, at most `limit` of them.
pub(crate) fn decode(text: &str, limit: usize) -> Result<Vec<u8>, DecodeError> {
    let mut out = Vec::with_capacity((text.len() / 4 * 3).min(limit));
    let mut quad = [0u8; 4];
    let mut held = 0;
    let mut padding = 0;
    for c in text.chars().filter(|c| !c.is_ascii_whitespace()) {
        if c == '=' {
            padding += 1;
            continue;
        }
        if padding > 0 {
            return Err(DecodeError::Shape);
        }
        quad[held] = sextet(c).ok_or(DecodeError::Character(c))?;
        held += 1;
        if held == 4 {
            push_bytes(&mut out, &quad, 3);
            held = 0;
            if out.len() > limit {
                return Err(DecodeError::TooLong);
            }
        }
    }
    // A last group of 2 or 3 characters encodes 1 or 2 bytes; padding, if
    // any, must make it up to 4.
    match held {
        0 if padding == 0 => {}
        2 | 3 if padding == 0 || held + padding == 4 => push_bytes(&mut out, &quad, held - 1),
        _ => return Err(DecodeError::Shape),
    }
    if out.len() > limit {
        return Err(DecodeError::TooLong);
    }
    Ok(out)
}

fn sextet(c: char) -> Option<u8> {
    // A match, not a search of ALPHABET: a workspace may be 27 million characters.
    let value = match c {
        'A'..='Z' => c as u32 - 'A' as u32,
        'a'..='z' => c as u32 - 'a' as u32 + 26,
        '0'..='9' => c as u32 - '0' as u32 + 52,
        '+' => 62,
        '/' => 63,
        _ => return None,
    };
    Some(value as u8)
}

/// The first `count` bytes of the 24 bits `quad` holds.
fn push_bytes(out: &mut Vec<u8>, quad: &[u8; 4], count: usize) {
    let n = quad.iter().fold(0u32, |n, &s| (n << 6) | u32::from(s & 63));
    out.extend_from_slice(&n.to_be_bytes()[1..1 + count]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn encodes_as_rfc_4648_says() {
        // RFC 4648, section 10.
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded, 100).as_deref(), Ok(plain.as_bytes()));
        }
    }

    #[test]
    fn decoding_forgives_white_space_and_missing_padding_only() {
        assert_eq!(
            decode(" Zm9v\r\n Ym\tE ", 100).as_deref(),
            Ok(&b"fooba"[..])
        );
        assert_eq!(decode("Zm9vYmE=\n", 100).as_deref(), Ok(&b"fooba"[..]));
        assert_eq!(decode("Zm9v!", 100), Err(DecodeError::Character('!')));
        assert_eq!(decode("Zg==Zg==", 100), Err(DecodeError::Shape));
        assert_eq!(decode("Z", 100), Err(DecodeError::Shape));
        assert_eq!(decode("Zg=", 100), Err(DecodeError::Shape));
        assert_eq!(decode("Zm9vYmFy", 5), Err(DecodeError::TooLong));
    }

    #[test]
    fn lines_are_wrapped() {
        let text = encode(&[7u8; 200]);
        assert!(text.lines().all(|l| l.len() <= LINE));
        assert_eq!(decode(&text, 1000), Ok(vec![7u8; 200]));
    }

    proptest! {
        #[test]
        fn decode_undoes_encode(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            prop_assert_eq!(decode(&encode(&bytes), bytes.len()), Ok(bytes));
        }

        #[test]
        fn decode_never_panics(text in "\\PC{0,200}") {
            let _ = decode(&text, 1000);
        }
    }
}
