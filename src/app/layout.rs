//! Where elements sit, from the UI: one element's exact box (a resize step),
//! auto-layout of a pane's view (or the selection in it) as one undo step,
//! and pins, which layout leaves where they are.

use leptos::prelude::*;

use super::AppState;
use conway_autolayout::plan;
use conway_autolayout::{Direction, EngineChoice};
use conway_edit::ViewCommand;
use conway_model::{Id, ViewKind};

impl AppState {
    /// Sets one element's box in a pane's view (a step of a resize gesture).
    pub fn resize(&self, kind: ViewKind, id: &Id, to: conway_geometry::Rect) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        // A resize keeps the element's pin.
        let pinned = self.doc.workspace.with_untracked(|ws| {
            ws.view(&view)
                .and_then(|v| v.placement(id))
                .is_some_and(|p| p.pinned)
        });
        let placement = conway_model::Placement {
            element: id.clone(),
            x: to.x,
            y: to.y,
            width: to.width,
            height: to.height,
            pinned,
        };
        let _ = self.try_dispatch(ViewCommand::Place { view, placement }.into());
    }

    /// Lays out the pane's view: only the selection when two or more of its
    /// elements are selected, else the whole view. Pinned elements stay. The
    /// layout runs in the background (see `layout_job`); one at a time.
    pub fn auto_layout(&self, kind: ViewKind) {
        if self.session.layout_run.get_untracked().is_some() {
            return;
        }
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let direction = self.session.layout_direction.get_untracked();
        let prepared = self.doc.workspace.with_untracked(|ws| {
            let v = ws.view(&view)?;
            let shown = v.placement_index();
            let selected: Vec<Id> = self
                .selected_elements_untracked()
                .into_iter()
                .filter(|id| shown.contains_key(id))
                .collect();
            let part = (selected.len() >= 2).then_some(selected.as_slice());
            let plan = plan(ws, v, part);
            let options = plan.options(direction, self.session.layout_engine);
            Some((v.clone(), plan.graph, options, part.is_none()))
        });
        let Some((view, graph, options, whole)) = prepared else {
            return;
        };
        if graph.nodes.iter().all(|n| n.fixed) {
            self.nothing_to_move();
            return;
        }
        self.start_layout_job(kind, view, &graph, &options, whole);
    }

    pub(super) fn nothing_to_move(&self) {
        self.show_info(
            "Nothing to move",
            "The layout already matches, or every element is pinned.",
        );
    }

    /// Whether every selected element of the pane's view is pinned.
    pub fn selection_pinned(&self, kind: ViewKind) -> bool {
        let Some(view) = self.view_signal(kind).get() else {
            return false;
        };
        let ids = self.selected_elements();
        self.doc.workspace.with(|ws| {
            let Some(v) = ws.view(&view) else {
                return false;
            };
            !ids.is_empty()
                && ids
                    .iter()
                    .all(|id| v.placement(id).is_some_and(|p| p.pinned))
        })
    }

    /// Pins the selected elements of the pane's view, or unpins them if all
    /// already are (one undo step).
    pub fn toggle_pins(&self, kind: ViewKind) {
        let pinned = !self.selection_pinned(kind);
        let ids = self.selected_elements_untracked();
        self.set_pins(kind, ids, pinned);
    }

    /// Pins (or unpins) every element of the pane's view.
    pub fn pin_all(&self, kind: ViewKind, pinned: bool) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let ids = self.doc.workspace.with_untracked(|ws| {
            ws.view(&view)
                .map(|v| v.placements.iter().map(|p| p.element.clone()).collect())
                .unwrap_or_default()
        });
        self.set_pins(kind, ids, pinned);
    }

    /// Pins or unpins these elements of the pane's view (one undo step).
    pub fn set_pins(&self, kind: ViewKind, ids: Vec<Id>, pinned: bool) {
        let Some(view) = self.view_signal(kind).get_untracked() else {
            return;
        };
        let pins: Vec<(Id, bool)> = self.doc.workspace.with_untracked(|ws| {
            let Some(v) = ws.view(&view) else {
                return Vec::new();
            };
            ids.into_iter()
                .filter(|id| v.placement(id).is_some_and(|p| p.pinned != pinned))
                .map(|id| (id, pinned))
                .collect()
        });
        if !pins.is_empty() {
            self.dispatch(ViewCommand::Pin { view, pins }.into());
        }
    }

    /// The direction auto-layout runs in.
    pub fn set_layout_direction(&self, direction: Direction) {
        self.session.layout_direction.set(direction);
    }
}

/// The engine the page's address asks for (`?layout-engine=layout-rs` or
/// `sugiyama`; anything else is `Auto`). Only `make bench` sets it, to
/// measure both engines on the same views.
pub(super) fn engine_from_address() -> EngineChoice {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let asked = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("layout-engine="));
    match asked {
        Some("layout-rs") => EngineChoice::LayoutRs,
        Some("sugiyama") => EngineChoice::Sugiyama,
        _ => EngineChoice::Auto,
    }
}
