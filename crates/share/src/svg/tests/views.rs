//! Every view of the sample: its elements and relationships, and only those.

use std::collections::BTreeSet;

use super::{groups_with, parsed, picture, sample, text_of, title_of};
use crate::svg::{edge::edge_title, SvgOptions};
use conway_editor::scene::edge_scenes;

#[test]
fn each_view_shows_every_element_it_places_once_titled_with_its_name_and_no_other() {
    let ws = sample();
    assert!(ws.views.len() >= 4, "the sample has system and org views");
    for view in &ws.views {
        let svg = picture(&ws, &view.id, &SvgOptions::default());
        let doc = parsed(&svg);
        let groups: Vec<_> = groups_with(&doc, "data-element-id").collect();
        let drawn: Vec<&str> = groups.iter().map(|(id, _)| id.as_str()).collect();
        let placed: Vec<&str> = view.placements.iter().map(|p| p.element.as_str()).collect();
        assert_eq!(
            drawn, placed,
            "{}: one group per element, in drawing order",
            view.name
        );
        for (id, group) in &groups {
            let element = ws
                .element(&id.as_str().into())
                .expect("drawn elements exist");
            assert_eq!(title_of(*group).as_deref(), Some(element.name.as_str()));
            let name_lines: Vec<String> = group
                .descendants()
                .filter(|n| n.attribute("class") == Some("label-name"))
                .map(text_of)
                .collect();
            let words: Vec<&str> = element.name.split_whitespace().collect();
            assert_eq!(
                name_lines.join(" "),
                words.join(" "),
                "the name is drawn as text"
            );
        }
        let others: BTreeSet<&str> = ws
            .elements
            .iter()
            .filter(|e| !view.shows(&e.id))
            .map(|e| e.id.as_str())
            .collect();
        assert!(drawn.iter().all(|id| !others.contains(id)));
    }
}

#[test]
fn each_view_shows_every_relationship_between_its_elements_with_its_label() {
    let ws = sample();
    for view in &ws.views {
        let svg = picture(&ws, &view.id, &SvgOptions::default());
        let doc = parsed(&svg);
        let groups: Vec<_> = groups_with(&doc, "data-relationship-id").collect();
        let scenes = edge_scenes(&ws, view, None, &mut Default::default());
        let expected: Vec<&str> = ws.relationships_in(view).map(|r| r.id.as_str()).collect();
        let drawn: Vec<&str> = groups.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(drawn, expected, "{}", view.name);
        for ((id, group), scene) in groups.iter().zip(&scenes) {
            let r = ws
                .relationship(&id.as_str().into())
                .expect("drawn relationships exist");
            let names = (
                ws.element(&r.source).map_or("", |e| e.name.as_str()),
                ws.element(&r.target).map_or("", |e| e.name.as_str()),
            );
            let title = title_of(*group).unwrap_or_default();
            assert_eq!(
                title,
                edge_title(names, r.kind, &r.description, &r.technology)
            );
            assert!(title.contains(&r.description));
            let lines: Vec<String> = group
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .map(text_of)
                .collect();
            let label: Vec<String> = scene
                .label
                .iter()
                .flat_map(|l| &l.lines)
                .map(|l| l.text.clone())
                .collect();
            assert_eq!(lines, label, "{title}: the canvas's label lines");
            let path = group
                .descendants()
                .find(|n| n.attribute("class") == Some("edge-line"));
            assert_eq!(
                path.and_then(|p| p.attribute("d")),
                Some(scene.path.svg_data().as_str())
            );
        }
    }
}

#[test]
fn the_picture_is_titled_and_described_by_its_view() {
    let ws = sample();
    let view = &ws.views[0];
    let svg = picture(&ws, &view.id, &SvgOptions::default());
    let doc = parsed(&svg);
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(title_of(root).as_deref(), Some(view.name.as_str()));
    let desc = root
        .children()
        .find(|c| c.has_tag_name("desc"))
        .map(text_of);
    assert_eq!(desc.as_deref(), Some(view.description.as_str()));
}

#[test]
fn an_unknown_view_gives_no_picture() {
    assert!(
        crate::svg::view_svg(&sample(), &"no-such-view".into(), &SvgOptions::default()).is_none()
    );
}
