//! The page's frame: the head (charset, viewport, the Content-Security-Policy
//! naming the one script by its hash, the title, the style sheet), the
//! header with its introduction and navigation, the sections in order, the
//! footer, the script and the embedded workspace. What a section says is
//! its own module's business; this one only decides where it goes.

use conway_model::{ElementKind, ViewKind};

use super::html::{Attrs, Html, Trusted};
use super::{count, decisions, elements, embed, script, style, teams, views, vocabulary};
use super::{Page, PageTheme};

pub(super) fn write(html: &mut Html, page: &Page) {
    let theme = match page.options.theme {
        PageTheme::Auto => "auto",
        PageTheme::Light => "light",
        PageTheme::Dark => "dark",
    };
    html.open("html", Attrs::new().with("lang", "en").class(theme));
    head(html, page, theme);
    html.open("body", Attrs::new());
    html.newline();
    header(html, page);
    html.open("main", Attrs::new().id("main"));
    views::write(html, page);
    elements::write(html, page);
    decisions::write(html, page);
    teams::write(html, page);
    vocabulary::write(html, page);
    html.close();
    footer(html, page);
    html.open("script", Attrs::new());
    html.trusted(Trusted::constant(script::SCRIPT));
    html.close();
    html.newline();
    embed::write(html, &conway_format::write(page.ws));
    html.newline();
}

fn head(html: &mut Html, page: &Page, theme: &str) {
    html.open("head", Attrs::new());
    html.open("meta", Attrs::new().with("charset", "utf-8"));
    html.open(
        "meta",
        Attrs::new()
            .with("name", "viewport")
            .with("content", "width=device-width, initial-scale=1"),
    );
    html.open(
        "meta",
        Attrs::new()
            .with("http-equiv", "Content-Security-Policy")
            .with("content", script::content_security_policy()),
    );
    let scheme = if theme == "auto" { "light dark" } else { theme };
    html.open(
        "meta",
        Attrs::new()
            .with("name", "color-scheme")
            .with("content", scheme),
    );
    html.open(
        "meta",
        Attrs::new()
            .with("name", "generator")
            .with("content", "Conway"),
    );
    html.text("title", Attrs::new(), title(page));
    html.open("style", Attrs::new());
    html.trusted(Trusted::constant(style::STYLE));
    html.close();
    html.close();
}

fn title<'a>(page: &Page<'a>) -> &'a str {
    if page.ws.name.trim().is_empty() {
        "Untitled workspace"
    } else {
        &page.ws.name
    }
}

fn header(html: &mut Html, page: &Page) {
    html.open("header", Attrs::new().class("masthead"));
    html.text("h1", Attrs::new(), title(page));
    html.text("p", Attrs::new().class("intro"), &introduction(page));
    if !page.ws.description.trim().is_empty() {
        html.text("p", Attrs::new().class("lede"), &page.ws.description);
    }
    nav(html, page);
    html.close();
    html.newline();
}

/// "A map of the software and the organisation of Northwind Retail, published from Conway …"
fn introduction(page: &Page) -> String {
    let ws = page.ws;
    let sides = match (
        ws.views_of(ViewKind::System).next().is_some(),
        ws.views_of(ViewKind::Org).next().is_some(),
    ) {
        (true, true) => "the software and the organisation",
        (true, false) => "the software",
        (false, true) => "the organisation",
        (false, false) => "the model",
    };
    let when = page
        .options
        .published_on
        .map_or(String::new(), |d| format!(" on {d}"));
    format!(
        "A map of {sides} of {}, published from Conway{when}: {}, {}, {} and {}. \
         Each picture is followed by the list of what it shows; select an element \
         in a picture or follow the links.",
        title(page),
        count(ws.views.len(), "view", "views"),
        count(ws.decisions.len(), "decision", "decisions"),
        count(teams(page), "team", "teams"),
        count(ws.glossary.len(), "glossary term", "glossary terms"),
    )
}

fn teams(page: &Page) -> usize {
    let is_team = |e: &&conway_model::Element| e.kind == ElementKind::Team;
    page.ws.elements.iter().filter(is_team).count()
}

/// The sections, then the search box the script shows (hidden without it).
fn nav(html: &mut Html, page: &Page) {
    let ws = page.ws;
    html.open(
        "nav",
        Attrs::new()
            .class("sections")
            .with("aria-label", "Sections"),
    );
    html.open("ul", Attrs::new());
    let sections = [
        ("views", "Views", !ws.views.is_empty()),
        ("elements", "Elements", elements::any(page)),
        ("decisions", "Decisions", !ws.decisions.is_empty()),
        ("teams", "Teams", teams(page) > 0),
        ("glossary", "Glossary", !ws.glossary.is_empty()),
        ("concerns", "Concerns", !ws.concerns.is_empty()),
        ("principles", "Principles", !ws.principles.is_empty()),
    ];
    for (anchor, label, shown) in sections {
        if shown {
            html.open("li", Attrs::new());
            html.link(anchor, label);
            html.close();
        }
    }
    html.close();
    html.open("div", Attrs::new().class("search").with("hidden", ""));
    html.text("label", Attrs::new().with("for", "search"), "Search");
    html.open(
        "input",
        Attrs::new()
            .id("search")
            .with("type", "search")
            .with("placeholder", "Elements, decisions, terms…")
            .with("autocomplete", "off"),
    );
    html.open(
        "output",
        Attrs::new().with("for", "search").id("search-count"),
    );
    html.close();
    html.close();
    html.close();
}

fn footer(html: &mut Html, page: &Page) {
    html.open("footer", Attrs::new().class("colophon"));
    html.open("p", Attrs::new());
    let when = page
        .options
        .published_on
        .map_or(String::new(), |d| format!(" on {d}"));
    html.chars(&format!(
        "Published from Conway{when}. This page carries its workspace: drop the file \
         onto Conway, or import it there, to open and edit the map."
    ));
    html.close();
    html.close();
    html.newline();
}
