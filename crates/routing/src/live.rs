//! Routes while a drag is in progress, for every frame: the boxes that move
//! are shifted by the drag's offset, and the edges with a moving end are
//! routed again around the boxes. Pure; it never touches the browser or the
//! workspace, and never panics.
//!
//! The shifted boxes and their `ObstacleIndex` are built once per offset and
//! shared by all the edges drawn for that offset (one frame). An edge with
//! one moving end is routed by `route_edge` on them, so it is exactly what
//! routing the moved view afresh gives. An edge whose two ends move keeps
//! the route it had before the drag, moved by the offset, unless a box that
//! stays now blocks it; then it is routed again.
//!
//! Caps, so that a frame stays short (an edge across a view of 1,000 boxes
//! costs about 0.25 ms in the browser, across 300 boxes about 0.05 ms): in
//! a view over `ROUTE_LIMIT` boxes no edge gets a route; in a drag with more
//! than `LIVE_LIMIT` (150) edges with exactly one moving end, or more of them
//! than `LIVE_WORK` (12,000) divided by the view's boxes (12 in a view of
//! 1,000: about 3 ms a frame, against the drag benchmark's goal of 8 ms),
//! those edges get none (`None`: the caller draws straight lines).
//! When all the edges with a moving end, counted the same way, go over the
//! caps, edges with both ends moving keep their moved route even when
//! blocked, and get none if they had none.

use std::collections::{HashMap, HashSet};

use super::{near_segment, route_edge, segment_crosses, Obstacle, ObstacleIndex, Route};
use super::{Rect, ROUTE_LIMIT};
use conway_model::Id;

/// Above this many edges with exactly one moving end, a drag keeps straight
/// lines: routing them all on every frame would make the drag stutter.
pub const LIVE_LIMIT: usize = 150;
/// Above this many edges with exactly one moving end times boxes in the
/// view, a drag keeps straight lines too (long edges in big views cost more).
pub const LIVE_WORK: usize = 12_000;

/// The boxes moved by one offset, and their index.
struct Shifted {
    offset: (f64, f64),
    boxes: Vec<Obstacle>,
    index: ObstacleIndex,
}

impl Default for Shifted {
    /// Built for no offset: NaN equals nothing, so the first call builds.
    fn default() -> Self {
        Shifted {
            offset: (f64::NAN, f64::NAN),
            boxes: Vec::new(),
            index: ObstacleIndex::new(&[]),
        }
    }
}

/// The routes of a drag: made when it starts, asked on every frame.
#[derive(Default)]
pub struct LiveRoutes {
    /// Box position by element id.
    at: HashMap<Id, usize>,
    /// The boxes where they were when the drag started.
    boxes: Vec<Obstacle>,
    /// Per box, whether it moves.
    moving: Vec<bool>,
    /// Whether edges with one moving end are routed (within the caps).
    one_end: bool,
    /// Whether edges with both ends moving may be routed again.
    both_ends: bool,
    shifted: Shifted,
}

impl LiveRoutes {
    /// A drag of `moving` in a view of `boxes` (the same list `RouteCache`
    /// gets) that draws `edges` (source and target ids; an upper bound is
    /// fine, it only counts against the caps).
    pub fn new(boxes: &[(Id, Obstacle)], moving: &[Id], edges: &[(Id, Id)]) -> Self {
        if boxes.len() > ROUTE_LIMIT {
            return LiveRoutes::default();
        }
        let moves: HashSet<&Id> = moving.iter().collect();
        let moved = |id: &Id| moves.contains(id);
        let (mut one, mut any) = (0usize, 0usize);
        for (s, t) in edges {
            match (moved(s), moved(t)) {
                (true, true) => any += 1,
                (true, false) | (false, true) => {
                    one += 1;
                    any += 1;
                }
                (false, false) => {}
            }
        }
        LiveRoutes {
            at: boxes
                .iter()
                .enumerate()
                .map(|(i, (id, _))| (id.clone(), i))
                .collect(),
            boxes: boxes.iter().map(|(_, b)| b.clone()).collect(),
            moving: boxes.iter().map(|(id, _)| moved(id)).collect(),
            one_end: affordable(one, boxes.len()),
            both_ends: affordable(any, boxes.len()),
            shifted: Shifted::default(),
        }
    }

    /// The route of an edge (`lane` as for `route_edge`) with the moving
    /// boxes shifted by `offset`; `kept` is its route before the drag, if
    /// any. `None` when an end is not in the view, or over the caps (draw a
    /// straight line then).
    pub fn route(
        &mut self,
        source: &Id,
        target: &Id,
        lane: f64,
        offset: (f64, f64),
        kept: Option<&Route>,
    ) -> Option<Route> {
        let (s, t) = (*self.at.get(source)?, *self.at.get(target)?);
        let moves = |i: usize| self.moving.get(i).copied().unwrap_or(false);
        match (moves(s), moves(t)) {
            (false, false) => kept.cloned(),
            (true, true) => {
                let moved = kept.map(|r| translated(r, offset));
                if !self.both_ends {
                    return moved;
                }
                let shifted = refresh(&mut self.shifted, &self.boxes, &self.moving, offset);
                match moved {
                    Some(r) if !blocked(&r, shifted, &self.moving, (s, t)) => Some(r),
                    _ => Some(route_edge(&shifted.boxes, &shifted.index, s, t, lane)),
                }
            }
            _ if self.one_end => {
                let shifted = refresh(&mut self.shifted, &self.boxes, &self.moving, offset);
                Some(route_edge(&shifted.boxes, &shifted.index, s, t, lane))
            }
            _ => None,
        }
    }
}

/// Can `edges` edges be routed on every frame in a view of `boxes` boxes?
fn affordable(edges: usize, boxes: usize) -> bool {
    edges <= LIVE_LIMIT && edges.saturating_mul(boxes) <= LIVE_WORK
}

/// The boxes shifted by `offset`, built on the first call for it.
fn refresh<'a>(
    cache: &'a mut Shifted,
    boxes: &[Obstacle],
    moving: &[bool],
    offset: (f64, f64),
) -> &'a Shifted {
    if cache.offset != offset {
        let boxes: Vec<Obstacle> = boxes
            .iter()
            .zip(moving)
            .map(|(b, &moves)| Obstacle {
                rect: if moves { shift(b.rect, offset) } else { b.rect },
                solid: b.solid,
            })
            .collect();
        let index = ObstacleIndex::new(&boxes);
        *cache = Shifted {
            offset,
            boxes,
            index,
        };
    }
    cache
}

fn shift(r: Rect, (dx, dy): (f64, f64)) -> Rect {
    Rect {
        x: r.x + dx,
        y: r.y + dy,
        ..r
    }
}

/// The route moved by `offset`, label included.
fn translated(route: &Route, (dx, dy): (f64, f64)) -> Route {
    Route {
        points: route
            .points
            .iter()
            .map(|&(x, y)| (x + dx, y + dy))
            .collect(),
        label_at: (route.label_at.0 + dx, route.label_at.1 + dy),
        straight: route.straight,
    }
}

/// Does the moved route pass through a solid box that stays (not one of its
/// ends)? Boxes that move went along with it, so they are as they were.
fn blocked(route: &Route, shifted: &Shifted, moving: &[bool], ends: (usize, usize)) -> bool {
    route.points.windows(2).any(|w| {
        near_segment(&shifted.boxes, &shifted.index, w[0], w[1])
            .iter()
            .any(|&(i, r)| {
                i != ends.0
                    && i != ends.1
                    && !moving.get(i).copied().unwrap_or(false)
                    && segment_crosses(w[0], w[1], &r)
            })
    })
}
