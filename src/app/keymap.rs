//! Keyboard shortcuts of the canvas, in one table-like function, so the
//! shortcuts overlay and the tooltips can name the same keys.

use leptos::prelude::*;

use super::{AppState, BIG_NUDGE, NUDGE};

/// A key press as the keymap sees it (`ctrl` is Ctrl or Cmd).
pub struct Keys<'a> {
    pub key: &'a str,
    /// The physical key ("Digit1"), for shortcuts that must not depend on the layout.
    pub code: &'a str,
    pub ctrl: bool,
    pub shift: bool,
}

/// What a pane's camera should do; the pane that owns the camera carries it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoomAction {
    Fit,
    Reset,
    In,
    Out,
}

/// Every shortcut, for the `?` overlay: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    (
        "Click / Shift+click",
        "Select / add to or remove from the selection",
    ),
    ("Drag an element", "Move the selection (Escape cancels)"),
    (
        "Drag empty canvas (Shift: add)",
        "Select the elements inside the rectangle",
    ),
    ("Space+drag, middle-drag, two-finger scroll", "Pan"),
    ("Wheel / Ctrl+wheel", "Zoom around the pointer"),
    ("Arrow keys (Shift: ×10)", "Nudge the selection"),
    (
        "Double-click empty canvas",
        "Add another element of the last kind",
    ),
    ("Double-click, Enter or F2", "Rename the selected element"),
    ("Delete / Backspace", "Remove the selection from the view"),
    ("Ctrl/Cmd+A", "Select everything in the view"),
    ("Ctrl/Cmd+C, X, V", "Copy, cut, paste (between tabs too)"),
    ("Ctrl/Cmd+D", "Duplicate the selection"),
    ("Ctrl/Cmd+Z", "Undo"),
    ("Ctrl/Cmd+Shift+Z, Ctrl+Y", "Redo"),
    ("Shift+1", "Zoom to fit"),
    ("Shift+0", "Reset zoom to 100%"),
    (
        "Shift+L",
        "Auto-layout the view (or the selection); pinned elements stay",
    ),
    ("Shift+P", "Pin or unpin the selection"),
    ("+ / −", "Zoom in / out"),
    (
        "Escape",
        "Cancel the gesture or a running layout, or clear the selection",
    ),
    ("Ctrl/Cmd+K or /", "Search elements and decisions"),
    ("?", "Show or hide this list"),
];

/// Acts on a shortcut; returns whether the key was used (so the browser's own
/// action must not run).
pub fn handle_key(state: AppState, keys: Keys) -> bool {
    let step = if keys.shift { BIG_NUDGE } else { NUDGE };
    let dialog_open = state.shortcuts_open.get_untracked()
        || state.search_open.get_untracked()
        || state.workspaces_open.get_untracked()
        || state.new_decision_open.get_untracked()
        || state.stakeholder_grid_open.get_untracked();
    // Behind a dialog the canvas does not react: only closing keys count.
    let closes = keys.key == "Escape" || (keys.key == "?" && state.shortcuts_open.get_untracked());
    if dialog_open && !closes {
        return false;
    }
    match (keys.key, keys.ctrl, keys.shift) {
        ("Escape", _, _) => {
            if dialog_open {
                state.shortcuts_open.set(false);
                state.search_open.set(false);
                state.workspaces_open.set(false);
                state.new_decision_open.set(false);
                state.stakeholder_grid_open.set(false);
            } else if state.gesture_in_progress() {
                state.cancel_gesture();
            } else if state.layout_run.get_untracked().is_some() {
                state.cancel_layout();
            } else if state.picking_links.get_untracked().is_some() {
                state.picking_links.set(None);
            } else if state.lens_open.get_untracked() && state.selection.get_untracked().is_none() {
                state.lens_open.set(false);
            } else {
                state.selection.set(None);
            }
        }
        ("z" | "Z", true, false) => state.undo(),
        ("z" | "Z", true, true) | ("y" | "Y", true, false) => state.redo(),
        ("a" | "A", true, false) => state.select_all(state.active_pane.get_untracked()),
        (" ", false, _) => state.space_held.set(true),
        ("k" | "K", true, false) | ("/", false, _) => state.search_open.set(true),
        ("d" | "D", true, false) => state.duplicate_selection(),
        ("?", false, _) => state.shortcuts_open.update(|open| *open = !*open),
        (_, false, true) if keys.code == "Digit1" => zoom(state, ZoomAction::Fit),
        (_, false, true) if keys.code == "Digit0" => zoom(state, ZoomAction::Reset),
        (_, false, true) if keys.code == "KeyL" => {
            state.auto_layout(state.active_pane.get_untracked())
        }
        (_, false, true) if keys.code == "KeyP" => {
            state.toggle_pins(state.active_pane.get_untracked())
        }
        ("+" | "=", false, _) => zoom(state, ZoomAction::In),
        ("-", false, false) => zoom(state, ZoomAction::Out),
        ("Delete" | "Backspace", false, _) => state.hide_selection(),
        ("ArrowLeft", false, _) => state.nudge_selection(-step, 0.0),
        ("ArrowRight", false, _) => state.nudge_selection(step, 0.0),
        ("ArrowUp", false, _) => state.nudge_selection(0.0, -step),
        ("ArrowDown", false, _) => state.nudge_selection(0.0, step),
        _ => return false,
    }
    true
}

fn zoom(state: AppState, action: ZoomAction) {
    state
        .zoom_request
        .set(Some((state.active_pane.get_untracked(), action)));
}
