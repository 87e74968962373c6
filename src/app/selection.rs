//! What is selected, what the selection highlights in the other pane, and
//! keeping the selection in sight when it changes.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_model::{Element, ElementKind, Id, View, ViewKind};

impl AppState {
    /// Where an element sits in the view a pane shows, if it is there.
    pub fn placement_in(&self, kind: ViewKind, id: &Id) -> Option<conway_model::Placement> {
        let view = self.view_signal(kind).get_untracked()?;
        self.workspace
            .with_untracked(|ws| ws.view(&view)?.placement(id).cloned())
    }

    /// The grid drags and resizes snap to, when snapping is on.
    pub fn grid(&self) -> Option<f64> {
        self.snap_to_grid
            .get_untracked()
            .then_some(conway_geometry::GRID)
    }

    /// The selected elements (tracked).
    pub fn selected_elements(&self) -> Vec<Id> {
        match self.selection.get() {
            Some(Selection::Elements(ids)) => ids,
            _ => Vec::new(),
        }
    }

    pub fn selected_elements_untracked(&self) -> Vec<Id> {
        match self.selection.get_untracked() {
            Some(Selection::Elements(ids)) => ids,
            _ => Vec::new(),
        }
    }

    /// Selects one element and makes sure both panes show what the selection is about.
    pub fn select_element(&self, id: Id) {
        self.selection
            .set(Some(Selection::Elements(vec![id.clone()])));
        let mut wanted = self.cross_highlight();
        wanted.push(id);
        self.reveal(&wanted);
    }

    /// Shift-click: adds an element to the selection, or takes it out.
    pub fn toggle_selected(&self, id: Id) {
        let mut ids = self.selected_elements_untracked();
        match ids.iter().position(|i| i == &id) {
            Some(at) => {
                ids.remove(at);
            }
            None => ids.push(id),
        }
        self.selection
            .set((!ids.is_empty()).then_some(Selection::Elements(ids)));
    }

    /// Selects several elements at once and brings them into view.
    pub fn select_elements(&self, ids: Vec<Id>) {
        if ids.is_empty() {
            return;
        }
        self.reveal(&ids);
        self.selection.set(Some(Selection::Elements(ids)));
    }

    /// Selects a decision and shows its linked elements where possible.
    pub fn select_decision(&self, id: Id) {
        let links = self.workspace.with_untracked(|ws| {
            ws.decision(&id)
                .map(|d| d.links.clone())
                .unwrap_or_default()
        });
        self.selection.set(Some(Selection::Decision(id)));
        self.reveal(&links);
    }

    /// Elements drawn highlighted because of the selection in the other pane:
    /// the owner teams of selected system elements, or what selected teams own.
    pub fn cross_highlight(&self) -> Vec<Id> {
        let selected = self.selected_elements();
        self.workspace.with(|ws| {
            let mut found: Vec<Id> = Vec::new();
            for element in selected.iter().filter_map(|id| ws.element(id)) {
                if element.kind == ElementKind::Team {
                    found.extend(ws.owned_by(&element.id).map(|e: &Element| e.id.clone()));
                } else {
                    found.extend(element.owner.iter().cloned());
                }
            }
            found
        })
    }

    /// For each pane whose current view shows none of `ids`, switches to the
    /// view of its kind that shows the most of them (if any does).
    fn reveal(&self, ids: &[Id]) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let current = self.view_signal(kind);
            let better = self.workspace.with_untracked(|ws| {
                let shown = |v: &View| ids.iter().filter(|id| v.shows(id)).count();
                let now = current
                    .get_untracked()
                    .and_then(|c| ws.view(&c))
                    .map_or(0, shown);
                if now > 0 {
                    return None;
                }
                // The first view showing the most of them (ties go to the earlier view).
                ws.views_of(kind)
                    .map(|v| (shown(v), v.id.clone()))
                    .filter(|(n, _)| *n > 0)
                    .fold(None::<(usize, Id)>, |best, (n, id)| match best {
                        Some((m, _)) if m >= n => best,
                        _ => Some((n, id)),
                    })
                    .map(|(_, id)| id)
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
        let inside: Vec<Id> = self.workspace.with_untracked(|ws| {
            ws.view(&view)
                .map(|v| {
                    v.placements
                        .iter()
                        .filter(|p| {
                            p.x >= rect.0
                                && p.y >= rect.1
                                && p.x + p.width <= rect.2
                                && p.y + p.height <= rect.3
                        })
                        .map(|p| p.element.clone())
                        .collect()
                })
                .unwrap_or_default()
        });
        let mut ids = if additive {
            self.selected_elements_untracked()
        } else {
            Vec::new()
        };
        ids.extend(
            inside
                .into_iter()
                .filter(|id| !ids.contains(id))
                .collect::<Vec<_>>(),
        );
        self.selection
            .set((!ids.is_empty()).then_some(Selection::Elements(ids)));
    }

    /// Selects what a search found and brings it into view.
    pub fn choose_hit(&self, hit: &conway_analysis::Hit) {
        match hit.kind {
            conway_analysis::HitKind::Element => {
                self.select_element(hit.id.clone());
                let side = self
                    .workspace
                    .with_untracked(|ws| ws.element(&hit.id).map(|e| e.side()));
                let pane = if side == Some(conway_model::Side::Org) {
                    ViewKind::Org
                } else {
                    ViewKind::System
                };
                self.focus_request.set(Some((pane, hit.id.clone())));
            }
            conway_analysis::HitKind::Decision => self.select_decision(hit.id.clone()),
            conway_analysis::HitKind::Term => self.show_term(hit.id.clone()),
        }
    }
}
