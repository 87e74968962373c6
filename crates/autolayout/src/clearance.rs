//! Finding room for a laid-out block among boxes that must not move. Moves
//! only the block, as a whole; never an obstacle.

use super::engine::{down_to_step, up_to_step, BOX_GAP};
use super::Rect;

/// Beyond this many obstacles only straight moves (along one axis) are tried
/// before giving up and going below everything, to stay fast.
const DIAGONAL_LIMIT: usize = 60;

fn right(r: &Rect) -> f64 {
    r.x + r.width
}

fn bottom(r: &Rect) -> f64 {
    r.y + r.height
}

fn finite(r: &Rect) -> bool {
    [r.x, r.y, r.width, r.height].iter().all(|v| v.is_finite())
}

/// Whether two boxes overlap (touching edges do not).
pub fn overlap(a: &Rect, b: &Rect) -> bool {
    a.overlaps(b)
}

/// Top-left corner for a block of `size` as close to `anchor` as possible
/// (on the 10 px grid) that keeps `BOX_GAP` clear of every obstacle.
///
/// With an `area` (the inside of a pinned boundary) the block stays inside it
/// when it can. When it cannot, the block overflows the area (a pinned
/// boundary is never resized): a block too big for the area starts at the
/// area's top-left corner if that is clear, and otherwise (or when pinned
/// children leave no room) it goes below every obstacle, at the area's left
/// edge.
pub fn clear_spot(
    size: (f64, f64),
    anchor: (f64, f64),
    obstacles: &[Rect],
    area: Option<Rect>,
) -> (f64, f64) {
    let (w, h) = size;
    let obstacles: Vec<Rect> = obstacles.iter().filter(|r| finite(r)).copied().collect();
    let area = area.filter(finite);
    // The range of top-left corners that keep the block inside the area.
    let range = area.map(|a| {
        let x = (up_to_step(a.x), down_to_step(right(&a) - w));
        let y = (up_to_step(a.y), down_to_step(bottom(&a) - h));
        (x, y)
    });
    let fits_area = range.is_some_and(|((x0, x1), (y0, y1))| x0 <= x1 && y0 <= y1);
    let mut anchor = (down_to_step(anchor.0), down_to_step(anchor.1));
    match (fits_area, range, area) {
        (true, Some(((x0, x1), (y0, y1))), _) => {
            anchor = (anchor.0.clamp(x0, x1), anchor.1.clamp(y0, y1));
        }
        (false, _, Some(a)) => anchor = (up_to_step(a.x), up_to_step(a.y)),
        _ => {}
    }
    let free = |x: f64, y: f64| {
        if let (true, Some(((x0, x1), (y0, y1)))) = (fits_area, range) {
            if x < x0 || x > x1 || y < y0 || y > y1 {
                return false;
            }
        }
        let block = Rect {
            x: x - BOX_GAP,
            y: y - BOX_GAP,
            width: w + 2.0 * BOX_GAP,
            height: h + 2.0 * BOX_GAP,
        };
        !obstacles.iter().any(|o| overlap(&block, o))
    };
    if free(anchor.0, anchor.1) {
        return anchor;
    }
    let mut xs = vec![anchor.0];
    let mut ys = vec![anchor.1];
    for o in &obstacles {
        xs.push(up_to_step(right(o) + BOX_GAP));
        xs.push(down_to_step(o.x - BOX_GAP - w));
        ys.push(up_to_step(bottom(o) + BOX_GAP));
        ys.push(down_to_step(o.y - BOX_GAP - h));
    }
    if let (true, Some(((x0, x1), (y0, y1)))) = (fits_area, range) {
        xs.extend([x0, x1]);
        ys.extend([y0, y1]);
    }
    let cost = |&(x, y): &(f64, f64)| (x - anchor.0).abs() + (y - anchor.1).abs();
    let best = |candidates: Vec<(f64, f64)>| {
        candidates
            .into_iter()
            .filter(|&(x, y)| free(x, y))
            .min_by(|a, b| {
                cost(a)
                    .total_cmp(&cost(b))
                    .then(a.1.total_cmp(&b.1))
                    .then(a.0.total_cmp(&b.0))
            })
    };
    let straight: Vec<(f64, f64)> = xs
        .iter()
        .map(|&x| (x, anchor.1))
        .chain(ys.iter().map(|&y| (anchor.0, y)))
        .collect();
    if let Some(spot) = best(straight) {
        return spot;
    }
    if obstacles.len() <= DIAGONAL_LIMIT {
        let all = xs.iter().flat_map(|&x| ys.iter().map(move |&y| (x, y)));
        if let Some(spot) = best(all.collect()) {
            return spot;
        }
    }
    // Below everything: always clear of the obstacles.
    let lowest = obstacles
        .iter()
        .map(bottom)
        .fold(f64::NEG_INFINITY, f64::max);
    let x = area.map_or(anchor.0, |a| up_to_step(a.x));
    (x, anchor.1.max(up_to_step(lowest + BOX_GAP)))
}
