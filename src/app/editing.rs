//! Changing the open workspace: every change goes through `edit` as a command,
//! so it can be undone; gestures (a drag) are transactions. Components call
//! these methods and never touch the workspace themselves.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_edit::{Command, ViewCommand};
use conway_editor::elements::moving_set;
use conway_model::{Id, ViewKind};

/// How far one arrow-key press moves the selection, in canvas units.
pub const NUDGE: f64 = 1.0;
/// With Shift held.
pub const BIG_NUDGE: f64 = 10.0;

impl AppState {
    /// Applies a command as its own undo step (or as part of the open gesture).
    /// A refused command changes nothing and says why.
    pub fn dispatch(&self, command: Command) -> bool {
        if self.read_only_refusal() {
            return false;
        }
        match self.try_dispatch(command) {
            Ok(()) => true,
            Err(error) => {
                self.show_error("That change was not made", error.to_string());
                false
            }
        }
    }

    /// Like `dispatch`, but a refusal is returned, not shown (a drag that
    /// reaches the edge of the canvas simply stops there).
    pub fn try_dispatch(&self, command: Command) -> Result<(), conway_edit::EditError> {
        // A shared workspace shown read-only changes nowhere (the notice says so).
        if self.read_only_refusal() {
            return Ok(());
        }
        let mut result = Ok(());
        self.doc.workspace.update(|ws| {
            self.doc
                .history
                .update_value(|h| result = h.apply(ws, command));
        });
        self.refresh_history();
        result
    }

    /// Applies several commands as one undo step (or as part of the open
    /// gesture); all or nothing. True if all were applied.
    pub fn dispatch_all(&self, label: &'static str, commands: Vec<Command>) -> bool {
        let opened = self.begin_gesture(label);
        for command in commands {
            if !self.dispatch(command) {
                if opened {
                    self.cancel_gesture();
                }
                return false;
            }
        }
        if opened {
            self.commit_gesture();
        }
        true
    }

    /// Starts a gesture; returns false if one was already open (the caller then
    /// joins it and must not commit or cancel it).
    pub fn begin_gesture(&self, label: &'static str) -> bool {
        let opened = !self.in_gesture();
        self.doc.history.update_value(|h| h.begin(label));
        opened
    }

    pub fn commit_gesture(&self) {
        self.doc.history.update_value(|h| h.commit());
        self.refresh_history();
    }

    /// Abandons the gesture in progress, putting everything back: the open
    /// undo step, and what a pointer is doing on either canvas (which then
    /// draws nothing of it).
    pub fn cancel_gesture(&self) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let gesture = self.session.pane(kind).gesture;
            if gesture.with_untracked(|g| !g.is_idle()) {
                // It asks to cancel: what this method does.
                gesture.update(|g| drop(g.handle(conway_editor::gesture::Input::Escape)));
            }
        }
        if self.in_gesture() {
            let changed = self
                .doc
                .history
                .with_value(|h| h.gesture_changed_anything());
            if changed {
                self.doc
                    .workspace
                    .update(|ws| self.doc.history.update_value(|h| h.cancel(ws)));
            } else {
                self.doc
                    .workspace
                    .update_untracked(|ws| self.doc.history.update_value(|h| h.cancel(ws)));
            }
            self.refresh_history();
        }
    }

    /// Whether an undo step is open (a drag or resize joins it).
    pub fn in_gesture(&self) -> bool {
        self.doc.history.with_value(|h| h.in_gesture())
    }

    /// Whether Escape has a gesture to cancel: an open undo step, or a
    /// pointer gesture on either canvas.
    pub fn gesture_in_progress(&self) -> bool {
        self.in_gesture()
            || [ViewKind::System, ViewKind::Org].into_iter().any(|kind| {
                self.session
                    .pane(kind)
                    .gesture
                    .with_untracked(|g| !g.is_idle())
            })
    }

    pub fn undo(&self) {
        self.doc.workspace.update(|ws| {
            self.doc.history.update_value(|h| {
                h.undo(ws);
            })
        });
        self.refresh_history();
        self.forget_vanished_selection();
    }

    pub fn redo(&self) {
        self.doc.workspace.update(|ws| {
            self.doc.history.update_value(|h| {
                h.redo(ws);
            })
        });
        self.refresh_history();
        self.forget_vanished_selection();
    }

    pub(super) fn refresh_history(&self) {
        let flags = self
            .doc
            .history
            .with_value(|h| (h.can_undo(), h.can_redo()));
        if self.doc.undo_redo.get_untracked() != flags {
            self.doc.undo_redo.set(flags);
        }
    }

    fn forget_vanished_selection(&self) {
        self.ensure_views();
        let keep =
            self.doc
                .workspace
                .with_untracked(|ws| match self.session.selection.get_untracked() {
                    Some(Selection::Elements(ids)) => ids.iter().all(|id| ws.element(id).is_some()),
                    Some(Selection::Decision(id)) => ws.decision(&id).is_some(),
                    Some(Selection::Relationship(id)) => ws.relationship(&id).is_some(),
                    None => true,
                });
        if !keep {
            self.session.selection.set(None);
        }
    }

    /// Moves the selected elements shown in a view (and what their boundaries
    /// contain) by a delta; part of the open gesture if there is one.
    pub fn move_selection(&self, kind: ViewKind, dx: f64, dy: f64) -> bool {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return false;
        };
        let elements = self
            .doc
            .workspace
            .with_untracked(|ws| moving_set(ws, &view, &self.selected_elements_untracked()));
        if elements.is_empty() || (dx == 0.0 && dy == 0.0) {
            return false;
        }
        self.dispatch(
            ViewCommand::Move {
                view,
                elements,
                dx,
                dy,
            }
            .into(),
        )
    }

    /// Arrow keys: moves the selection in every pane that shows it, as one step.
    pub fn nudge_selection(&self, dx: f64, dy: f64) {
        let opened = self.begin_gesture("Move");
        for kind in [ViewKind::System, ViewKind::Org] {
            self.move_selection(kind, dx, dy);
        }
        if opened {
            self.commit_gesture();
        }
    }

    /// Delete: removes the selected elements from the views on screen (the
    /// model keeps them); a selected relationship is deleted.
    pub fn hide_selection(&self) {
        if let Some(Selection::Relationship(id)) = self.session.selection.get_untracked() {
            self.delete_relationship(id);
            return;
        }
        let selected = self.selected_elements_untracked();
        let commands: Vec<Command> = [ViewKind::System, ViewKind::Org]
            .into_iter()
            .filter_map(|kind| {
                let view = self.view_signal(kind).get_untracked()?;
                let shown: Vec<Id> = self.doc.workspace.with_untracked(|ws| {
                    let v = ws.view(&view)?;
                    Some(selected.iter().filter(|id| v.shows(id)).cloned().collect())
                })?;
                (!shown.is_empty()).then_some(
                    ViewCommand::Hide {
                        view,
                        elements: shown,
                    }
                    .into(),
                )
            })
            .collect();
        if !commands.is_empty() {
            self.dispatch_all("Remove from view", commands);
            self.session.selection.set(None);
        }
    }

    /// Ctrl+A: selects every element of a pane's current view.
    pub fn select_all(&self, kind: ViewKind) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let ids: Vec<Id> = self.doc.workspace.with_untracked(|ws| {
            ws.view(&view)
                .map(|v| v.placements.iter().map(|p| p.element.clone()).collect())
                .unwrap_or_default()
        });
        if !ids.is_empty() {
            self.session.selection.set(Some(Selection::Elements(ids)));
        }
    }
}
