//! The views: an index of them, then each view as inline SVG drawn by
//! `svg::view_svg` (in both themes when the page follows the reader's), and
//! under the picture the list of what it shows. Each element's entry is an
//! anchor target carrying the element's id in `data-element-id`, as the
//! picture's groups do, so the script can jump from one to the other; with
//! JavaScript off the list says everything the picture does. The pictures
//! here never carry the workspace: the page carries it once.

use conway_model::{Element, Relationship, Synchrony, View, ViewKind};

use super::html::{anchor, Attrs, Html, Trusted};
use super::{count, decisions, Page, PageTheme};
use crate::svg::{view_svg, SvgOptions, Theme};

pub(super) fn write(html: &mut Html, page: &Page) {
    if page.ws.views.is_empty() {
        return;
    }
    html.open("section", Attrs::new().id("views").class("part"));
    html.text("h2", Attrs::new(), "Views");
    index(html, page);
    for view in &page.ws.views {
        view_section(html, page, view);
    }
    html.close();
    html.newline();
}

fn kind_label(kind: ViewKind) -> &'static str {
    match kind {
        ViewKind::System => "System view",
        ViewKind::Org => "Organisation view",
    }
}

/// The views by side, each with what it shows and its description.
fn index(html: &mut Html, page: &Page) {
    html.open(
        "nav",
        Attrs::new().class("view-index").with("aria-label", "Views"),
    );
    for (kind, title) in [
        (ViewKind::System, "The system"),
        (ViewKind::Org, "The organisation"),
    ] {
        let views: Vec<&View> = page.ws.views_of(kind).collect();
        if views.is_empty() {
            continue;
        }
        html.text("h3", Attrs::new(), title);
        html.open("ul", Attrs::new());
        for view in views {
            html.open("li", Attrs::new());
            html.link(&anchor("view-", &view.id), &view.name);
            let shows = count(view.placements.len(), "element", "elements");
            html.text("span", Attrs::new().class("muted"), &format!(" · {shows}"));
            if !view.description.is_empty() {
                html.text("p", Attrs::new().class("muted"), &view.description);
            }
            html.close();
        }
        html.close();
    }
    html.close();
}

fn view_section(html: &mut Html, page: &Page, view: &View) {
    let view_anchor = anchor("view-", &view.id);
    let relationships: Vec<&Relationship> = page.ws.relationships_in(view).collect();
    html.open(
        "section",
        Attrs::new().id(&view_anchor).class("view searchable"),
    );
    html.text("h3", Attrs::new(), &view.name);
    let facts = format!(
        "{} · {} · {}",
        kind_label(view.kind),
        count(view.placements.len(), "element", "elements"),
        count(relationships.len(), "relationship", "relationships")
    );
    html.text("p", Attrs::new().class("kicker"), &facts);
    if !view.description.is_empty() {
        html.text("p", Attrs::new().class("description"), &view.description);
    }
    pictures(html, page, view, &view_anchor);
    elements(html, page, view, &view_anchor);
    relationship_list(html, page, &relationships, &view_anchor);
    html.open("p", Attrs::new().class("back"));
    html.link("views", "↑ All views");
    html.close();
    html.close();
    html.newline();
}

/// The picture in the page's theme, or in both when it follows the reader's.
fn pictures(html: &mut Html, page: &Page, view: &View, view_anchor: &str) {
    let themes: &[(Theme, &str)] = match page.options.theme {
        PageTheme::Auto => &[(Theme::Light, "on-light"), (Theme::Dark, "on-dark")],
        PageTheme::Light => &[(Theme::Light, "on-light")],
        PageTheme::Dark => &[(Theme::Dark, "on-dark")],
    };
    html.open("figure", Attrs::new().class("picture"));
    for (theme, class) in themes {
        let options = SvgOptions {
            theme: *theme,
            by_owner: page.options.by_owner,
            embed_workspace: false,
            id_prefix: format!("svg-{class}-{view_anchor}."),
            ..SvgOptions::default()
        };
        if let Some(svg) = view_svg(page.ws, &view.id, &options) {
            html.open("div", Attrs::new().class(*class));
            html.trusted(Trusted::svg(&svg));
            html.close();
        }
    }
    html.close();
}

/// What the view shows, by name.
fn elements(html: &mut Html, page: &Page, view: &View, view_anchor: &str) {
    let mut shown: Vec<&Element> = view
        .placements
        .iter()
        .filter_map(|p| page.elements.get(&p.element).copied())
        .collect();
    shown.sort_by_cached_key(|e| (e.name.to_lowercase(), e.id.clone()));
    if shown.is_empty() {
        return;
    }
    html.text("h4", Attrs::new(), "In this view");
    html.open("ul", Attrs::new().class("entries"));
    for element in shown {
        entry(html, page, element, view_anchor);
    }
    html.close();
}

/// One element of a view: its name (a link to its full entry), kind,
/// technology, description, owner and decisions.
fn entry(html: &mut Html, page: &Page, element: &Element, view_anchor: &str) {
    let id = format!("{view_anchor}.{}", anchor("element-", &element.id));
    let attrs = Attrs::new()
        .id(id)
        .class("entry searchable")
        .with("data-element-id", element.id.as_str())
        .with("tabindex", "-1");
    html.open("li", attrs);
    html.open("p", Attrs::new().class("entry-head"));
    html.open(
        "a",
        Attrs::new()
            .class("name")
            .with("href", format!("#{}", page.element_anchor(&element.id))),
    );
    html.chars(&element.name);
    html.close();
    html.text("span", Attrs::new().class("kind"), &kind_of(element));
    if !element.technology.is_empty() {
        html.text("span", Attrs::new().class("tech"), &element.technology);
    }
    html.close();
    if !element.description.is_empty() {
        html.text("p", Attrs::new().class("description"), &element.description);
    }
    owner_and_decisions(html, page, element);
    html.close();
}

/// "Container", "Team · Stream-aligned".
pub(super) fn kind_of(element: &Element) -> String {
    match element.team_type {
        Some(t) => format!("{} · {}", element.kind.label(), t.label()),
        None => element.kind.label().to_string(),
    }
}

/// "Owned by Checkout · ADR-0003 …, ADR-0007 …", each a link.
pub(super) fn owner_and_decisions(html: &mut Html, page: &Page, element: &Element) {
    let linked = page.decisions_of(&element.id);
    if element.owner.is_none() && linked.is_empty() {
        return;
    }
    html.open("p", Attrs::new().class("meta"));
    if let Some(owner) = &element.owner {
        html.chars("Owned by ");
        page.element_link(html, owner);
        if !linked.is_empty() {
            html.chars(" · ");
        }
    }
    if !linked.is_empty() {
        html.chars(if linked.len() == 1 {
            "Decision: "
        } else {
            "Decisions: "
        });
        decisions::inline_links(html, linked);
    }
    html.close();
}

/// The view's relationships, folded away (the picture shows them).
fn relationship_list(
    html: &mut Html,
    page: &Page,
    relationships: &[&Relationship],
    view_anchor: &str,
) {
    if relationships.is_empty() {
        return;
    }
    html.open("details", Attrs::new().class("relationships"));
    let title = format!("Relationships in this view ({})", relationships.len());
    html.text("summary", Attrs::new(), &title);
    html.open("ul", Attrs::new().class("entries"));
    for r in relationships {
        let id = format!("{view_anchor}.{}", anchor("relationship-", &r.id));
        let attrs = Attrs::new()
            .id(id)
            .class("entry")
            .with("data-relationship-id", r.id.as_str())
            .with("tabindex", "-1");
        html.open("li", attrs);
        relationship_line(html, page, r);
        html.close();
    }
    html.close();
    html.close();
}

/// "Web Shop → Orders API · Uses · Places orders · JSON/HTTPS, async", then its decisions.
pub(super) fn relationship_line(html: &mut Html, page: &Page, r: &Relationship) {
    page.element_link(html, &r.source);
    html.chars(" → ");
    page.element_link(html, &r.target);
    relationship_facts(html, page, r);
}

/// " · Uses · Places orders · JSON/HTTPS · asynchronous", then its decisions.
pub(super) fn relationship_facts(html: &mut Html, page: &Page, r: &Relationship) {
    let mut facts = vec![r.kind.label().to_string()];
    facts.extend(
        [&r.description, &r.technology]
            .into_iter()
            .filter(|t| !t.is_empty())
            .cloned(),
    );
    if r.synchrony == Some(Synchrony::Async) {
        facts.push("asynchronous".into());
    }
    facts.extend(period(r));
    html.text(
        "span",
        Attrs::new().class("muted"),
        &format!(" · {}", facts.join(" · ")),
    );
    let linked = page.decisions_of(&r.id);
    if !linked.is_empty() {
        html.chars(" · ");
        decisions::inline_links(html, linked);
    }
}

/// When an interaction is in force, if it has dates.
fn period(r: &Relationship) -> Option<String> {
    match (r.starts, r.ends) {
        (None, None) => None,
        (Some(s), None) => Some(format!("from {s}")),
        (None, Some(e)) => Some(format!("until {e}")),
        (Some(s), Some(e)) => Some(format!("{s} to {e}")),
    }
}
