//! Edge routing: relationships drawn as orthogonal paths that go around the
//! element boxes, with few bends, labels off the boxes and parallel edges
//! fanned. Pure geometry: it must never touch the browser, JSON or the
//! workspace, depend on hash order, clocks or randomness, or panic.
//!
//! Method. Each edge is routed on its own (so one edge can be re-routed on
//! every frame of a drag), always from the lower box index to the higher so
//! both directions give the same path:
//!
//! 1. Ends: a self-loop is a fixed three-bend loop round a corner; ends that
//!    overlap (a boundary and its child) get a straight line.
//! 2. Window: the boxes near both ends are fetched from `ObstacleIndex` (a
//!    uniform grid of buckets over the solid boxes). The end boxes and every
//!    other solid box are grown by `grow` (first a fan gap, `FAN_GAP`; if that
//!    finds nothing, the lane's own offset) and no step may enter one.
//! 3. Ports (`grid.rs`): each side of an end box may be used, at its centre
//!    or at the middle of the span it shares with the other box (so aligned
//!    boxes get a straight line), with a stub straight out; sides turned more
//!    than 60 degrees away from the other end cost extra.
//! 4. A straight or one-bend route between stubs that crosses no grown box is
//!    taken at once. Otherwise A* (`astar.rs`) searches a sparse grid whose
//!    lines are the grown boxes' sides, the lines halfway between the ends,
//!    the stubs and the window's edges: cost = length + `BEND` per bend (+ a
//!    little when closer than `MARGIN` to a box); the heuristic counts the
//!    bends that cannot be avoided and is overweighted by 10% (much faster,
//!    routes at most 10% dearer). The window grows up to three times when no
//!    route exists. A window with more than `MAX_NODES` crossings keeps
//!    fewer lines (at least 8, 16, 32... px apart, the ports' lines always):
//!    long edges in big views get coarser but still clear routes. A search
//!    over `MAX_POPS` states gives up.
//! 5. Fanning (lanes from `fan_lanes`, the one fan rule, which the scene
//!    uses too): the path is routed as for lane 0, then every horizontal run is
//!    moved by the lane in y and every vertical run by the lane in x. The
//!    boxes were grown by at least the lane, so the moved path still misses
//!    them, and the lanes of a fan of up to three get the same shape, a lane
//!    apart. Every route is checked once more before it is returned; when no
//!    orthogonal route is found the edge is a straight line between the
//!    borders, fanned sideways by the lane (`straight: true`).
//! 6. Label: the middle of the run with most room around it (moved along the
//!    run by twice the lane, so parallel labels do not stack).
//!
//! The index holds box indices: rebuild it when boxes move (about 0.15 ms for
//! 1,000 boxes); `route_edge` reads the rectangles from `boxes` itself.
//! `LiveRoutes` does that once per frame of a drag, for the dragged edges.

mod astar;
mod cache;
mod grid;
mod index;
mod live;
#[cfg(test)]
mod live_tests;
mod simple;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

pub use cache::{EdgeRequest, RouteCache, ROUTE_LIMIT};
pub use index::ObstacleIndex;
pub use live::{LiveRoutes, LIVE_LIMIT, LIVE_WORK};

use conway_geometry::Rect;
use index::usable;
use simple::{orthogonal_label, self_loop, straight};

/// How far paths keep from boxes when they can.
pub const MARGIN: f64 = 12.0;
/// Distance between parallel edges joining the same two boxes.
pub const FAN_GAP: f64 = 22.0;
/// Size of a self-loop off its box's top right corner.
pub(crate) const LOOP: f64 = 18.0;
/// Lanes beyond this are clamped.
const MAX_LANE: f64 = 10_000.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Obstacle {
    pub rect: Rect,
    /// false for boundaries/departments: edges may cross them
    pub solid: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    /// From a point on the source box's border to a point on the target box's
    /// border; consecutive points differ in x or in y only (orthogonal),
    /// except when `straight` is true. Empty when an end is out of range or
    /// not a finite box.
    pub points: Vec<(f64, f64)>,
    /// Where the label's centre goes: on the path, and not inside any solid
    /// box other than the ends if that can be avoided.
    pub label_at: (f64, f64),
    /// True when no orthogonal route was found within budget and a straight
    /// line is returned instead.
    pub straight: bool,
}

/// Routes every edge (source index, target index into `boxes`). Edges with
/// the same pair of ends (in either direction) are fanned: their paths run
/// side by side `FAN_GAP` px apart. Returns one route per edge, in order.
pub fn route_edges(boxes: &[Obstacle], edges: &[(usize, usize)]) -> Vec<Route> {
    let index = ObstacleIndex::new(boxes);
    edges
        .iter()
        .zip(fan_lanes(edges))
        .map(|(&(s, t), lane)| route_edge(boxes, &index, s, t, lane))
        .collect()
}

/// The fan rule: the lane of every edge, in order, given its ends. The k-th
/// of n edges joining the same two ends (in either direction) gets
/// `(k - (n - 1) / 2) * FAN_GAP`, so a fan is symmetric about the single
/// edge's path; the k-th self-loop of an end gets `k * FAN_GAP`, nesting
/// outwards. A lane does not depend on an edge's direction: the router moves
/// runs by it in x and y, and measures a straight line's offset from the
/// lower end.
pub fn fan_lanes<K: Ord>(ends: &[(K, K)]) -> Vec<f64> {
    fn pair<K: Ord>((s, t): &(K, K)) -> (&K, &K) {
        if s <= t {
            (s, t)
        } else {
            (t, s)
        }
    }
    let mut totals: BTreeMap<(&K, &K), usize> = BTreeMap::new();
    for e in ends {
        *totals.entry(pair(e)).or_default() += 1;
    }
    let mut seen: BTreeMap<(&K, &K), usize> = BTreeMap::new();
    ends.iter()
        .map(|e| {
            let key = pair(e);
            let total = totals.get(&key).copied().unwrap_or(1);
            let self_loop = key.0 == key.1;
            let k = seen.entry(key).or_default();
            let lane = if self_loop {
                *k as f64 * FAN_GAP
            } else {
                (*k as f64 - (total as f64 - 1.0) / 2.0) * FAN_GAP
            };
            *k += 1;
            lane
        })
        .collect()
}

/// Routes one edge, for live updates while dragging. `lane` is the fan offset
/// `fan_lanes` gives (0 for a single edge).
pub fn route_edge(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    source: usize,
    target: usize,
    lane: f64,
) -> Route {
    let end = |i: usize| boxes.get(i).map(|b| b.rect).filter(usable);
    let (Some(s), Some(t)) = (end(source), end(target)) else {
        return Route {
            points: Vec::new(),
            label_at: (0.0, 0.0),
            straight: true,
        };
    };
    let lane = if lane.is_finite() {
        lane.clamp(-MAX_LANE, MAX_LANE)
    } else {
        0.0
    };
    if source == target {
        return self_loop(boxes, index, source, s, lane);
    }
    if !overlaps(&s, &t) {
        // Routed from the lower index, so that both directions look alike.
        let (low, high) = (source.min(target), source.max(target));
        // The lanes of a fan of up to three first get the same shape, with
        // boxes grown by a fan gap; when that finds nothing, the boxes are
        // grown by the lane's own offset only (enough for it to fit).
        for grow in [FAN_GAP.max(lane.abs()), lane.abs()] {
            let Some(mut points) = grid::search(boxes, index, (low, high), lane, grow) else {
                continue;
            };
            if clear(boxes, index, low, high, &points) {
                let label_at = orthogonal_label(boxes, index, &points, lane);
                if source > target {
                    points.reverse();
                }
                return Route {
                    points,
                    label_at,
                    straight: false,
                };
            }
        }
    }
    straight(boxes, index, source, target, lane)
}

/// Does the segment from a to b pass through the interior of rect (touching
/// its border does not count, nor does grazing it by less than 1e-7 px)?
pub fn segment_crosses(a: (f64, f64), b: (f64, f64), rect: &Rect) -> bool {
    const EPS: f64 = 1e-7;
    let (lo_x, hi_x) = (rect.x + EPS, rect.x + rect.width - EPS);
    let (lo_y, hi_y) = (rect.y + EPS, rect.y + rect.height - EPS);
    if !(lo_x < hi_x && lo_y < hi_y) {
        return false;
    }
    // The open range of t in [0, 1] where the point is strictly inside.
    let (mut enter, mut exit) = (0.0_f64, 1.0_f64);
    for (p, d, lo, hi) in [(a.0, b.0 - a.0, lo_x, hi_x), (a.1, b.1 - a.1, lo_y, hi_y)] {
        if !(p.is_finite() && d.is_finite()) {
            return false;
        }
        if d == 0.0 {
            if !(p > lo && p < hi) {
                return false;
            }
        } else {
            let (t0, t1) = ((lo - p) / d, (hi - p) / d);
            enter = enter.max(t0.min(t1));
            exit = exit.min(t0.max(t1));
        }
    }
    enter < exit
}

/// `r` grown by `by` on every side.
pub(crate) fn inflate(r: Rect, by: f64) -> Rect {
    Rect {
        x: r.x - by,
        y: r.y - by,
        width: r.width + 2.0 * by,
        height: r.height + 2.0 * by,
    }
}

/// Do the interiors of two rectangles overlap?
pub(crate) fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.overlaps(b)
}

/// The solid boxes (index and rectangle) that may touch the segment's box.
pub(crate) fn near_segment(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    a: (f64, f64),
    b: (f64, f64),
) -> Vec<(usize, Rect)> {
    let area = Rect {
        x: a.0.min(b.0),
        y: a.1.min(b.1),
        width: (a.0 - b.0).abs(),
        height: (a.1 - b.1).abs(),
    };
    index
        .near(&area)
        .into_iter()
        .filter_map(|i| boxes.get(i).map(|o| (i, o)))
        .filter(|(_, o)| o.solid && usable(&o.rect))
        .map(|(i, o)| (i, o.rect))
        .collect()
}

/// Is the orthogonal path clear of every solid box and of its own ends,
/// leaving its source and entering its target from outside?
pub(crate) fn clear(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    s: usize,
    t: usize,
    points: &[(f64, f64)],
) -> bool {
    let (sr, tr) = (boxes[s].rect, boxes[t].rect);
    let n = points.len();
    let outside = |p: (f64, f64), r: &Rect| {
        !(p.0 >= r.x && p.0 <= r.x + r.width && p.1 >= r.y && p.1 <= r.y + r.height)
    };
    n >= 2
        && (s == t || (outside(points[1], &sr) && outside(points[n - 2], &tr)))
        && points.windows(2).all(|w| {
            (w[0].0 == w[1].0 || w[0].1 == w[1].1)
                && !segment_crosses(w[0], w[1], &sr)
                && !segment_crosses(w[0], w[1], &tr)
                && near_segment(boxes, index, w[0], w[1])
                    .iter()
                    .all(|(_, r)| !segment_crosses(w[0], w[1], r))
        })
}
