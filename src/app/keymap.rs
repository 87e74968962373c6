//! Keyboard shortcuts of the canvas, in one table-like function, so the
//! shortcuts overlay and the tooltips can name the same keys.

use leptos::prelude::*;

use super::{AppState, BIG_NUDGE, NUDGE};

/// A key press as the keymap sees it (`ctrl` is Ctrl or Cmd).
pub struct Keys<'a> {
    pub key: &'a str,
    pub ctrl: bool,
    pub shift: bool,
}

/// Acts on a shortcut; returns whether the key was used (so the browser's own
/// action must not run).
pub fn handle_key(state: AppState, keys: Keys) -> bool {
    let step = if keys.shift { BIG_NUDGE } else { NUDGE };
    match (keys.key, keys.ctrl, keys.shift) {
        ("Escape", _, _) => {
            if state.in_gesture() {
                state.cancel_gesture();
            } else {
                state.selection.set(None);
            }
        }
        ("z" | "Z", true, false) => state.undo(),
        ("z" | "Z", true, true) | ("y" | "Y", true, false) => state.redo(),
        ("a" | "A", true, false) => state.select_all(state.active_pane.get_untracked()),
        ("Delete" | "Backspace", false, _) => state.hide_selection(),
        ("ArrowLeft", false, _) => state.nudge_selection(-step, 0.0),
        ("ArrowRight", false, _) => state.nudge_selection(step, 0.0),
        ("ArrowUp", false, _) => state.nudge_selection(0.0, -step),
        ("ArrowDown", false, _) => state.nudge_selection(0.0, step),
        _ => return false,
    }
    true
}
