//! Writes the front matter's YAML: block mappings and sequences, strings plain
//! when nothing could misread them, as `|` blocks when they are tidy multi-line
//! Markdown, and double-quoted with escapes otherwise, so every string reads
//! back exactly. It writes only what it is given and must never parse.

/// A YAML document being written, line by line.
#[derive(Default)]
pub(super) struct YamlOut {
    text: String,
    /// A `- ` was written and the next key goes on its line.
    after_dash: bool,
}

impl YamlOut {
    pub fn finish(self) -> String {
        self.text
    }

    fn start(&mut self, indent: usize) {
        if self.after_dash {
            self.after_dash = false;
        } else {
            self.text.extend(std::iter::repeat_n(' ', indent));
        }
    }

    /// `key:` opening a nested mapping or sequence.
    pub fn key(&mut self, indent: usize, key: &str) {
        self.start(indent);
        self.text.push_str(key);
        self.text.push_str(":\n");
    }

    /// `key: value` with the value written as is (dates, numbers, fixed words).
    pub fn word(&mut self, indent: usize, key: &str, value: &str) {
        self.start(indent);
        self.text.push_str(key);
        self.text.push_str(": ");
        self.text.push_str(value);
        self.text.push('\n');
    }

    /// `key: text`, quoted or as a block as the text needs.
    pub fn text(&mut self, indent: usize, key: &str, value: &str) {
        self.start(indent);
        self.text.push_str(key);
        self.text.push(':');
        self.scalar(indent + 2, value);
    }

    /// `key:` and one `- text` line per item; nothing for no items.
    pub fn list(&mut self, indent: usize, key: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.key(indent, key);
        for item in items {
            self.text.extend(std::iter::repeat_n(' ', indent + 2));
            self.text.push('-');
            self.scalar(indent + 4, item);
        }
    }

    /// Starts one item of a sequence of mappings: its first key follows the `- `.
    pub fn dash(&mut self, indent: usize) {
        self.text.extend(std::iter::repeat_n(' ', indent));
        self.text.push_str("- ");
        self.after_dash = true;
    }

    /// ` value\n` after a `key:` or `-`; block lines at `indent`.
    fn scalar(&mut self, indent: usize, value: &str) {
        if is_plain(value) {
            self.text.push(' ');
            self.text.push_str(value);
            self.text.push('\n');
        } else if let Some(chomp) = block_chomping(value) {
            self.text.push_str(" |");
            self.text.push_str(chomp);
            self.text.push('\n');
            for line in value.strip_suffix('\n').unwrap_or(value).split('\n') {
                if !line.is_empty() {
                    self.text.extend(std::iter::repeat_n(' ', indent));
                    self.text.push_str(line);
                }
                self.text.push('\n');
            }
        } else {
            self.text.push(' ');
            double_quoted(&mut self.text, value);
            self.text.push('\n');
        }
    }
}

/// Words YAML 1.1 or 1.2 reads as booleans or null when unquoted.
const RESERVED: [&str; 11] = [
    "true", "false", "null", "yes", "no", "on", "off", "y", "n", "~", "nan",
];

/// Whether `text` reads back as the same string unquoted: it starts with a
/// letter, holds only letters, digits, spaces and `-_.()/`, and is no keyword.
fn is_plain(text: &str) -> bool {
    let mut chars = text.chars();
    let first_ok = chars.next().is_some_and(char::is_alphabetic);
    first_ok
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.' | '(' | ')' | '/'))
        && !text.ends_with(' ')
        && !RESERVED.iter().any(|w| w.eq_ignore_ascii_case(text))
}

/// The chomping indicator (`-` or none) when `text` can be a literal block:
/// several lines, no control characters but newlines, no trailing spaces, no
/// leading space or blank line, and at most one final newline.
fn block_chomping(text: &str) -> Option<&'static str> {
    let tidy = text.contains('\n')
        && !text.starts_with([' ', '\n'])
        && !text.ends_with("\n\n")
        && text
            .chars()
            .all(|c| c == '\n' || !(c.is_control() || is_special_break(c)))
        && text.split('\n').all(|line| !line.ends_with(' '));
    tidy.then_some(if text.ends_with('\n') { "" } else { "-" })
}

/// Characters YAML treats as line breaks or byte order marks, or forbids.
fn is_special_break(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}'
    )
}

/// `"text"` with every character that YAML could misread escaped.
fn double_quoted(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_special_break(c) => {
                out.push_str(&format!("\\u{:04X}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
