//! The message bar: import errors, damaged saves, conflicts between tabs.

use leptos::prelude::*;

use crate::app::{self, AppState, NoticeKind};

#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.dialogs.notice.get().map(|notice| {
            let (class, role) = match notice.kind {
                NoticeKind::Info => ("notice info", "status"),
                NoticeKind::Error | NoticeKind::Conflict => ("notice error", "alert"),
            };
            let conflict = notice.kind == NoticeKind::Conflict;
            let download = notice.download.clone();
            view! {
                <div class=class role=role data-testid="notice">
                    <div class="notice-text">
                        <strong data-testid="notice-title">{notice.title.clone()}</strong>
                        <p class="notice-detail" data-testid="notice-detail">{notice.detail.clone()}</p>
                    </div>
                    <div class="notice-actions">
                        {download.map(|(text, name)| view! {
                            <button type="button" class="button" on:click=move |_| { let _ = app::files_download(&text, &name, "application/octet-stream"); }>"Download it"</button>
                        })}
                        {conflict.then(|| view! {
                            <button type="button" class="button" on:click=move |_| app::load_theirs(state)>"Load the other tab's copy"</button>
                            <button type="button" class="button primary" on:click=move |_| app::keep_mine(state)>"Keep mine"</button>
                        })}
                        <button type="button" class="button icon" aria-label="Dismiss" title="Dismiss"
                            on:click=move |_| state.dialogs.notice.set(None)>"✕"</button>
                    </div>
                </div>
            }
        })
    }
}
