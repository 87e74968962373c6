//! A drag in progress, drawn without touching the workspace: the moving
//! elements follow an offset, snapped to the grid and to other elements with
//! guide lines, and their relationships are routed live around the boxes
//! (`LiveRoutes`); everything else stays as it is. The drag's one `Move`
//! command is dispatched when it ends.

use std::collections::HashSet;

use leptos::prelude::*;

use super::drawn::Flags;
use conway_geometry::{drag_step, Alignment, Guide, Rect};
use conway_model::{Id, View, Workspace};
use conway_routing::{LiveRoutes, Route};

/// How close (in screen pixels) an edge or centre must come to snap.
const SNAP_PIXELS: f64 = 6.0;

#[derive(Clone, Copy)]
pub struct DragPreview {
    /// Which elements the drag moves (the selection with its boundaries'
    /// children), one flag per element so starting a drag touches only those.
    moving: StoredValue<Flags>,
    active: StoredValue<bool>,
    /// How far they have moved, in canvas units.
    offset: RwSignal<(f64, f64)>,
    /// The other elements' lines to snap to, and the moving elements' bounds.
    alignment: StoredValue<Option<(Alignment, Rect)>>,
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
            alignment: StoredValue::new(None),
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
    /// offset, snap to the elements that stay, and their relationships will
    /// be routed around the boxes.
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
        let moving: HashSet<&Id> = ids.iter().collect();
        let (mut bounds, mut others) = (None::<Rect>, Vec::new());
        for p in &view.placements {
            let r = Rect::from(p);
            if moving.contains(&p.element) {
                bounds = Some(bounds.map_or(r, |b| b.union(r)));
            } else {
                others.push(r);
            }
        }
        self.alignment
            .set_value(bounds.map(|b| (Alignment::new(others), b)));
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

    pub fn offset_untracked(&self) -> (f64, f64) {
        self.offset.get_untracked()
    }

    /// Follows the pointer: the pressed element's corner `anchor` plus the
    /// pointer's travel `total` (canvas units), snapped to the grid if given
    /// and to other elements unless `free` (Alt held).
    pub fn follow(
        &self,
        anchor: (f64, f64),
        total: (f64, f64),
        grid: Option<f64>,
        zoom: f64,
        free: bool,
    ) {
        let gridded = drag_step(anchor, total, (0.0, 0.0), grid);
        let threshold = SNAP_PIXELS / zoom.max(0.01);
        let (offset, guides) = self.alignment.with_value(|a| match a {
            Some((alignment, bounds)) if !free => alignment.snap(*bounds, gridded, threshold),
            _ => (gridded, Vec::new()),
        });
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
        self.alignment.set_value(None);
        self.live.set_value(LiveRoutes::default());
        if self.guides.with_untracked(|g| !g.is_empty()) {
            self.guides.set(Vec::new());
        }
    }
}
