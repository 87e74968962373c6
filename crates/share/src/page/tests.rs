//! The published page of the sample workspace and of awkward ones: what it
//! contains, that its links all land, that it loads nothing, and that the
//! workspace comes back out of it byte for byte.

use std::collections::{HashMap, HashSet};

use conway_model::sample::{blank_workspace, sample_workspace};
use conway_model::{Date, Element, ElementKind, Id, Workspace};

use super::html::{anchor, escape_into};
use super::scan::tags;
use super::*;

fn escaped(text: &str) -> String {
    let mut out = String::new();
    escape_into(&mut out, text);
    out
}

fn sample_page() -> String {
    publish(&sample_workspace(), &PageOptions::default())
}

/// Every `id` in the page, counted.
fn ids(page: &str) -> HashMap<String, usize> {
    let mut ids = HashMap::new();
    for tag in tags(page) {
        if let Some(id) = tag.get("id") {
            *ids.entry(id.to_string()).or_default() += 1;
        }
    }
    ids
}

#[test]
fn the_sample_page_holds_every_view_decision_term_and_team() {
    let ws = sample_workspace();
    let page = sample_page();
    let ids = ids(&page);
    assert!(!ws.views.is_empty() && !ws.decisions.is_empty() && !ws.glossary.is_empty());
    for view in &ws.views {
        assert!(
            ids.contains_key(&anchor("view-", &view.id)),
            "{}",
            view.name
        );
        assert!(page.contains(&format!("<h3>{}</h3>", escaped(&view.name))));
        let pictures = page
            .matches(&format!("data-view-id=\"{}\"", view.id))
            .count();
        assert_eq!(pictures, 2, "{} in light and dark", view.name);
    }
    for d in &ws.decisions {
        assert!(ids.contains_key(&format!("adr-{:04}", d.number)));
        assert!(
            page.contains(&d.reference()) && page.contains(&escaped(&d.title)),
            "{}",
            d.title
        );
        assert!(page.contains(d.status.label()));
    }
    for term in &ws.glossary {
        assert!(ids.contains_key(&anchor("term-", &term.id)));
        assert!(page.contains(&format!("<dt>{}</dt>", escaped(&term.term))));
    }
}

#[test]
fn the_sample_page_holds_every_team_concern_and_principle() {
    let ws = sample_workspace();
    let page = sample_page();
    let ids = ids(&page);
    let teams: Vec<&Element> = ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Team)
        .collect();
    assert!(teams.len() > 3);
    for team in teams {
        assert!(
            ids.contains_key(&anchor("team-", &team.id)),
            "{}",
            team.name
        );
        assert!(page.contains(&format!("<h3>{}</h3>", escaped(&team.name))));
    }
    for concern in &ws.concerns {
        assert!(ids.contains_key(&anchor("concern-", &concern.id)));
    }
    for principle in &ws.principles {
        assert!(ids.contains_key(&anchor("principle-", &principle.id)));
    }
}

#[test]
fn every_element_of_every_view_has_an_entry_and_every_element_an_anchor() {
    let ws = sample_workspace();
    let ids = ids(&sample_page());
    for view in &ws.views {
        for placement in &view.placements {
            let entry = format!(
                "{}.{}",
                anchor("view-", &view.id),
                anchor("element-", &placement.element)
            );
            assert_eq!(ids.get(&entry), Some(&1), "{entry}");
        }
        for r in ws.relationships_in(view) {
            let entry = format!(
                "{}.{}",
                anchor("view-", &view.id),
                anchor("relationship-", &r.id)
            );
            assert_eq!(ids.get(&entry), Some(&1), "{entry}");
        }
    }
    for element in &ws.elements {
        let prefix = if element.kind == ElementKind::Team {
            "team-"
        } else {
            "element-"
        };
        assert_eq!(
            ids.get(&anchor(prefix, &element.id)),
            Some(&1),
            "{}",
            element.name
        );
    }
    for r in &ws.relationships {
        assert_eq!(
            ids.get(&anchor("relationship-", &r.id)),
            Some(&1),
            "{}",
            r.id
        );
    }
}

#[test]
fn ids_are_unique_and_every_link_on_the_page_lands() {
    let page = sample_page();
    let ids = ids(&page);
    let twice: Vec<_> = ids.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "ids used twice: {twice:?}");
    let mut fragments = 0;
    for tag in tags(&page) {
        let Some(href) = tag.get("href") else {
            continue;
        };
        if let Some(target) = href.strip_prefix('#') {
            assert!(
                ids.contains_key(target),
                "a link to #{target} lands nowhere"
            );
            fragments += 1;
        } else {
            assert!(conway_editor::markdown::safe_url(href).is_some(), "{href}");
        }
    }
    assert!(fragments > 500, "only {fragments} links");
    // The pictures keep their groups' element ids, which the script maps to entries.
    assert!(page.contains("id=\"svg-on-light-view-"));
    assert!(page.contains("data-element-id=\"search-service\""));
}

#[test]
fn the_page_is_one_document_that_loads_nothing() {
    let page = sample_page();
    assert!(page.starts_with(
        "<!doctype html>\n<html lang=\"en\" class=\"auto\"><head><meta charset=\"utf-8\">"
    ));
    assert!(page.contains("<title>Northwind Retail</title>"));
    let csp = page.find("http-equiv=\"Content-Security-Policy\"").unwrap();
    assert!(csp < page.find("<style").unwrap() && csp < page.find("<script").unwrap());
    assert!(page.contains("<meta name=\"viewport\""));
    for tag in tags(&page) {
        for (name, value) in &tag.attributes {
            assert!(
                !["src", "srcset", "action", "xlink:href"].contains(&name.as_str()),
                "{name}={value}"
            );
            if name == "href" {
                assert!(value.starts_with('#') || tag.get("rel") == Some("noopener noreferrer"));
            }
        }
    }
    // No metadata in the pictures: the page carries the workspace once.
    assert!(!page.contains("<metadata") && !page.contains("<?xml"));
    assert_eq!(page.matches(MEDIA_TYPE).count(), 1);
}

#[test]
fn the_sample_round_trips_byte_for_byte() {
    let ws = sample_workspace();
    let page = publish(&ws, &PageOptions::default());
    let text = workspace_in_page(&page).unwrap();
    assert_eq!(text, conway_format::write(&ws));
    assert_eq!(conway_format::read(&text).unwrap(), ws);
}

/// Texts that would break a naive embedding: markup, comment and CDATA
/// ends, quotes, emoji, control characters, line ends of every kind.
const AWKWARD: &[&str] = &[
    "</script><script>alert(1)</script>",
    "<!-- x --> <!--",
    "]]> <![CDATA[",
    "\"quoted\" and 'single'",
    "🦀 ünïcödé 中文 \u{200d}\u{fe0f}",
    "tab\tnul\u{0}bell\u{7}esc\u{1b}del\u{7f}",
    "cr\rlf\ncrlf\r\n",
    "&amp; &lt; &#0; &#x110000;",
];

#[test]
fn awkward_texts_round_trip_byte_for_byte() {
    for text in AWKWARD {
        let mut ws = Workspace::new(*text);
        ws.description = text.to_string();
        let mut e = Element::new("e1", ElementKind::SoftwareSystem, *text);
        e.description = text.to_string();
        ws.elements.push(e);
        let page = publish(&ws, &PageOptions::default());
        let written = conway_format::write(&ws);
        assert_eq!(
            workspace_in_page(&page).as_deref(),
            Ok(written.as_str()),
            "{text:?}"
        );
        assert_eq!(page.matches("</script>").count(), 2, "{text:?}");
    }
}

#[test]
fn a_theme_of_its_own_pictures_each_view_once() {
    let ws = sample_workspace();
    for (theme, class, kept) in [
        (PageTheme::Light, "light", "on-light"),
        (PageTheme::Dark, "dark", "on-dark"),
    ] {
        let page = publish(
            &ws,
            &PageOptions {
                theme,
                ..Default::default()
            },
        );
        assert!(page.contains(&format!("<html lang=\"en\" class=\"{class}\">")));
        let view = &ws.views[0];
        assert_eq!(
            page.matches(&format!("data-view-id=\"{}\"", view.id))
                .count(),
            1
        );
        assert!(page.contains(&format!("<div class=\"{kept}\"><svg")));
    }
}

#[test]
fn the_day_of_publishing_is_said_and_without_it_the_page_is_always_the_same() {
    let ws = sample_workspace();
    let day = Date::parse("2026-03-14");
    let dated = publish(
        &ws,
        &PageOptions {
            published_on: day,
            ..Default::default()
        },
    );
    assert!(dated.contains("published from Conway on 2026-03-14"));
    let load = format!("title=\"{}\"", conway_analysis::CognitiveLoad::FORMULA);
    assert!(dated.contains(&load) && dated.contains(" on 2026-03-14: "));
    assert_eq!(sample_page(), sample_page());
    assert!(!sample_page().contains(&load));
}

#[test]
fn an_empty_or_blank_workspace_publishes_a_short_sound_page() {
    for ws in [Workspace::default(), blank_workspace("Fresh start")] {
        let page = publish(&ws, &PageOptions::default());
        let ids = ids(&page);
        for tag in tags(&page) {
            if let Some(target) = tag.get("href").and_then(|h| h.strip_prefix('#')) {
                assert!(ids.contains_key(target), "#{target}");
            }
        }
        assert!(!ids.contains_key("decisions") && !ids.contains_key("teams"));
        assert_eq!(workspace_in_page(&page).unwrap(), conway_format::write(&ws));
    }
}

#[test]
fn decisions_link_what_they_shape_and_each_other_both_ways() {
    let ws = sample_workspace();
    let page = sample_page();
    let superseding = ws
        .decisions
        .iter()
        .find(|d| !d.relations.is_empty())
        .expect("a related decision");
    let target = ws.decision(&superseding.relations[0].target).unwrap();
    let section = |d: &conway_model::Decision| {
        let start = page.find(&format!("id=\"adr-{:04}\"", d.number)).unwrap();
        let end = page[start..].find("</article>").unwrap() + start;
        page[start..end].to_string()
    };
    assert!(section(superseding).contains(&format!("href=\"#adr-{:04}\"", target.number)));
    assert!(section(target).contains(&format!("href=\"#adr-{:04}\"", superseding.number)));
    let linked: HashSet<&Id> = superseding.links.iter().collect();
    for id in linked {
        let to_element = format!("href=\"#{}\"", anchor("element-", id));
        let to_team = format!("href=\"#{}\"", anchor("team-", id));
        let to_relationship = format!("href=\"#{}\"", anchor("relationship-", id));
        let text = section(superseding);
        assert!(
            text.contains(&to_element)
                || text.contains(&to_team)
                || text.contains(&to_relationship),
            "{id}"
        );
    }
}

#[test]
fn the_workers_job_publishes_the_text_it_is_sent_and_refuses_what_is_not_a_workspace() {
    let ws = conway_model::sample::sample_workspace();
    let text = conway_format::write(&ws);
    let dated = super::publish_text(&text, "2026-12-03", false).expect("publishes");
    assert!(dated.contains("2026-12-03"));
    assert_eq!(super::workspace_in_page(&dated), Ok(text.clone()));
    let undated = super::publish_text(&text, "", false).expect("publishes");
    assert_eq!(
        undated,
        super::publish(&ws, &super::PageOptions::default()),
        "no date: the same page as publishing directly"
    );
    let refused = super::publish_text("{", "", false).expect_err("not a workspace");
    assert!(
        refused.starts_with("The open workspace could not be read"),
        "{refused}"
    );
}
