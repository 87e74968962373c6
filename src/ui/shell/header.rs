//! The top bar: workspace name, save status, import, export, theme.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{self, AppState, SaveStatus, Theme};
use crate::ui::org::concern_lens::ConcernPicker;
use crate::ui::shell::menu::MenuButton;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_model::ViewKind;

/// Export: the workspace file, pictures, a share link, the published page, print.
#[component]
fn ExportMenu() -> impl IntoView {
    let state = expect_context::<AppState>();
    let picture = move |kind: ViewKind| state.dialogs.export_picture.set(Some(kind));
    view! {
        <MenuButton label="Export" face=|| "Export" button_class="primary" menu_class="end">
            <button type="button" role="menuitem" on:click=move |_| app::export_workspace(state)>
                "Workspace file (.conway.json)"</button>
            <button type="button" role="menuitem" on:click=move |_| picture(ViewKind::System)>"Picture of the system view…"</button>
            <button type="button" role="menuitem" on:click=move |_| picture(ViewKind::Org)>"Picture of the organisation view…"</button>
            <button type="button" role="menuitem" on:click=move |_| app::export_all_views(state)>"Every view as SVG (.zip)"</button>
            <button type="button" role="menuitem" on:click=move |_| state.dialogs.share.set(true)>"Share link…"</button>
            <button type="button" role="menuitem" on:click=move |_| app::publish_page(state)>"Publish as a web page (.html)"</button>
            <button type="button" role="menuitem" on:click=move |_| app::print(state)>"Print…"</button>
        </MenuButton>
    }
}

/// What the header keeps out of sight: grid snapping, the shortcuts and the
/// sample file.
#[component]
fn MoreMenu(#[prop(into)] import: Callback<()>) -> impl IntoView {
    let import = move || import.run(());
    let state = expect_context::<AppState>();
    let snap = state.session.snap_to_grid;
    let lens = state.session.lens_open;
    view! {
        <MenuButton label="More" button_label="More" face=|| "⋯" button_class="icon" menu_class="end">
            // In the header itself when the window is wide enough.
            <button type="button" role="menuitem" class="narrow-only" on:click=move |_| import()>"Import…"</button>
            <button type="button" role="menuitemcheckbox" class="narrow-only" aria-checked=move || lens.get().to_string()
                on:click=move |_| lens.update(|open| *open = !*open)>
                <span class="check" aria-hidden="true">{move || if lens.get() { "✓" } else { "" }}</span>"Conway lens"</button>
            <button type="button" role="menuitemcheckbox" aria-checked=move || snap.get().to_string()
                on:click=move |_| snap.update(|on| *on = !*on)>
                <span class="check" aria-hidden="true">{move || if snap.get() { "✓" } else { "" }}</span>"Snap to grid"</button>
            <button type="button" role="menuitem" {..keys_of(ActionId::ToggleShortcuts)}
                on:click=move |_| state.dialogs.shortcuts.set(true)>"Keyboard shortcuts"</button>
            <a role="menuitem" href="/examples/northwind-retail.conway.json" download="Northwind Retail.conway.json"
                title="Download the sample workspace file">"Download the sample workspace"</a>
        </MenuButton>
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
            <button type="button" class="button lens-button" aria-pressed=move || state.session.lens_open.get().to_string()
                title="Compare the system map with the organisation map: dependencies between teams against their declared interactions"
                on:click=move |_| state.session.lens_open.update(|open| *open = !*open)>"Conway lens"</button>
            <ConcernPicker />
            <crate::ui::shell::room::RoomControls />
            <div class="header-actions">
                <input type="file" accept=".json,.conway.json,application/json,.svg,image/svg+xml,.png,image/png,.html,text/html" class="visually-hidden"
                    node_ref=picker on:change=on_pick data-testid="import-input" tabindex="-1" aria-hidden="true" />
                <button type="button" class="button import-button" title="Import a .conway.json file or a picture exported by Conway (or drop it on the window)"
                    on:click=move |_| { if let Some(input) = picker.get() { input.click(); } }>"Import"</button>
                <ExportMenu />
                <button type="button" class="button search-button" aria-label="Search" {..keys_of(ActionId::Search)}
                    on:click=move |_| state.dialogs.search.set(true)>"Search"<kbd>{ActionId::Search.primary_key()}</kbd></button>
                <MoreMenu import=move || { if let Some(input) = picker.get() { input.click(); } } />
                <button type="button" class="button icon" on:click=toggle_theme
                    aria-label=move || if theme.get() == Theme::Dark { "Switch to light theme" } else { "Switch to dark theme" }
                    title=move || if theme.get() == Theme::Dark { "Switch to light theme" } else { "Switch to dark theme" }>
                    {move || if theme.get() == Theme::Dark { "☀" } else { "☾" }}
                </button>
            </div>
        </header>
    }
}
