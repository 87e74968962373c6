//! How the picture looks: themes that differ in colours only, the
//! background, the frame around the content, colour by owner and its legend.

use super::{groups_with, parsed, picture, sample, text_of};
use crate::svg::xml::num;
use crate::svg::{SvgOptions, Theme};
use conway_editor::scene::edge_scenes;
use conway_geometry::Rect;
use conway_model::{View, ViewKind, Workspace};

/// `svg` with every colour and opacity value replaced by a placeholder.
fn colourless(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(at) = rest.find('#') {
        out.push_str(&rest[..at]);
        let hex = rest[at + 1..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .count();
        if hex == 6 {
            out.push_str("#colour");
            rest = &rest[at + 7..];
        } else {
            out.push('#');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    for attribute in ["fill-opacity=\"", "stroke-opacity=\""] {
        out = out
            .split(attribute)
            .enumerate()
            .map(|(i, part)| match (i, part.find('"')) {
                (0, _) | (_, None) => part.to_string(),
                (_, Some(end)) => format!("{attribute}alpha{}", &part[end..]),
            })
            .collect();
    }
    out
}

/// The `viewBox` numbers of a picture.
fn view_box(svg: &str) -> [f64; 4] {
    let doc = parsed(svg);
    let numbers: Vec<f64> = doc
        .root_element()
        .attribute("viewBox")
        .expect("a viewBox")
        .split(' ')
        .map(|n| n.parse().expect("a number"))
        .collect();
    [numbers[0], numbers[1], numbers[2], numbers[3]]
}

#[test]
fn dark_and_light_differ_in_colours_only() {
    let ws = sample();
    for view in &ws.views {
        let light = picture(&ws, &view.id, &SvgOptions::default());
        let dark = picture(
            &ws,
            &view.id,
            &SvgOptions {
                theme: Theme::Dark,
                ..SvgOptions::default()
            },
        );
        assert_ne!(light, dark, "{}", view.name);
        assert_eq!(colourless(&light), colourless(&dark), "{}", view.name);
    }
}

#[test]
fn the_background_is_the_canvas_colour_or_nothing() {
    let ws = sample();
    let id = &ws.views[0].id;
    let backgrounds = |svg: &str| {
        let doc = parsed(svg);
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("background"))
            .map(|n| n.attribute("fill").unwrap_or_default().to_string())
            .collect::<Vec<_>>()
    };
    let light = picture(&ws, id, &SvgOptions::default());
    assert_eq!(backgrounds(&light), ["#fbfbfa"]);
    let dark = picture(
        &ws,
        id,
        &SvgOptions {
            theme: Theme::Dark,
            ..SvgOptions::default()
        },
    );
    assert_eq!(backgrounds(&dark), ["#1a1c21"]);
    let none = picture(
        &ws,
        id,
        &SvgOptions {
            background: false,
            ..SvgOptions::default()
        },
    );
    assert!(backgrounds(&none).is_empty());
}

/// Does the `viewBox` hold `r` grown by `margin` on every side?
fn holds([x, y, w, h]: [f64; 4], r: Rect, margin: f64) -> bool {
    x <= r.x - margin
        && y <= r.y - margin
        && x + w >= r.x + r.width + margin
        && y + h >= r.y + r.height + margin
}

#[test]
fn the_frame_holds_every_box_and_label_plus_the_margin() {
    let ws = sample();
    for margin in [0.0, 32.0, 100.0] {
        for view in &ws.views {
            let options = SvgOptions {
                margin,
                ..SvgOptions::default()
            };
            let svg = picture(&ws, &view.id, &options);
            let frame = view_box(&svg);
            for p in &view.placements {
                assert!(holds(frame, Rect::from(p), margin), "{}", p.element);
            }
            let edges = edge_scenes(&ws, view, None, &mut Default::default());
            for edge in &edges {
                let Some(label) = &edge.label else { continue };
                let (lx, ly) = edge.path.label_at;
                let around = Rect::new(
                    lx - label.width / 2.0,
                    ly - label.height / 2.0,
                    label.width,
                    label.height,
                );
                assert!(holds(frame, around, margin), "the label of {}", edge.id);
            }
            let doc = parsed(&svg);
            let root = doc.root_element();
            assert_eq!(root.attribute("width"), Some(num(frame[2]).as_str()));
            assert_eq!(root.attribute("height"), Some(num(frame[3]).as_str()));
        }
    }
}

#[test]
fn an_empty_view_gives_a_small_valid_picture() {
    let mut ws = Workspace::new("Empty");
    ws.views
        .push(View::new("v", ViewKind::System, "Nothing yet"));
    let svg = picture(&ws, &"v".into(), &SvgOptions::default());
    parsed(&svg);
    assert_eq!(view_box(&svg), [-32.0, -32.0, 64.0, 64.0]);
    assert_eq!(
        crate::svg::workspace_in_svg(&svg),
        Ok(conway_format::write(&ws))
    );
}

#[test]
fn colour_by_owner_paints_owned_elements_and_adds_the_legend() {
    let ws = sample();
    let view = ws
        .views
        .iter()
        .find(|v| {
            v.placements
                .iter()
                .any(|p| ws.element(&p.element).is_some_and(|e| e.owner.is_some()))
        })
        .expect("a view with owned elements");
    let plain = picture(&ws, &view.id, &SvgOptions::default());
    assert!(!plain.contains("owner-legend") && !plain.contains("by-owner"));
    let coloured = picture(
        &ws,
        &view.id,
        &SvgOptions {
            by_owner: true,
            ..SvgOptions::default()
        },
    );
    let doc = parsed(&coloured);
    let legend = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("owner-legend"))
        .expect("the owner legend");
    let legend_text = text_of(legend);
    for (id, group) in groups_with(&doc, "data-element-id") {
        let element = ws.element(&id.as_str().into()).expect("exists");
        let Some(team) = element.owner.as_ref().and_then(|o| ws.element(o)) else {
            continue;
        };
        assert!(
            legend_text.contains(&team.name),
            "the legend names {}",
            team.name
        );
        let class = group.attribute("class").unwrap_or_default();
        assert!(class.contains("by-owner owner-"), "{class}");
    }
    let [_, y, _, h] = view_box(&coloured);
    let [_, _, _, plain_h] = view_box(&plain);
    assert!(
        h > plain_h && y + h > 0.0,
        "the frame grows to hold the legend"
    );
}

#[test]
fn glossary_words_in_names_are_marked() {
    let ws = sample();
    let marked = ws.views.iter().any(|v| {
        let svg = picture(&ws, &v.id, &SvgOptions::default());
        svg.contains("class=\"glossary-word\"") || svg.contains("class=\"glossary-avoid\"")
    });
    assert!(marked, "the sample's names use glossary words");
}

#[test]
fn a_date_shows_only_the_interactions_in_force_that_day() {
    let ws = sample();
    let ended = ws
        .relationships
        .iter()
        .find(|r| r.ends.is_some())
        .expect("the sample has an interaction that ends");
    let view = ws
        .views
        .iter()
        .find(|v| ws.relationships_in(v).any(|r| r.id == ended.id))
        .expect("a view shows it");
    let shown = |as_of| {
        let svg = picture(
            &ws,
            &view.id,
            &SvgOptions {
                as_of,
                ..SvgOptions::default()
            },
        );
        svg.contains(&format!("data-relationship-id=\"{}\"", ended.id))
    };
    let after = ended
        .ends
        .and_then(|d| conway_model::Date::from_day_number(d.day_number() + 1));
    assert!(shown(None));
    assert!(!shown(after));
}
