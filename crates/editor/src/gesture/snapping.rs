//! What a drag of some elements snaps to: the edges and centres of the
//! elements of the view that stay, measured once when the drag starts.

use conway_geometry::{Alignment, Guide, Rect};
use conway_model::{Id, View};

/// How close (in screen pixels) an edge or centre must come to snap.
pub const SNAP_PIXELS: f64 = 6.0;

#[derive(Clone, Debug)]
pub struct Snapping {
    alignment: Alignment,
    /// The moving elements' bounds when the drag started.
    bounds: Rect,
}

impl Snapping {
    /// Snapping for moving `moving` in `view`; `None` if none of them is placed there.
    pub fn new(view: &View, moving: &[Id]) -> Option<Snapping> {
        let moving: std::collections::HashSet<&Id> = moving.iter().collect();
        let (mut bounds, mut others) = (None::<Rect>, Vec::new());
        for p in &view.placements {
            let r = Rect::from(p);
            if moving.contains(&p.element) {
                bounds = Some(bounds.map_or(r, |b| b.union(r)));
            } else {
                others.push(r);
            }
        }
        bounds.map(|bounds| Snapping {
            alignment: Alignment::new(others),
            bounds,
        })
    }

    /// `offset` adjusted to land on another element's edge or centre within
    /// `SNAP_PIXELS` on screen at `zoom`, with the guides to draw.
    pub fn snap(&self, offset: (f64, f64), zoom: f64) -> ((f64, f64), Vec<Guide>) {
        let threshold = SNAP_PIXELS / zoom.max(0.01);
        self.alignment.snap(self.bounds, offset, threshold)
    }
}
