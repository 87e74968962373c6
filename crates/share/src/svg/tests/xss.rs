//! Untrusted text stays text: the project's XSS corpus (the payloads of
//! tests/e2e/security.test.mjs, read from that file, and SVG-specific ones)
//! in every text field of an element, a relationship, the view, the
//! workspace, a team and a decision gives a picture with no script, no
//! event attribute, no link, no foreign content and no DTD, in which each
//! payload reads back as the same text.

use super::embed::AWKWARD;
use super::{as_xml_text, groups_with, parsed, picture, sample, title_of};
use crate::svg::{workspace_in_svg, SvgOptions, Theme};
use conway_model::Workspace;

const SECURITY_TEST: &str = include_str!("../../../../../tests/e2e/security.test.mjs");

/// Payloads aimed at SVG in particular, on top of the browser tests' corpus.
const SVG_PAYLOADS: &[&str] = &[
    "<svg onload=alert(1)>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<foreignObject><iframe src=\"javascript:alert(1)\"></iframe></foreignObject>",
    "<use href=\"https://evil.example/x.svg#a\"/>",
    "<image href=\"https://evil.example/track.png\"/>",
    "<style>@import url(https://evil.example/x.css);</style>",
    "\" onmouseover=\"alert(1)",
    "' onload='alert(1)",
    "</title><script>alert(1)</script><title>",
    "</text></g></svg><script>alert(1)</script>",
    "url(https://evil.example/x)",
];

/// The strings of the `PAYLOADS` array of the browser security test: one
/// JavaScript string literal a line, quoted with `"` or `'`.
fn browser_payloads() -> Vec<String> {
    let start = SECURITY_TEST
        .find("const PAYLOADS = [")
        .expect("security.test.mjs defines PAYLOADS");
    let list = &SECURITY_TEST[start..];
    let list = &list[..list.find("];").expect("PAYLOADS ends")];
    let payloads: Vec<String> = list
        .lines()
        .skip(1)
        .filter_map(|line| {
            let line = line.trim().trim_end_matches(',');
            let quote = line.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let inner = line.strip_prefix(quote)?.strip_suffix(quote)?;
            Some(inner.replace(&format!("\\{quote}"), &quote.to_string()))
        })
        .collect();
    assert!(payloads.len() >= 7, "read {} payloads", payloads.len());
    payloads
}

fn corpus() -> Vec<String> {
    let mut all = browser_payloads();
    all.extend(SVG_PAYLOADS.iter().map(|p| p.to_string()));
    all.extend(AWKWARD.iter().map(|p| p.to_string()));
    all
}

/// The sample with `payload` in front of every text a picture can show.
fn poisoned(payload: &str) -> Workspace {
    let mut ws = sample();
    let poison = |text: &mut String| *text = format!("{payload} {text}");
    poison(&mut ws.name);
    poison(&mut ws.description);
    for e in &mut ws.elements {
        poison(&mut e.name);
        poison(&mut e.description);
        poison(&mut e.technology);
        poison(&mut e.role);
    }
    for r in &mut ws.relationships {
        poison(&mut r.description);
        poison(&mut r.technology);
    }
    for v in &mut ws.views {
        poison(&mut v.name);
        poison(&mut v.description);
    }
    for d in &mut ws.decisions {
        poison(&mut d.title);
    }
    for t in &mut ws.glossary {
        poison(&mut t.definition);
    }
    ws
}

/// Nothing in the picture can run, load or embed anything.
fn assert_inert(svg: &str, doc: &roxmltree::Document, payload: &str) {
    let lower = svg.to_lowercase();
    for markup in [
        "<script",
        "<foreignobject",
        "<!entity",
        "<!doctype",
        "<iframe",
        "<img",
        "<use",
        "<image",
        "<a ",
        "<style",
    ] {
        assert!(!lower.contains(markup), "{markup} from {payload:?}");
    }
    const TAGS: [&str; 14] = [
        "svg",
        "title",
        "desc",
        "metadata",
        "workspace",
        "defs",
        "marker",
        "path",
        "circle",
        "rect",
        "polygon",
        "g",
        "text",
        "tspan",
    ];
    for node in doc.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name().name();
        assert!(TAGS.contains(&tag), "<{tag}> from {payload:?}");
        for a in node.attributes() {
            let (name, value) = (a.name().to_lowercase(), a.value().to_lowercase());
            assert!(!name.starts_with("on"), "{name}= from {payload:?}");
            assert!(!name.contains("href"), "{name}= from {payload:?}");
            assert!(
                !value.contains("javascript:"),
                "{name}={value:?} from {payload:?}"
            );
            if let Some(at) = value.find("url(") {
                assert!(value[at..].starts_with("url(#conway-"), "{name}={value:?}");
            }
        }
    }
}

#[test]
fn payloads_in_every_text_field_stay_text_in_every_view() {
    for payload in corpus() {
        let ws = poisoned(&payload);
        let file = conway_format::write(&ws);
        for (i, view) in ws.views.iter().enumerate() {
            let options = SvgOptions {
                theme: if i % 2 == 0 {
                    Theme::Light
                } else {
                    Theme::Dark
                },
                by_owner: true,
                ..SvgOptions::default()
            };
            let svg = picture(&ws, &view.id, &options);
            let doc = parsed(&svg);
            assert_inert(&svg, &doc, &payload);
            assert_eq!(title_of(doc.root_element()), Some(as_xml_text(&view.name)));
            for (id, group) in groups_with(&doc, "data-element-id") {
                let element = ws.element(&id.as_str().into()).expect("exists");
                assert_eq!(title_of(group), Some(as_xml_text(&element.name)));
            }
            // The same workspace in every view: reading it back once is enough.
            if i == 0 {
                assert_eq!(workspace_in_svg(&svg).as_deref(), Ok(file.as_str()));
            }
        }
    }
}

#[test]
fn the_browser_corpus_is_read_whole() {
    let payloads = browser_payloads();
    assert!(payloads
        .iter()
        .any(|p| p.contains("onerror=\"window.__pwned=1\"")));
    assert!(payloads
        .iter()
        .any(|p| p.starts_with("'><iframe src=\"javascript:")));
}
