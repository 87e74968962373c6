//! The line-level pieces of a MADR file's Markdown: bullets with their
//! continuation lines, bodies framed by one blank line, blank-line trimming.
//! Reading only: it must never decide what a section means.

use super::sections::{bullet, unescape};

/// One bullet (with its continuation lines) or one line of other text.
pub(super) struct Bullet<'a> {
    pub marker: bool,
    pub text: String,
    pub lines: Vec<&'a str>,
}

pub(super) fn bullets<'a>(lines: &[&'a str]) -> Vec<Bullet<'a>> {
    let mut found: Vec<Bullet> = Vec::new();
    let mut open = false;
    for &line in lines {
        if let Some(text) = bullet(line) {
            found.push(Bullet {
                marker: true,
                text: text.into(),
                lines: vec![line],
            });
            open = true;
        } else if let (true, Some(more), Some(last)) =
            (open, line.strip_prefix("  "), found.last_mut())
        {
            last.text.push('\n');
            last.text.push_str(more);
            last.lines.push(line);
        } else if line.is_empty() {
            open = false;
        } else {
            found.push(Bullet {
                marker: false,
                text: line.into(),
                lines: vec![line],
            });
            open = false;
        }
    }
    found
}

/// The texts of a list section's bullets (other lines count as items too).
pub(super) fn items(lines: &[&str]) -> Vec<String> {
    bullets(lines).into_iter().map(|b| b.text).collect()
}

/// A body as `sections::write` framed it: one blank line either side removed.
pub(super) fn body(lines: &[&str]) -> String {
    let lines = lines.strip_prefix(&[""]).unwrap_or(lines);
    let lines = lines.strip_suffix(&[""]).unwrap_or(lines);
    let unescaped: Vec<&str> = lines.iter().map(|l| unescape(l)).collect();
    unescaped.join("\n")
}

pub(super) fn trim_blank<'a, 'b>(lines: &'a [&'b str]) -> &'a [&'b str] {
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    let end = lines
        .iter()
        .rposition(|l| !l.trim().is_empty())
        .map_or(start, |e| e + 1);
    &lines[start..end]
}

/// Adds `text` after what `target` holds, a blank line between; appending
/// in place keeps many sections linear in the file's length.
pub(super) fn append(target: &mut String, text: &str) {
    if text.is_empty() {
        return;
    }
    if !target.is_empty() {
        target.push_str("\n\n");
    }
    target.push_str(text);
}

/// `Alice, Bob` as MADR 2 lists people.
pub(super) fn names(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect()
}
