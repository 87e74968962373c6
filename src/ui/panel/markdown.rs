//! Decision texts written in markdown. The one place in Conway that sets
//! inner HTML, and only ever with `markdown::to_safe_html_marked`'s output
//! (raw HTML escaped, links limited to http, https and mailto, no images,
//! glossary words marked with our own spans).

use leptos::prelude::*;

use crate::app::AppState;
use conway_editor::markdown::to_safe_html_marked;

#[component]
pub fn Markdown(text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let html = state
        .doc
        .workspace
        .with_untracked(|ws| to_safe_html_marked(&text, &ws.glossary));
    view! { <div class="prose markdown" inner_html=html></div> }
}
