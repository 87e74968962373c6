//! Changing the open workspace: every change goes through `edit` as a command,
//! so it can be undone; gestures (a drag) are transactions. Components call
//! these methods and never touch the workspace themselves.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_edit::Command;
use conway_model::{ElementKind, Id, ViewKind, Workspace};

/// How far one arrow-key press moves the selection, in canvas units.
pub const NUDGE: f64 = 1.0;
/// With Shift held.
pub const BIG_NUDGE: f64 = 10.0;

impl AppState {
    /// Applies a command as its own undo step (or as part of the open gesture).
    /// A refused command changes nothing and says why.
    pub fn dispatch(&self, command: Command) -> bool {
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
        let mut result = Ok(());
        self.workspace.update(|ws| {
            self.history.update_value(|h| result = h.apply(ws, command));
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
        self.history.update_value(|h| h.begin(label));
        opened
    }

    pub fn commit_gesture(&self) {
        self.history.update_value(|h| h.commit());
        self.refresh_history();
    }

    /// Abandons the gesture in progress, putting everything back: the open
    /// undo step, and what a pointer is doing on either canvas (which then
    /// draws nothing of it).
    pub fn cancel_gesture(&self) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let gesture = self.gesture_signal(kind);
            if gesture.with_untracked(|g| !g.is_idle()) {
                // It asks to cancel: what this method does.
                gesture.update(|g| drop(g.handle(conway_editor::gesture::Input::Escape)));
            }
        }
        if self.in_gesture() {
            let changed = self.history.with_value(|h| h.gesture_changed_anything());
            if changed {
                self.workspace
                    .update(|ws| self.history.update_value(|h| h.cancel(ws)));
            } else {
                self.workspace
                    .update_untracked(|ws| self.history.update_value(|h| h.cancel(ws)));
            }
            self.refresh_history();
        }
    }

    /// Whether an undo step is open (a drag or resize joins it).
    pub fn in_gesture(&self) -> bool {
        self.history.with_value(|h| h.in_gesture())
    }

    /// Whether Escape has a gesture to cancel: an open undo step, or a
    /// pointer gesture on either canvas.
    pub fn gesture_in_progress(&self) -> bool {
        self.in_gesture()
            || [ViewKind::System, ViewKind::Org]
                .into_iter()
                .any(|kind| self.gesture_signal(kind).with_untracked(|g| !g.is_idle()))
    }

    pub fn undo(&self) {
        self.workspace.update(|ws| {
            self.history.update_value(|h| {
                h.undo(ws);
            })
        });
        self.refresh_history();
        self.forget_vanished_selection();
    }

    pub fn redo(&self) {
        self.workspace.update(|ws| {
            self.history.update_value(|h| {
                h.redo(ws);
            })
        });
        self.refresh_history();
        self.forget_vanished_selection();
    }

    pub(super) fn refresh_history(&self) {
        let flags = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.undo_redo.get_untracked() != flags {
            self.undo_redo.set(flags);
        }
    }

    fn forget_vanished_selection(&self) {
        self.ensure_views();
        let keep = self
            .workspace
            .with_untracked(|ws| match self.selection.get_untracked() {
                Some(Selection::Elements(ids)) => ids.iter().all(|id| ws.element(id).is_some()),
                Some(Selection::Decision(id)) => ws.decision(&id).is_some(),
                Some(Selection::Relationship(id)) => ws.relationship(&id).is_some(),
                None => true,
            });
        if !keep {
            self.selection.set(None);
        }
    }

    /// Moves the selected elements shown in a view (and what their boundaries
    /// contain) by a delta; part of the open gesture if there is one.
    pub fn move_selection(&self, kind: ViewKind, dx: f64, dy: f64) -> bool {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return false;
        };
        let elements = self
            .workspace
            .with_untracked(|ws| moving_set(ws, &view, &self.selected_elements_untracked()));
        if elements.is_empty() || (dx == 0.0 && dy == 0.0) {
            return false;
        }
        self.dispatch(Command::Move {
            view,
            elements,
            dx,
            dy,
        })
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
        if let Some(Selection::Relationship(id)) = self.selection.get_untracked() {
            self.delete_relationship(id);
            return;
        }
        let selected = self.selected_elements_untracked();
        let commands: Vec<Command> = [ViewKind::System, ViewKind::Org]
            .into_iter()
            .filter_map(|kind| {
                let view = self.view_signal(kind).get_untracked()?;
                let shown: Vec<Id> = self.workspace.with_untracked(|ws| {
                    let v = ws.view(&view)?;
                    Some(selected.iter().filter(|id| v.shows(id)).cloned().collect())
                })?;
                (!shown.is_empty()).then_some(Command::Hide {
                    view,
                    elements: shown,
                })
            })
            .collect();
        if !commands.is_empty() {
            self.dispatch_all("Remove from view", commands);
            self.selection.set(None);
        }
    }

    /// Ctrl+A: selects every element of a pane's current view.
    pub fn select_all(&self, kind: ViewKind) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let ids: Vec<Id> = self.workspace.with_untracked(|ws| {
            ws.view(&view)
                .map(|v| v.placements.iter().map(|p| p.element.clone()).collect())
                .unwrap_or_default()
        });
        if !ids.is_empty() {
            self.selection.set(Some(Selection::Elements(ids)));
        }
    }
}

/// The selected elements placed in `view`, plus everything inside selected
/// boundaries and departments placed there, so containers carry their children.
pub fn moving_set(ws: &Workspace, view: &Id, selected: &[Id]) -> Vec<Id> {
    let Some(v) = ws.view(view) else {
        return Vec::new();
    };
    let mut moving: Vec<Id> = selected.iter().filter(|id| v.shows(id)).cloned().collect();
    let mut i = 0;
    while i < moving.len() {
        let is_container = ws
            .element(&moving[i])
            .is_some_and(|e| ElementKind::is_container_of_others(e.kind));
        if is_container {
            let parent = moving[i].clone();
            for child in ws.children_of(&parent) {
                if v.shows(&child.id) && !moving.contains(&child.id) {
                    moving.push(child.id.clone());
                }
            }
        }
        i += 1;
    }
    moving
}

/// The size a new element of a kind gets, following the sample's conventions.
pub fn default_size(kind: ElementKind) -> (f64, f64) {
    match kind {
        ElementKind::Person => (180.0, 150.0),
        ElementKind::SystemBoundary | ElementKind::GroupBoundary | ElementKind::Department => {
            (520.0, 320.0)
        }
        ElementKind::Team => (280.0, 90.0),
        ElementKind::OrgPerson | ElementKind::Stakeholder => (200.0, 90.0),
        _ => (220.0, 120.0),
    }
}

/// A fresh id no record of the workspace uses: a stem and a random suffix.
pub(super) fn fresh_id(ws: &Workspace, stem: &str) -> Id {
    loop {
        let suffix = (js_sys::Math::random() * 1e9) as u64;
        let id = Id::new(format!("{stem}-{suffix:x}"));
        let taken = ws.element(&id).is_some()
            || ws.relationship(&id).is_some()
            || ws.view(&id).is_some()
            || ws.decision(&id).is_some()
            || ws.principle(&id).is_some()
            || ws.concern(&id).is_some()
            || ws.glossary.iter().any(|t| t.id == id);
        if !taken {
            return id;
        }
    }
}

impl AppState {
    /// Creates an element of `kind` centred on canvas point `at` in a pane's
    /// view, selects it, and returns its id. One undo step.
    pub fn create_element(
        &self,
        kind_of_pane: ViewKind,
        kind: ElementKind,
        at: (f64, f64),
    ) -> Option<Id> {
        let view = self.view_signal(kind_of_pane).get_untracked()?;
        let stem = format!("{kind:?}").to_lowercase();
        let id = self.workspace.with_untracked(|ws| fresh_id(ws, &stem));
        let (width, height) = default_size(kind);
        let element = conway_model::Element::new(
            id.clone(),
            kind,
            format!("New {}", kind.label().to_lowercase()),
        );
        let placement = conway_model::Placement {
            element: id.clone(),
            x: (at.0 - width / 2.0).round(),
            y: (at.1 - height / 2.0).round(),
            width,
            height,
            pinned: false,
        };
        self.dispatch_all(
            "Add element",
            vec![
                Command::AddElement { element },
                Command::Show {
                    view,
                    placements: vec![(usize::MAX, placement)],
                },
            ],
        );
        if self
            .workspace
            .with_untracked(|ws| ws.element(&id).is_none())
        {
            return None;
        }
        self.last_kind.set(Some(kind));
        self.selection
            .set(Some(Selection::Elements(vec![id.clone()])));
        Some(id)
    }

    /// Replaces an element's fields (rename, properties) as one undo step.
    pub fn update_element(&self, element: conway_model::Element) {
        let unchanged = self
            .workspace
            .with_untracked(|ws| ws.element(&element.id) == Some(&element));
        if !unchanged {
            self.dispatch(Command::UpdateElement { element });
        }
    }

    /// Renames an element; an empty name is refused with a message.
    pub fn rename_element(&self, id: &Id, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            self.show_error("Not renamed", "An element needs a name.");
            return;
        }
        if let Some(mut element) = self.workspace.with_untracked(|ws| ws.element(id).cloned()) {
            element.name = name.to_string();
            self.update_element(element);
        }
    }

    /// Deletes elements from the model (every view), with their relationships. One undo step.
    pub fn delete_from_model(&self, ids: Vec<Id>) {
        if self.dispatch(Command::Remove {
            elements: ids,
            relationships: Vec::new(),
        }) {
            self.selection.set(None);
        }
    }

    /// After a drag: each moved element now sits in the innermost boundary (or
    /// department) of this view that holds its centre, or in none if it was
    /// dragged out. Part of the drag's undo step.
    pub fn settle_parents(&self, kind: ViewKind) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let moved = self.selected_elements_untracked();
        let updates: Vec<conway_model::Element> = self.workspace.with_untracked(|ws| {
            let Some(v) = ws.view(&view) else {
                return Vec::new();
            };
            moved
                .iter()
                .filter_map(|id| {
                    let element = ws.element(id)?;
                    let (cx, cy) = v.placement(id)?.centre();
                    let inside = v
                        .placements
                        .iter()
                        .filter(|p| &p.element != id && p.contains_point(cx, cy))
                        .filter(|p| {
                            ws.element(&p.element).is_some_and(|c| {
                                c.kind.is_container_of_others() && c.side() == element.side()
                            })
                        })
                        .filter(|p| !moved.contains(&p.element))
                        .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
                        .map(|p| p.element.clone());
                    // A parent not drawn in this view is kept: this view cannot tell.
                    let parent_here = element.parent.as_ref().is_none_or(|p| v.shows(p));
                    (parent_here && inside != element.parent).then(|| conway_model::Element {
                        parent: inside,
                        ..element.clone()
                    })
                })
                .collect()
        });
        for element in updates {
            let _ = self.try_dispatch(Command::UpdateElement { element });
        }
    }
}
