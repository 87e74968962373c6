//! File names in a MADR folder: `docs/decisions/0007-use-postgres.md` from a
//! decision, and the decision number back from a file name. Names must be safe
//! on any file system (lowercase ASCII letters, digits and `-` only); this
//! module must never look inside files.

/// Where MADR keeps decision records.
pub const DECISIONS_FOLDER: &str = "docs/decisions";

/// The longest slug, in characters.
const MAX_SLUG: usize = 60;

/// A lowercase ASCII slug of a title, at most 60 characters, cut at a word
/// boundary when it can be: "Use Postgres (v16) for Orders!" → "use-postgres-v16-for-orders".
/// Common accented Latin letters lose their accents; anything else separates words.
/// Never empty: a title with no letters or digits gives "decision".
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if matches!(c, '\'' | '\u{2019}') {
            continue; // "platform's" → "platforms"
        }
        let plain = plain_letters(c.to_lowercase().next().unwrap_or(c));
        if plain.is_empty() {
            if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        } else {
            slug.push_str(plain);
        }
        if slug.len() > MAX_SLUG {
            break;
        }
    }
    if slug.len() > MAX_SLUG {
        // Cut at the last word boundary that keeps at least half, else hard.
        let cut = slug[..=MAX_SLUG]
            .rfind('-')
            .filter(|&i| i >= MAX_SLUG / 2)
            .unwrap_or(MAX_SLUG);
        slug.truncate(cut);
    }
    let slug = slug.trim_matches('-');
    if slug.is_empty() {
        "decision".to_string()
    } else {
        slug.to_string()
    }
}

/// ASCII letters or digits for one lowercase character; empty for anything else.
fn plain_letters(c: char) -> &'static str {
    const ASCII: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    if c.is_ascii_alphanumeric() {
        let i = ASCII.find(c).unwrap_or(0);
        return &ASCII[i..i + 1];
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'æ' => "ae",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' => "e",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'œ' => "oe",
        'ß' => "ss",
        'ś' | 'š' => "s",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'ž' | 'ź' | 'ż' => "z",
        'ł' => "l",
        _ => "",
    }
}

/// `docs/decisions/0007-use-postgres.md`: the number with at least four digits.
pub fn decision_path(number: u32, title: &str) -> String {
    format!("{DECISIONS_FOLDER}/{number:04}-{}.md", slug(title))
}

/// The last segment of a path, whichever separator it uses.
pub(super) fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// What a file name says about the file.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Named {
    /// `NNNN-anything.md`: the decision with that number.
    Decision(u32),
    /// Named like a decision, but with a number Conway cannot use.
    BadNumber(String),
    /// Anything else: an index, a template, notes.
    Other,
}

/// Reads `0007-use-postgres.md` as decision 7. Digits, a dash, anything, `.md`.
pub(super) fn named(path: &str) -> Named {
    let name = file_name(path);
    let lower = name.to_ascii_lowercase();
    let digits = name.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || !lower.ends_with(".md") || name.as_bytes().get(digits) != Some(&b'-') {
        return Named::Other;
    }
    match name[..digits].parse::<u32>() {
        Ok(0) => Named::BadNumber(format!(
            "number {} is not a decision number (Conway numbers decisions from 1); skipped",
            &name[..digits]
        )),
        Ok(n) => Named::Decision(n),
        Err(_) => Named::BadNumber(format!(
            "number {} is too large; skipped",
            &name[..digits.min(20)]
        )),
    }
}
