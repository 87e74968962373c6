//! Markdown to safe HTML for decision texts, with pulldown-cmark. Pure Rust:
//! the UI's `Markdown` component is the one place that puts the result into
//! the page. Whatever the input, the output holds no raw HTML (it is shown
//! escaped), no images (they would fetch from other origins), and links only
//! to http, https and mailto, checked after parsing and opening in a new tab
//! with rel="noopener noreferrer".

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

/// Link schemes a rendered link may use; anything else becomes plain text.
const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Renders markdown as HTML that is safe to insert into the page.
pub fn to_safe_html(markdown: &str) -> String {
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    let mut events = Vec::new();
    // Links kept, by nesting level, so each end matches its start.
    let mut links: Vec<bool> = Vec::new();
    let mut image_depth = 0usize;
    for event in Parser::new_ext(markdown, options) {
        match event {
            // Raw HTML is shown as the text it is.
            Event::Html(raw) | Event::InlineHtml(raw) => events.push(Event::Text(raw)),
            // Images: their alt text only.
            Event::Start(Tag::Image { .. }) => image_depth += 1,
            Event::End(TagEnd::Image) => image_depth = image_depth.saturating_sub(1),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                ..
            }) => match safe_url(&if link_type == LinkType::Email {
                format!("mailto:{dest_url}")
            } else {
                dest_url.to_string()
            }) {
                Some(url) => {
                    links.push(true);
                    events.push(Event::Html(CowStr::from(anchor(&url))));
                }
                None => links.push(false),
            },
            Event::End(TagEnd::Link) => {
                if links.pop() == Some(true) {
                    events.push(Event::Html(CowStr::Borrowed("</a>")));
                }
            }
            other if image_depth > 0 => {
                if let Event::Text(text) | Event::Code(text) = other {
                    events.push(Event::Text(text));
                }
            }
            other => events.push(other),
        }
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

/// The opening tag of a kept link; the URL is escaped for an attribute.
fn anchor(url: &str) -> String {
    let mut href = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            '&' => href.push_str("&amp;"),
            '"' => href.push_str("&quot;"),
            '\'' => href.push_str("&#39;"),
            '<' => href.push_str("&lt;"),
            '>' => href.push_str("&gt;"),
            c => href.push(c),
        }
    }
    format!("<a href=\"{href}\" rel=\"noopener noreferrer\" target=\"_blank\">")
}

/// The URL as a browser would read it, if its scheme is allowed. Browsers
/// drop tabs and line breaks anywhere and control characters and spaces at
/// the ends, so the check runs on exactly what the browser would see.
pub fn safe_url(url: &str) -> Option<String> {
    let cleaned: String = url
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let cleaned = cleaned.trim_matches(|c: char| c <= ' ' || c == '\u{7f}');
    let (scheme, _) = cleaned.split_once(':')?;
    let well_formed = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (well_formed && SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()))
        .then(|| cleaned.to_string())
}

#[cfg(test)]
mod tests;
