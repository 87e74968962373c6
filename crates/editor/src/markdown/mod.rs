//! Markdown to safe HTML for decision texts, with pulldown-cmark. Pure Rust:
//! the UI's `Markdown` component is the one place that puts the result into
//! the page. Whatever the input, the output holds no raw HTML (it is shown
//! escaped), no images (they would fetch from other origins), and links only
//! to http, https and mailto, checked after parsing and opening in a new tab
//! with rel="noopener noreferrer". Glossary words in the text may be marked
//! (`to_safe_html_marked`): the mark is our own span, its hint an escaped
//! attribute, and the word itself still escaped text.

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};

use conway_analysis::TermFinder;
use conway_model::Term;

/// Link schemes a rendered link may use; anything else becomes plain text.
const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// Renders markdown as HTML that is safe to insert into the page.
pub fn to_safe_html(markdown: &str) -> String {
    to_safe_html_marked(markdown, &[])
}

/// Like `to_safe_html`, with the glossary's words marked in running text
/// (not in code, nor in a link's or an image's text).
pub fn to_safe_html_marked(markdown: &str, glossary: &[Term]) -> String {
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
    if !glossary.is_empty() {
        events = mark_terms(events, glossary);
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

/// Marks glossary words in the text events outside code blocks and links.
/// Adjacent text events are joined first, so a word the parser split (at an
/// escaped character, say) is still found.
fn mark_terms<'a>(events: Vec<Event<'a>>, glossary: &[Term]) -> Vec<Event<'a>> {
    let finder = TermFinder::new(glossary);
    let mut out = Vec::with_capacity(events.len());
    let mut text = String::new();
    // Inside a code block or a link (kept links are raw `<a ...>` events).
    let mut plain_depth = 0usize;
    let flush = |text: &mut String, out: &mut Vec<Event<'a>>, plain: bool| {
        if text.is_empty() {
            return;
        }
        if plain {
            out.push(Event::Text(CowStr::from(std::mem::take(text))));
            return;
        }
        for (piece, mark) in finder.pieces(text) {
            match mark {
                None => out.push(Event::Text(CowStr::from(piece.to_string()))),
                Some(mark) => {
                    out.push(Event::Html(CowStr::from(format!(
                        "<span class=\"{0}\" data-testid=\"{0}\" title=\"{1}\">",
                        mark.class,
                        escape_attribute(&mark.hint)
                    ))));
                    out.push(Event::Text(CowStr::from(piece.to_string())));
                    out.push(Event::Html(CowStr::Borrowed("</span>")));
                }
            }
        }
        text.clear();
    };
    for event in events {
        match event {
            Event::Text(t) => text.push_str(&t),
            other => {
                flush(&mut text, &mut out, plain_depth > 0);
                match &other {
                    Event::Start(Tag::CodeBlock(_)) => plain_depth += 1,
                    Event::End(TagEnd::CodeBlock) => plain_depth = plain_depth.saturating_sub(1),
                    Event::Html(raw) if raw.starts_with("<a ") => plain_depth += 1,
                    Event::Html(raw) if raw.as_ref() == "</a>" => {
                        plain_depth = plain_depth.saturating_sub(1)
                    }
                    _ => {}
                }
                out.push(other);
            }
        }
    }
    flush(&mut text, &mut out, plain_depth > 0);
    out
}

/// Text made safe inside a double- or single-quoted attribute.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The opening tag of a kept link; the URL is escaped for an attribute.
fn anchor(url: &str) -> String {
    let href = escape_attribute(url);
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
