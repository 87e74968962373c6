//! The renderer keeps ordinary markdown and lets nothing run: every payload of
//! the corpus renders to tags and attributes from a short allow-list only.

use super::{safe_url, to_safe_html, to_safe_html_marked};
use conway_model::Term;

const TAGS: [&str; 28] = [
    "p",
    "span",
    "em",
    "strong",
    "del",
    "a",
    "code",
    "pre",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "input",
    "sup",
];
const ATTRIBUTES: [&str; 10] = [
    "href",
    "rel",
    "target",
    "class",
    "start",
    "style",
    "type",
    "disabled",
    "title",
    "data-testid",
];

/// A glossary out to break the marks: its words are the payloads' words and
/// its definitions are payloads themselves.
fn hostile_glossary() -> Vec<Term> {
    [
        "script",
        "alert",
        "img",
        "onerror",
        "javascript",
        "x",
        "svg",
        "href",
    ]
    .iter()
    .enumerate()
    .map(|(i, word)| Term {
        id: format!("t-{i}").into(),
        term: (*word).into(),
        definition: format!("\"><script>alert({i})</script><img src=x onerror=alert(1) title='"),
        avoid: vec![format!("{word}s\"'<")],
    })
    .collect()
}

/// Every tag in `html`, as (name, [(attribute, value)]). Panics on anything
/// that is not a well-formed tag, which would itself be a failure.
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .expect("every < in the output closes")
            + start;
        let inner = rest[start + 1..end]
            .trim_start_matches('/')
            .trim_end_matches('/');
        let mut parts = inner.splitn(2, char::is_whitespace);
        let name = parts.next().unwrap_or_default().to_ascii_lowercase();
        let mut attributes = Vec::new();
        let mut text = parts.next().unwrap_or_default().trim();
        while !text.is_empty() {
            let (key, after) = text.split_once('=').unwrap_or((text, ""));
            let after = after.trim_start();
            let (value, remaining) = if let Some(quoted) = after.strip_prefix('"') {
                let close = quoted.find('"').expect("quoted attribute closes");
                (&quoted[..close], &quoted[close + 1..])
            } else {
                let close = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..close], &after[close..])
            };
            attributes.push((key.trim().to_ascii_lowercase(), value.to_string()));
            text = remaining.trim();
        }
        found.push((name, attributes));
        rest = &rest[end + 1..];
    }
    found
}

fn assert_safe(payload: &str) {
    assert_safe_html(payload, &to_safe_html(payload));
    assert_safe_html(payload, &to_safe_html_marked(payload, &hostile_glossary()));
}

fn assert_safe_html(payload: &str, html: &str) {
    for (name, attributes) in tags(html) {
        assert!(
            TAGS.contains(&name.as_str()),
            "tag <{name}> from {payload:?}: {html}"
        );
        for (key, value) in attributes {
            assert!(
                ATTRIBUTES.contains(&key.as_str()),
                "attribute {key} from {payload:?}: {html}"
            );
            if key == "href" {
                let lower = value.to_ascii_lowercase();
                assert!(
                    lower.starts_with("http:")
                        || lower.starts_with("https:")
                        || lower.starts_with("mailto:"),
                    "href {value:?} from {payload:?}"
                );
            }
            if key == "style" {
                // pulldown-cmark writes only table alignment.
                assert!(
                    value.starts_with("text-align:"),
                    "style {value:?} from {payload:?}"
                );
            }
        }
    }
}

/// At least 50 payloads: script tags, event handlers, dangerous link schemes
/// with case, whitespace, entity and control-character tricks, SVG and MathML.
const PAYLOADS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<math href=\"javascript:alert(1)\">click</math>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<base href=\"javascript:alert(1)//\">",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x]( javascript:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](java\tscript:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
    "[x](\u{1}javascript:alert(1))",
    "[x](\u{0}javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](VBScript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](DATA:text/html,<script>alert(1)</script>)",
    "[x](file:///etc/passwd)",
    "[x](\"onmouseover=alert(1))",
    "[x](https://example.com\" onclick=\"alert(1))",
    "[x](https://example.com 'title\" onmouseover=\"alert(1)')",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    "<https://example.com/\"onmouseover=\"alert(1)>",
    "![x](javascript:alert(1))",
    "![x\" onerror=\"alert(1)](https://evil.example/a.png)",
    "![x](https://evil.example/track.png)",
    "`<script>alert(1)</script>`",
    "```\n<script>alert(1)</script>\n```",
    "```html\" onclick=\"alert(1)\n<b>x</b>\n```",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "> <script>alert(1)</script>",
    "- [ ] <svg/onload=alert(1)>",
    "**<a href=javascript:alert(1)>bold</a>**",
    "<!-- --><script>alert(1)</script><!-- -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    "[x](javascript://%0aalert(1))",
];

#[test]
fn no_payload_of_the_corpus_survives() {
    assert!(PAYLOADS.len() >= 50);
    for payload in PAYLOADS {
        assert_safe(payload);
    }
}

#[test]
fn raw_html_is_shown_as_text() {
    let html = to_safe_html("Before <script>alert(1)</script> after");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
}

#[test]
fn ordinary_markdown_is_kept() {
    let html = to_safe_html(
        "We **chose** *Postgres*.\n\n- fast\n- boring\n\nSee [the RFC](https://example.com/rfc?a=1&b=2) or [mail](mailto:arch@example.com).",
    );
    assert!(html.contains("<strong>chose</strong>"));
    assert!(html.contains("<em>Postgres</em>"));
    assert!(html.contains("<li>fast</li>"));
    assert!(html.contains(
        "<a href=\"https://example.com/rfc?a=1&amp;b=2\" rel=\"noopener noreferrer\" target=\"_blank\">the RFC</a>"
    ));
    assert!(html.contains("href=\"mailto:arch@example.com\""));
    let autolink = to_safe_html("Write to <arch@example.com>.");
    assert!(
        autolink.contains("href=\"mailto:arch@example.com\""),
        "{autolink}"
    );
}

#[test]
fn a_refused_link_keeps_its_text_and_an_image_its_alt_text() {
    let html =
        to_safe_html("[click me](javascript:alert(1)) and ![a diagram](https://x.example/d.png)");
    assert!(html.contains("click me"));
    assert!(html.contains("a diagram"));
    assert!(!html.contains("<a "));
    assert!(!html.contains("<img"));
}

#[test]
fn urls_are_judged_as_a_browser_reads_them() {
    assert_eq!(
        safe_url(" https://example.com ").as_deref(),
        Some("https://example.com")
    );
    assert_eq!(
        safe_url("HTTPS://example.com").as_deref(),
        Some("HTTPS://example.com")
    );
    assert_eq!(safe_url("java\nscript:alert(1)"), None);
    assert_eq!(safe_url("\u{1}javascript:alert(1)"), None);
    assert_eq!(safe_url("/relative/path"), None);
    assert_eq!(safe_url("#anchor"), None);
    assert_eq!(safe_url("ht tp://x"), None);
}

#[test]
fn the_checker_sees_unsafe_markup() {
    let found = tags("<p>x</p><img src=x onerror=\"alert(1)\"><a href=\"javascript:y\">");
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["p", "p", "img", "a"]);
    assert!(found[2].1.iter().any(|(k, _)| k == "onerror"));
    assert_eq!(
        found[3].1[0],
        ("href".to_string(), "javascript:y".to_string())
    );
    assert!(!TAGS.contains(&"img") && !TAGS.contains(&"script") && !TAGS.contains(&"svg"));
    assert!(!ATTRIBUTES.contains(&"onerror") && !ATTRIBUTES.contains(&"src"));
}

#[test]
fn glossary_words_are_marked_in_running_text_but_not_in_code_or_links() {
    let glossary = vec![Term {
        id: "t-basket".into(),
        term: "Basket".into(),
        definition: "What a shopper means to buy & \"keep\".".into(),
        avoid: vec!["cart".into()],
    }];
    let html = to_safe_html_marked(
        "A *basket* is not a cart.\n\n`basket` [basket](https://x.example)\n\n    basket",
        &glossary,
    );
    assert!(html.contains(
        "<em><span class=\"glossary-word\" data-testid=\"glossary-word\" \
         title=\"Basket: What a shopper means to buy &amp; &quot;keep&quot;.\">basket</span></em>"
    ));
    assert!(html.contains("title=\"Say &quot;Basket&quot; instead: "));
    assert!(html.contains(">cart</span>"));
    assert_eq!(html.matches("<span").count(), 2, "{html}");
    assert_eq!(
        to_safe_html_marked("A basket.", &[]),
        to_safe_html("A basket.")
    );
}
