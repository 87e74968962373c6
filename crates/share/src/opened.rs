//! What a file dropped onto Conway or imported holds: a `.conway.json`
//! workspace, an SVG picture or a PNG picture exported with the workspace,
//! or a page published from Conway. Told apart by content, never by name
//! (a chat tool or a wiki may rename the file). It gives back the
//! workspace's text for `conway_format::read`, which validates it like any
//! file; it never panics and never reads more than the file size limit.

use std::fmt;

use crate::page::{self, PageError};
use crate::png::{self, PngError};
use crate::svg::{self, SvgError};

/// The first bytes of every PNG file.
const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', b'\r', b'\n', 0x1a, b'\n'];

/// What kind of file it is, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Workspace,
    Svg,
    Png,
    Page,
    Unknown,
}

/// Why a file gives no workspace text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Svg(SvgError),
    Png(PngError),
    Page(PageError),
    /// Neither a workspace file nor anything Conway exports.
    Unknown,
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::Svg(e) => e.fmt(f),
            OpenError::Png(e) => e.fmt(f),
            OpenError::Page(e) => e.fmt(f),
            OpenError::Unknown => f.write_str(
                "this file is not a Conway workspace, nor a picture or page exported from Conway",
            ),
        }
    }
}

impl std::error::Error for OpenError {}

/// The kind of `bytes`: a PNG by its signature; otherwise text, after a
/// byte-order mark and white space, starting `{` (a workspace), `<!doctype
/// html` or `<html` in any case (a page), or any other `<` (an SVG, whose
/// own check says whether it is one).
pub fn kind_of(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(&PNG_SIGNATURE) {
        return FileKind::Png;
    }
    let start = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let start = match start.iter().position(|b| !b.is_ascii_whitespace()) {
        Some(at) => &start[at..],
        None => return FileKind::Unknown,
    };
    let opens = |prefix: &str| {
        start
            .get(..prefix.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if start[0] == b'{' {
        FileKind::Workspace
    } else if opens("<!doctype html") || opens("<html") {
        FileKind::Page
    } else if start[0] == b'<' {
        FileKind::Svg
    } else {
        FileKind::Unknown
    }
}

/// The `.conway.json` text the file is or carries, byte for byte (a
/// workspace file without its byte-order mark, which JSON does not allow).
pub fn workspace_text(bytes: &[u8]) -> Result<String, OpenError> {
    let kind = kind_of(bytes);
    if kind == FileKind::Png {
        return png::extract(bytes).map_err(OpenError::Png);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| match kind {
        FileKind::Svg => OpenError::Svg(SvgError::NotSvg),
        FileKind::Page => OpenError::Page(PageError::NotConway),
        _ => OpenError::Unknown,
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match kind {
        FileKind::Workspace => Ok(text.to_string()),
        FileKind::Svg => svg::workspace_in_svg(text).map_err(OpenError::Svg),
        FileKind::Page => page::workspace_in_page(text).map_err(OpenError::Page),
        FileKind::Png | FileKind::Unknown => Err(OpenError::Unknown),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{publish, PageOptions};
    use crate::svg::view_svg;
    use conway_model::sample::sample_workspace;

    #[test]
    fn a_file_a_picture_and_a_page_each_give_the_same_text() {
        let ws = sample_workspace();
        let text = conway_format::write(&ws);
        let svg = view_svg(&ws, &ws.views[0].id, &Default::default()).unwrap();
        let page = publish(&ws, &PageOptions::default());
        assert_eq!(kind_of(page.as_bytes()), FileKind::Page);
        assert_eq!(kind_of(svg.as_bytes()), FileKind::Svg);
        assert_eq!(kind_of(text.as_bytes()), FileKind::Workspace);
        for bytes in [text.as_bytes(), svg.as_bytes(), page.as_bytes()] {
            assert_eq!(workspace_text(bytes).as_deref(), Ok(text.as_str()));
        }
        let with_bom = format!("\u{feff}\n  {page}");
        assert_eq!(workspace_text(with_bom.as_bytes()), Ok(text.clone()));
        let upper = page.replacen("<!doctype html>", "<!DOCTYPE HTML>", 1);
        assert_eq!(workspace_text(upper.as_bytes()), Ok(text));
    }

    #[test]
    fn pages_are_told_apart_by_content_whatever_their_case() {
        assert_eq!(kind_of(b"  <HTML lang=en>"), FileKind::Page);
        assert_eq!(kind_of(b"<!DocType Html>"), FileKind::Page);
        assert_eq!(kind_of(b"<?xml version='1.0'?><svg/>"), FileKind::Svg);
        assert_eq!(kind_of(b"\xef\xbb\xbf{}"), FileKind::Workspace);
        assert_eq!(kind_of(b"\x89PNG\r\n\x1a\n...."), FileKind::Png);
        assert_eq!(kind_of(b"hello"), FileKind::Unknown);
        assert_eq!(kind_of(b"   "), FileKind::Unknown);
        assert_eq!(kind_of(b""), FileKind::Unknown);
    }

    #[test]
    fn what_gives_no_workspace_says_why() {
        let plain = workspace_text(b"<!doctype html><title>x</title>");
        assert_eq!(plain, Err(OpenError::Page(PageError::NotConway)));
        assert!(plain
            .unwrap_err()
            .to_string()
            .starts_with("this page was not published by Conway"));
        assert_eq!(workspace_text(b"hello"), Err(OpenError::Unknown));
        assert_eq!(
            workspace_text(b"<html>\xff</html>"),
            Err(OpenError::Page(PageError::NotConway))
        );
        assert!(matches!(
            workspace_text(b"\x89PNG\r\n\x1a\n"),
            Err(OpenError::Png(_))
        ));
    }
}
