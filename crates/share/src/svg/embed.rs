//! The workspace a picture carries: its `.conway.json` text, base64 in the
//! SVG's `<metadata>`, and finding it again in a dropped or imported SVG.
//! Finding it only gives the text back: reading it is `conway_format::read`'s
//! business, with the same validation and limits as a file. It never panics
//! on any input and never trusts a length or a count it reads.

use std::fmt;

use super::base64;
use super::xml::{Attrs, Xml};
use conway_format::MAX_FILE_BYTES;

/// Where Conway's own markup lives in an SVG.
pub const NAMESPACE: &str = "https://conway.dev/ns";
const OPENING: &str = "<conway:workspace";
const CLOSING: &str = "</conway:workspace>";

/// Why an SVG gives no workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SvgError {
    /// Not an SVG picture at all.
    NotSvg,
    /// An SVG, but without a workspace in it.
    NotConway,
    /// The workspace is there, but cannot be read back.
    Damaged(String),
    /// The workspace would be larger than any file Conway opens.
    TooLarge,
}

impl fmt::Display for SvgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SvgError::NotSvg => f.write_str("this file is not an SVG picture"),
            SvgError::NotConway => {
                f.write_str("this SVG was not exported by Conway: it carries no workspace to open")
            }
            SvgError::Damaged(why) => write!(f, "the embedded workspace is damaged: {why}"),
            SvgError::TooLarge => write!(
                f,
                "the embedded workspace is larger than the {} MB a workspace file may be",
                MAX_FILE_BYTES / 1_000_000
            ),
        }
    }
}

impl std::error::Error for SvgError {}

/// Writes the `<metadata>` holding `workspace_text` (what `conway_format::write` gives).
pub(super) fn write_metadata(xml: &mut Xml, workspace_text: &str) {
    xml.open("metadata", Attrs::new());
    xml.open(
        "conway:workspace",
        Attrs::new()
            .with("xmlns:conway", NAMESPACE)
            .with("encoding", "base64")
            .with("media-type", "application/json")
            .with("bytes", workspace_text.len().to_string()),
    );
    xml.plain("\n");
    xml.plain(&base64::encode(workspace_text.as_bytes()));
    xml.plain("\n");
    xml.close();
    xml.close();
}

/// The workspace text an exported SVG carries, byte for byte; the caller
/// reads it with `conway_format::read`.
pub fn workspace_in_svg(svg: &str) -> Result<String, SvgError> {
    // Every `<` of a workspace's text is escaped in the picture, so the
    // first opening tag is the one `write_metadata` wrote.
    let found = carrier_tags(svg)
        .and_then(|(opening, closing)| Some((find_tag(svg, &opening)?, opening, closing)));
    let Some((start, opening, closing)) = found else {
        return Err(if svg.contains("<svg") {
            SvgError::NotConway
        } else {
            SvgError::NotSvg
        });
    };
    let rest = &svg[start + opening.len()..];
    let tag_end = rest
        .find('>')
        .ok_or_else(|| damaged("the file ends inside its metadata"))?;
    let attributes = &rest[..tag_end];
    if attributes.ends_with('/') {
        return Err(damaged("its metadata is empty"));
    }
    let body = &rest[tag_end + 1..];
    let body_end = body
        .find(&closing)
        .ok_or_else(|| damaged("the file ends before the workspace does"))?;
    decode(attributes, &body[..body_end])
}

/// The workspace text in a carrier's `body`, checked against what its
/// start tag's `attributes` say of it.
fn decode(attributes: &str, body: &str) -> Result<String, SvgError> {
    if let Some(encoding) = attribute(attributes, "encoding") {
        if encoding != "base64" {
            return Err(damaged(&format!(
                "it is in an unknown encoding, {encoding:?}"
            )));
        }
    }
    let bytes = base64::decode(body, MAX_FILE_BYTES).map_err(|e| match e {
        base64::DecodeError::TooLong => SvgError::TooLarge,
        base64::DecodeError::Character(c) => damaged(&format!("it holds {c:?}, not base64")),
        base64::DecodeError::Shape => damaged("its base64 is cut short or padded wrongly"),
    })?;
    if let Some(expected) = attribute(attributes, "bytes") {
        if expected.parse::<usize>().ok() != Some(bytes.len()) {
            return Err(damaged(&format!(
                "it has {} bytes where {expected} were written",
                bytes.len()
            )));
        }
    }
    String::from_utf8(bytes).map_err(|_| damaged("it is not UTF-8 text"))
}

/// The carrier's opening and closing tags: `conway:workspace` as written,
/// or with the prefix (or as the default namespace) that a tool rewriting
/// the SVG bound to `NAMESPACE` (Python's ElementTree writes `ns0:`).
fn carrier_tags(svg: &str) -> Option<(String, String)> {
    if find_tag(svg, OPENING).is_some() {
        return Some((OPENING.to_string(), CLOSING.to_string()));
    }
    for quote in ['"', '\''] {
        let declared = format!("={quote}{NAMESPACE}{quote}");
        for (at, _) in svg.match_indices(&declared) {
            let before = &svg[..at];
            let name = &before[before.rfind(char::is_whitespace).map_or(0, |i| i + 1)..];
            match name.strip_prefix("xmlns") {
                Some("") => return Some(("<workspace".into(), "</workspace>".into())),
                Some(prefix) => match prefix.strip_prefix(':').filter(|p| !p.is_empty()) {
                    Some(p) => {
                        return Some((format!("<{p}:workspace"), format!("</{p}:workspace>")))
                    }
                    None => continue,
                },
                None => continue,
            }
        }
    }
    None
}

/// Where the start tag that `opening` begins is (`<name` followed by white
/// space, `>` or `/`, so that `<workspace` does not find `<workspaces`).
fn find_tag(svg: &str, opening: &str) -> Option<usize> {
    svg.match_indices(opening)
        .find(|(at, _)| {
            svg[at + opening.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
        })
        .map(|(at, _)| at)
}

fn damaged(why: &str) -> SvgError {
    SvgError::Damaged(why.to_string())
}

/// The value of attribute `name` in a start tag's attribute text, quoted
/// either way (a tool rewriting the SVG may change the quotes).
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut at = 0;
    while let Some(found) = attributes[at..].find(name) {
        let begin = at + found;
        at = begin + name.len();
        let before_ok = attributes[..begin].ends_with(|c: char| c.is_ascii_whitespace());
        let after = attributes[at..].trim_start();
        let Some(after) = after.strip_prefix('=').map(str::trim_start) else {
            continue;
        };
        let Some(quote) = after.chars().next().filter(|q| *q == '"' || *q == '\'') else {
            continue;
        };
        if !before_ok {
            continue;
        }
        let value = &after[1..];
        return value.find(quote).map(|end| &value[..end]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_found_with_either_quote_and_spacing() {
        let tag = r#" xmlns:conway="x" encoding = 'base64' bytes="12""#;
        assert_eq!(attribute(tag, "encoding"), Some("base64"));
        assert_eq!(attribute(tag, "bytes"), Some("12"));
        assert_eq!(attribute(tag, "media-type"), None);
        assert_eq!(attribute(" xbytes=\"1\"", "bytes"), None);
        assert_eq!(attribute(" bytes=\"1", "bytes"), None);
    }

    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(workspace_in_svg("hello"), Err(SvgError::NotSvg));
        assert_eq!(workspace_in_svg("<svg></svg>"), Err(SvgError::NotConway));
        let cut = "<svg><metadata><conway:workspace encoding=\"base64\">Zm9v";
        assert!(matches!(workspace_in_svg(cut), Err(SvgError::Damaged(_))));
        assert_eq!(
            SvgError::NotConway.to_string(),
            "this SVG was not exported by Conway: it carries no workspace to open"
        );
        assert!(SvgError::Damaged("x".into())
            .to_string()
            .starts_with("the embedded workspace is damaged"));
    }

    #[test]
    fn a_workspace_under_another_prefix_or_the_default_namespace_is_found() {
        let by = |open: &str, close: &str| {
            format!("<svg xmlns:ns0=\"{NAMESPACE}\"><metadata>{open}Zm9v{close}</metadata></svg>")
        };
        let ns0 = by("<ns0:workspace encoding=\"base64\">", "</ns0:workspace>");
        assert_eq!(workspace_in_svg(&ns0).as_deref(), Ok("foo"));
        let default = format!(
            "<svg><workspaces/><workspace xmlns='{NAMESPACE}' bytes='3'>Zm9v</workspace></svg>"
        );
        assert_eq!(workspace_in_svg(&default).as_deref(), Ok("foo"));
        let undeclared = "<svg><ns0:workspace>Zm9v</ns0:workspace></svg>";
        assert_eq!(workspace_in_svg(undeclared), Err(SvgError::NotConway));
    }

    #[test]
    fn a_wrong_length_or_encoding_is_damage() {
        let svg =
            |attrs: &str| format!("<svg><conway:workspace{attrs}>Zm9v</conway:workspace></svg>");
        assert_eq!(workspace_in_svg(&svg(" bytes=\"3\"")).as_deref(), Ok("foo"));
        assert_eq!(workspace_in_svg(&svg("")).as_deref(), Ok("foo"));
        assert!(matches!(
            workspace_in_svg(&svg(" bytes=\"4\"")),
            Err(SvgError::Damaged(_))
        ));
        assert!(matches!(
            workspace_in_svg(&svg(" encoding=\"hex\"")),
            Err(SvgError::Damaged(_))
        ));
    }
}
