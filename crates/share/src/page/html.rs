//! The one place the published page's markup is written: a small HTML writer
//! whose element and attribute names are `&'static str` (so they never come
//! from a workspace), whose every text and attribute value goes through one
//! escaping function, and whose only way to write markup it did not build is
//! a `Trusted` fragment, made only from the decision markdown's sanitiser,
//! the SVG writer, base64 and the page's own constant style and script. It
//! must never write unescaped workspace text.

use conway_model::Id;

/// Elements HTML has no end tag for.
const VOID: [&str; 3] = ["meta", "input", "br"];

pub(crate) use crate::attrs::Attrs;

/// Markup that is safe as it is: the sanitiser's HTML, an SVG from
/// `svg::view_svg`, or the page's constant style sheet and script.
pub(super) struct Trusted(String);

impl Trusted {
    /// The decision markdown as `conway_editor::markdown` renders it.
    pub fn markdown(markdown: &str, glossary: &[conway_model::Term]) -> Trusted {
        Trusted(conway_editor::markdown::to_safe_html_marked(
            markdown, glossary,
        ))
    }

    /// A picture from `svg::view_svg`, whose writer escapes every text;
    /// the XML declaration in front is dropped (HTML has none).
    pub fn svg(picture: &str) -> Trusted {
        let start = picture.find("<svg").unwrap_or(picture.len());
        Trusted(picture[start..].trim_end().to_string())
    }

    /// Base64 text; any character outside its alphabet and line breaks is
    /// dropped, so this can never write markup either.
    pub fn base64(text: String) -> Trusted {
        let safe = |c: &char| c.is_ascii_alphanumeric() || "+/=\n".contains(*c);
        Trusted(text.chars().filter(safe).collect())
    }

    /// Text written in this crate's code, never from a workspace.
    pub fn constant(text: &'static str) -> Trusted {
        Trusted(text.to_string())
    }
}

/// An HTML document being written.
pub(super) struct Html {
    out: String,
    open: Vec<&'static str>,
}

impl Html {
    pub fn new() -> Self {
        Html {
            out: String::with_capacity(256 * 1024),
            open: Vec::new(),
        }
    }

    /// `<name attrs…>`, closed later by `close` (or never, for a void element).
    pub fn open(&mut self, name: &'static str, attrs: Attrs) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs.pairs() {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        if !VOID.contains(&name) {
            self.open.push(name);
        }
    }

    /// Closes the element opened last.
    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
    }

    /// `<name attrs…>text</name>`, the text escaped.
    pub fn text(&mut self, name: &'static str, attrs: Attrs, text: &str) {
        self.open(name, attrs);
        self.chars(text);
        self.close();
    }

    /// Text inside the element open now, escaped.
    pub fn chars(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// `<a href="#anchor">text</a>`: the only kind of link the page itself writes.
    pub fn link(&mut self, anchor: &str, text: &str) {
        self.text("a", Attrs::new().with("href", format!("#{anchor}")), text);
    }

    /// Markup that is safe as it is.
    pub fn trusted(&mut self, fragment: Trusted) {
        self.out.push_str(&fragment.0);
    }

    /// A line break between blocks, so the source stays readable.
    pub fn newline(&mut self) {
        self.out.push('\n');
    }

    /// The document, every element closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out.push('\n');
        self.out
    }
}

/// Appends `text` escaped for HTML text and quoted attribute values alike:
/// the five markup characters become entities, and control characters other
/// than tab, line feed and carriage return are dropped (HTML calls them
/// parse errors and shows nothing for them). The page carries the exact
/// text in its embedded workspace, so nothing is lost.
pub(super) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

/// A page anchor for a record: a fixed `prefix`, then the id's letters,
/// digits and `-` as they are and every other character as `_`, its code
/// point in hex and `_` (the scheme of the SVG's own ids). Two different ids
/// never give the same anchor, and the anchor is safe in `id` and after `#`
/// in `href` without further escaping.
pub(super) fn anchor(prefix: &str, id: &Id) -> String {
    // One rule for both, so a picture's ids and the page's anchors agree.
    crate::svg::xml::id_attribute(prefix, id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_control_characters_never_pass_through() {
        let mut out = String::new();
        escape_into(&mut out, "<a href='x'>&\"\u{0}\u{1b}\u{85}\t\n\u{FFFF}é🦀");
        assert_eq!(out, "&lt;a href=&#39;x&#39;&gt;&amp;&quot;\t\né🦀");
    }

    #[test]
    fn anchors_are_distinct_and_need_no_escaping() {
        assert_eq!(anchor("element-", &Id::new("web-app")), "element-web-app");
        assert_ne!(anchor("e-", &Id::new("a:b")), anchor("e-", &Id::new("a_b")));
        let hostile = anchor("e-", &Id::new("\"><script>#x y"));
        assert!(hostile
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn every_element_opened_is_closed_in_order_but_void_ones() {
        let mut html = Html::new();
        html.open("p", Attrs::new().class("a\"b"));
        html.open("input", Attrs::new().with("type", "search"));
        html.link("x", "<b>");
        assert_eq!(
            html.finish(),
            "<p class=\"a&quot;b\"><input type=\"search\"><a href=\"#x\">&lt;b&gt;</a></p>\n"
        );
    }
}
