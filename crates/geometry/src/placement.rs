//! Incremental placement: where a box joining a view goes so that it touches
//! nothing already there, as near as possible to where it is wanted (beside
//! the element it was connected from, or under the pointer). It only chooses
//! a spot; it never moves what is placed.

use super::Rect;

/// The room kept around a placed box, and the step between spots tried.
const GAP: f64 = 40.0;
const STEP: f64 = 20.0;
/// How many rings of spots are tried before giving up and going below everything.
const RINGS: usize = 60;

/// Does `a`, with the gap around it, touch `b`?
fn touches(a: &Rect, b: &Rect) -> bool {
    a.x - GAP < b.x + b.width
        && b.x < a.x + a.width + GAP
        && a.y - GAP < b.y + b.height
        && b.y < a.y + a.height + GAP
}

fn free(spot: &Rect, taken: &[Rect]) -> bool {
    !taken.iter().any(|t| touches(spot, t))
}

/// The top-left corner for a box of `size` among `taken` boxes (boundaries
/// should not be passed: a box may sit inside one), starting from `wanted`
/// (its top-left) and searching outward ring by ring, on a 20 px grid.
pub fn free_spot(taken: &[Rect], size: (f64, f64), wanted: (f64, f64)) -> (f64, f64) {
    let at = |x: f64, y: f64| Rect {
        x,
        y,
        width: size.0,
        height: size.1,
    };
    let snap = |v: f64| (v / STEP).round() * STEP;
    let (x0, y0) = (snap(wanted.0), snap(wanted.1));
    if free(&at(x0, y0), taken) {
        return (x0, y0);
    }
    for ring in 1..=RINGS as i64 {
        // The spots on the square ring at this distance, nearest first.
        let mut spots: Vec<(i64, i64)> = Vec::new();
        for i in -ring..=ring {
            spots.extend([(i, -ring), (i, ring)]);
            if i.abs() != ring {
                spots.extend([(-ring, i), (ring, i)]);
            }
        }
        spots.sort_by_key(|(dx, dy)| (dx * dx + dy * dy, *dy, *dx));
        for (dx, dy) in spots {
            let spot = at(x0 + dx as f64 * STEP, y0 + dy as f64 * STEP);
            if free(&spot, taken) {
                return (spot.x, spot.y);
            }
        }
    }
    // Crowded all around: below everything, at the wanted x.
    let bottom = taken.iter().map(|t| t.y + t.height).fold(y0, f64::max);
    (x0, snap(bottom + GAP + STEP))
}

/// The spot for a box of `size` joining the view next to `neighbour`: below
/// it (or to its right when the view runs left to right), else as near as
/// there is room.
pub fn beside(taken: &[Rect], size: (f64, f64), neighbour: Rect, left_right: bool) -> (f64, f64) {
    let wanted = if left_right {
        (
            neighbour.x + neighbour.width + 2.0 * GAP,
            neighbour.y + (neighbour.height - size.1) / 2.0,
        )
    } else {
        (
            neighbour.x + (neighbour.width - size.0) / 2.0,
            neighbour.y + neighbour.height + 2.0 * GAP,
        )
    };
    free_spot(taken, size, wanted)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rect(x: f64, y: f64, width: f64, height: f64) -> Rect {
        Rect::new(x, y, width, height)
    }

    #[test]
    fn an_empty_spot_is_kept_and_a_taken_one_moves_just_clear() {
        let taken = [rect(0.0, 0.0, 200.0, 100.0)];
        assert_eq!(
            free_spot(&taken, (100.0, 60.0), (600.0, 600.0)),
            (600.0, 600.0)
        );
        let (x, y) = free_spot(&taken, (100.0, 60.0), (40.0, 20.0));
        assert!(free(&rect(x, y, 100.0, 60.0), &taken));
        assert!(
            (x - 40.0).abs() + (y - 20.0).abs() <= 300.0,
            "near: ({x}, {y})"
        );
    }

    #[test]
    fn beside_goes_below_or_to_the_right_of_the_neighbour() {
        let source = rect(100.0, 100.0, 200.0, 100.0);
        let (x, y) = beside(&[source], (200.0, 100.0), source, false);
        assert_eq!(x, 100.0);
        assert!((200.0..=300.0).contains(&y), "{y}");
        let (x, y) = beside(&[source], (200.0, 100.0), source, true);
        assert!((300.0..=400.0).contains(&x), "{x}");
        assert_eq!(y, 100.0);
    }

    proptest! {
        #[test]
        fn the_spot_never_touches_a_placed_box(
            boxes in proptest::collection::vec((-500.0..500.0f64, -500.0..500.0f64, 40.0..300.0f64, 40.0..200.0f64), 0..40),
            wanted in (-600.0..600.0f64, -600.0..600.0f64),
            size in (40.0..300.0f64, 40.0..200.0f64),
        ) {
            let taken: Vec<Rect> = boxes.into_iter().map(|(x, y, w, h)| rect(x, y, w, h)).collect();
            let (x, y) = free_spot(&taken, size, wanted);
            let spot = rect(x, y, size.0, size.1);
            prop_assert!(taken.iter().all(|t| !touches(&spot, t)));
            prop_assert_eq!((x, y), free_spot(&taken, size, wanted));
        }
    }
}
