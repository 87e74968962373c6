//! The SVG export's tests: what each view of the sample shows, the
//! workspace carried byte for byte, untrusted text kept as text, the themes
//! against the style sheets, and never a panic on any input.

mod embed;
mod look;
mod properties;
mod themes_match_css;
mod views;
mod xss;

use super::{view_svg, SvgOptions};
use conway_model::{Id, Workspace};

fn sample() -> Workspace {
    conway_model::sample::sample_workspace()
}

/// The picture of `view` with `options`, which must exist.
fn picture(ws: &Workspace, view: &Id, options: &SvgOptions) -> String {
    view_svg(ws, view, options).unwrap_or_else(|| panic!("no view {view}"))
}

/// The picture parsed, failing the test if it is not well-formed XML (a
/// DOCTYPE included: roxmltree refuses one unless asked).
fn parsed(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

/// The text of an element and everything in it.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The `<title>` directly inside `node`.
fn title_of(node: roxmltree::Node) -> Option<String> {
    node.children()
        .find(|c| c.has_tag_name("title"))
        .map(text_of)
}

/// The groups of `doc` that carry `attribute` (data-element-id, ...), by its value.
fn groups_with<'a>(
    doc: &'a roxmltree::Document<'a>,
    attribute: &'a str,
) -> impl Iterator<Item = (String, roxmltree::Node<'a, 'a>)> + 'a {
    doc.descendants()
        .filter(|n| n.has_tag_name("g"))
        .filter_map(move |n| Some((n.attribute(attribute)?.to_string(), n)))
}

/// What a text reads as in a picture: XML cannot hold most control characters.
fn as_xml_text(text: &str) -> String {
    text.chars()
        .filter(|&c| matches!(c, '\t' | '\n' | '\r') || crate::svg::xml::allowed_in_xml(c))
        .collect()
}
