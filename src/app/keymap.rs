//! What each action of the keyboard does. Which key means which action, and
//! the texts naming the keys, are in `editor::actions`; this module only
//! carries actions out on the app's state.

use leptos::prelude::*;

use super::{AppState, Selection, BIG_NUDGE, NUDGE};
use conway_editor::actions::{ActionId, Context, KeyPress, Reach};
use conway_editor::session::ZoomAction;

/// A browser key event as the actions table reads it (`ctrl` is Ctrl or Cmd).
pub fn key_press(event: &web_sys::KeyboardEvent) -> KeyPress {
    KeyPress {
        key: event.key(),
        code: event.code(),
        ctrl: event.ctrl_key() || event.meta_key(),
        shift: event.shift_key(),
        alt: event.alt_key(),
    }
}

/// Acts on a key pressed on the page; returns whether it meant an action (so
/// the browser's own must not run).
pub fn handle_key(state: AppState, press: &KeyPress) -> bool {
    match ActionId::for_keys(press, page_context(state)) {
        Some(action) => {
            perform(state, action);
            true
        }
        None => false,
    }
}

/// Behind a dialog the canvas does not react.
fn page_context(state: AppState) -> Context {
    if state.dialogs.shortcuts.get_untracked() {
        Context::ShortcutsList
    } else if state.dialogs.search.get_untracked()
        || state.dialogs.workspaces.get_untracked()
        || state.dialogs.new_decision.get_untracked()
        || state.dialogs.stakeholder_grid.get_untracked()
        || state.dialogs.share.get_untracked()
        || state.dialogs.export_picture.get_untracked().is_some()
    {
        Context::Dialog
    } else {
        Context::Canvas
    }
}

/// Does what an action says.
pub fn perform(state: AppState, action: ActionId) {
    let pane = state.session.active_pane.get_untracked();
    match action {
        ActionId::CloseDialog => close_dialogs(state),
        ActionId::Cancel => cancel(state),
        ActionId::Undo => state.undo(),
        ActionId::Redo => state.redo(),
        ActionId::SelectAll => state.select_all(pane),
        ActionId::HoldToPan => state.session.space_held.set(true),
        ActionId::Search => state.dialogs.search.set(true),
        ActionId::CopyPicture => state.copy_picture(
            state.session.active_pane.get_untracked(),
            super::PictureChoice::for_clipboard(),
        ),
        ActionId::Print => super::print(state),
        ActionId::MaximisePane => state.toggle_maximised(pane),
        ActionId::ToggleSidePanel => state.toggle_side_panel(),
        ActionId::AddKind(key) => {
            if let Some(kind) = conway_editor::elements::kind_for_key(pane.side(), key) {
                state.add_in_middle(pane, kind);
            }
        }
        ActionId::Duplicate => state.duplicate_selection(),
        ActionId::ToggleShortcuts => state.dialogs.shortcuts.update(|open| *open = !*open),
        ActionId::ZoomToFit => zoom(state, ZoomAction::Fit),
        ActionId::ResetZoom => zoom(state, ZoomAction::Reset),
        ActionId::ZoomIn => zoom(state, ZoomAction::In),
        ActionId::ZoomOut => zoom(state, ZoomAction::Out),
        ActionId::AutoLayout => state.auto_layout(pane),
        ActionId::TogglePins => state.toggle_pins(pane),
        ActionId::Remove => state.hide_selection(),
        ActionId::Rename => rename_selected(state),
        ActionId::Nudge(direction, reach) => {
            let step = match reach {
                Reach::Step => NUDGE,
                Reach::Far => BIG_NUDGE,
            };
            let (x, y) = direction.unit();
            state.nudge_selection(x * step, y * step);
        }
    }
}

fn close_dialogs(state: AppState) {
    state.dialogs.shortcuts.set(false);
    state.dialogs.search.set(false);
    state.dialogs.workspaces.set(false);
    state.dialogs.new_decision.set(false);
    state.dialogs.stakeholder_grid.set(false);
    state.dialogs.share.set(false);
    state.dialogs.export_picture.set(None);
}

/// Escape undoes the most recent thing under way, one at a time.
fn cancel(state: AppState) {
    if state.gesture_in_progress() {
        state.cancel_gesture();
    } else if state.session.layout_run.get_untracked().is_some() {
        state.cancel_layout();
    } else if state.session.picking_links.get_untracked().is_some() {
        state.session.picking_links.set(None);
    } else if state.session.lens_open.get_untracked()
        && state.session.selection.get_untracked().is_none()
    {
        state.session.lens_open.set(false);
    } else {
        state.session.selection.set(None);
    }
}

/// Opens the in-place name field of the one selected element.
fn rename_selected(state: AppState) {
    if let Some(Selection::Elements(ids)) = state.session.selection.get_untracked() {
        if let [id] = ids.as_slice() {
            state.session.renaming.set(Some(id.clone()));
        }
    }
}

fn zoom(state: AppState, action: ZoomAction) {
    state.zoom(state.session.active_pane.get_untracked(), action);
}
