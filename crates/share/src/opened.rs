//! What a file dropped on Conway or chosen to import holds: a `.conway.json`
//! file, a picture Conway exported with the workspace inside (SVG
//! metadata, a PNG text chunk), or a page Conway published (its inert
//! workspace element). Told apart by content, never by the file's name
//! alone; the workspace text found goes to `conway_format::read`, so a
//! picture or a page gets the same validation, limits and messages as the
//! file.

use std::fmt;

/// Where the workspace text came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Carrier {
    File,
    Svg,
    Png,
    Page,
}

/// Why a file holds no workspace Conway can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// Neither UTF-8 text nor a PNG.
    NotText,
    Svg(String),
    Png(crate::png::PngError),
    Page(crate::page::PageError),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::NotText => f.write_str(
                "This is not a Conway file: neither a .conway.json file nor a picture or page exported by Conway.",
            ),
            OpenError::Svg(reason) => f.write_str(reason),
            OpenError::Png(error) => write!(f, "{error}"),
            OpenError::Page(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for OpenError {}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The `.conway.json` text a file holds, and what carried it.
pub fn workspace_text(bytes: &[u8]) -> Result<(Carrier, String), OpenError> {
    if bytes.starts_with(PNG_SIGNATURE) {
        return crate::png::extract(bytes)
            .map(|text| (Carrier::Png, text))
            .map_err(OpenError::Png);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| OpenError::NotText)?;
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if is_html(start) {
        return crate::page::workspace_in_page(text)
            .map(|text| (Carrier::Page, text))
            .map_err(OpenError::Page);
    }
    if start.starts_with('<') {
        return crate::svg::workspace_in_svg(text)
            .map(|text| (Carrier::Svg, text))
            .map_err(|e| OpenError::Svg(e.to_string()));
    }
    Ok((Carrier::File, text.to_string()))
}

/// Whether text (after its byte-order mark and white space) opens an HTML
/// document: `<!doctype html` or `<html`, in any case, as a published page
/// does, and as it may after a wiki or an editor rewrote it.
fn is_html(start: &str) -> bool {
    let opens = |prefix: &str| {
        start
            .as_bytes()
            .get(..prefix.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    opens("<!doctype html") || opens("<html")
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::sample::sample_workspace;

    /// A 1×1 PNG (signature, IHDR, IDAT, IEND), as browsers write them.
    fn tiny_png() -> Vec<u8> {
        fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            let start = out.len();
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            let crc = rawzip::crc32(&out[start..]);
            out.extend_from_slice(&crc.to_be_bytes());
        }
        let mut png = PNG_SIGNATURE.to_vec();
        chunk(&mut png, b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
        let pixels = miniz_oxide::deflate::compress_to_vec_zlib(&[0, 0, 0, 0, 0], 6);
        chunk(&mut png, b"IDAT", &pixels);
        chunk(&mut png, b"IEND", &[]);
        png
    }

    #[test]
    fn files_and_pictures_are_told_apart_by_what_they_hold() {
        let ws = sample_workspace();
        let text = conway_format::write(&ws);
        assert_eq!(
            workspace_text(text.as_bytes()),
            Ok((Carrier::File, text.clone()))
        );
        let svg = crate::svg::view_svg(&ws, &ws.views[0].id, &Default::default()).expect("a view");
        let with_bom = format!("\u{feff}\n  {svg}");
        assert_eq!(
            workspace_text(with_bom.as_bytes()),
            Ok((Carrier::Svg, text.clone()))
        );
        let png = crate::png::embed(&tiny_png(), &text).expect("embeds");
        assert_eq!(workspace_text(&png), Ok((Carrier::Png, text.clone())));
        let page = crate::page::publish(&ws, &Default::default());
        assert_eq!(
            workspace_text(page.as_bytes()),
            Ok((Carrier::Page, text.clone()))
        );
        let rewritten = format!(
            "\u{feff}\r\n {}",
            page.replacen("<!doctype html>", "<!DOCTYPE HTML>", 1)
        );
        assert_eq!(
            workspace_text(rewritten.as_bytes()),
            Ok((Carrier::Page, text))
        );
    }

    #[test]
    fn a_page_is_told_by_its_start_in_any_case_and_a_plain_page_says_so() {
        for start in [
            "<!doctype html>",
            "<!DocType HTML>",
            "<html lang=en>",
            "<HTML>",
        ] {
            assert!(is_html(start), "{start}");
        }
        for start in ["<svg>", "<?xml version=\"1.0\"?>", "<htm", "{}", ""] {
            assert!(!is_html(start), "{start}");
        }
        let plain = workspace_text(b"<!doctype html><title>Notes</title>");
        assert_eq!(
            plain,
            Err(OpenError::Page(crate::page::PageError::NotConway))
        );
        assert!(plain
            .unwrap_err()
            .to_string()
            .starts_with("this page was not published by Conway"));
    }

    #[test]
    fn what_holds_no_workspace_says_so() {
        assert_eq!(workspace_text(&[0xff, 0xfe, 0x00]), Err(OpenError::NotText));
        assert!(matches!(
            workspace_text(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Err(OpenError::Svg(_))
        ));
        assert!(matches!(
            workspace_text(&tiny_png()),
            Err(OpenError::Png(crate::png::PngError::NoWorkspace))
        ));
        // Text that is not a picture goes on to the file reader, which says why.
        assert_eq!(
            workspace_text(b"Shopping list"),
            Ok((Carrier::File, "Shopping list".into()))
        );
    }
}
