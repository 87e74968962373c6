//! The decision log: an index by number with statuses, then every decision
//! in the shape of MADR as the app's decision details show it (status and
//! date, people, category, context, drivers, options, outcome,
//! consequences, confirmation, principles, the RFC review), with links to
//! the elements and relationships it shapes, its concerns and its related
//! decisions both ways. Every markdown text goes through the app's
//! sanitiser (`Page::markdown`); every other text is escaped.

use conway_model::{Decision, DecisionStatus};

use super::html::{anchor, Attrs, Html};
use super::{part, Page};

/// A decision's anchor: its reference, "adr-0007", so a link to the page can
/// cite a decision the way teams do (numbers are unique in a workspace).
pub(super) fn decision_anchor(d: &Decision) -> String {
    format!("adr-{:04}", d.number)
}

/// `<a href="#adr-0007">ADR-0007 Title</a> <span class="status">Accepted</span>`.
pub(super) fn link(html: &mut Html, d: &Decision) {
    html.link(
        &decision_anchor(d),
        &format!("{} {}", d.reference(), d.title),
    );
    html.chars(" ");
    status(html, d.status);
}

/// Links to decisions, separated by commas.
pub(super) fn inline_links(html: &mut Html, decisions: &[&Decision]) {
    for (i, d) in decisions.iter().enumerate() {
        if i > 0 {
            html.chars(", ");
        }
        link(html, d);
    }
}

fn status(html: &mut Html, status: DecisionStatus) {
    let class = format!("status status-{}", status.label().to_lowercase());
    html.text("span", Attrs::new().class(class), status.label());
}

pub(super) fn write(html: &mut Html, page: &Page) {
    if page.ws.decisions.is_empty() {
        return;
    }
    let log = conway_analysis::decision_log(page.ws, &Default::default(), Default::default());
    html.open("section", Attrs::new().id("decisions").class("part"));
    html.text("h2", Attrs::new(), "Decisions");
    index(html, &log);
    for d in log {
        decision(html, page, d);
    }
    html.close();
    html.newline();
}

/// The log as a table: reference, title, status, date.
fn index(html: &mut Html, log: &[&Decision]) {
    html.open("table", Attrs::new().class("log"));
    html.open("thead", Attrs::new());
    html.open("tr", Attrs::new());
    for heading in ["Decision", "Title", "Status", "Date"] {
        html.text("th", Attrs::new().with("scope", "col"), heading);
    }
    html.close();
    html.close();
    html.open("tbody", Attrs::new());
    for d in log {
        html.open("tr", Attrs::new());
        html.open("td", Attrs::new());
        html.link(&decision_anchor(d), &d.reference());
        html.close();
        html.text("td", Attrs::new(), &d.title);
        html.open("td", Attrs::new());
        status(html, d.status);
        html.close();
        let date = d.date.map(|d| d.to_string()).unwrap_or_default();
        html.text("td", Attrs::new(), &date);
        html.close();
    }
    html.close();
    html.close();
}

fn decision(html: &mut Html, page: &Page, d: &Decision) {
    // Superseded, deprecated and rejected decisions are history: their titles are muted.
    let class = if d.status.importance() < DecisionStatus::Accepted.importance() {
        "record decision searchable retired"
    } else {
        "record decision searchable"
    };
    html.open("article", Attrs::new().id(decision_anchor(d)).class(class));
    html.open("h3", Attrs::new());
    html.text("span", Attrs::new().class("reference"), &d.reference());
    html.chars(" ");
    html.chars(&d.title);
    html.close();
    html.open("p", Attrs::new().class("kicker"));
    status(html, d.status);
    if let Some(date) = d.date {
        html.chars(&format!(" · {date}"));
    }
    if let Some(r) = &d.resolution {
        let on =
            r.on.filter(|on| Some(*on) != d.date)
                .map_or(String::new(), |on| format!(" on {on}"));
        html.chars(&format!(" · {} by {}{on}", d.status.label(), r.by));
    }
    html.close();
    if d.status == DecisionStatus::Deprecated && !d.deprecation_reason.trim().is_empty() {
        html.text(
            "p",
            Attrs::new().class("deprecation"),
            "Deprecated because:",
        );
        page.markdown(html, &d.deprecation_reason);
    }
    facts(html, page, d);
    body(html, page, d);
    super::vocabulary::principles_of(html, page, d);
    shapes(html, page, d);
    related(html, page, d);
    review(html, page, d);
    html.close();
    html.newline();
}

/// Category, people and concerns.
fn facts(html: &mut Html, page: &Page, d: &Decision) {
    let category = d
        .category
        .map(|c| format!("{} · {}", c.reversibility.label(), c.scope.label()));
    let people = [
        ("Deciders", d.deciders.join(", ")),
        ("Consulted", d.consulted.join(", ")),
        ("Informed", d.informed.join(", ")),
    ];
    html.open("dl", Attrs::new().class("facts"));
    if let Some(category) = category {
        html.text("dt", Attrs::new(), "Category");
        html.text("dd", Attrs::new(), &category);
    }
    for (term, names) in people.iter().filter(|(_, v)| !v.is_empty()) {
        html.text("dt", Attrs::new(), term);
        html.text("dd", Attrs::new(), names);
    }
    if !d.concerns.is_empty() {
        html.text("dt", Attrs::new(), "Concerns");
        html.open("dd", Attrs::new());
        for (i, c) in d.concerns.iter().enumerate() {
            if i > 0 {
                html.chars(", ");
            }
            let name = page.ws.concern(c).map_or(c.as_str(), |k| k.name.as_str());
            html.link(&anchor("concern-", c), name);
        }
        html.close();
    }
    html.close();
}

/// The MADR sections, each left out when empty.
fn body(html: &mut Html, page: &Page, d: &Decision) {
    part(
        html,
        !d.context.trim().is_empty(),
        "Context and problem",
        |html| page.markdown(html, &d.context),
    );
    part(html, !d.drivers.is_empty(), "Decision drivers", |html| {
        bullets(html, &d.drivers, "")
    });
    part(html, !d.options.is_empty(), "Considered options", |html| {
        for option in &d.options {
            html.open("div", Attrs::new().class("option"));
            html.text("h5", Attrs::new(), &option.name);
            page.markdown(html, &option.description);
            bullets(html, &option.pros, "pros");
            bullets(html, &option.cons, "cons");
            html.close();
        }
    });
    part(
        html,
        !d.outcome.trim().is_empty(),
        "Decision outcome",
        |html| page.markdown(html, &d.outcome),
    );
    part(
        html,
        !d.good_consequences.is_empty(),
        "Good consequences",
        |html| bullets(html, &d.good_consequences, "pros"),
    );
    part(
        html,
        !d.bad_consequences.is_empty(),
        "Bad consequences",
        |html| bullets(html, &d.bad_consequences, "cons"),
    );
    part(
        html,
        !d.confirmation.trim().is_empty(),
        "Confirmation",
        |html| page.markdown(html, &d.confirmation),
    );
}

/// A plain list of texts; `class` marks pros and cons.
pub(super) fn bullets(html: &mut Html, items: &[String], class: &'static str) {
    if items.is_empty() {
        return;
    }
    html.open("ul", Attrs::new().class(class));
    for item in items {
        html.text("li", Attrs::new(), item);
    }
    html.close();
}

/// What the decision shapes: elements and relationships, by name.
fn shapes(html: &mut Html, page: &Page, d: &Decision) {
    part(
        html,
        !d.links.is_empty(),
        &format!("Shapes ({})", d.links.len()),
        |html| {
            html.open("ul", Attrs::new().class("links"));
            for id in &d.links {
                html.open("li", Attrs::new());
                match page.ws.relationship(id) {
                    Some(r) => {
                        let name =
                            format!("{} → {}", page.name_of(&r.source), page.name_of(&r.target));
                        html.link(&anchor("relationship-", id), &name);
                        html.text(
                            "span",
                            Attrs::new().class("muted"),
                            &format!(" · {}", r.kind.label()),
                        );
                    }
                    None => page.element_link(html, id),
                }
                html.close();
            }
            html.close();
        },
    );
}

/// Supersedes, amends, relates to, and the same read from the other side.
fn related(html: &mut Html, page: &Page, d: &Decision) {
    let mut related: Vec<(&str, &Decision)> = d
        .relations
        .iter()
        .filter_map(|r| page.ws.decision(&r.target).map(|t| (r.kind.label(), t)))
        .collect();
    related.extend(
        page.ws
            .decisions_relating_to(&d.id)
            .map(|(other, kind)| (kind.inverse_label(), other)),
    );
    part(html, !related.is_empty(), "Related decisions", |html| {
        html.open("ul", Attrs::new().class("links"));
        for (kind, other) in related {
            html.open("li", Attrs::new());
            html.text("span", Attrs::new().class("muted"), &format!("{kind} "));
            link(html, other);
            html.close();
        }
        html.close();
    });
}

/// The RFC review: reviewers, the date it closes, open questions, comments.
fn review(html: &mut Html, page: &Page, d: &Decision) {
    let r = &d.review;
    if r.is_empty() {
        return;
    }
    html.text("h4", Attrs::new(), "Review");
    html.open("dl", Attrs::new().class("facts"));
    if !r.reviewers.is_empty() {
        html.text("dt", Attrs::new(), "Reviewers");
        html.text("dd", Attrs::new(), &r.reviewers.join(", "));
    }
    if let Some(by) = r.review_by {
        html.text("dt", Attrs::new(), "Review by");
        html.text("dd", Attrs::new(), &by.to_string());
    }
    html.close();
    part(
        html,
        !r.open_questions.is_empty(),
        "Open questions",
        |html| bullets(html, &r.open_questions, ""),
    );
    part(html, !r.comments.is_empty(), "Comments", |html| {
        html.open("ul", Attrs::new().class("comments"));
        for c in &r.comments {
            html.open("li", Attrs::new());
            let on = c.date.map_or(String::new(), |d| format!(" · {d}"));
            html.text(
                "p",
                Attrs::new().class("muted"),
                &format!("{}{on}", c.author),
            );
            page.markdown(html, &c.text);
            html.close();
        }
        html.close();
    });
}
