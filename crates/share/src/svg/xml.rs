//! The one place SVG text is written: a small XML writer whose element and
//! attribute names are `&'static str` (so they never come from a workspace)
//! and whose every value goes through one escaping function. It must never
//! write unescaped text, a character XML 1.0 forbids, or an element left
//! open: every `open` is closed by `close`, in order.

pub(crate) use crate::attrs::Attrs;

/// An SVG document being written.
pub(super) struct Xml {
    out: String,
    open: Vec<&'static str>,
    /// Written before every `id` value and every `url(#…)` target.
    id_prefix: String,
}

impl Xml {
    pub fn new() -> Self {
        Xml {
            out: String::with_capacity(16 * 1024),
            open: Vec::new(),
            id_prefix: String::new(),
        }
    }

    /// Prefixes the ids this document defines and the `url(#…)` references
    /// to them from now on; characters other than letters, digits, `-`, `_`
    /// and `.` are dropped, so the prefix keeps every id an XML name.
    pub fn prefix_ids(&mut self, prefix: &str) {
        let safe = |c: &char| c.is_ascii_alphanumeric() || "-_.".contains(*c);
        self.id_prefix = prefix.chars().filter(safe).collect();
    }

    /// `<name attrs…>`, closed later by `close`.
    pub fn open(&mut self, name: &'static str, attrs: Attrs) {
        self.start_tag(name, attrs);
        self.out.push('>');
        self.open.push(name);
    }

    /// Closes the element opened last.
    pub fn close(&mut self) {
        if let Some(name) = self.open.pop() {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
    }

    /// `<name attrs… />`.
    pub fn empty(&mut self, name: &'static str, attrs: Attrs) {
        self.start_tag(name, attrs);
        self.out.push_str("/>");
    }

    /// `<name attrs…>text</name>`, the text escaped.
    pub fn text(&mut self, name: &'static str, attrs: Attrs, text: &str) {
        self.open(name, attrs);
        escape_into(&mut self.out, text);
        self.close();
    }

    /// Text inside the element open now.
    pub fn chars(&mut self, text: &str) {
        escape_into(&mut self.out, text);
    }

    /// Text of ASCII letters, digits, `+/=.-`, spaces and newlines (base64
    /// in lines), written as it is; any other character is dropped, so this
    /// can never write markup either.
    pub fn plain(&mut self, text: &str) {
        let safe = |c: &char| c.is_ascii_alphanumeric() || "+/=.- \n".contains(*c);
        self.out.extend(text.chars().filter(safe));
    }

    /// The document, every element closed.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.close();
        }
        self.out
    }

    fn start_tag(&mut self, name: &'static str, attrs: Attrs) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs.pairs() {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            if key == "id" {
                self.out.push_str(&self.id_prefix);
                escape_into(&mut self.out, value);
            } else if let Some(target) = value.strip_prefix("url(#") {
                self.out.push_str("url(#");
                self.out.push_str(&self.id_prefix);
                escape_into(&mut self.out, target);
            } else {
                escape_into(&mut self.out, value);
            }
            self.out.push('"');
        }
    }
}

/// Appends `text` escaped for XML text and attribute values alike. The five
/// markup characters become entities; tab, newline and carriage return
/// become character references, so that a parser's normalisation (of line
/// ends in text, of white space in attributes) gives back the same text;
/// characters XML 1.0 forbids are dropped, so the file always parses.
pub(super) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if allowed_in_xml(c) => out.push(c),
            _ => {}
        }
    }
}

/// XML 1.0's `Char` production, less tab, newline and carriage return
/// (escaped above). Rust strings hold no surrogates.
pub(super) fn allowed_in_xml(c: char) -> bool {
    !(c < '\u{20}' || c == '\u{FFFE}' || c == '\u{FFFF}')
}

/// A coordinate or length: two decimals at most, no trailing zeros, and
/// never `NaN` or `inf` (which would make the picture invalid).
pub(crate) fn num(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let text = format!("{:.2}", x);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".to_string(),
        t => t.to_string(),
    }
}

/// `translate(x y)`.
pub(super) fn translate((x, y): (f64, f64)) -> String {
    format!("translate({} {})", num(x), num(y))
}

/// An `id` attribute value made from a record's id: a fixed `prefix`, then
/// letters, digits and `-` as they are and every other character as `_`
/// and its code point in hex and `_`, so that two different ids never give
/// the same value and the value is always an XML name.
pub(crate) fn id_attribute(prefix: &str, id: &str) -> String {
    let mut out = String::from(prefix);
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", c as u32));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_forbidden_characters_never_pass_through() {
        let mut out = String::new();
        escape_into(&mut out, "<a href='x'>&\"\u{0}\u{1b}\t\n\r\u{FFFF}é🦀");
        assert_eq!(
            out,
            "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&#9;&#10;&#13;é🦀"
        );
    }

    #[test]
    fn numbers_are_short_and_always_valid() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(f64::INFINITY), "0");
    }

    #[test]
    fn ids_become_distinct_xml_names() {
        assert_eq!(id_attribute("element-", "web-app"), "element-web-app");
        assert_ne!(id_attribute("e-", "a:b"), id_attribute("e-", "a_b"));
        assert_eq!(id_attribute("e-", "\"><x"), "e-_22__3e__3c_x");
    }

    #[test]
    fn every_element_opened_is_closed_in_order() {
        let mut xml = Xml::new();
        xml.open("svg", Attrs::new());
        xml.open("g", Attrs::new().with("class", "a\"b"));
        xml.empty("rect", Attrs::new().num("width", 1.0));
        xml.text("title", Attrs::new(), "x < y");
        assert_eq!(
            xml.finish(),
            "<svg><g class=\"a&quot;b\"><rect width=\"1\"/><title>x &lt; y</title></g></svg>"
        );
    }
}
