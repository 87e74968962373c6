//! The workspace a picture carries comes back byte for byte, whatever its text.

use super::{parsed, picture, sample};
use crate::svg::{workspace_in_svg, SvgError, SvgOptions, NAMESPACE};
use conway_model::{Element, ElementKind, Id, Placement, View, ViewKind, Workspace};

/// Text that breaks naive embedding: CDATA ends, closing tags (ours
/// included), script, quotes, entities, emoji, control characters.
pub(super) const AWKWARD: &[&str] = &[
    "]]>",
    "<![CDATA[ x ]]>",
    "</metadata>",
    "</conway:workspace>",
    "<conway:workspace encoding=\"base64\">Zm9v</conway:workspace>",
    "<script>alert(1)</script>",
    "\"double\" 'single' `back`",
    "&amp; &lt; &#0; &#x1F980; &bogus;",
    "🦀 Ünïcødé 中文 עברית \u{200B}\u{FEFF}",
    "tab\tnew\nline\r\ncr\r",
    "nul \u{0} bell \u{7} esc \u{1b} del \u{7f} \u{FFFE}",
    "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]>&e;",
];

fn one_view(name: &str) -> Workspace {
    let mut ws = Workspace::new(name);
    ws.description = name.to_string();
    let mut element = Element::new("box-1", ElementKind::Container, name);
    element.description = name.to_string();
    element.technology = name.to_string();
    ws.elements.push(element);
    let mut view = View::new("view-1", ViewKind::System, name);
    view.description = name.to_string();
    view.placements.push(Placement {
        element: Id::new("box-1"),
        x: 0.0,
        y: 0.0,
        width: 200.0,
        height: 100.0,
        pinned: false,
    });
    ws.views.push(view);
    ws
}

#[test]
fn every_view_of_the_sample_carries_the_workspace_file_byte_for_byte() {
    let ws = sample();
    let file = conway_format::write(&ws);
    for view in &ws.views {
        let svg = picture(&ws, &view.id, &SvgOptions::default());
        assert_eq!(
            workspace_in_svg(&svg).as_deref(),
            Ok(file.as_str()),
            "{}",
            view.name
        );
    }
    let read = conway_format::read(&file).expect("the carried file reads");
    assert_eq!(read, ws);
}

#[test]
fn awkward_text_survives_the_trip_exactly() {
    for text in AWKWARD {
        let ws = one_view(text);
        let svg = picture(&ws, &"view-1".into(), &SvgOptions::default());
        parsed(&svg);
        let carried = workspace_in_svg(&svg).expect("the workspace is found");
        assert_eq!(carried, conway_format::write(&ws), "{text:?}");
    }
}

#[test]
fn the_workspace_sits_in_metadata_in_conways_namespace() {
    let ws = sample();
    let svg = picture(&ws, &ws.views[0].id, &SvgOptions::default());
    let doc = parsed(&svg);
    let carrier = doc
        .descendants()
        .find(|n| n.tag_name().namespace() == Some(NAMESPACE))
        .expect("a conway:workspace element");
    assert_eq!(carrier.tag_name().name(), "workspace");
    assert_eq!(
        carrier.parent().map(|p| p.tag_name().name()),
        Some("metadata")
    );
    assert_eq!(carrier.attribute("encoding"), Some("base64"));
}

#[test]
fn a_picture_rewritten_by_another_tool_still_opens() {
    let ws = sample();
    let svg = picture(&ws, &ws.views[0].id, &SvgOptions::default());
    let file = conway_format::write(&ws);
    // Line ends changed, the base64 re-indented, the quotes swapped.
    let rewritten = svg
        .replace('\n', "\r\n    ")
        .replace("encoding=\"base64\"", "encoding='base64'");
    assert_eq!(workspace_in_svg(&rewritten).as_deref(), Ok(file.as_str()));
}

#[test]
fn a_damaged_picture_says_so() {
    let ws = sample();
    let svg = picture(&ws, &ws.views[0].id, &SvgOptions::default());
    let start = svg.find("<conway:workspace").expect("metadata");
    let body = svg[start..].find('>').expect("tag end") + start + 1;
    let mut flipped = svg.clone();
    flipped.replace_range(body + 10..body + 11, "*");
    assert!(matches!(
        workspace_in_svg(&flipped),
        Err(SvgError::Damaged(_))
    ));
    let mut dropped = svg.clone();
    dropped.replace_range(body + 10..body + 14, "");
    assert!(matches!(
        workspace_in_svg(&dropped),
        Err(SvgError::Damaged(_))
    ));
    let cut = &svg[..body + 100];
    assert!(matches!(workspace_in_svg(cut), Err(SvgError::Damaged(_))));
    let plain = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>";
    assert_eq!(workspace_in_svg(plain), Err(SvgError::NotConway));
}
