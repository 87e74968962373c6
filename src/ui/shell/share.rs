//! Sharing by link: the dialog that makes a link of the open workspace (its
//! length, a warning when chat tools may cut it, a refusal when browsers may
//! not open it, the file offered instead), and the banner over a workspace
//! opened from a link, which is read-only until saved.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::app::{self, AppState};
use conway_share::link::LinkLength;

#[component]
pub fn ShareDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = state.dialogs.share;
    let link = Memo::new(move |_| {
        open.get().then(|| {
            state.doc.workspace.track();
            state.share_link()
        })
    });
    let copied = RwSignal::new(false);
    Effect::new(move |_| {
        open.track();
        copied.set(false);
    });
    let close = move || open.set(false);
    let copy_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(button) = copy_button.get() {
                let _ = button.focus();
            }
        }
    });
    let copy = move |_| {
        let Some(url) = link.with_untracked(|l| l.as_ref().map(|l| l.url.clone())) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let clipboard = window().navigator().clipboard();
            match JsFuture::from(clipboard.write_text(&url)).await {
                Ok(_) => copied.set(true),
                Err(_) => state.show_error(
                    "The link was not copied",
                    "This browser did not allow the clipboard. Select the link and copy it yourself.",
                ),
            }
        });
    };
    move || {
        let Some(link) = link.get() else {
            return ().into_any();
        };
        let too_long = link.length == LinkLength::TooLong;
        let length = format!("{} characters", link.url.len());
        let warning = link.length.message();
        view! {
            <div class="overlay" on:click=move |_| close()>
                <div class="dialog small share" role="dialog" aria-modal="true" aria-labelledby="share-title"
                    on:click=|ev| ev.stop_propagation()
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); close(); }>
                    <div class="dialog-header">
                        <h2 id="share-title">"Share by link"</h2>
                        <button type="button" class="button icon" aria-label="Close" on:click=move |_| close()>"✕"</button>
                    </div>
                    <p class="hint">"The whole workspace travels inside the link, after the #: it never reaches a server. Whoever opens it sees a read-only copy they can save as their own."</p>
                    {(!too_long).then(|| view! {
                        <textarea class="share-url" readonly rows="3" aria-label="Share link" data-testid="share-url"
                            prop:value=link.url.clone() on:focus=|ev| { let area: web_sys::HtmlTextAreaElement = event_target(&ev); area.select(); } />
                    })}
                    <p class="share-length" data-testid="share-length" class:warn=warning.is_some()>{length}</p>
                    {warning.map(|text| view! { <p class="share-warning" role="alert">{text}</p> })}
                    <div class="dialog-actions">
                        <button type="button" class="button" on:click=move |_| { close(); app::export_workspace(state); }>"Download the file instead"</button>
                        {(!too_long).then(|| view! {
                            <button type="button" class="button primary" node_ref=copy_button on:click=copy>
                                {move || if copied.get() { "Copied" } else { "Copy link" }}
                            </button>
                        })}
                    </div>
                </div>
            </div>
        }
        .into_any()
    }
}

/// Over a workspace opened from a share link: what it is, and the way to keep it.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = move || state.doc.workspace.with(|ws| ws.name.clone());
    move || {
        state.doc.shared.get().then(|| view! {
            <div class="shared-banner" role="region" aria-label="Shared workspace" data-testid="shared-banner">
                <p><strong>{name}</strong>" · shared with you by link, read-only. Your own workspaces are untouched."</p>
                <div class="shared-actions">
                    <button type="button" class="button primary" on:click=move |_| app::save_shared(state)>"Save to my workspaces"</button>
                    <button type="button" class="button" on:click=move |_| app::close_shared(state)>"Close"</button>
                </div>
            </div>
        })
    }
}
