//! Edge routing: relationships drawn as orthogonal paths that go around the
//! element boxes, with few bends, labels off the boxes and parallel edges
//! fanned. Pure geometry: it must never touch the browser, JSON or the
//! workspace, depend on hash order, clocks or randomness, or panic.
//!
//! Method. Each edge is routed on its own, by an A* search (`grid.rs`) over a
//! sparse orthogonal grid. The grid's lines are the sides of the solid boxes
//! near the edge grown by a margin of `MARGIN` px (so lines keep clear of the
//! boxes), the lines halfway between the two ends, the ports' stubs and the
//! edges of a window around both ends (found with the `ObstacleIndex`, a
//! uniform grid of buckets; the window grows up to three times when no route
//! is found). A step through a solid box is forbidden, a step within a box's
//! margin costs double, and each bend costs `BEND` px. The search may leave
//! from and arrive at any side of the end boxes (a port at the side's centre,
//! or where both boxes face each other, and a short stub straight out), with
//! a penalty for sides facing away from the other end.
//!
//! Fanning: an edge with lane offset `l` is routed with every other box grown
//! by `|l|`, then every horizontal run is moved by `l` in y and every vertical
//! run by `l` in x. Edges of one pair with the same `|l|` thus get the same
//! shape translated, `l` apart, and the shifted path provably still misses the
//! real boxes. Each route is checked once more before it is returned; when no
//! orthogonal route is found (crowded, or a window over `MAX_NODES`), the
//! edge is a straight line between the borders, fanned like the UI does.

mod astar;
mod grid;
mod index;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

pub use index::ObstacleIndex;

use super::{edge_ends, Rect};
use index::usable;

/// How far paths keep from boxes when they can.
pub const MARGIN: f64 = 12.0;
/// Distance between parallel edges joining the same two boxes.
pub const FAN_GAP: f64 = 22.0;
/// Size of a self-loop off its box's top right corner.
const LOOP: f64 = 18.0;
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
    let pair = |&(s, t): &(usize, usize)| (s.min(t), s.max(t));
    let mut totals: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for e in edges {
        *totals.entry(pair(e)).or_default() += 1;
    }
    let mut seen: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    edges
        .iter()
        .map(|e| {
            let key = pair(e);
            let total = totals.get(&key).copied().unwrap_or(1);
            let k = seen.entry(key).or_default();
            let lane = if e.0 == e.1 {
                *k as f64 * FAN_GAP
            } else {
                (*k as f64 - (total as f64 - 1.0) / 2.0) * FAN_GAP
            };
            *k += 1;
            route_edge(boxes, &index, e.0, e.1, lane)
        })
        .collect()
}

/// Routes one edge, for live updates while dragging. `lane` is the fan offset
/// (0 for a single edge; `route_edges` uses `(k - (n - 1) / 2) * FAN_GAP` for
/// the k-th of n edges of a pair, and `k * FAN_GAP` for self-loops).
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
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/// The solid boxes (index and rectangle) that may touch the segment's box.
fn near_segment(
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
fn clear(
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

/// Distance from `p` to the nearest solid box (0 inside one), up to `limit`.
fn clearance(boxes: &[Obstacle], index: &ObstacleIndex, p: (f64, f64), limit: f64) -> f64 {
    let around = inflate(
        Rect {
            x: p.0,
            y: p.1,
            width: 0.0,
            height: 0.0,
        },
        limit,
    );
    index
        .near(&around)
        .into_iter()
        .filter_map(|i| boxes.get(i))
        .filter(|o| o.solid && usable(&o.rect))
        .map(|o| {
            let r = o.rect;
            let dx = (r.x - p.0).max(p.0 - r.x - r.width).max(0.0);
            let dy = (r.y - p.1).max(p.1 - r.y - r.height).max(0.0);
            (dx * dx + dy * dy).sqrt()
        })
        .fold(limit, f64::min)
}

/// On the roomiest run of the path, moved along it by the lane so that the
/// labels of parallel edges do not sit side by side.
fn orthogonal_label(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    points: &[(f64, f64)],
    lane: f64,
) -> (f64, f64) {
    let mut best = (f64::NEG_INFINITY, points[0]);
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let length = (b.0 - a.0).abs() + (b.1 - a.1).abs();
        let half = length / 2.0;
        let shift = (lane * 2.0).clamp(-half * 0.6, half * 0.6);
        let along = if length > 0.0 {
            (half + shift) / length
        } else {
            0.5
        };
        let p = (a.0 + (b.0 - a.0) * along, a.1 + (b.1 - a.1) * along);
        let score = clearance(boxes, index, p, 40.0) * 2.0 + length.min(160.0) * 0.5;
        if score > best.0 {
            best = (score, p);
        }
    }
    best.1
}

/// A straight line between the borders, fanned sideways by `lane` always
/// measured from the lower index, with its label off the boxes if possible.
fn straight(boxes: &[Obstacle], index: &ObstacleIndex, s: usize, t: usize, lane: f64) -> Route {
    let (sr, tr) = (boxes[s].rect, boxes[t].rect);
    let (mut from, mut to) = edge_ends(sr, tr);
    let (a, b) = if s <= t { (from, to) } else { (to, from) };
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length > 1e-9 && lane != 0.0 {
        let (ox, oy) = (-dy / length * lane, dx / length * lane);
        from = (from.0 + ox, from.1 + oy);
        to = (to.0 + ox, to.1 + oy);
    }
    let at = |f: f64| (from.0 + (to.0 - from.0) * f, from.1 + (to.1 - from.1) * f);
    let inside = |p: (f64, f64)| {
        near_segment(boxes, index, p, p).iter().any(|(i, r)| {
            *i != s
                && *i != t
                && p.0 > r.x
                && p.0 < r.x + r.width
                && p.1 > r.y
                && p.1 < r.y + r.height
        })
    };
    let label_at = [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875]
        .into_iter()
        .map(at)
        .find(|p| !inside(*p))
        .unwrap_or(at(0.5));
    Route {
        points: vec![from, to],
        label_at,
        straight: true,
    }
}

/// A loop leaving the top side near the right corner and coming back into
/// the right side near the top: orthogonal, three bends, `LOOP + lane` wide.
/// When a neighbour is in the way it tries the bottom right corner, then the
/// left ones, then smaller; a loop that cannot miss them is flagged straight.
fn self_loop(boxes: &[Obstacle], index: &ObstacleIndex, at: usize, r: Rect, lane: f64) -> Route {
    let (cx, cy) = r.centre();
    let mut first = None;
    for d in [(LOOP + lane).max(6.0), 6.0] {
        let (right, top) = (r.x + r.width, r.y);
        let a = d.min(r.width / 2.0);
        let b = d.min(r.height / 2.0);
        let shape = [
            (right - a, top),
            (right - a, top - d),
            (right + d, top - d),
            (right + d, top + b),
            (right, top + b),
        ];
        let label = (right + d, top + (b - d) / 2.0);
        for (mx, my) in [(false, false), (false, true), (true, false), (true, true)] {
            let flip = |(x, y): (f64, f64)| {
                (
                    if mx { 2.0 * cx - x } else { x },
                    if my { 2.0 * cy - y } else { y },
                )
            };
            let route = Route {
                points: shape.iter().map(|&p| flip(p)).collect(),
                label_at: flip(label),
                straight: false,
            };
            if clear(boxes, index, at, at, &route.points) {
                return route;
            }
            first.get_or_insert(route);
        }
    }
    let mut route = first.unwrap_or(Route {
        points: Vec::new(),
        label_at: (cx, cy),
        straight: true,
    });
    route.straight = true;
    route
}
