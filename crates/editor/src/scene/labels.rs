//! Where relationship labels go so that they can be read: along each
//! label's own line, at the spot nearest its middle that covers no element's
//! box and no label placed before it; when no spot is free, the one that
//! covers least. Labels are placed largest first, after routing, so a view
//! after auto-layout, a drag or an import reads the same, and exports (drawn
//! from the same scene) too. It only moves label centres; it never reroutes.

use std::collections::HashMap;

use super::edge::{EdgeScene, Point};
use super::text::RELATIONSHIP_LINE;
use conway_geometry::Rect;

/// Where along its line a label may sit, as shares of the line's length,
/// nearest the middle first.
const ALONG: [f64; 13] = [
    0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88, 0.06, 0.94,
];
/// Room kept between a label and what it must not cover.
const CLEARANCE: f64 = 3.0;
/// The side of a cell of the grid that finds what is near a spot.
const CELL: f64 = 160.0;
/// A spot off the line (beside it, not on it) costs this much more than an
/// equally covered spot on it.
const OFF_LINE: f64 = 0.5;

/// What labels must not cover, found by grid cell.
struct Taken {
    rects: Vec<Rect>,
    cells: HashMap<(i64, i64), Vec<usize>>,
}

impl Taken {
    fn new() -> Self {
        Taken {
            rects: Vec::new(),
            cells: HashMap::new(),
        }
    }

    fn span(r: &Rect) -> impl Iterator<Item = (i64, i64)> {
        let cell = |v: f64| (v / CELL).floor() as i64;
        let (x0, x1) = (cell(r.x), cell(r.x + r.width));
        let (y0, y1) = (cell(r.y), cell(r.y + r.height));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn add(&mut self, r: Rect) {
        let i = self.rects.len();
        // A huge box (far out of the usual) is kept in fewer cells' worth of
        // checks by clamping its span; it is still found from its corners.
        for key in Self::span(&r).take(4096) {
            self.cells.entry(key).or_default().push(i);
        }
        self.rects.push(r);
    }

    /// The area of `r` that what is taken covers.
    fn covered(&self, r: &Rect) -> f64 {
        let mut seen: Vec<usize> = Vec::new();
        let mut area = 0.0;
        for key in Self::span(r) {
            for &i in self.cells.get(&key).into_iter().flatten() {
                if seen.contains(&i) {
                    continue;
                }
                seen.push(i);
                area += overlap(r, &self.rects[i]);
            }
        }
        area
    }
}

fn overlap(a: &Rect, b: &Rect) -> f64 {
    let w = (a.x + a.width).min(b.x + b.width) - a.x.max(b.x);
    let h = (a.y + a.height).min(b.y + b.height) - a.y.max(b.y);
    if w > 0.0 && h > 0.0 {
        w * h
    } else {
        0.0
    }
}

/// The point `share` of the way along `points`, and the direction of the
/// segment it falls on.
fn along(points: &[Point], share: f64) -> (Point, Point) {
    let lengths: Vec<f64> = points
        .windows(2)
        .map(|w| (w[1].0 - w[0].0).hypot(w[1].1 - w[0].1))
        .collect();
    let total: f64 = lengths.iter().sum();
    let mut left = total * share;
    for (w, length) in points.windows(2).zip(&lengths) {
        if left <= *length && *length > 0.0 {
            let t = left / length;
            let at = (
                w[0].0 + (w[1].0 - w[0].0) * t,
                w[0].1 + (w[1].1 - w[0].1) * t,
            );
            return (at, ((w[1].0 - w[0].0) / length, (w[1].1 - w[0].1) / length));
        }
        left -= length;
    }
    let last = points[points.len() - 1];
    (last, (1.0, 0.0))
}

fn label_box(centre: Point, (width, height): (f64, f64)) -> Rect {
    Rect {
        x: centre.0 - width / 2.0 - CLEARANCE,
        y: centre.1 - height / 2.0 - CLEARANCE,
        width: width + 2.0 * CLEARANCE,
        height: height + 2.0 * CLEARANCE,
    }
}

/// The spots a label of `size` may take on `points`: the router's choice,
/// then along the line from the middle out, then beside the line.
fn candidates(points: &[Point], routed: Point, size: (f64, f64)) -> Vec<(Point, f64)> {
    let mut spots = vec![(routed, 0.0)];
    spots.extend(ALONG.iter().map(|&share| (along(points, share).0, 0.0)));
    // Beside the line: just clear of it across the segment's direction,
    // then one label further; further off costs more.
    for (step, penalty) in [
        (1.0, OFF_LINE),
        (2.0, 2.0 * OFF_LINE),
        (3.0, 3.0 * OFF_LINE),
    ] {
        for &share in &ALONG {
            let ((x, y), (dx, dy)) = along(points, share);
            // Just clear of the line, then a line of text further: never
            // so far that the label seems to belong to another line.
            let half = (size.0 * dy.abs() + size.1 * dx.abs()) / 2.0;
            let reach = half + CLEARANCE * 2.0 + (step - 1.0) * (RELATIONSHIP_LINE + CLEARANCE);
            for side in [1.0, -1.0] {
                spots.push(((x - dy * reach * side, y + dx * reach * side), penalty));
            }
        }
    }
    spots
}

/// Moves each labelled edge's `path.label_at` to its most readable spot,
/// clear of `boxes` (the view's element boxes; boundaries excluded by the
/// caller) and of the labels placed before it.
pub fn place_labels(edges: &mut [EdgeScene], boxes: &[Rect]) {
    let mut taken = Taken::new();
    for b in boxes {
        taken.add(*b);
    }
    let mut order: Vec<usize> = (0..edges.len())
        .filter(|&i| edges[i].label.is_some() && edges[i].path.points.len() >= 2)
        .collect();
    let area = |e: &EdgeScene| e.label.as_ref().map_or(0.0, |l| l.width * l.height);
    order.sort_by(|&a, &b| area(&edges[b]).total_cmp(&area(&edges[a])).then(a.cmp(&b)));
    for i in order {
        let edge = &edges[i];
        let Some(label) = edge.label.as_ref() else {
            continue;
        };
        let size = (label.width, label.height);
        let mut best: Option<(f64, Point)> = None;
        for (spot, penalty) in candidates(&edge.path.points, edge.path.label_at, size) {
            let bounds = label_box(spot, size);
            let cost = taken.covered(&bounds) + penalty * size.0 * size.1 * 0.01;
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, spot));
            }
            if cost == 0.0 {
                break;
            }
        }
        if let Some((_, spot)) = best {
            edges[i].path.label_at = spot;
            taken.add(label_box(spot, size));
        }
    }
}

#[cfg(test)]
mod tests;
