//! The top bar: workspace name, save status, import, export, theme.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{self, AppState, SaveStatus, Theme};
use crate::ui::org::concern_lens::ConcernPicker;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_model::ViewKind;

/// Export: the workspace file, or a picture of either pane's view.
#[component]
fn ExportMenu() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    let picture = move |kind: ViewKind| {
        open.set(false);
        state.dialogs.export_picture.set(Some(kind));
    };
    view! {
        <div class="export-menu">
            <button type="button" class="button primary" aria-haspopup="menu" aria-expanded=move || open.get().to_string()
                title="Export the workspace file or a picture of a view" on:click=move |_| open.update(|o| *o = !*o)>"Export"</button>
            {move || open.get().then(|| view! {
                <div class="menu dropdown end" role="menu" aria-label="Export"
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); open.set(false); }>
                    <button type="button" role="menuitem" on:click=move |_| { open.set(false); app::export_workspace(state); }>
                        "Workspace file (.conway.json)"</button>
                    <button type="button" role="menuitem" on:click=move |_| picture(ViewKind::System)>"Picture of the system view…"</button>
                    <button type="button" role="menuitem" on:click=move |_| picture(ViewKind::Org)>"Picture of the organisation view…"</button>
                    <button type="button" role="menuitem" on:click=move |_| { open.set(false); app::export_all_views(state); }>"Every view as SVG (.zip)"</button>
                    <button type="button" role="menuitem" on:click=move |_| { open.set(false); state.dialogs.share.set(true); }>"Share link…"</button>
                    <button type="button" role="menuitem" on:click=move |_| { open.set(false); app::publish_page(state); }>"Publish as a web page (.html)"</button>
                    <button type="button" role="menuitem" on:click=move |_| { open.set(false); app::print(state); }>"Print…"</button>
                </div>
            })}
        </div>
    }
}

#[component]
pub fn Header(theme: RwSignal<Theme>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let picker = NodeRef::<leptos::html::Input>::new();
    let name = move || state.doc.workspace.with(|ws| ws.name.clone());
    let status = move || match state.doc.save_status.get() {
        // A shared workspace is not saved until the user saves it: nothing is wrong.
        SaveStatus::Paused(why) if state.doc.shared.get() => {
            ("read-only", "Read-only".to_string(), why)
        }
        SaveStatus::Saved => ("saved", "Saved".to_string(), String::new()),
        SaveStatus::Saving => ("saving", "Saving…".to_string(), String::new()),
        SaveStatus::Failed(why) => ("failed", "Not saved".to_string(), why),
        SaveStatus::Paused(why) => ("failed", "Saving paused".to_string(), why),
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event
            .target()
            .unwrap_or_else(|| unreachable!())
            .unchecked_into();
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            app::import_file(state, file);
        }
        // Choosing the same file again must fire `change` again.
        input.set_value("");
    };
    let toggle_theme = move |_| {
        let next = theme.get_untracked().other();
        next.remember();
        theme.set(next);
    };
    view! {
        <header class="app-header">
            <div class="brand">
                <img src="/icons/icon.svg" alt="" width="24" height="24" />
                <span class="brand-name">"Conway"</span>
            </div>
            <h1 class="workspace-name">
                <button type="button" class="workspace-switcher" aria-haspopup="dialog" title="Workspaces: open, create, rename, duplicate, delete"
                    on:click=move |_| state.dialogs.workspaces.set(true)>
                    <span data-testid="workspace-name">{name}</span><span class="chevron" aria-hidden="true">"▾"</span>
                </button>
            </h1>
            <p class=move || format!("save-status {}", status().0) data-testid="save-status" role="status" title=move || status().2>
                {move || status().1}
            </p>
            <div class="history-actions">
                <button type="button" class="button icon" aria-label="Undo" {..keys_of(ActionId::Undo)}
                    prop:disabled=move || !state.doc.undo_redo.get().0 on:click=move |_| state.undo()>"↶"</button>
                <button type="button" class="button icon" aria-label="Redo" {..keys_of(ActionId::Redo)}
                    prop:disabled=move || !state.doc.undo_redo.get().1 on:click=move |_| state.redo()>"↷"</button>
            </div>
            <button type="button" class="button icon" class:active=move || state.session.snap_to_grid.get() aria-label="Snap to grid"
                title="Snap to grid" aria-pressed=move || state.session.snap_to_grid.get().to_string()
                on:click=move |_| state.session.snap_to_grid.update(|on| *on = !*on)>"#"</button>
            <button type="button" class="button lens-button" aria-pressed=move || state.session.lens_open.get().to_string()
                title="Compare the system map with the organisation map: dependencies between teams against their declared interactions"
                on:click=move |_| state.session.lens_open.update(|open| *open = !*open)>"Conway lens"</button>
            <ConcernPicker />
            <div class="header-actions">
                <input type="file" accept=".json,.conway.json,application/json,.svg,image/svg+xml,.png,image/png,.html,text/html" class="visually-hidden"
                    node_ref=picker on:change=on_pick data-testid="import-input" tabindex="-1" aria-hidden="true" />
                <button type="button" class="button" title="Import a .conway.json file or a picture exported by Conway (or drop it on the window)"
                    on:click=move |_| { if let Some(input) = picker.get() { input.click(); } }>"Import"</button>
                <ExportMenu />
                <a class="button example-file" href="/examples/northwind-retail.conway.json" download="Northwind Retail.conway.json"
                    title="Download the sample workspace file">"Example file"</a>
                <button type="button" class="button search-button" aria-label="Search" {..keys_of(ActionId::Search)}
                    on:click=move |_| state.dialogs.search.set(true)>"Search"<kbd>{ActionId::Search.primary_key()}</kbd></button>
                <button type="button" class="button icon" aria-label="Keyboard shortcuts" {..keys_of(ActionId::ToggleShortcuts)}
                    on:click=move |_| state.dialogs.shortcuts.set(true)>"?"</button>
                <button type="button" class="button icon" on:click=toggle_theme
                    aria-label=move || if theme.get() == Theme::Dark { "Switch to light theme" } else { "Switch to dark theme" }
                    title=move || if theme.get() == Theme::Dark { "Switch to light theme" } else { "Switch to dark theme" }>
                    {move || if theme.get() == Theme::Dark { "☀" } else { "☾" }}
                </button>
            </div>
        </header>
    }
}
