//! The Rust tables of the themes (`theme.rs`) and the cascade mirrored in
//! `paint.rs` say what the app's style sheets say: a designer changing a
//! colour, a stroke or a dash in the CSS sees this test fail and changes
//! the export to match.

use crate::svg::theme::{fixed, Colour, Palette, DARK, LIGHT};

const MAIN: &str = include_str!("../../../../../style/main.css");
const ORG: &str = include_str!("../../../../../style/org.css");
const DECISIONS: &str = include_str!("../../../../../style/decisions.css");

/// Every rule of a sheet: its selectors and its declarations, spaces collapsed.
fn rules(css: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut text = String::new();
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        text.push_str(&rest[..at]);
        rest = rest[at..]
            .find("*/")
            .map_or("", |end| &rest[at + end + 2..]);
    }
    text.push_str(rest);
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    text.split('}')
        .filter_map(|chunk| {
            let (selectors, body) = chunk.rsplit_once('{')?;
            Some((
                selectors.split(',').map(squeeze).collect(),
                body.split(';')
                    .map(squeeze)
                    .filter(|d| !d.is_empty())
                    .collect(),
            ))
        })
        .collect()
}

/// The declarations of the rules that list `selector`.
fn declarations(css: &str, selector: &str) -> Vec<String> {
    rules(css)
        .into_iter()
        .filter(|(selectors, _)| selectors.iter().any(|s| s == selector))
        .flat_map(|(_, body)| body)
        .collect()
}

fn declares(css: &str, selector: &str, declaration: &str) -> bool {
    declarations(css, selector).iter().any(|d| d == declaration)
}

/// A colour as the CSS writes it: `#rrggbb`, or `rgba(r, g, b, a)`.
fn css_value(colour: Colour) -> String {
    if colour.alpha >= 1.0 {
        return colour.hex.to_string();
    }
    let channel = |i: usize| u8::from_str_radix(&colour.hex[i..i + 2], 16).expect("hex");
    format!(
        "rgba({}, {}, {}, {})",
        channel(1),
        channel(3),
        channel(5),
        colour.alpha
    )
}

fn custom_properties(palette: &Palette) -> Vec<(&'static str, Colour)> {
    let p = palette;
    vec![
        ("--canvas", p.canvas),
        ("--text", p.text),
        ("--muted", p.muted),
        ("--surface", p.surface),
        ("--border", p.border),
        ("--accent", p.accent),
        ("--edge", p.edge),
        ("--edge-label-bg", p.edge_label_bg),
        ("--c4-person", p.c4_person),
        ("--c4-system", p.c4_system),
        ("--c4-container", p.c4_container),
        ("--c4-component", p.c4_component),
        ("--c4-external", p.c4_external),
        ("--c4-on-dark", p.c4_on_dark),
        ("--c4-on-light", p.c4_on_light),
        ("--boundary", p.boundary),
        ("--tt-stream", p.tt_stream.0),
        ("--tt-stream-line", p.tt_stream.1),
        ("--tt-platform", p.tt_platform.0),
        ("--tt-platform-line", p.tt_platform.1),
        ("--tt-enabling", p.tt_enabling.0),
        ("--tt-enabling-line", p.tt_enabling.1),
        ("--tt-complicated", p.tt_complicated.0),
        ("--tt-complicated-line", p.tt_complicated.1),
        ("--org-person", p.org_person),
        ("--org-line", p.org_line),
        ("--stakeholder", p.stakeholder),
        ("--stakeholder-line", p.stakeholder_line),
        ("--department", p.department),
    ]
}

#[test]
fn each_theme_has_the_custom_properties_of_main_css() {
    let light = declarations(MAIN, ":root");
    let dark = declarations(MAIN, ":root[data-theme=\"dark\"]");
    assert!(
        !light.is_empty() && !dark.is_empty(),
        "both theme rules are found"
    );
    let value = |list: &[String], name: &str| {
        list.iter()
            .find_map(|d| d.strip_prefix(&format!("{name}: ")).map(str::to_string))
    };
    for (name, colour) in custom_properties(&LIGHT) {
        assert_eq!(value(&light, name), Some(css_value(colour)), "light {name}");
    }
    for (name, colour) in custom_properties(&DARK) {
        // The dark theme keeps what it does not override.
        let css = value(&dark, name).or_else(|| value(&light, name));
        assert_eq!(css, Some(css_value(colour)), "dark {name}");
    }
}

#[test]
fn the_fixed_colours_are_the_style_sheets() {
    let fill = |c: Colour| format!("fill: {}", css_value(c));
    let stroke = |c: Colour| format!("stroke: {}", css_value(c));
    let checks = [
        (MAIN, ".kind-person .shape *", stroke(fixed::PERSON_LINE)),
        (
            MAIN,
            ".kind-softwaresystem .shape",
            stroke(fixed::SYSTEM_LINE),
        ),
        (
            MAIN,
            ".kind-container .shape",
            stroke(fixed::CONTAINER_LINE),
        ),
        (
            MAIN,
            ".kind-component .shape",
            stroke(fixed::COMPONENT_LINE),
        ),
        (
            MAIN,
            ".kind-externalsystem .shape",
            stroke(fixed::EXTERNAL_LINE),
        ),
        (
            MAIN,
            ".kind-systemboundary .shape",
            fill(fixed::BOUNDARY_FILL),
        ),
        (ORG, ".node.by-owner text", fill(fixed::OWNED_TEXT)),
        (ORG, ".node.by-owner text", fill(LIGHT.unowned_text)),
        (
            ORG,
            ".node.by-owner.unowned .shape",
            fill(LIGHT.unowned_fill),
        ),
        (
            ORG,
            ".node.by-owner.unowned .shape",
            stroke(fixed::UNOWNED_LINE),
        ),
        (
            ORG,
            ":root[data-theme=\"dark\"] .node.by-owner.unowned .shape",
            fill(DARK.unowned_fill),
        ),
        (
            ORG,
            ":root[data-theme=\"dark\"] .node.by-owner.unowned text",
            fill(DARK.unowned_text),
        ),
        (
            ORG,
            ".glossary-avoid",
            format!(
                "text-decoration: underline wavy {}",
                fixed::GLOSSARY_AVOID.hex
            ),
        ),
        (
            DECISIONS,
            ".decision-badge.status-proposed rect",
            fill(fixed::PROPOSED.0),
        ),
        (
            DECISIONS,
            ".decision-badge.status-proposed text",
            fill(fixed::PROPOSED.1),
        ),
        (
            DECISIONS,
            ".decision-badge.status-accepted rect",
            fill(fixed::ACCEPTED.0),
        ),
        (
            DECISIONS,
            ".decision-badge.status-accepted text",
            fill(fixed::ACCEPTED.1),
        ),
        (
            DECISIONS,
            ".decision-badge.status-superseded rect",
            fill(fixed::SUPERSEDED.0),
        ),
        (
            DECISIONS,
            ".decision-badge.status-superseded text",
            fill(fixed::SUPERSEDED.1),
        ),
        (
            DECISIONS,
            ".decision-badge.status-rejected rect",
            fill(fixed::RETIRED.0),
        ),
        (
            DECISIONS,
            ".decision-badge.status-deprecated text",
            fill(fixed::RETIRED.1),
        ),
    ];
    for (css, selector, declaration) in checks {
        assert!(
            declares(css, selector, &declaration),
            "{selector} {{ {declaration} }}"
        );
    }
    for (i, (fill, line)) in fixed::OWNERS.iter().enumerate() {
        let selector = format!(".owner-{i}");
        assert!(
            declares(ORG, &selector, &format!("--owner-fill: {}", fill.hex)),
            "{selector}"
        );
        assert!(
            declares(ORG, &selector, &format!("--owner-line: {}", line.hex)),
            "{selector}"
        );
    }
}

/// The strokes, dashes and sizes `paint.rs`, `node.rs` and `edge.rs` copy.
#[test]
fn the_strokes_dashes_and_fonts_are_the_style_sheets() {
    let checks = [
        (MAIN, ".node .shape", "stroke-width: 1.5"),
        (MAIN, ".kind-systemboundary .shape", "stroke-dasharray: 8 5"),
        (MAIN, ".kind-department .shape", "stroke-dasharray: 3 4"),
        (MAIN, ".team-streamaligned .shape", "stroke-width: 2"),
        (MAIN, ".node .rim", "fill: none !important"),
        (MAIN, ".labels:not(.compact) .label-name", "font-size: 14px"),
        (MAIN, ".label-name", "font-weight: 700"),
        (MAIN, ".label-caption", "font-size: 11px"),
        (MAIN, ".label-caption", "opacity: 0.85"),
        (MAIN, ".label-description", "font-size: 11.5px"),
        (MAIN, ".edge-line", "stroke-width: 1.5"),
        (MAIN, ".edge.async .edge-line", "stroke-dasharray: 7 5"),
        (
            MAIN,
            ".edge.kind-informationflow .edge-line",
            "stroke-dasharray: 5 4",
        ),
        (
            MAIN,
            ".edge.kind-collaboration .edge-line",
            "stroke-width: 16",
        ),
        (
            MAIN,
            ".edge.kind-collaboration .edge-line",
            "stroke-opacity: 0.28",
        ),
        (
            MAIN,
            ".edge.kind-xasaservice .edge-line",
            "stroke-width: 2.5",
        ),
        (
            MAIN,
            ".edge.kind-facilitating .edge-line",
            "stroke-dasharray: 2 5",
        ),
        (MAIN, ".bracket", "stroke-width: 2"),
        (MAIN, ".dot", "stroke-width: 1.5"),
        (MAIN, ".edge-label text", "font-size: 11px"),
        (MAIN, ".edge-label .label-technology", "font-style: italic"),
        (
            ORG,
            ".node.by-owner.unowned .shape",
            "stroke-dasharray: 6 4",
        ),
        (DECISIONS, ".decision-badge rect", "stroke-width: 2"),
        (DECISIONS, ".decision-badge text", "font-size: 11px"),
    ];
    for (css, selector, declaration) in checks {
        assert!(
            declares(css, selector, declaration),
            "{selector} {{ {declaration} }}"
        );
    }
    let font = format!(
        "font-family: {}",
        crate::svg::theme::FONT_FAMILY.replace('\'', "\"")
    );
    assert!(declares(MAIN, ":root", &font), "{font}");
}
