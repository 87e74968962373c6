//! The `?` overlay listing every keyboard shortcut.

use leptos::prelude::*;

use crate::app::{AppState, SHORTCUTS};

#[component]
pub fn ShortcutsOverlay() -> impl IntoView {
    let state = expect_context::<AppState>();
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if state.shortcuts_open.get() {
            if let Some(button) = close_button.get() {
                let _ = button.focus();
            }
        }
    });
    move || {
        state.shortcuts_open.get().then(|| view! {
            <div class="overlay" on:click=move |_| state.shortcuts_open.set(false)>
                <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" on:click=|ev| ev.stop_propagation()>
                    <div class="dialog-header">
                        <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                        <button type="button" class="button icon" node_ref=close_button aria-label="Close" title="Close (Esc)"
                            on:click=move |_| state.shortcuts_open.set(false)>"✕"</button>
                    </div>
                    <table class="shortcuts" data-testid="shortcuts">
                        <tbody>
                            {SHORTCUTS.iter().map(|(keys, action)| view! { <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*action}</td></tr> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </div>
        })
    }
}
