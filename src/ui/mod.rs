//! Leptos components: markup and event wiring only. They read `app::AppState`
//! and call `app` functions; they never change a workspace themselves.

mod canvas;
mod decisions;
mod org;
mod panel;
mod shell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{self, AppState};
use conway_model::ViewKind;

pub fn mount() {
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    // A share link in the address opens that workspace read-only, touching
    // no storage; a link that cannot be opened says why over the user's own.
    let state = match app::open_shared_link() {
        Some(Ok(workspace)) => {
            let state = AppState::new(conway_model::Workspace::default());
            app::show_shared(state, workspace);
            state
        }
        refused => {
            let initial = app::initial_workspace();
            let state = AppState::new(initial.workspace);
            state.doc.slot.set(initial.slot);
            state.doc.revision.set(initial.revision);
            state.doc.save_status.set(initial.status);
            state.dialogs.notice.set(initial.notice);
            if let Some(Err(reason)) = refused {
                state.show_error(
                    "This share link could not be opened",
                    format!("{reason}\nYour own workspaces are open, unchanged."),
                );
            }
            state
        }
    };
    provide_context(state);
    shell::menu::OpenMenu::provide();
    app::start_autosave(state);
    app::accept_launches(state);
    let theme = RwSignal::new(app::Theme::initial());
    app::follow_system_theme(theme);
    Effect::new(move |_| app::apply_theme(theme.get()));

    // A workspace file dropped anywhere on the window is imported.
    let drag_over = window_event_listener(leptos::ev::dragover, |event| event.prevent_default());
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        event.prevent_default();
        if let Some(file) = event
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            app::import_file(state, file);
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |event| {
        let typing = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.is_content_editable()
            });
        // Space and Enter belong to a focused button or link.
        let on_control = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "A" | "SUMMARY"));
        if typing || (on_control && matches!(event.key().as_str(), " " | "Enter")) {
            return;
        }
        if app::handle_key(state, &app::key_press(&event)) {
            event.prevent_default();
        }
    });
    // Copy, cut and paste go through the system clipboard as workspace files;
    // inside text fields they are the field's own.
    let in_field = |event: &web_sys::Event| {
        event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA") || el.is_content_editable()
            })
    };
    let copy_to = move |event: &web_sys::ClipboardEvent| -> bool {
        match (state.copy_selection(), event.clipboard_data()) {
            (Some(text), Some(data)) => {
                let _ = data.set_data("text/plain", &text);
                event.prevent_default();
                true
            }
            _ => false,
        }
    };
    let copy = window_event_listener(leptos::ev::copy, move |event| {
        if !in_field(&event) {
            copy_to(&event);
        }
    });
    let cut = window_event_listener(leptos::ev::cut, move |event| {
        if !in_field(&event) && copy_to(&event) {
            state.hide_selection();
        }
    });
    let paste = window_event_listener(leptos::ev::paste, move |event| {
        if in_field(&event) {
            return;
        }
        let text = event
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
            .unwrap_or_default();
        if state.paste(&text, state.session.active_pane.get_untracked(), None) {
            event.prevent_default();
        }
    });
    let link = window_event_listener(leptos::ev::hashchange, move |_| {
        app::follow_shared_link(state)
    });
    let space_up = window_event_listener(leptos::ev::keyup, move |event| {
        if event.key() == " " {
            state.session.space_held.set(false);
        }
    });
    on_cleanup(move || {
        copy.remove();
        cut.remove();
        paste.remove();
        space_up.remove();
        link.remove();
        drag_over.remove();
        drop.remove();
        keys.remove();
    });

    view! {
        <shell::header::Header theme=theme />
        <shell::share::SharedBanner />
        <shell::notice::NoticeBar />
        <main class="workspace" class:panel-hidden=move || !state.session.panel_shown.get()>
            <div class="panes" class:single=move || state.session.layout.get() != conway_editor::session::PaneLayout::Both>
                <canvas::pane::Pane kind=ViewKind::System />
                <canvas::pane::Pane kind=ViewKind::Org />
            </div>
            <panel::details::SidePanel />
        </main>
        <shell::shortcuts::ShortcutsOverlay />
        <shell::workspaces::WorkspaceList />
        <decisions::new_decision::NewDecisionDialog />
        <org::stakeholder_grid::StakeholderGrid />
        <shell::search::SearchDialog />
        <shell::export_picture::ExportPictureDialog theme=theme />
        <shell::share::ShareDialog />
        <shell::print::PrintDocument />
    }
}
