//! Untrusted text: the sample workspace with a payload in every text field
//! (names, descriptions, technologies, roles, decision markdown and lists,
//! reviews, principles, concerns, glossary) publishes a page in which
//! nothing can run or load: the only scripts are the page's own (its hash
//! in the policy) and the inert workspace element, no tag is outside a
//! short allow-list, no attribute is an event handler, a source or a
//! style, and every link is a fragment or a link the sanitiser allowed.

use std::collections::HashSet;

use conway_model::sample::sample_workspace;
use conway_model::{Comment, Resolution, Workspace};

use super::html::escape_into;
use super::scan::{tags, Tag};
use super::script::{script_source, SCRIPT};
use super::sha256::sha256;
use super::*;

/// The corpora the project already has: the browser test's payloads
/// (tests/e2e/security.test.mjs, `PAYLOADS`), then the markdown
/// sanitiser's (crates/editor/src/markdown/tests.rs, `PAYLOADS`), copied
/// because both are private to their tests.
const PAYLOADS: &[&str] = &[
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=\"window.__pwned=1\">",
    "\"><svg onload=window.__pwned=1>",
    "javascript:window.__pwned=1",
    "'><iframe src=\"javascript:window.__pwned=1\"></iframe>",
    "{{constructor.constructor('window.__pwned=1')()}}",
    "[click](javascript:window.__pwned=1) **bold** <b>bold</b>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</script>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<body onload=alert(1)>",
    "<div onmouseover=\"alert(1)\">hover</div>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<object data=\"data:text/html,<script>alert(1)</script>\"></object>",
    "<embed src=\"javascript:alert(1)\">",
    "<style>@import 'javascript:alert(1)';</style>",
    "<link rel=stylesheet href=\"javascript:alert(1)\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text y=20>x</text></a></svg>",
    "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<form action=\"javascript:alert(1)\"><button>x</button></form>",
    "<base href=\"javascript:alert(1)//\">",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "[x](JaVaScRiPt:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x](java\tscript:alert(1))",
    "[x](javascript&#58;alert(1))",
    "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
    "[x](\u{1}javascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](file:///etc/passwd)",
    "[x](https://example.com\" onclick=\"alert(1))",
    "[ref]\n\n[ref]: javascript:alert(1)",
    "<https://example.com/\"onmouseover=\"alert(1)>",
    "![x\" onerror=\"alert(1)](https://evil.example/a.png)",
    "![x](https://evil.example/track.png)",
    "```html\" onclick=\"alert(1)\n<b>x</b>\n```",
    "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    "- [ ] <svg/onload=alert(1)>",
    "<!-- --><script>alert(1)</script><!-- -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<a href=\"jav&#x0A;ascript:alert(1)\">x</a>",
    "[x](javascript://%0aalert(1))",
    "</style></script></title></textarea></svg></noscript><script>alert(1)</script>",
];

/// Prefixes every text of the workspace with the next payload, in turn.
fn poisoned() -> (Workspace, usize) {
    let mut ws = sample_workspace();
    let mut next = 0;
    let mut poison = |text: &mut String| {
        *text = format!("{} {text}", PAYLOADS[next % PAYLOADS.len()]);
        next += 1;
    };
    poison(&mut ws.name);
    poison(&mut ws.description);
    for e in &mut ws.elements {
        for text in [
            &mut e.name,
            &mut e.description,
            &mut e.technology,
            &mut e.role,
        ] {
            poison(text);
        }
    }
    for r in &mut ws.relationships {
        poison(&mut r.description);
        poison(&mut r.technology);
    }
    for v in &mut ws.views {
        poison(&mut v.name);
        poison(&mut v.description);
    }
    for d in &mut ws.decisions {
        poison_decision(d, &mut poison);
    }
    for p in &mut ws.principles {
        for text in [&mut p.name, &mut p.statement, &mut p.rationale] {
            poison(text);
        }
        p.implications.iter_mut().for_each(&mut poison);
    }
    for c in &mut ws.concerns {
        poison(&mut c.name);
        poison(&mut c.description);
    }
    for t in &mut ws.glossary {
        poison(&mut t.term);
        poison(&mut t.definition);
        t.avoid.iter_mut().for_each(&mut poison);
    }
    (ws, next)
}

fn poison_decision(d: &mut conway_model::Decision, poison: &mut impl FnMut(&mut String)) {
    for text in [
        &mut d.title,
        &mut d.context,
        &mut d.outcome,
        &mut d.confirmation,
        &mut d.deprecation_reason,
    ] {
        poison(text);
    }
    for list in [
        &mut d.deciders,
        &mut d.consulted,
        &mut d.informed,
        &mut d.drivers,
        &mut d.good_consequences,
        &mut d.bad_consequences,
        &mut d.review.reviewers,
        &mut d.review.open_questions,
    ] {
        list.push(String::new());
        list.iter_mut().for_each(&mut *poison);
    }
    for o in &mut d.options {
        poison(&mut o.name);
        poison(&mut o.description);
        o.pros
            .iter_mut()
            .chain(o.cons.iter_mut())
            .for_each(&mut *poison);
    }
    let mut comment = Comment {
        author: String::new(),
        date: None,
        text: String::new(),
    };
    poison(&mut comment.author);
    poison(&mut comment.text);
    d.review.comments.push(comment);
    let mut by = String::new();
    poison(&mut by);
    d.resolution = Some(Resolution { by, on: None });
    for p in &mut d.principles {
        poison(&mut p.justification);
    }
}

/// What the page may contain: its own frame, the SVG writer's elements and
/// the markdown sanitiser's.
#[rustfmt::skip]
const ALLOWED_TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "header", "nav", "main", "section",
    "article", "footer", "figure", "div", "span", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul",
    "ol", "li", "dl", "dt", "dd", "a", "strong", "em", "del", "code", "pre", "blockquote", "hr",
    "br", "sup", "table", "thead", "tbody", "tr", "th", "td", "details", "summary", "label",
    "input", "output", "script", "svg", "g", "defs", "marker", "rect", "circle", "ellipse",
    "path", "polygon", "polyline", "line", "text", "tspan", "desc",
];

/// Attributes a browser loads or follows as a URL.
#[rustfmt::skip]
const URL_ATTRIBUTES: &[&str] = &[
    "href", "src", "srcset", "action", "formaction", "xlink:href", "data", "poster", "background",
    "content",
];
/// Attributes the page never writes: sources, documents, form targets.
#[rustfmt::skip]
const BANNED_ATTRIBUTES: &[&str] = &[
    "src", "srcset", "srcdoc", "action", "formaction", "xlink:href", "data", "background", "poster",
];

fn check_tag(tag: &Tag) {
    let name = tag.name.as_str();
    assert!(
        ALLOWED_TAGS.contains(&name),
        "<{name}> {:?}",
        tag.attributes
    );
    for (attribute, value) in &tag.attributes {
        check_attribute(tag, attribute, value);
    }
    if name == "input" {
        let ours = tag.get("id") == Some("search");
        let checkbox = tag.get("type") == Some("checkbox") && tag.get("disabled").is_some();
        assert!(ours || checkbox, "{:?}", tag.attributes);
    }
    if name == "meta" {
        let known = ["charset", "name", "http-equiv"];
        assert!(known.iter().any(|k| tag.get(k).is_some()));
        let policy = |h: &str| h == "Content-Security-Policy";
        assert!(
            tag.get("http-equiv").is_none_or(policy),
            "{:?}",
            tag.attributes
        );
    }
}

fn check_attribute(tag: &Tag, name: &str, value: &str) {
    let at = || format!("<{} {name}={value:?}>", tag.name);
    assert!(!name.starts_with("on"), "{}", at());
    assert!(!BANNED_ATTRIBUTES.contains(&name), "{}", at());
    // What a browser reads: it drops white space and control characters in URLs.
    let lower: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    if URL_ATTRIBUTES.contains(&name) {
        let scripted = lower.contains("javascript:") || lower.contains("vbscript:");
        assert!(!scripted, "{}", at());
    }
    if name == "style" {
        // The SVG writer's own label styles; nothing in them may load.
        assert!(["tspan", "text"].contains(&tag.name.as_str()), "{}", at());
        let loads = lower.contains("url(") || lower.contains('@') || lower.contains('\\');
        assert!(!loads, "{}", at());
    }
    if name == "href" {
        let fragment = value.starts_with('#');
        let schemes = ["http://", "https://", "mailto:"];
        let sanitised = tag.name == "a"
            && tag.get("rel") == Some("noopener noreferrer")
            && schemes.iter().any(|s| lower.starts_with(s));
        assert!(fragment || sanitised, "{}", at());
    }
}

#[test]
fn no_payload_in_any_field_can_run_or_load_anything() {
    let (ws, fields) = poisoned();
    assert!(fields > 500, "payloads placed in {fields} text fields");
    let page = publish(
        &ws,
        &PageOptions {
            published_on: conway_model::Date::parse("2026-01-05"),
            ..Default::default()
        },
    );
    let tags = tags(&page);
    tags.iter().for_each(check_tag);
    let scripts: Vec<&Tag> = tags.iter().filter(|t| t.name == "script").collect();
    assert_eq!(
        scripts.len(),
        2,
        "the page's script and the workspace, nothing else"
    );
    assert_eq!(scripts[0].attributes, vec![], "the enhancing script");
    assert_eq!(scripts[0].raw_text.as_deref(), Some(SCRIPT));
    assert_eq!(
        scripts[1].get("type"),
        Some(MEDIA_TYPE),
        "the inert workspace"
    );
    assert_eq!(tags.iter().filter(|t| t.name == "style").count(), 1);
    assert_eq!(tags.iter().filter(|t| t.name == "body").count(), 1);
    // The policy allows exactly that script, by the hash of its text.
    let csp = tags
        .iter()
        .find(|t| t.get("http-equiv").is_some())
        .unwrap()
        .get("content")
        .unwrap();
    let hash =
        crate::svg::base64::encode(&sha256(scripts[0].raw_text.as_ref().unwrap().as_bytes()));
    assert!(
        csp.contains(&format!("script-src 'sha256-{hash}';")),
        "{csp}"
    );
    assert_eq!(script_source(), format!("'sha256-{hash}'"));
    assert!(csp.starts_with("default-src 'none';"));
    // The payloads are there, as text.
    let mut shown = String::new();
    escape_into(&mut shown, &ws.elements[0].name);
    assert!(page.contains(&shown));
    assert_eq!(workspace_in_page(&page).unwrap(), conway_format::write(&ws));
}

#[test]
fn hostile_ids_stay_inside_their_attributes() {
    let mut ws = Workspace::new("ids");
    let hostile = "\"><script>alert(1)</script><a href=\"javascript:x";
    let mut e = conway_model::Element::new(hostile, conway_model::ElementKind::SoftwareSystem, "A");
    e.owner = Some(conway_model::Id::new("team\" onclick=\"x"));
    ws.elements.push(e);
    let mut view = conway_model::View::new(hostile, conway_model::ViewKind::System, "V");
    view.placements.push(conway_model::Placement {
        element: conway_model::Id::new(hostile),
        x: 0.0,
        y: 0.0,
        width: 100.0,
        height: 60.0,
        pinned: false,
    });
    ws.views.push(view);
    let page = publish(&ws, &PageOptions::default());
    let tags = tags(&page);
    tags.iter().for_each(check_tag);
    let ids: HashSet<&str> = tags.iter().filter_map(|t| t.get("id")).collect();
    assert!(
        ids.iter().all(|id| id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))),
        "{ids:?}"
    );
}
