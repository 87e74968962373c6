//! The workspace's shared language: the glossary (each term, its definition
//! and the words to avoid for it), the concerns (quality attributes, with
//! the elements that carry them and the decisions that touch them) and the
//! principles (statement, rationale, implications, and the decisions that
//! follow or depart from them). All of it is plain text, escaped.

use conway_model::{Concern, Decision, Id, Principle, Stance, Term};

use super::decisions::{bullets, inline_links};
use super::html::{anchor, Attrs, Html};
use super::{part, Page};

pub(super) fn write(html: &mut Html, page: &Page) {
    glossary(html, page);
    concerns(html, page);
    principles(html, page);
}

fn glossary(html: &mut Html, page: &Page) {
    if page.ws.glossary.is_empty() {
        return;
    }
    let mut terms: Vec<&Term> = page.ws.glossary.iter().collect();
    terms.sort_by_cached_key(|t| (t.term.to_lowercase(), t.id.clone()));
    html.open("section", Attrs::new().id("glossary").class("part"));
    html.text("h2", Attrs::new(), "Glossary");
    html.open("dl", Attrs::new().class("glossary"));
    for term in terms {
        html.open(
            "div",
            Attrs::new()
                .id(anchor("term-", &term.id))
                .class("term searchable"),
        );
        html.text("dt", Attrs::new(), &term.term);
        html.open("dd", Attrs::new());
        html.text("p", Attrs::new(), &term.definition);
        if !term.avoid.is_empty() {
            let avoid = format!("Avoid: {}", term.avoid.join(", "));
            html.text("p", Attrs::new().class("avoid"), &avoid);
        }
        html.close();
        html.close();
    }
    html.close();
    html.close();
    html.newline();
}

fn concerns(html: &mut Html, page: &Page) {
    if page.ws.concerns.is_empty() {
        return;
    }
    html.open("section", Attrs::new().id("concerns").class("part"));
    html.text("h2", Attrs::new(), "Concerns");
    for c in &page.ws.concerns {
        concern(html, page, c);
    }
    html.close();
    html.newline();
}

/// A concern, the elements that carry it (with their weight) and the
/// decisions that touch it.
fn concern(html: &mut Html, page: &Page, concern: &Concern) {
    let attrs = Attrs::new()
        .id(anchor("concern-", &concern.id))
        .class("record searchable");
    html.open("article", attrs);
    html.text("h3", Attrs::new(), &concern.name);
    if !concern.description.is_empty() {
        html.text("p", Attrs::new().class("description"), &concern.description);
    }
    let carriers: Vec<(&Id, u8)> = page
        .ws
        .elements
        .iter()
        .filter_map(|e| {
            let weight = e.concerns.iter().find(|c| c.concern == concern.id)?;
            Some((&e.id, weight.weight))
        })
        .collect();
    part(html, !carriers.is_empty(), "Carried by", |html| {
        html.open("p", Attrs::new());
        for (i, (id, weight)) in carriers.iter().enumerate() {
            if i > 0 {
                html.chars(", ");
            }
            page.element_link(html, id);
            html.chars(&format!(" (weight {weight})"));
        }
        html.close();
    });
    let touching: Vec<&Decision> = page
        .ws
        .decisions
        .iter()
        .filter(|d| d.concerns.contains(&concern.id))
        .collect();
    part(html, !touching.is_empty(), "Decisions", |html| {
        page.decision_list(html, &touching)
    });
    html.close();
}

fn principles(html: &mut Html, page: &Page) {
    if page.ws.principles.is_empty() {
        return;
    }
    html.open("section", Attrs::new().id("principles").class("part"));
    html.text("h2", Attrs::new(), "Principles");
    for p in &page.ws.principles {
        principle(html, page, p);
    }
    html.close();
    html.newline();
}

fn principle(html: &mut Html, page: &Page, p: &Principle) {
    let attrs = Attrs::new()
        .id(anchor("principle-", &p.id))
        .class("record searchable");
    html.open("article", attrs);
    html.text("h3", Attrs::new(), &p.name);
    html.text("p", Attrs::new().class("statement"), &p.statement);
    part(html, !p.rationale.is_empty(), "Rationale", |html| {
        html.text("p", Attrs::new(), &p.rationale)
    });
    part(html, !p.implications.is_empty(), "Implications", |html| {
        bullets(html, &p.implications, "")
    });
    for stance in Stance::ALL {
        let citing: Vec<&Decision> = page
            .ws
            .decisions
            .iter()
            .filter(|d| {
                d.principles
                    .iter()
                    .any(|r| r.principle == p.id && r.stance == stance)
            })
            .collect();
        let title = match stance {
            Stance::Follows => "Decisions that follow it",
            Stance::DepartsFrom => "Decisions that depart from it",
        };
        part(html, !citing.is_empty(), title, |html| {
            html.open("p", Attrs::new());
            inline_links(html, &citing);
            html.close();
        });
    }
    html.close();
}

/// A decision's principles: follows or departs from, and why (markdown).
pub(super) fn principles_of(html: &mut Html, page: &Page, d: &Decision) {
    part(html, !d.principles.is_empty(), "Principles", |html| {
        html.open("ul", Attrs::new().class("links"));
        for r in &d.principles {
            html.open("li", Attrs::new());
            html.text(
                "span",
                Attrs::new().class("muted"),
                &format!("{} ", r.stance.label()),
            );
            let name = page
                .ws
                .principle(&r.principle)
                .map_or(r.principle.as_str(), |p| p.name.as_str());
            html.link(&anchor("principle-", &r.principle), name);
            page.markdown(html, &r.justification);
            html.close();
        }
        html.close();
    });
}
