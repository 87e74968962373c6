//! What is selected, what the selection highlights in the other pane, and
//! keeping the selection in sight when it changes. The rules are
//! `conway_editor::session`'s; this module applies them to the signals.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_editor::session;
use conway_model::{Id, ViewKind};

impl AppState {
    /// Where an element sits in the view a pane shows, if it is there.
    pub fn placement_in(&self, kind: ViewKind, id: &Id) -> Option<conway_model::Placement> {
        let view = self.view_signal(kind).get_untracked()?;
        self.doc
            .workspace
            .with_untracked(|ws| ws.view(&view)?.placement(id).cloned())
    }

    /// The grid drags and resizes snap to, when snapping is on.
    pub fn grid(&self) -> Option<f64> {
        self.session
            .snap_to_grid
            .get_untracked()
            .then_some(conway_geometry::GRID)
    }

    /// The selected elements (tracked).
    pub fn selected_elements(&self) -> Vec<Id> {
        self.session.selection.with(|s| {
            s.as_ref()
                .map(|s| s.elements().to_vec())
                .unwrap_or_default()
        })
    }

    pub fn selected_elements_untracked(&self) -> Vec<Id> {
        self.session.selection.with_untracked(|s| {
            s.as_ref()
                .map(|s| s.elements().to_vec())
                .unwrap_or_default()
        })
    }

    /// Selects one element and makes sure both panes show what the selection is about.
    pub fn select_element(&self, id: Id) {
        self.session
            .selection
            .set(Some(Selection::Elements(vec![id.clone()])));
        let mut wanted = self.cross_highlight();
        wanted.push(id);
        self.reveal(&wanted);
    }

    /// Shift-click: adds an element to the selection, or takes it out.
    pub fn toggle_selected(&self, id: Id) {
        let next = self
            .session
            .selection
            .with_untracked(|s| session::toggled(s.as_ref(), id));
        self.session.selection.set(next);
    }

    /// Selects several elements at once and brings them into view.
    pub fn select_elements(&self, ids: Vec<Id>) {
        if ids.is_empty() {
            return;
        }
        self.reveal(&ids);
        self.session.selection.set(Some(Selection::Elements(ids)));
    }

    /// Selects a decision and shows its linked elements where possible.
    pub fn select_decision(&self, id: Id) {
        let links = self.doc.workspace.with_untracked(|ws| {
            ws.decision(&id)
                .map(|d| d.links.clone())
                .unwrap_or_default()
        });
        self.session.selection.set(Some(Selection::Decision(id)));
        self.reveal(&links);
    }

    /// Elements drawn highlighted because of the selection in the other pane:
    /// the owner teams of selected system elements, or what selected teams own.
    pub fn cross_highlight(&self) -> Vec<Id> {
        let selected = self.selected_elements();
        self.doc
            .workspace
            .with(|ws| session::cross_highlight(ws, &selected))
    }

    /// For each pane whose current view shows none of `ids`, switches to the
    /// view of its kind that shows the most of them (if any does).
    pub(super) fn reveal(&self, ids: &[Id]) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let current = self.view_signal(kind);
            let better = self.doc.workspace.with_untracked(|ws| {
                current.with_untracked(|c| session::view_revealing(ws, kind, c.as_ref(), ids))
            });
            if let Some(view) = better {
                current.set(Some(view));
            }
        }
    }

    /// Marquee: selects the elements of a pane's view lying wholly inside the
    /// rectangle (x0, y0, x1, y1); `additive` (Shift) keeps the current selection.
    pub fn select_in_rect(&self, kind: ViewKind, rect: (f64, f64, f64, f64), additive: bool) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let next = self.doc.workspace.with_untracked(|ws| {
            self.session
                .selection
                .with_untracked(|s| session::marquee(ws, &view, rect, s.as_ref(), additive))
        });
        self.session.selection.set(next);
    }

    /// Selects what a search found and brings it into view.
    pub fn choose_hit(&self, hit: &conway_analysis::Hit) {
        match hit.kind {
            conway_analysis::HitKind::Element => {
                self.select_element(hit.id.clone());
                let pane = self
                    .doc
                    .workspace
                    .with_untracked(|ws| session::pane_showing(ws, &hit.id));
                self.centre_on(pane, &hit.id);
            }
            conway_analysis::HitKind::Decision => self.select_decision(hit.id.clone()),
            conway_analysis::HitKind::Term => self.show_term(hit.id.clone()),
        }
    }
}
