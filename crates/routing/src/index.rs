//! A uniform-grid spatial index over the solid boxes, so routing one edge looks
//! only at the boxes near it. It only answers "which boxes may touch this
//! area"; it must never make routing decisions, and never panic on odd rects.

use super::Obstacle;
use conway_geometry::Rect;

/// At most this many cells along each axis, whatever the spread of the boxes.
const MAX_CELLS_PER_AXIS: usize = 128;

/// A spatial index over the solid boxes, built once per view and reused
/// across edges. Rebuild it when boxes move (it is cheap: one pass).
#[derive(Clone, Debug)]
pub struct ObstacleIndex {
    origin: (f64, f64),
    cell: (f64, f64),
    cols: usize,
    rows: usize,
    /// Box indices per cell, ascending.
    cells: Vec<Vec<usize>>,
}

/// A rectangle with finite corners and no negative size.
pub(crate) fn usable(r: &Rect) -> bool {
    r.x.is_finite()
        && r.y.is_finite()
        && r.width >= 0.0
        && r.height >= 0.0
        && (r.x + r.width).is_finite()
        && (r.y + r.height).is_finite()
}

impl ObstacleIndex {
    pub fn new(boxes: &[Obstacle]) -> Self {
        let solid: Vec<(usize, Rect)> = boxes
            .iter()
            .enumerate()
            .filter(|(_, b)| b.solid && usable(&b.rect))
            .map(|(i, b)| (i, b.rect))
            .collect();
        let mut index = ObstacleIndex {
            origin: (0.0, 0.0),
            cell: (1.0, 1.0),
            cols: 1,
            rows: 1,
            cells: vec![Vec::new()],
        };
        if solid.is_empty() {
            return index;
        }
        let (mut x0, mut y0) = (f64::INFINITY, f64::INFINITY);
        let (mut x1, mut y1) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
        for (_, r) in &solid {
            x0 = x0.min(r.x);
            y0 = y0.min(r.y);
            x1 = x1.max(r.x + r.width);
            y1 = y1.max(r.y + r.height);
        }
        let (span_x, span_y) = ((x1 - x0).max(1.0), (y1 - y0).max(1.0));
        let side = (span_x * span_y / solid.len() as f64).sqrt();
        if side.is_finite() && side > 0.0 {
            index.cols = cells_along(span_x / side);
            index.rows = cells_along(span_y / side);
            index.cell = (span_x / index.cols as f64, span_y / index.rows as f64);
            if !(index.cell.0 > 0.0 && index.cell.1 > 0.0) {
                index.cols = 1;
                index.rows = 1;
                index.cell = (span_x, span_y);
            }
        }
        index.origin = (x0, y0);
        index.cells = vec![Vec::new(); index.cols * index.rows];
        for (i, r) in solid {
            let (c0, c1) = (index.col(r.x), index.col(r.x + r.width));
            let (r0, r1) = (index.row(r.y), index.row(r.y + r.height));
            for row in r0..=r1 {
                for col in c0..=c1 {
                    index.cells[row * index.cols + col].push(i);
                }
            }
        }
        index
    }

    fn col(&self, x: f64) -> usize {
        clamp_cell((x - self.origin.0) / self.cell.0, self.cols)
    }

    fn row(&self, y: f64) -> usize {
        clamp_cell((y - self.origin.1) / self.cell.1, self.rows)
    }

    /// Indices (ascending, no repeats) of the solid boxes that may touch `area`.
    /// A superset: callers check the rectangles themselves.
    pub(crate) fn near(&self, area: &Rect) -> Vec<usize> {
        let (c0, c1) = (self.col(area.x), self.col(area.x + area.width));
        let (r0, r1) = (self.row(area.y), self.row(area.y + area.height));
        let mut found = Vec::new();
        for row in r0..=r1.max(r0) {
            for col in c0..=c1.max(c0) {
                if let Some(cell) = self.cells.get(row * self.cols + col) {
                    found.extend_from_slice(cell);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }
}

fn cells_along(ratio: f64) -> usize {
    if ratio.is_finite() {
        (ratio.ceil() as usize).clamp(1, MAX_CELLS_PER_AXIS)
    } else {
        1
    }
}

fn clamp_cell(at: f64, count: usize) -> usize {
    let at = at.floor();
    if at.is_nan() || at < 0.0 {
        0
    } else if at >= count as f64 {
        count - 1
    } else {
        at as usize
    }
}
