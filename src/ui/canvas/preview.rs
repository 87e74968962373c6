//! A drag in progress, drawn without touching the workspace: the moving
//! elements follow the offset the gesture machine snapped (with its guide
//! lines), and their relationships are routed live around the boxes
//! (`LiveRoutes`); everything else stays as it is. The drag's one `Move`
//! command is dispatched when it ends.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::ui::canvas::drawn::Flags;
use conway_geometry::Guide;
use conway_model::{Id, View, Workspace};
use conway_routing::{LiveRoutes, Route};

#[derive(Clone, Copy)]
pub struct DragPreview {
    /// Which elements the drag moves (the selection with its boundaries'
    /// children), one flag per element so starting a drag touches only those.
    moving: StoredValue<Flags>,
    active: StoredValue<bool>,
    /// How far they have moved, in canvas units.
    offset: RwSignal<(f64, f64)>,
    /// The guide lines of the current snap.
    pub guides: RwSignal<Vec<Guide>>,
    /// The dragged relationships' routes, per frame.
    live: StoredValue<LiveRoutes>,
}

impl DragPreview {
    pub fn new() -> Self {
        DragPreview {
            moving: StoredValue::new(Flags::default()),
            active: StoredValue::new(false),
            offset: RwSignal::new((0.0, 0.0)),
            guides: RwSignal::new(Vec::new()),
            live: StoredValue::new(LiveRoutes::default()),
        }
    }

    /// How far an element is shifted right now. Reads the offset (and so
    /// re-runs on every pointer move) only for elements that move.
    pub fn shift(&self, id: &Id) -> (f64, f64) {
        let moving = self
            .moving
            .try_update_value(|flags| flags.flag(id))
            .is_some_and(|flag| flag.get());
        if moving {
            self.offset.get()
        } else {
            (0.0, 0.0)
        }
    }

    /// Starts a drag of `ids` in `view` of `ws`: they will follow the
    /// offset, and their relationships will be routed around the boxes.
    pub fn start(&self, ws: &Workspace, view: &View, ids: Vec<Id>) {
        let edges: Vec<(Id, Id)> = ws
            .relationships_in(view)
            .map(|r| (r.source.clone(), r.target.clone()))
            .collect();
        self.live.set_value(LiveRoutes::new(
            &conway_editor::scene::obstacles(ws, view),
            &ids,
            &edges,
        ));
        self.offset.set((0.0, 0.0));
        self.moving
            .update_value(|flags| flags.set_on(ids.into_iter().collect()));
        self.active.set_value(true);
    }

    /// A dragged relationship's route at `offset` (see `LiveRoutes::route`);
    /// `None` draws it straight.
    pub fn route(
        &self,
        source: &Id,
        target: &Id,
        lane: f64,
        offset: (f64, f64),
        kept: Option<&Route>,
    ) -> Option<Route> {
        self.live
            .try_update_value(|live| live.route(source, target, lane, offset, kept))
            .flatten()
    }

    /// Draws the moving elements shifted by `offset`, with `guides`.
    pub fn show(&self, offset: (f64, f64), guides: Vec<Guide>) {
        if self.offset.get_untracked() != offset {
            self.offset.set(offset);
        }
        if self.guides.with_untracked(|g| *g != guides) {
            self.guides.set(guides);
        }
    }

    pub fn clear(&self) {
        if self.active.get_value() {
            self.moving
                .update_value(|flags| flags.set_on(HashSet::new()));
            self.active.set_value(false);
        }
        self.offset.set((0.0, 0.0));
        self.live.set_value(LiveRoutes::default());
        if self.guides.with_untracked(|g| !g.is_empty()) {
            self.guides.set(Vec::new());
        }
    }
}
