//! Properties: finding the workspace never panics, whatever the text (any
//! string, any prefix of a real page, a real page with a character
//! put in anywhere), and any text in a workspace's fields comes back byte for byte
//! while the page's markup stays the page's own.

use std::sync::OnceLock;

use proptest::prelude::*;

use conway_model::{Element, ElementKind, Workspace};

use super::scan::tags;
use super::*;

/// A small real page, so that every prefix can be tried quickly.
fn small_page() -> &'static str {
    static PAGE: OnceLock<String> = OnceLock::new();
    PAGE.get_or_init(|| {
        let mut ws = Workspace::new("Small");
        ws.elements
            .push(Element::new("a", ElementKind::SoftwareSystem, "A"));
        publish(&ws, &PageOptions::default())
    })
}

/// The sample's page, for prefixes and changes at random places, and its workspace.
fn sample_page() -> &'static (String, String) {
    static PAGE: OnceLock<(String, String)> = OnceLock::new();
    PAGE.get_or_init(|| {
        let ws = conway_model::sample::sample_workspace();
        (
            publish(&ws, &PageOptions::default()),
            conway_format::write(&ws),
        )
    })
}

#[test]
fn every_prefix_of_a_small_page_gives_an_error_or_the_whole_workspace() {
    let page = small_page();
    let whole = workspace_in_page(page).unwrap();
    for end in (0..page.len()).filter(|i| page.is_char_boundary(*i)) {
        if let Ok(text) = workspace_in_page(&page[..end]) {
            assert_eq!(text, whole, "a prefix of {end} bytes");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_text_gives_an_error_or_a_workspace_without_panicking(text in any::<String>()) {
        let _ = workspace_in_page(&text);
        let _ = workspace_in_page(&format!("<script type=\"{MEDIA_TYPE}\">{text}"));
        let _ = workspace_in_page(&format!("<script type=\"{MEDIA_TYPE}\" data-bytes=\"{text}\">Zm9v</script>"));
    }

    #[test]
    fn any_text_in_the_fields_round_trips_and_adds_no_markup(name in any::<String>(), description in any::<String>()) {
        let mut ws = Workspace::new(name.clone());
        ws.description = description.clone();
        let mut e = Element::new("e", ElementKind::Container, name);
        e.description = description;
        ws.elements.push(e);
        let page = publish(&ws, &PageOptions::default());
        prop_assert_eq!(workspace_in_page(&page).unwrap(), conway_format::write(&ws));
        let found = tags(&page);
        prop_assert_eq!(found.iter().filter(|t| t.name == "script").count(), 2);
        prop_assert!(found.iter().all(|t| t.attributes.iter().all(|(n, _)| !n.starts_with("on"))));
    }
}

proptest! {
    // A debug build decodes the sample's 130 KB of base64 in some 40 ms: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn prefixes_and_changes_of_the_sample_page_never_panic(at in 0.0..1.0f64, c in any::<char>()) {
        let (page, whole) = sample_page();
        let mut end = (page.len() as f64 * at) as usize;
        while !page.is_char_boundary(end) {
            end -= 1;
        }
        if let Ok(text) = workspace_in_page(&page[..end]) {
            prop_assert_eq!(&text, whole);
        }
        let changed = format!("{}{c}{}", &page[..end], &page[end..]);
        let _ = workspace_in_page(&changed);
    }
}
