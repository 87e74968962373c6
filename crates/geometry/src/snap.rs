//! Snapping while dragging and resizing: positions land on a grid, and a
//! gesture's moves are computed from its start so rounding never drifts.

use super::Rect;

/// The grid elements snap to when snapping is on, in canvas units.
pub const GRID: f64 = 10.0;
/// The smallest size a resize leaves.
pub const MIN_SIZE: f64 = 40.0;

pub fn snap(value: f64, grid: Option<f64>) -> f64 {
    match grid {
        Some(g) if g > 0.0 => (value / g).round() * g,
        _ => value,
    }
}

/// The delta to apply now so that the dragged element's corner `anchor` ends
/// up at `anchor + total` (snapped), given the delta `applied` so far.
pub fn drag_step(
    anchor: (f64, f64),
    total: (f64, f64),
    applied: (f64, f64),
    grid: Option<f64>,
) -> (f64, f64) {
    let x = snap(anchor.0 + total.0, grid) - anchor.0;
    let y = snap(anchor.1 + total.1, grid) - anchor.1;
    (x - applied.0, y - applied.1)
}

/// Which corner a resize handle holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Corner {
    TopLeft,
    TopRight,
    BottomRight,
    BottomLeft,
}

impl Corner {
    pub const ALL: [Corner; 4] = [
        Corner::TopLeft,
        Corner::TopRight,
        Corner::BottomRight,
        Corner::BottomLeft,
    ];

    /// Where the handle sits on a box of this size.
    pub fn point(self, width: f64, height: f64) -> (f64, f64) {
        match self {
            Corner::TopLeft => (0.0, 0.0),
            Corner::TopRight => (width, 0.0),
            Corner::BottomRight => (width, height),
            Corner::BottomLeft => (0.0, height),
        }
    }
}

/// The box after dragging `corner` by `delta`: the opposite corner stays put,
/// edges snap, and the box never gets smaller than `MIN_SIZE`.
pub fn resized(original: Rect, corner: Corner, delta: (f64, f64), grid: Option<f64>) -> Rect {
    let (left, top) = (original.x, original.y);
    let (right, bottom) = (original.x + original.width, original.y + original.height);
    let moves_left = matches!(corner, Corner::TopLeft | Corner::BottomLeft);
    let moves_top = matches!(corner, Corner::TopLeft | Corner::TopRight);
    let (x0, x1) = if moves_left {
        ((snap(left + delta.0, grid)).min(right - MIN_SIZE), right)
    } else {
        (left, (snap(right + delta.0, grid)).max(left + MIN_SIZE))
    };
    let (y0, y1) = if moves_top {
        ((snap(top + delta.1, grid)).min(bottom - MIN_SIZE), bottom)
    } else {
        (top, (snap(bottom + delta.1, grid)).max(top + MIN_SIZE))
    };
    Rect {
        x: x0,
        y: y0,
        width: x1 - x0,
        height: y1 - y0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drags_add_up_to_the_snapped_total_without_drift() {
        let anchor = (13.0, 7.0);
        let mut applied = (0.0, 0.0);
        for total in [(3.3, 1.0), (8.9, 4.4), (27.2, 14.6)] {
            let step = drag_step(anchor, total, applied, Some(GRID));
            applied = (applied.0 + step.0, applied.1 + step.1);
            let landed = (anchor.0 + applied.0, anchor.1 + applied.1);
            assert_eq!(landed.0 % GRID, 0.0);
            assert_eq!(landed.1 % GRID, 0.0);
        }
        assert_eq!((anchor.0 + applied.0, anchor.1 + applied.1), (40.0, 20.0));
        assert_eq!(
            drag_step(anchor, (5.5, -2.25), (0.0, 0.0), None),
            (5.5, -2.25)
        );
    }

    #[test]
    fn resizing_keeps_the_opposite_corner_and_a_minimum_size() {
        let r = Rect {
            x: 100.0,
            y: 100.0,
            width: 200.0,
            height: 100.0,
        };
        let bigger = resized(r, Corner::BottomRight, (47.0, 23.0), Some(GRID));
        assert_eq!(
            bigger,
            Rect {
                x: 100.0,
                y: 100.0,
                width: 250.0,
                height: 120.0
            }
        );
        let from_top_left = resized(r, Corner::TopLeft, (-30.0, 10.0), None);
        assert_eq!(
            (
                from_top_left.x + from_top_left.width,
                from_top_left.y + from_top_left.height
            ),
            (300.0, 200.0)
        );
        let squashed = resized(r, Corner::TopRight, (-500.0, 500.0), None);
        assert_eq!((squashed.width, squashed.height), (MIN_SIZE, MIN_SIZE));
        assert_eq!((squashed.x, squashed.y + squashed.height), (100.0, 200.0));
    }
}
