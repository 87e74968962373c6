//! "Publish as a web page": the whole workspace as one self-contained HTML
//! file that anyone can open from disk, a wiki attachment or a static host,
//! with no network and no WebAssembly. Every view is inline SVG (from
//! `svg::view_svg`, the canvas's scene) followed by the list of its
//! elements; then every element, the decision log, each team's page, the
//! glossary, concerns and principles, all joined by plain `#` links, so the
//! page works with JavaScript off. One small inline script, allowed by its
//! hash in the page's Content-Security-Policy, adds a search box and makes
//! clicking an element in a picture jump to its entry. The page carries the
//! workspace's `.conway.json` text once, so Conway opens the page itself
//! (`workspace_in_page`). Pure Rust from the model and the scene, for the
//! app and a command-line tool alike.
//!
//! It must never let a workspace's text become markup: every text goes
//! through `html::escape_into`, element and attribute names are fixed in
//! the code, the decision markdown passes through the app's sanitiser, and
//! the page has no `src`, no external URL, no event attribute and no
//! script but its own. It never changes the workspace.

mod decisions;
mod document;
mod elements;
mod embed;
mod html;
mod script;
mod sha256;
mod style;
mod teams;
mod views;
mod vocabulary;

#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod scan;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod xss_tests;

use std::collections::HashMap;

use conway_model::{Date, Decision, Element, ElementKind, Id, Relationship, View, Workspace};

pub use embed::{workspace_in_page, PageError, MEDIA_TYPE};

use html::{anchor, Attrs, Html, Trusted};

/// Which colours the published page uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageTheme {
    /// The reader's system setting (`prefers-color-scheme`): each view is
    /// pictured in both themes and the page shows the one that fits.
    #[default]
    Auto,
    Light,
    Dark,
}

/// How a workspace is published.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PageOptions {
    pub theme: PageTheme,
    /// The day of publishing, said under the title and in the footer, and
    /// the day team loads are counted on; `None` leaves it out, so the same
    /// workspace always gives the same page.
    pub published_on: Option<Date>,
    /// Colour the views by owner, with the owner legend, as the canvas can.
    pub by_owner: bool,
}

/// The workspace as one HTML5 document.
pub fn publish(ws: &Workspace, options: &PageOptions) -> String {
    let page = Page::new(ws, options);
    let mut html = Html::new();
    document::write(&mut html, &page);
    format!("<!doctype html>\n{}", html.finish())
}

/// What every part of the page looks things up in, indexed once so that a
/// workspace of thousands of elements publishes in linear time.
struct Page<'a> {
    ws: &'a Workspace,
    options: &'a PageOptions,
    elements: HashMap<&'a Id, &'a Element>,
    decisions_by_link: HashMap<&'a Id, Vec<&'a Decision>>,
    /// The views showing each element, in the workspace's order.
    views_by_element: HashMap<&'a Id, Vec<&'a View>>,
    children: HashMap<&'a Id, Vec<&'a Id>>,
    outgoing: HashMap<&'a Id, Vec<&'a Relationship>>,
    incoming: HashMap<&'a Id, Vec<&'a Relationship>>,
}

impl<'a> Page<'a> {
    fn new(ws: &'a Workspace, options: &'a PageOptions) -> Self {
        let mut decisions_by_link = ws.decisions_by_link();
        for list in decisions_by_link.values_mut() {
            list.sort_by_key(|d| d.number);
        }
        let mut page = Page {
            ws,
            options,
            elements: ws.element_index(),
            decisions_by_link,
            views_by_element: HashMap::new(),
            children: HashMap::new(),
            outgoing: HashMap::new(),
            incoming: HashMap::new(),
        };
        for view in &ws.views {
            for p in &view.placements {
                page.views_by_element
                    .entry(&p.element)
                    .or_default()
                    .push(view);
            }
        }
        for e in &ws.elements {
            if let Some(parent) = &e.parent {
                page.children.entry(parent).or_default().push(&e.id);
            }
        }
        for r in &ws.relationships {
            page.outgoing.entry(&r.source).or_default().push(r);
            page.incoming.entry(&r.target).or_default().push(r);
        }
        page
    }

    /// What `map` holds for `id`, or nothing.
    fn of<'m, T>(map: &'m HashMap<&'a Id, Vec<T>>, id: &Id) -> &'m [T] {
        map.get(id).map_or(&[], Vec::as_slice)
    }

    /// The element's name, or its id if the workspace lacks it.
    fn name_of(&self, id: &'a Id) -> &'a str {
        self.elements
            .get(id)
            .map_or(id.as_str(), |e| e.name.as_str())
    }

    /// Where an element is described: a team on its team page, anything
    /// else in the list of elements.
    fn element_anchor(&self, id: &Id) -> String {
        match self.elements.get(id) {
            Some(e) if e.kind == ElementKind::Team => anchor("team-", id),
            _ => anchor("element-", id),
        }
    }

    /// A link to an element by its name.
    fn element_link(&self, html: &mut Html, id: &'a Id) {
        html.link(&self.element_anchor(id), self.name_of(id));
    }

    /// Markdown through the app's sanitiser, glossary words marked.
    fn markdown(&self, html: &mut Html, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        html.open("div", Attrs::new().class("markdown"));
        html.trusted(Trusted::markdown(text, &self.ws.glossary));
        html.close();
    }

    /// The decisions linked to `id`, by number.
    fn decisions_of(&self, id: &Id) -> &[&'a Decision] {
        Page::of(&self.decisions_by_link, id)
    }

    /// A `<ul>` of links to `decisions`, with their status.
    fn decision_list(&self, html: &mut Html, decisions: &[&Decision]) {
        html.open("ul", Attrs::new().class("links"));
        for d in decisions {
            html.open("li", Attrs::new());
            decisions::link(html, d);
            html.close();
        }
        html.close();
    }
}

/// `<h4>title</h4>`, then what `body` writes, if `show`.
fn part(html: &mut Html, show: bool, title: &str, body: impl FnOnce(&mut Html)) {
    if show {
        html.text("h4", Attrs::new(), title);
        body(html);
    }
}

/// "1 view" or "3 views".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The files worker's publishing job: the `.conway.json` text it is sent,
/// read as a file is, published as a page dated `published_on` (or undated
/// when that is not a date).
pub fn publish_text(workspace: &str, published_on: &str, by_owner: bool) -> Result<String, String> {
    let ws = conway_format::read(workspace)
        .map_err(|e| format!("The open workspace could not be read: {e}"))?;
    let options = PageOptions {
        published_on: Date::parse(published_on),
        by_owner,
        ..PageOptions::default()
    };
    Ok(publish(&ws, &options))
}
