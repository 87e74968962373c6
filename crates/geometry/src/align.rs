//! Snapping a dragged selection to the edges and centres of the other
//! elements in the view, and the guide lines that show what it snapped to.

use super::Rect;

/// A guide line to draw while dragging, in canvas coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Guide {
    /// A vertical line at x = `at` (else horizontal at y = `at`).
    pub vertical: bool,
    pub at: f64,
    /// Where the line starts and ends along its length.
    pub from: f64,
    pub to: f64,
}

/// The lines a drag can snap to: left, centre and right of every other box,
/// and their top, middle and bottom. Built once when a drag starts.
#[derive(Clone, Debug, Default)]
pub struct Alignment {
    boxes: Vec<Rect>,
    xs: Vec<f64>,
    ys: Vec<f64>,
}

fn xs_of(r: Rect) -> [f64; 3] {
    [r.x, r.x + r.width / 2.0, r.x + r.width]
}

fn ys_of(r: Rect) -> [f64; 3] {
    [r.y, r.y + r.height / 2.0, r.y + r.height]
}

fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

/// The candidate nearest to `value`, if within `threshold`: the signed
/// distance to move by.
fn nearest(candidates: &[f64], value: f64, threshold: f64) -> Option<f64> {
    let i = candidates.partition_point(|c| *c < value);
    [i.checked_sub(1), Some(i)]
        .into_iter()
        .flatten()
        .filter_map(|j| candidates.get(j))
        .map(|c| c - value)
        .filter(|d| d.abs() <= threshold)
        .min_by(|a, b| a.abs().total_cmp(&b.abs()))
}

/// The box with its axes swapped, so horizontal guides are found the way
/// vertical ones are.
fn transposed(r: Rect) -> Rect {
    Rect {
        x: r.y,
        y: r.x,
        width: r.height,
        height: r.width,
    }
}

impl Alignment {
    /// Guides through each edge and centre of `snapped` that other boxes
    /// share: vertical ones (lines of equal x) or horizontal ones.
    fn guides(&self, snapped: Rect, vertical: bool) -> Vec<Guide> {
        let axis = |r: Rect| if vertical { r } else { transposed(r) };
        let snapped = axis(snapped);
        let on = |a: f64, b: f64| (a - b).abs() < 1e-6;
        xs_of(snapped)
            .into_iter()
            .filter_map(|at| {
                let aligned: Vec<Rect> = self
                    .boxes
                    .iter()
                    .map(|r| axis(*r))
                    .filter(|r| xs_of(*r).into_iter().any(|v| on(v, at)))
                    .collect();
                (!aligned.is_empty()).then(|| Guide {
                    vertical,
                    at,
                    from: aligned.iter().map(|r| r.y).fold(snapped.y, f64::min),
                    to: aligned
                        .iter()
                        .map(|r| r.y + r.height)
                        .fold(snapped.y + snapped.height, f64::max),
                })
            })
            .collect()
    }

    pub fn new(others: Vec<Rect>) -> Self {
        let xs = sorted(others.iter().flat_map(|r| xs_of(*r)).collect());
        let ys = sorted(others.iter().flat_map(|r| ys_of(*r)).collect());
        Alignment {
            boxes: others,
            xs,
            ys,
        }
    }

    /// Adjusts `offset` so that an edge or the centre of `moving` (shifted by
    /// the offset) lands on another box's edge or centre within `threshold`,
    /// on each axis separately, and returns the guides for what it snapped to.
    pub fn snap(
        &self,
        moving: Rect,
        offset: (f64, f64),
        threshold: f64,
    ) -> ((f64, f64), Vec<Guide>) {
        let best = |lines: &[f64], own: [f64; 3]| {
            own.into_iter()
                .filter_map(|v| nearest(lines, v, threshold))
                .min_by(|a, b| a.abs().total_cmp(&b.abs()))
        };
        let shifted = Rect {
            x: moving.x + offset.0,
            y: moving.y + offset.1,
            ..moving
        };
        let dx = best(&self.xs, xs_of(shifted)).unwrap_or(0.0);
        let dy = best(&self.ys, ys_of(shifted)).unwrap_or(0.0);
        let snapped = Rect {
            x: shifted.x + dx,
            y: shifted.y + dy,
            ..moving
        };
        let mut guides = self.guides(snapped, true);
        guides.extend(self.guides(snapped, false));
        ((offset.0 + dx, offset.1 + dy), guides)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rect(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect::new(x, y, width, height)
    }

    #[test]
    fn a_near_edge_or_centre_snaps_and_shows_a_guide() {
        let alignment = Alignment::new(vec![
            rect(0.0, 0.0, 100.0, 50.0),
            rect(300.0, 200.0, 80.0, 40.0),
        ]);
        // The moving box's left edge comes within 3 of the first box's right edge (100).
        let moving = rect(150.0, 100.0, 60.0, 30.0);
        let (offset, guides) = alignment.snap(moving, (-47.0, 11.0), 5.0);
        assert_eq!(offset.0, -50.0, "left edge lands on x = 100");
        let vertical: Vec<_> = guides.iter().filter(|g| g.vertical).collect();
        assert_eq!(vertical.len(), 1);
        assert_eq!(vertical[0].at, 100.0);
        assert_eq!((vertical[0].from, vertical[0].to), (0.0, 141.0));
        // Centres align on y: the moving middle (100 + 11 + 15 = 126) is far from 25 and 220.
        assert_eq!(offset.1, 11.0);
    }

    #[test]
    fn nothing_near_leaves_the_offset_and_draws_no_guides() {
        let alignment = Alignment::new(vec![rect(0.0, 0.0, 100.0, 50.0)]);
        let (offset, guides) = alignment.snap(rect(500.0, 500.0, 60.0, 30.0), (7.0, 3.0), 5.0);
        assert_eq!(offset, (7.0, 3.0));
        assert!(guides.is_empty());
        let empty = Alignment::default();
        assert_eq!(
            empty.snap(rect(0.0, 0.0, 10.0, 10.0), (1.0, 2.0), 5.0).0,
            (1.0, 2.0)
        );
    }

    proptest! {
        #[test]
        fn snapping_moves_at_most_the_threshold_and_lands_on_a_line(
            boxes in prop::collection::vec((-1000.0..1000.0f64, -1000.0..1000.0f64, 20.0..300.0f64, 20.0..300.0f64), 1..30),
            dx in -500.0..500.0f64, dy in -500.0..500.0f64,
        ) {
            let others: Vec<Rect> = boxes.iter().map(|&(x, y, w, h)| rect(x, y, w, h)).collect();
            let alignment = Alignment::new(others);
            let moving = rect(0.0, 0.0, 120.0, 60.0);
            let (offset, guides) = alignment.snap(moving, (dx, dy), 6.0);
            prop_assert!((offset.0 - dx).abs() <= 6.0 + 1e-9);
            prop_assert!((offset.1 - dy).abs() <= 6.0 + 1e-9);
            if offset.0 != dx {
                prop_assert!(guides.iter().any(|g| g.vertical));
            }
            if offset.1 != dy {
                prop_assert!(guides.iter().any(|g| !g.vertical));
            }
        }
    }
}
