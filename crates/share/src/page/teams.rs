//! Each team's page, as the app's team details show it
//! (`conway_analysis::team_page`): its type and description, where it sits,
//! what it owns, its interactions with other teams and their dates, the
//! relationships crossing from what it owns to other teams, the decisions
//! about it or what it owns, and the stakeholders who care about what it
//! runs. A team's relationships have their anchors here.

use conway_analysis::{cognitive_load, team_page, CognitiveLoad, TeamPage};
use conway_model::{Element, ElementKind, Id};

use super::elements::{links, relationships};
use super::html::{anchor, Attrs, Html};
use super::views::{kind_of, relationship_facts, relationship_line};
use super::{count, part, Page};

pub(super) fn write(html: &mut Html, page: &Page) {
    let mut teams: Vec<&Element> = page
        .ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Team)
        .collect();
    if teams.is_empty() {
        return;
    }
    teams.sort_by_cached_key(|t| (t.name.to_lowercase(), t.id.clone()));
    html.open("section", Attrs::new().id("teams").class("part"));
    html.text("h2", Attrs::new(), "Teams");
    html.open("ul", Attrs::new().class("team-index"));
    for team in &teams {
        html.open("li", Attrs::new());
        html.link(&anchor("team-", &team.id), &team.name);
        html.text(
            "span",
            Attrs::new().class("muted"),
            &format!(" · {}", kind_of(team)),
        );
        html.close();
    }
    html.close();
    for team in teams {
        team_section(html, page, team);
    }
    html.close();
    html.newline();
}

fn team_section(html: &mut Html, page: &Page, team: &Element) {
    let facts = team_page(page.ws, &team.id);
    let attrs = Attrs::new()
        .id(anchor("team-", &team.id))
        .class("record team searchable")
        .with("data-element-id", team.id.as_str());
    html.open("article", attrs);
    html.text("h3", Attrs::new(), &team.name);
    html.text("p", Attrs::new().class("kicker"), &kind_of(team));
    if !team.description.is_empty() {
        html.text("p", Attrs::new().class("description"), &team.description);
    }
    if let Some(parent) = &team.parent {
        html.open("p", Attrs::new().class("meta"));
        html.chars("Part of ");
        page.element_link(html, parent);
        html.close();
    }
    load(html, page, &team.id);
    owned(html, page, &facts);
    interactions(html, page, &team.id, &facts);
    crossing(html, page, &facts);
    decisions(html, page, &facts);
    stakeholders(html, page, &facts);
    // Interactions have their anchors in their list above.
    relationships(html, page, &team.id, "h4", |r| {
        !r.kind.is_interaction_mode()
    });
    html.close();
    html.newline();
}

/// The team's cognitive load, on the day of publishing only: it counts the
/// collaborations in force, which change with the date.
fn load(html: &mut Html, page: &Page, team: &Id) {
    let Some(on) = page.options.published_on else {
        return;
    };
    let load = cognitive_load(page.ws, team, on);
    let text = format!(
        "Cognitive load {:.1} on {on}: {} owned, {} crossing out, {}.",
        load.score,
        load.owned,
        load.crossing_out,
        count(
            load.collaborations,
            "ongoing collaboration",
            "ongoing collaborations"
        )
    );
    let attrs = Attrs::new()
        .class("meta")
        .with("title", CognitiveLoad::FORMULA);
    html.text("p", attrs, &text);
}

fn owned(html: &mut Html, page: &Page, facts: &TeamPage) {
    let title = format!("Owns ({})", facts.owned.len());
    part(html, !facts.owned.is_empty(), &title, |html| {
        html.open("ul", Attrs::new().class("links"));
        for id in &facts.owned {
            html.open("li", Attrs::new());
            page.element_link(html, id);
            if let Some(e) = page.elements.get(id) {
                html.text(
                    "span",
                    Attrs::new().class("muted"),
                    &format!(" · {}", kind_of(e)),
                );
            }
            html.close();
        }
        html.close();
    });
}

/// Interactions with other teams: the other team, the mode, what for, the dates.
fn interactions(html: &mut Html, page: &Page, team: &Id, facts: &TeamPage) {
    let title = format!("Interactions ({})", facts.interactions.len());
    part(html, !facts.interactions.is_empty(), &title, |html| {
        html.open("ul", Attrs::new().class("links"));
        for r in facts
            .interactions
            .iter()
            .filter_map(|id| page.ws.relationship(id))
        {
            let other = if &r.source == team {
                &r.target
            } else {
                &r.source
            };
            let attrs = Attrs::new();
            let attrs = if &r.source == team {
                attrs.id(anchor("relationship-", &r.id))
            } else {
                attrs
            };
            html.open("li", attrs);
            html.chars(if &r.source == team { "→ " } else { "← " });
            page.element_link(html, other);
            relationship_facts(html, page, r);
            html.close();
        }
        html.close();
    });
}

fn crossing(html: &mut Html, page: &Page, facts: &TeamPage) {
    let title = format!("Crossing to other teams ({})", facts.crossing.len());
    part(html, !facts.crossing.is_empty(), &title, |html| {
        html.open("ul", Attrs::new().class("links"));
        for r in facts
            .crossing
            .iter()
            .filter_map(|id| page.ws.relationship(id))
        {
            html.open("li", Attrs::new());
            relationship_line(html, page, r);
            html.close();
        }
        html.close();
    });
}

fn decisions(html: &mut Html, page: &Page, facts: &TeamPage) {
    let found: Vec<_> = facts
        .decisions
        .iter()
        .filter_map(|id| page.ws.decision(id))
        .collect();
    let title = format!("Decisions about it or what it owns ({})", found.len());
    part(html, !found.is_empty(), &title, |html| {
        page.decision_list(html, &found)
    });
}

fn stakeholders(html: &mut Html, page: &Page, facts: &TeamPage) {
    let title = format!(
        "Stakeholders who care about what it runs ({})",
        facts.stakeholders.len()
    );
    part(html, !facts.stakeholders.is_empty(), &title, |html| {
        let ids: Vec<&Id> = facts.stakeholders.iter().collect();
        html.open("p", Attrs::new());
        links(html, page, &ids);
        html.close();
    });
}
