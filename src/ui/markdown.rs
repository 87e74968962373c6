//! Decision texts written in markdown. The one place in Conway that sets
//! inner HTML, and only ever with `markdown::to_safe_html`'s output (raw HTML
//! escaped, links limited to http, https and mailto, no images).

use leptos::prelude::*;

use crate::markdown::to_safe_html;

#[component]
pub fn Markdown(text: String) -> impl IntoView {
    view! { <div class="prose markdown" inner_html=to_safe_html(&text)></div> }
}
