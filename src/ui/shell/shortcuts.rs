//! The `?` overlay listing every keyboard shortcut, section by section, as
//! the actions table has them.

use leptos::attr::Attribute;
use leptos::prelude::*;

use crate::app::AppState;
use conway_editor::actions::{overlay, ActionId};

#[component]
pub fn ShortcutsOverlay() -> impl IntoView {
    let state = expect_context::<AppState>();
    let close_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if state.dialogs.shortcuts.get() {
            if let Some(button) = close_button.get() {
                let _ = button.focus();
            }
        }
    });
    move || {
        state.dialogs.shortcuts.get().then(|| view! {
            <div class="overlay" on:click=move |_| state.dialogs.shortcuts.set(false)>
                <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" on:click=|ev| ev.stop_propagation()>
                    <div class="dialog-header">
                        <h2 id="shortcuts-title">"Keyboard shortcuts"</h2>
                        <button type="button" class="button icon" node_ref=close_button aria-label="Close" {..keys_of(ActionId::CloseDialog)} on:click=move |_| state.dialogs.shortcuts.set(false)>"✕"</button>
                    </div>
                    <table class="shortcuts" data-testid="shortcuts">
                        {overlay().into_iter().map(|section| view! {
                            <tbody>
                                <tr class="shortcuts-group"><th scope="colgroup" colspan="2">{section.title}</th></tr>
                                {section.rows.into_iter().map(|row| view! { <tr><th scope="row"><kbd>{row.keys}</kbd></th><td>{row.does}</td></tr> }).collect_view()}
                            </tbody>
                        }).collect_view()}
                    </table>
                </div>
            </div>
        })
    }
}

/// The tooltip and `aria-keyshortcuts` of a control that does what `action`
/// does, both naming its keys from the actions table ("Undo (Ctrl+Z)").
pub fn keys_of(action: ActionId) -> impl Attribute {
    keys_attributes(action.tooltip(), action)
}

/// The same, with the tooltip in other words ("Close (Esc)").
pub fn keys_of_with(action: ActionId, text: &str) -> impl Attribute {
    keys_attributes(action.tooltip_with(text), action)
}

// One attribute type for every such control, so the page's code to set the
// pair is shared rather than repeated per control.
fn keys_attributes(title: String, action: ActionId) -> impl Attribute {
    view! { <{..} title=title aria-keyshortcuts=action.aria_keyshortcuts() /> }
}
