//! For tests: the tags of a published page as an HTML parser would see
//! them (names and attributes, values with their character references
//! decoded), the contents of `<script>` and `<style>` kept as raw text, and
//! comments noted, so tests can check what a browser would build rather
//! than search the text. Stricter than a browser: a `<` that opens nothing
//! (which the page never writes) is a failure.

/// One start tag.
#[derive(Debug, Clone)]
pub(super) struct Tag {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    /// What a `<script>` or `<style>` holds, as it is.
    pub raw_text: Option<String>,
}

impl Tag {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every start tag in `html`, in order; panics on markup it cannot read
/// and on comments (the page writes none).
pub(super) fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix("!doctype html>") {
            rest = after;
            continue;
        }
        assert!(
            !rest.starts_with('!'),
            "a comment or declaration: {:.80}",
            rest
        );
        if let Some(after) = rest.strip_prefix('/') {
            let end = after.find('>').expect("an end tag closes");
            rest = &after[end + 1..];
            continue;
        }
        let (mut tag, after) = start_tag(rest);
        rest = after;
        if tag.name == "script" || tag.name == "style" {
            let close = format!("</{}", tag.name);
            let end = rest
                .to_ascii_lowercase()
                .find(&close)
                .expect("raw text ends");
            tag.raw_text = Some(rest[..end].to_string());
            rest = &rest[end..];
        }
        found.push(tag);
    }
    found
}

fn start_tag(text: &str) -> (Tag, &str) {
    let name_end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':'))
        .expect("a tag ends");
    assert!(name_end > 0, "a `<` that opens no tag: {:.80}", text);
    let name = text[..name_end].to_ascii_lowercase();
    let mut rest = &text[name_end..];
    let mut attributes = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>").or_else(|| rest.strip_prefix('>')) {
            let tag = Tag {
                name,
                attributes,
                raw_text: None,
            };
            return (tag, after);
        }
        let key_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .expect("an attribute ends");
        assert!(
            key_end > 0,
            "an attribute without a name in <{name}: {:.80}",
            rest
        );
        let key = rest[..key_end].to_ascii_lowercase();
        rest = &rest[key_end..];
        let mut value = String::new();
        if let Some(after) = rest.trim_start().strip_prefix('=') {
            let after = after.trim_start();
            let quote = after.chars().next().expect("a value");
            let (raw, remaining) = if quote == '"' || quote == '\'' {
                let end = after[1..].find(quote).expect("a quoted value closes") + 1;
                (&after[1..end], &after[end + 1..])
            } else {
                let end = after
                    .find(|c: char| c.is_whitespace() || c == '>')
                    .expect("an unquoted value ends");
                (&after[..end], &after[end..])
            };
            value = decode(raw);
            rest = remaining;
        }
        attributes.push((key, value));
    }
}

/// Character references decoded, as a browser reads an attribute value.
pub(super) fn decode(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let entity = end.map(|e| &rest[1..e]);
        let decoded = match entity {
            Some("amp") => Some('&'),
            Some("lt") => Some('<'),
            Some("gt") => Some('>'),
            Some("quot") => Some('"'),
            Some("apos") => Some('\''),
            Some(n) if n.starts_with("#x") || n.starts_with("#X") => {
                u32::from_str_radix(&n[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            Some(n) if n.starts_with('#') => n[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match (decoded, end) {
            (Some(c), Some(e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
