//! Creating, renaming and deleting elements, and settling a dragged
//! element into the boundary it was dropped in. What the results are is the
//! editor core's (`conway_editor::elements`); this turns them into commands.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_edit::{ModelCommand, ViewCommand};
use conway_editor::elements;
use conway_model::{ElementKind, Id, ViewKind, Workspace};

/// A fresh id no record of the workspace uses, with a random suffix.
pub(super) fn fresh_id(ws: &Workspace, stem: &str) -> Id {
    elements::fresh_id(ws, stem, || (js_sys::Math::random() * 1e9) as u64)
}

impl AppState {
    /// Creates an element of `kind` centred on canvas point `at` in a pane's
    /// view, selects it, and returns its id. One undo step.
    /// The middle of the free spot nearest `centre` in `pane`'s view for a
    /// new element of `kind` (a palette click: each new one beside the last).
    pub fn free_spot(&self, pane: ViewKind, kind: ElementKind, centre: (f64, f64)) -> (f64, f64) {
        let size = elements::default_size(kind);
        let Some(view) = self.view_signal(pane).get_untracked() else {
            return centre;
        };
        self.doc.workspace.with_untracked(|ws| {
            ws.view(&view).map_or(centre, |v| {
                let (x, y) = elements::free_spot(ws, v, size, centre);
                (x + size.0 / 2.0, y + size.1 / 2.0)
            })
        })
    }

    /// Adds an element of `kind` at the free spot nearest the middle of
    /// `pane` (a palette click, or the kind's letter) and starts renaming it.
    pub fn add_in_middle(&self, pane: ViewKind, kind: ElementKind) {
        let p = self.session.pane(pane);
        let (w, h) = p.screen.get_untracked();
        let centre = p.camera.get_untracked().to_canvas(w / 2.0, h / 2.0);
        let at = self.free_spot(pane, kind, centre);
        if let Some(id) = self.create_element(pane, kind, at) {
            self.session.renaming.set(Some(id));
        }
    }

    pub fn create_element(
        &self,
        kind_of_pane: ViewKind,
        kind: ElementKind,
        at: (f64, f64),
    ) -> Option<Id> {
        let view = self.view_signal(kind_of_pane).get_untracked()?;
        let stem = format!("{kind:?}").to_lowercase();
        let id = self.doc.workspace.with_untracked(|ws| fresh_id(ws, &stem));
        let (width, height) = elements::default_size(kind);
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
                ModelCommand::AddElement { element }.into(),
                ViewCommand::Show {
                    view,
                    placements: vec![(usize::MAX, placement)],
                }
                .into(),
            ],
        );
        if self
            .doc
            .workspace
            .with_untracked(|ws| ws.element(&id).is_none())
        {
            return None;
        }
        self.session.last_kind.set(Some(kind));
        self.session
            .selection
            .set(Some(Selection::Elements(vec![id.clone()])));
        Some(id)
    }

    /// Replaces an element's fields (rename, properties) as one undo step.
    pub fn update_element(&self, element: conway_model::Element) {
        let unchanged = self
            .doc
            .workspace
            .with_untracked(|ws| ws.element(&element.id) == Some(&element));
        if !unchanged {
            self.dispatch(ModelCommand::UpdateElement { element }.into());
        }
    }

    /// Renames an element; an empty name is refused with a message.
    pub fn rename_element(&self, id: &Id, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            self.show_error("Not renamed", "An element needs a name.");
            return;
        }
        if let Some(mut element) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.element(id).cloned())
        {
            element.name = name.to_string();
            self.update_element(element);
        }
    }

    /// Deletes elements from the model (every view), with their relationships. One undo step.
    pub fn delete_from_model(&self, ids: Vec<Id>) {
        if self.dispatch(
            ModelCommand::Remove {
                elements: ids,
                relationships: Vec::new(),
            }
            .into(),
        ) {
            self.session.selection.set(None);
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
        let updates = self
            .doc
            .workspace
            .with_untracked(|ws| elements::settled_parents(ws, &view, &moved));
        for element in updates {
            let _ = self.try_dispatch(ModelCommand::UpdateElement { element }.into());
        }
    }
}
