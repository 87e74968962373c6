//! Ports spread along a side: relationships that leave (or reach) the same
//! point of an element's side are moved apart along it, in the order of
//! where they head, so they do not run as one bundle (their stubs are
//! moved with them). Applied to routed paths after routing, before labels
//! are placed; it never reroutes and never moves a path off its box's side.

use std::collections::BTreeMap;

use super::edge::{EdgeScene, Point};
use conway_geometry::Rect;

/// The distance between neighbouring ports on a side.
pub const PORT_GAP: f64 = 14.0;
/// Ports keep this far from a side's corners.
const CORNER: f64 = 10.0;
/// How close a point must be to a side to be on it.
const ON: f64 = 0.75;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Side {
    Top,
    Right,
    Bottom,
    Left,
}

impl Side {
    /// The side of `r` that `p` lies on, if any.
    fn of(r: &Rect, p: Point) -> Option<Side> {
        let within_x = p.0 >= r.x - ON && p.0 <= r.x + r.width + ON;
        let within_y = p.1 >= r.y - ON && p.1 <= r.y + r.height + ON;
        if within_x && (p.1 - r.y).abs() <= ON {
            Some(Side::Top)
        } else if within_x && (p.1 - (r.y + r.height)).abs() <= ON {
            Some(Side::Bottom)
        } else if within_y && (p.0 - r.x).abs() <= ON {
            Some(Side::Left)
        } else if within_y && (p.0 - (r.x + r.width)).abs() <= ON {
            Some(Side::Right)
        } else {
            None
        }
    }

    /// Whether ports on this side move in x (top and bottom) or in y.
    fn along_x(self) -> bool {
        matches!(self, Side::Top | Side::Bottom)
    }
}

/// One end of one edge: which edge, whether it is the source end.
struct End {
    edge: usize,
    source: bool,
    /// Where the path heads after its stub, along the side's axis: the order.
    heading: f64,
}

/// The path's end point and the next point, from the given end.
fn end_points(points: &[Point], source: bool) -> (usize, usize, Option<usize>) {
    let n = points.len();
    if source {
        (0, 1, (n > 2).then_some(2))
    } else {
        (n - 1, n - 2, (n > 2).then(|| n - 3))
    }
}

/// Spreads the ports of `edges` that share a point of a side.
pub fn spread_ports(edges: &mut [EdgeScene]) {
    let mut groups: BTreeMap<(String, Side, i64, i64), Vec<End>> = BTreeMap::new();
    for (i, e) in edges.iter().enumerate() {
        // Straight fallbacks and two-point lines keep their ends: moving one
        // end of a single segment would tilt it.
        if e.route.as_ref().is_none_or(|r| r.straight) || e.path.points.len() < 3 {
            continue;
        }
        for (source, id, rect) in [
            (true, &e.source, e.source_box),
            (false, &e.target, e.target_box),
        ] {
            let (at, _, after) = end_points(&e.path.points, source);
            let p = e.path.points[at];
            let Some(side) = Side::of(&rect, p) else {
                continue;
            };
            let beyond = after.map_or(p, |k| e.path.points[k]);
            let heading = if side.along_x() { beyond.0 } else { beyond.1 };
            let key = (id.to_string(), side, p.0.round() as i64, p.1.round() as i64);
            groups.entry(key).or_default().push(End {
                edge: i,
                source,
                heading,
            });
        }
    }
    for ((_, side, _, _), mut ends) in groups {
        if ends.len() < 2 {
            continue;
        }
        ends.sort_by(|a, b| a.heading.total_cmp(&b.heading).then(a.edge.cmp(&b.edge)));
        let first = &edges[ends[0].edge];
        let rect = if ends[0].source {
            first.source_box
        } else {
            first.target_box
        };
        let (lo, hi) = if side.along_x() {
            (rect.x + CORNER, rect.x + rect.width - CORNER)
        } else {
            (rect.y + CORNER, rect.y + rect.height - CORNER)
        };
        let n = ends.len();
        let gap = PORT_GAP.min(((hi - lo) / (n as f64 - 1.0)).max(0.0));
        for (k, end) in ends.iter().enumerate() {
            let shift = (k as f64 - (n as f64 - 1.0) / 2.0) * gap;
            let points = &mut edges[end.edge].path.points;
            let (at, next, _) = end_points(points, end.source);
            let base = if side.along_x() {
                points[at].0
            } else {
                points[at].1
            };
            let moved = (base + shift).clamp(lo.min(hi), hi.max(lo)) - base;
            // The stub is perpendicular to the side: moving both of its
            // points keeps it so, and the run after it keeps its direction.
            for j in [at, next] {
                if side.along_x() {
                    points[j].0 += moved;
                } else {
                    points[j].1 += moved;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
