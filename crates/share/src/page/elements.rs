//! Every element but the teams (which have their team pages), once, with
//! all the page knows about it: kind, technology, description, where it sits,
//! its owner, role or stakeholder profile, concerns, relationships (each
//! relationship's anchor lives with its source here), decisions, and the
//! views that show it. This is where links to an element from decisions
//! and other entries land.

use conway_model::{Element, ElementKind, Id, Relationship, Side};

use super::html::{anchor, Attrs, Html};
use super::views::{kind_of, owner_and_decisions, relationship_facts};
use super::Page;

pub(super) fn any(page: &Page) -> bool {
    page.ws.elements.iter().any(|e| e.kind != ElementKind::Team)
}

pub(super) fn write(html: &mut Html, page: &Page) {
    if !any(page) {
        return;
    }
    html.open("section", Attrs::new().id("elements").class("part"));
    html.text("h2", Attrs::new(), "Elements");
    for (side, title) in [
        (Side::System, "The system"),
        (Side::Org, "The organisation"),
    ] {
        let mut listed: Vec<&Element> = page
            .ws
            .elements
            .iter()
            .filter(|e| e.side() == side && e.kind != ElementKind::Team)
            .collect();
        if listed.is_empty() {
            continue;
        }
        listed.sort_by_cached_key(|e| (kind_rank(e.kind), e.name.to_lowercase(), e.id.clone()));
        html.text("h3", Attrs::new(), title);
        for element in listed {
            element_entry(html, page, element);
        }
    }
    html.close();
    html.newline();
}

/// Kinds in the order the model lists them: people and systems before
/// containers before components.
fn kind_rank(kind: ElementKind) -> usize {
    ElementKind::ALL
        .iter()
        .position(|k| *k == kind)
        .unwrap_or(usize::MAX)
}

fn element_entry(html: &mut Html, page: &Page, element: &Element) {
    let attrs = Attrs::new()
        .id(anchor("element-", &element.id))
        .class("record searchable")
        .with("data-element-id", element.id.as_str());
    html.open("article", attrs);
    html.text("h4", Attrs::new(), &element.name);
    let mut kicker = kind_of(element);
    if !element.technology.is_empty() {
        kicker.push_str(&format!(" · {}", element.technology));
    }
    html.text("p", Attrs::new().class("kicker"), &kicker);
    if !element.description.is_empty() {
        html.text("p", Attrs::new().class("description"), &element.description);
    }
    owner_and_decisions(html, page, element);
    facts(html, page, element);
    relationships(html, page, &element.id, "h5", |_| true);
    html.close();
}

/// Where it sits, what it holds, role, profile, concerns and views.
fn facts(html: &mut Html, page: &Page, element: &Element) {
    let children = Page::of(&page.children, &element.id);
    let views = Page::of(&page.views_by_element, &element.id);
    html.open("dl", Attrs::new().class("facts"));
    if let Some(parent) = &element.parent {
        fact(html, "Part of", |html| page.element_link(html, parent));
    }
    if !children.is_empty() {
        fact(html, "Contains", |html| links(html, page, children));
    }
    if !element.role.is_empty() {
        fact(html, "Role", |html| html.chars(&element.role));
    }
    if let Some(profile) = element.stakeholder {
        let text = format!(
            "power {}, interest {} of {}: {}",
            profile.power,
            profile.interest,
            conway_model::StakeholderProfile::MAX,
            profile.quadrant()
        );
        fact(html, "Stakeholder", |html| html.chars(&text));
    }
    if !element.concerns.is_empty() {
        fact(html, "Concerns", |html| concerns(html, page, element));
    }
    if !views.is_empty() {
        fact(html, "Shown in", |html| {
            for (i, view) in views.iter().enumerate() {
                if i > 0 {
                    html.chars(", ");
                }
                let entry = format!(
                    "{}.{}",
                    anchor("view-", &view.id),
                    anchor("element-", &element.id)
                );
                html.link(&entry, &view.name);
            }
        });
    }
    html.close();
}

fn fact(html: &mut Html, term: &str, value: impl FnOnce(&mut Html)) {
    html.text("dt", Attrs::new(), term);
    html.open("dd", Attrs::new());
    value(html);
    html.close();
}

/// Links to elements, separated by commas.
pub(super) fn links<'a>(html: &mut Html, page: &Page<'a>, ids: &[&'a Id]) {
    for (i, id) in ids.iter().enumerate() {
        if i > 0 {
            html.chars(", ");
        }
        page.element_link(html, id);
    }
}

/// "Latency (weight 4 of 5), Security (weight 2 of 5)".
fn concerns(html: &mut Html, page: &Page, element: &Element) {
    for (i, weight) in element.concerns.iter().enumerate() {
        if i > 0 {
            html.chars(", ");
        }
        let name = page
            .ws
            .concern(&weight.concern)
            .map_or(weight.concern.as_str(), |c| c.name.as_str());
        html.link(&anchor("concern-", &weight.concern), name);
        let max = conway_model::ConcernWeight::MAX_WEIGHT;
        html.chars(&format!(" (weight {} of {max})", weight.weight));
    }
}

/// The relationships `shown` picks of those from the element (each the
/// anchor target of its relationship) and to it, read from its side.
pub(super) fn relationships(
    html: &mut Html,
    page: &Page,
    id: &Id,
    heading: &'static str,
    shown: impl Fn(&Relationship) -> bool,
) {
    let picked = |r: &&&Relationship| shown(r);
    let outgoing: Vec<&Relationship> = Page::of(&page.outgoing, id)
        .iter()
        .filter(picked)
        .copied()
        .collect();
    let incoming: Vec<&Relationship> = Page::of(&page.incoming, id)
        .iter()
        .filter(|r| &r.source != id)
        .filter(picked)
        .copied()
        .collect();
    if outgoing.is_empty() && incoming.is_empty() {
        return;
    }
    html.text(heading, Attrs::new(), "Relationships");
    html.open("ul", Attrs::new().class("relationships"));
    for r in outgoing {
        html.open("li", Attrs::new().id(anchor("relationship-", &r.id)));
        html.chars("→ ");
        page.element_link(html, &r.target);
        relationship_facts(html, page, r);
        html.close();
    }
    for r in incoming {
        html.open("li", Attrs::new());
        html.chars("← ");
        page.element_link(html, &r.source);
        relationship_facts(html, page, r);
        html.close();
    }
    html.close();
}
