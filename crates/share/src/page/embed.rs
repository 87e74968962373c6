//! The workspace a published page carries: its `.conway.json` text, base64
//! in a `<script>` element of a type no browser runs (and that the page's
//! Content-Security-Policy would refuse anyway, having no hash for it), and
//! finding it again in a dropped or imported page. Base64 has no character
//! HTML treats specially, so no text of the workspace can end the element.
//! Finding only gives the text back: reading it is `conway_format::read`'s
//! business. It never panics on any input and never trusts a length it reads.

use std::fmt;

use conway_format::MAX_FILE_BYTES;

use super::html::{Attrs, Html, Trusted};
use crate::svg::base64;

/// The type of the element holding the workspace.
pub const MEDIA_TYPE: &str = "application/vnd.conway-workspace+base64";

/// Why a page gives no workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageError {
    /// A page (or any text) without Conway's workspace element.
    NotConway,
    /// The workspace is there, but cannot be read back.
    Damaged(String),
    /// The workspace would be larger than any file Conway opens.
    TooLarge,
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PageError::NotConway => f.write_str(
                "this page was not published by Conway: it carries no workspace to open",
            ),
            PageError::Damaged(why) => write!(f, "the embedded workspace is damaged: {why}"),
            PageError::TooLarge => write!(
                f,
                "the embedded workspace is larger than the {} MB a workspace file may be",
                MAX_FILE_BYTES / 1_000_000
            ),
        }
    }
}

impl std::error::Error for PageError {}

/// Writes the element holding `workspace_text` (what `conway_format::write` gives).
pub(super) fn write(html: &mut Html, workspace_text: &str) {
    html.open(
        "script",
        Attrs::new()
            .with("type", MEDIA_TYPE)
            .id("conway-workspace")
            .with("data-bytes", workspace_text.len().to_string()),
    );
    html.newline();
    html.trusted(Trusted::base64(base64::encode(workspace_text.as_bytes())));
    html.newline();
    html.close();
}

/// The workspace text a published page carries, byte for byte; the caller
/// reads it with `conway_format::read`.
pub fn workspace_in_page(page: &str) -> Result<String, PageError> {
    let (tag, body) = find_element(page)?;
    let end = find_tag(body, "</script")
        .ok_or_else(|| damaged("the page ends before the workspace does"))?;
    let bytes = base64::decode(&body[..end], MAX_FILE_BYTES).map_err(|e| match e {
        base64::DecodeError::TooLong => PageError::TooLarge,
        base64::DecodeError::Character(c) => damaged(&format!("it holds {c:?}, not base64")),
        base64::DecodeError::Shape => damaged("its base64 is cut short or padded wrongly"),
    })?;
    if let Some(expected) = bytes_attribute(tag) {
        if expected.parse::<usize>().ok() != Some(bytes.len()) {
            return Err(damaged(&format!(
                "it has {} bytes where {expected} were written",
                bytes.len()
            )));
        }
    }
    String::from_utf8(bytes).map_err(|_| damaged("it is not UTF-8 text"))
}

/// The start tag of the first `<script>` of type `MEDIA_TYPE` and the text
/// after it. Every `<` of a workspace's text is escaped in the page, so the
/// only `<script` tags are the page's own.
fn find_element(page: &str) -> Result<(&str, &str), PageError> {
    let mut at = 0;
    while let Some(found) = find_tag(&page[at..], "<script") {
        let start = at + found;
        let rest = &page[start..];
        let Some(tag_end) = rest.find('>') else {
            let ours = rest.contains(MEDIA_TYPE);
            return Err(if ours {
                damaged("the page ends inside the workspace's tag")
            } else {
                PageError::NotConway
            });
        };
        if rest[..tag_end].contains(MEDIA_TYPE) {
            return Ok((&rest[..tag_end], &rest[tag_end + 1..]));
        }
        at = start + tag_end + 1;
    }
    Err(PageError::NotConway)
}

/// Where the tag `needle` (ASCII, starting with `<`) first occurs in
/// `text`, in any case. It looks only where a `<` is, so a large page is
/// scanned at the speed of `str::find`.
fn find_tag(text: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    let mut at = 0;
    while let Some(found) = text[at..].find('<') {
        let start = at + found;
        let candidate = text.as_bytes().get(start..start + needle.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(needle)) {
            return Some(start);
        }
        at = start + 1;
    }
    None
}

/// The value of `data-bytes="…"` in the start tag, if it has one.
fn bytes_attribute(tag: &str) -> Option<&str> {
    let value = &tag[tag.find("data-bytes=")? + "data-bytes=".len()..];
    let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
    let value = &value[1..];
    value.find(quote).map(|end| &value[..end])
}

fn damaged(why: &str) -> PageError {
    PageError::Damaged(why.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_with(attributes: &str, body: &str) -> String {
        format!("<!doctype html><p>x</p><script{attributes}>{body}</script>")
    }

    #[test]
    fn the_element_is_found_whatever_the_case_quotes_and_other_scripts() {
        let ours = format!(" type='{MEDIA_TYPE}' data-bytes='3'");
        let page = format!("<SCRIPT>var a;</SCRIPT>{}", page_with(&ours, "\nZm9v\n"));
        assert_eq!(workspace_in_page(&page).as_deref(), Ok("foo"));
        let upper = page_with(&format!(" TYPE=\"{MEDIA_TYPE}\""), "Zm9v</SCRIPT>");
        assert_eq!(workspace_in_page(&upper).as_deref(), Ok("foo"));
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(workspace_in_page("hello"), Err(PageError::NotConway));
        assert_eq!(
            workspace_in_page("<html><script>1</script></html>"),
            Err(PageError::NotConway)
        );
        let typed = format!(" type=\"{MEDIA_TYPE}\"");
        let wrong_length = page_with(&format!("{typed} data-bytes=\"4\""), "Zm9v");
        let not_base64 = page_with(&typed, "Zm9v!");
        let cut = format!("<script type=\"{MEDIA_TYPE}\">Zm9v");
        for broken in [wrong_length, not_base64, cut, page_with(&typed, "/w==")] {
            assert!(
                matches!(workspace_in_page(&broken), Err(PageError::Damaged(_))),
                "{broken}"
            );
        }
        assert_eq!(
            PageError::NotConway.to_string(),
            "this page was not published by Conway: it carries no workspace to open"
        );
        assert!(PageError::Damaged("x".into())
            .to_string()
            .starts_with("the embedded workspace is damaged"));
    }
}
