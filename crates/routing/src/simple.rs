//! The simple shapes around the search: self-loops, the straight fallback
//! and where labels go. They must never route around boxes themselves, and
//! never panic.

use super::index::usable;
use super::{clear, inflate, near_segment, Obstacle, ObstacleIndex, Route, LOOP};
use conway_geometry::{edge_ends, Rect};

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
pub(super) fn orthogonal_label(
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
pub(super) fn straight(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    s: usize,
    t: usize,
    lane: f64,
) -> Route {
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
pub(super) fn self_loop(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    at: usize,
    r: Rect,
    lane: f64,
) -> Route {
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
