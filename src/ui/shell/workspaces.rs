//! The workspace list dialog: create, open, rename, duplicate and delete the
//! workspaces kept in this browser. It only dispatches to `app::workspaces`.

use leptos::prelude::*;

use crate::app::{self, AppState};
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_model::sample::{blank_workspace, sample_workspace};
use conway_storage::Summary;

/// "just now", "5 min ago", "3 h ago", or the date.
fn saved_ago(saved_at: &str) -> String {
    if saved_at.is_empty() {
        return "not saved yet".into();
    }
    let then = js_sys::Date::parse(saved_at);
    if then.is_nan() {
        return String::new();
    }
    let minutes = ((js_sys::Date::now() - then) / 60_000.0).floor().max(0.0) as u64;
    match minutes {
        0 => "saved just now".into(),
        1..=59 => format!("saved {minutes} min ago"),
        60..=1439 => format!("saved {} h ago", minutes / 60),
        _ => format!("saved {}", saved_at.get(..10).unwrap_or(saved_at)),
    }
}

/// "Untitled workspace", or "Untitled workspace 2", ... when that is taken.
fn untitled(list: &[Summary]) -> String {
    let base = "Untitled workspace";
    (1..)
        .map(|n| {
            if n == 1 {
                base.to_string()
            } else {
                format!("{base} {n}")
            }
        })
        .find(|name| !list.iter().any(|s| &s.name == name))
        .unwrap_or_else(|| base.to_string())
}

#[component]
pub fn WorkspaceList() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Storage is read again each time the list opens; while it is open,
    // changes made here or in another tab refresh it.
    Effect::new(move |_| {
        if state.dialogs.workspaces.get() {
            app::refresh_catalogue(state);
        }
    });
    let list = Memo::new(move |_| {
        if state.dialogs.workspaces.get() {
            app::catalogue(state)
        } else {
            Vec::new()
        }
    });
    let renaming = RwSignal::new(None::<String>);
    let close = move || {
        renaming.set(None);
        state.dialogs.workspaces.set(false);
    };
    let new_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if state.dialogs.workspaces.get() {
            if let Some(button) = new_button.get() {
                let _ = button.focus();
            }
        }
    });
    let create_blank = move |_| {
        let name = list.with_untracked(|l| untitled(l));
        if app::create_workspace(state, blank_workspace(&name)) {
            close();
        }
    };
    let create_sample = move |_| {
        if app::create_workspace(state, sample_workspace()) {
            close();
        }
    };
    let row = move |summary: Summary| {
        let slot = StoredValue::new(summary.slot.clone());
        let name = summary.name.clone();
        let is_open = move || state.doc.slot.get() == slot.get_value();
        let meta = format!(
            "{} · {} element{}",
            saved_ago(&summary.saved_at),
            summary.elements,
            if summary.elements == 1 { "" } else { "s" }
        );
        let open = move || {
            if app::open_workspace(state, &slot.get_value()) {
                close();
            }
        };
        let delete = {
            let name = name.clone();
            move |_| {
                let question = format!("Delete the workspace \"{name}\" from this browser? This cannot be undone; export it first to keep a copy.");
                let confirmed = web_sys::window()
                    .and_then(|w| w.confirm_with_message(&question).ok())
                    .unwrap_or(false);
                if confirmed {
                    app::delete_workspace(state, &slot.get_value());
                }
            }
        };
        let editing = move || renaming.get().as_deref() == Some(slot.get_value().as_str());
        let name_for_edit = name.clone();
        let label = name.clone();
        view! {
            <li class="workspace-item" class:open=is_open data-testid="workspace-item" data-slot=summary.slot.clone()
                aria-current=move || if is_open() { "true" } else { "false" }>
                {move || if editing() {
                    let commit = move |value: String| {
                        renaming.set(None);
                        app::rename_workspace(state, &slot.get_value(), &value);
                    };
                    view! {
                        <input class="search-field" aria-label="Workspace name" value=name_for_edit.clone() autofocus
                            on:keydown=move |ev| match ev.key().as_str() {
                                "Enter" => { ev.prevent_default(); commit(event_target_value(&ev)); }
                                "Escape" => { ev.prevent_default(); ev.stop_propagation(); renaming.set(None); }
                                _ => {}
                            }
                            on:blur=move |ev| if renaming.get_untracked().is_some() { commit(event_target_value(&ev)) } />
                    }.into_any()
                } else {
                    let label = label.clone();
                    view! {
                        <button type="button" class="workspace-open" title="Open this workspace" on:click=move |_| open()>
                            <span class="workspace-title">{label}</span>
                            <span class="muted small">{meta.clone()}</span>
                        </button>
                    }.into_any()
                }}
                {move || is_open().then(|| view! { <span class="badge">"Open"</span> })}
                <div class="workspace-actions">
                    <button type="button" class="button small" aria-label=format!("Rename {name}") title="Rename"
                        on:click=move |_| renaming.set(Some(slot.get_value()))>"Rename"</button>
                    <button type="button" class="button small" aria-label=format!("Duplicate {name}") title="Duplicate"
                        on:click=move |_| { app::duplicate_workspace(state, &slot.get_value()); }>"Duplicate"</button>
                    <button type="button" class="button small danger" aria-label=format!("Delete {name}") title="Delete…"
                        on:click=delete>"Delete…"</button>
                </div>
            </li>
        }
    };
    move || {
        state.dialogs.workspaces.get().then(|| view! {
            <div class="overlay top" on:click=move |_| close()>
                <div class="dialog workspaces" role="dialog" aria-modal="true" aria-labelledby="workspaces-title" on:click=|ev| ev.stop_propagation()>
                    <div class="dialog-header">
                        <h2 id="workspaces-title">"Workspaces"</h2>
                        <button type="button" class="button icon" aria-label="Close" {..keys_of(ActionId::CloseDialog)} on:click=move |_| close()>"✕"</button>
                    </div>
                    <p class="muted small">"Kept in this browser and saved as you work. Export a workspace to share it or keep a copy elsewhere."</p>
                    <div class="dialog-actions start">
                        <button type="button" class="button primary" node_ref=new_button on:click=create_blank>"New workspace"</button>
                        <button type="button" class="button" on:click=create_sample title="A copy of the Northwind Retail sample">"New from sample"</button>
                    </div>
                    <ul class="workspace-list" aria-label="Workspaces in this browser">
                        <For each=move || list.get() key=|s| (s.slot.clone(), s.name.clone(), s.saved_at.clone(), s.elements) children=row />
                    </ul>
                </div>
            </div>
        })
    }
}
