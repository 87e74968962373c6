//! Undoing what mail and chat tools do to a link on its way, before decoding.
//! Only what cannot be part of an encoding is removed, so no repair can turn
//! one workspace into another: the checksum still decides.

use std::borrow::Cow;

use super::base64url::in_alphabet;

/// The fragment as encoded, from what was pasted or opened:
/// - everything up to the last `#` (the page's address) is dropped, so a
///   whole link decodes as well as its fragment (no encoding has a `#`);
/// - `%XX` escapes are undone (tools escape `=`, and even `#`, as `%3D`,
///   `%23`): none of `w=`, digits, `.` and base64url has a `%` of its own;
/// - whitespace anywhere, and zero-width spaces, are dropped: line wrapping
///   in mail inserts them, and no encoding contains them;
/// - anything after the last base64url character is dropped: the closing
///   `.`, `)`, `>` or quote of a sentence, or the `…` of a cut-short preview
///   (which then reads as truncated, as it is).
pub(super) fn clean(pasted: &str) -> String {
    let unescaped = percent_decoded(pasted);
    let fragment = match unescaped.rsplit_once('#') {
        Some((_, fragment)) => fragment,
        None => &unescaped,
    };
    let compact: String = fragment.chars().filter(|&c| !is_space(c)).collect();
    compact.trim_end_matches(|c| !in_alphabet(c)).to_owned()
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// `%XX` as the byte it stands for; a `%` without two hex digits stays, and
/// then reads as a character no link has. Bytes that are not UTF-8 become
/// U+FFFD, which no link has either.
fn percent_decoded(text: &str) -> Cow<'_, str> {
    if !text.contains('%') {
        return Cow::Borrowed(text);
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'%')
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(String::from_utf8_lossy(&out).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undoes_what_tools_do() {
        let cases = [
            ("w=1.abc", "w=1.abc"),
            ("#w=1.abc", "w=1.abc"),
            ("  https://conway.example/app/#w=1.abc \n", "w=1.abc"),
            ("<https://x.example/#w=1.abc>", "w=1.abc"),
            ("(see https://x.example/#w=1.abc).", "w=1.abc"),
            ("w%3D1.abc", "w=1.abc"),
            ("https://x.example/%23w%3d1.abc", "w=1.abc"),
            ("https://x.example/a%23b/#w=1.abc", "w=1.abc"),
            ("w=1.ab\n  c", "w=1.abc"),
            ("w=1.ab\u{200B}c", "w=1.abc"),
            ("w=1.abc…", "w=1.abc"),
            ("w=1.a%zzb", "w=1.a%zzb"),
            ("w=1.a%", "w=1.a"),
            ("%FF", "\u{FFFD}".trim_end_matches(|c| !in_alphabet(c))),
        ];
        for (pasted, cleaned) in cases {
            assert_eq!(clean(pasted), cleaned, "{pasted:?}");
        }
    }
}
