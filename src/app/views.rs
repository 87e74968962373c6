//! Managing views: create, rename, duplicate, delete, and adding an existing
//! element of the model to a view. Each is one undo step.

use leptos::prelude::*;

use super::elements::fresh_id;
use super::AppState;
use conway_edit::ViewCommand;
use conway_editor::elements::default_size;
use conway_model::{Id, Placement, View, ViewKind};

impl AppState {
    /// Adds an empty view of a pane's kind after the current one and shows it.
    pub fn add_view(&self, kind: ViewKind) {
        let (id, index, name) = self.doc.workspace.with_untracked(|ws| {
            let count = ws.views_of(kind).count() + 1;
            let index = self
                .view_signal(kind)
                .get_untracked()
                .and_then(|c| ws.views.iter().position(|v| v.id == c))
                .map_or(ws.views.len(), |i| i + 1);
            (
                fresh_id(ws, "view"),
                index,
                format!(
                    "{} view {count}",
                    if kind == ViewKind::System {
                        "System"
                    } else {
                        "Organisation"
                    }
                ),
            )
        });
        if self.dispatch(
            ViewCommand::AddView {
                index,
                view: View::new(id.clone(), kind, name),
            }
            .into(),
        ) {
            self.view_signal(kind).set(Some(id));
        }
    }

    pub fn rename_view(&self, id: &Id, name: &str) {
        let Some(description) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.view(id).map(|v| v.description.clone()))
        else {
            return;
        };
        if name.trim().is_empty() {
            self.show_error("Not renamed", "A view needs a name.");
            return;
        }
        self.dispatch(
            ViewCommand::UpdateView {
                id: id.clone(),
                name: name.trim().to_string(),
                description,
            }
            .into(),
        );
    }

    /// Copies a view with all its positions, right after it, and shows the copy.
    pub fn duplicate_view(&self, id: &Id) {
        let copy = self.doc.workspace.with_untracked(|ws| {
            let index = ws.views.iter().position(|v| &v.id == id)?;
            let mut view = ws.views[index].clone();
            view.id = fresh_id(ws, "view");
            view.name = format!("{} (copy)", view.name)
                .chars()
                .take(conway_model::MAX_NAME)
                .collect();
            Some((index + 1, view))
        });
        if let Some((index, view)) = copy {
            let (kind, new_id) = (view.kind, view.id.clone());
            if self.dispatch(ViewCommand::AddView { index, view }.into()) {
                self.view_signal(kind).set(Some(new_id));
            }
        }
    }

    /// Deletes a view (the model keeps its elements) and shows a neighbour.
    pub fn delete_view(&self, id: &Id) {
        if self.dispatch(ViewCommand::RemoveView { id: id.clone() }.into()) {
            self.ensure_views();
        }
    }

    /// Adds an element the model already holds to a pane's view, in the middle of what is on screen.
    pub fn show_in_view(&self, kind: ViewKind, element: &Id, at: (f64, f64)) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let Some(element_kind) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.element(element).map(|e| e.kind))
        else {
            return;
        };
        let (width, height) = default_size(element_kind);
        // Beside an element it has a relationship with, if one is in the
        // view; else in the middle of the screen; either way on free ground.
        let (taken, neighbour) = self.doc.workspace.with_untracked(|ws| {
            let Some(v) = ws.view(&view) else {
                return (Vec::new(), None);
            };
            let neighbour = ws
                .relationships_of(element)
                .filter_map(|r| {
                    v.placement(if &r.source == element {
                        &r.target
                    } else {
                        &r.source
                    })
                })
                .map(conway_geometry::Rect::from)
                .next();
            (taken_boxes(ws, v), neighbour)
        });
        let left_right = self.session.layout_direction.get_untracked()
            == conway_autolayout::Direction::LeftRight;
        let (x, y) = match neighbour {
            Some(n) => conway_geometry::beside(&taken, (width, height), n, left_right),
            None => conway_geometry::free_spot(
                &taken,
                (width, height),
                (at.0 - width / 2.0, at.1 - height / 2.0),
            ),
        };
        let placement = Placement {
            element: element.clone(),
            x,
            y,
            width,
            height,
            pinned: false,
        };
        if self.dispatch(
            ViewCommand::Show {
                view,
                placements: vec![(usize::MAX, placement)],
            }
            .into(),
        ) {
            self.select_element(element.clone());
        }
    }

    /// Points each pane at a view that exists (after undo, redo or a delete).
    pub(super) fn ensure_views(&self) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let pane = self.view_signal(kind);
            let valid = self.doc.workspace.with_untracked(|ws| {
                pane.get_untracked()
                    .is_some_and(|id| ws.view(&id).is_some_and(|v| v.kind == kind))
            });
            if !valid {
                let first = self
                    .doc
                    .workspace
                    .with_untracked(|ws| ws.views_of(kind).next().map(|v| v.id.clone()));
                pane.set(first);
            }
        }
    }
}

/// The boxes of a view a new element must not touch (boundaries and
/// departments may contain it).
pub(super) fn taken_boxes(
    ws: &conway_model::Workspace,
    view: &conway_model::View,
) -> Vec<conway_geometry::Rect> {
    let elements = ws.element_index();
    view.placements
        .iter()
        .filter(|p| {
            !elements
                .get(&p.element)
                .is_some_and(|e| e.kind.is_container_of_others())
        })
        .map(conway_geometry::Rect::from)
        .collect()
}

impl AppState {
    /// The boxes of the pane's view a new element must not touch.
    pub(super) fn taken_boxes(&self, kind: ViewKind) -> Vec<conway_geometry::Rect> {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return Vec::new();
        };
        self.doc.workspace.with_untracked(|ws| {
            ws.view(&view)
                .map(|v| taken_boxes(ws, v))
                .unwrap_or_default()
        })
    }
}
