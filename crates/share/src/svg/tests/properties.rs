//! Never a panic and never broken XML, whatever the input.

use std::sync::OnceLock;

use proptest::prelude::*;

use super::{as_xml_text, groups_with, parsed, picture, sample, title_of};
use crate::svg::{workspace_in_svg, SvgOptions};
use conway_model::{
    Element, ElementKind, Id, Placement, Relationship, RelationshipKind, View, ViewKind, Workspace,
};

/// One export of the sample's first view, made once.
fn export() -> &'static str {
    static EXPORT: OnceLock<String> = OnceLock::new();
    EXPORT.get_or_init(|| {
        let ws = sample();
        picture(&ws, &ws.views[0].id, &SvgOptions::default())
    })
}

/// Two boxes joined by one relationship, `text` in every text field.
fn two_boxes(text: &str) -> Workspace {
    let mut ws = Workspace::new(text);
    for (i, id) in ["a", "b"].into_iter().enumerate() {
        let mut e = Element::new(id, ElementKind::Container, text);
        e.description = text.to_string();
        e.technology = text.to_string();
        ws.elements.push(e);
        let mut view = ws
            .views
            .pop()
            .unwrap_or_else(|| View::new("v", ViewKind::System, text));
        view.placements.push(Placement {
            element: Id::new(id),
            x: 300.0 * i as f64,
            y: 0.0,
            width: 200.0,
            height: 100.0,
            pinned: false,
        });
        ws.views.push(view);
    }
    let mut r = Relationship::new("r", RelationshipKind::Uses, "a", "b");
    r.description = text.to_string();
    r.technology = text.to_string();
    ws.relationships.push(r);
    ws
}

proptest! {
    #[test]
    fn finding_a_workspace_never_panics(text in "\\PC{0,300}") {
        let _ = workspace_in_svg(&text);
        let _ = workspace_in_svg(&format!("<svg><metadata><conway:workspace{text}"));
        let _ = workspace_in_svg(&format!("<conway:workspace>{text}</conway:workspace>"));
    }

    #[test]
    fn any_prefix_of_an_export_is_refused_or_complete(cut in 0usize..1_000_000) {
        let svg = export();
        let mut end = cut % (svg.len() + 1);
        while !svg.is_char_boundary(end) {
            end -= 1;
        }
        let prefix = &svg[..end];
        match workspace_in_svg(prefix) {
            Ok(text) => {
                prop_assert!(prefix.contains("</conway:workspace>"));
                prop_assert_eq!(text, conway_format::write(&sample()));
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn any_text_gives_well_formed_xml_and_comes_back(text in any::<String>()) {
        let ws = two_boxes(&text);
        let svg = picture(&ws, &"v".into(), &SvgOptions::default());
        let doc = parsed(&svg);
        let shown = as_xml_text(&text);
        prop_assert_eq!(title_of(doc.root_element()), Some(shown.clone()));
        for (_, group) in groups_with(&doc, "data-element-id") {
            prop_assert_eq!(title_of(group), Some(shown.clone()));
        }
        prop_assert_eq!(workspace_in_svg(&svg), Ok(conway_format::write(&ws)));
    }
}

#[test]
fn every_cut_around_the_metadata_is_refused() {
    let svg = export();
    let start = svg.find("<metadata>").expect("metadata");
    let end = svg.find("</conway:workspace>").expect("the carrier ends");
    for cut in (start..end + "</conway:workspace>".len() - 1).step_by(7) {
        if svg.is_char_boundary(cut) {
            assert!(workspace_in_svg(&svg[..cut]).is_err(), "cut at {cut}");
        }
    }
}
