//! Counting edge crossings in a drawing, for benchmarks and tests. Never
//! changes a drawing.

use super::Rect;

/// An edge's two ends (node indices) and their centres.
type Segment = (usize, usize, (f64, f64), (f64, f64));

/// How many pairs of edges cross, each edge drawn as a straight segment
/// between box centres (edges sharing an end do not count). Edges out of
/// range, self-loops and non-finite centres are skipped; duplicates share
/// their ends, so they never count against each other.
pub fn crossings(rects: &[Rect], edges: &[(usize, usize)]) -> usize {
    let segments: Vec<Segment> = edges
        .iter()
        .filter(|&&(a, b)| a != b)
        .filter_map(|&(a, b)| {
            let p = rects.get(a)?.centre();
            let q = rects.get(b)?.centre();
            let finite = [p.0, p.1, q.0, q.1].iter().all(|v| v.is_finite());
            finite.then_some((a, b, p, q))
        })
        .collect();
    let mut count = 0;
    for (i, &(a, b, p, q)) in segments.iter().enumerate() {
        for &(c, d, r, s) in &segments[i + 1..] {
            let shared = a == c || a == d || b == c || b == d;
            if !shared && cross(p, q, r, s) {
                count += 1;
            }
        }
    }
    count
}

/// Which side of the line through `p` and `q` the point `r` lies on.
fn side(p: (f64, f64), q: (f64, f64), r: (f64, f64)) -> f64 {
    let v = (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    if v > 0.0 {
        1.0
    } else if v < 0.0 {
        -1.0
    } else {
        0.0
    }
}

/// Whether segments pq and rs cross at a single point inside both
/// (touching or overlapping collinear segments do not count).
fn cross(p: (f64, f64), q: (f64, f64), r: (f64, f64), s: (f64, f64)) -> bool {
    let (d1, d2) = (side(p, q, r), side(p, q, s));
    let (d3, d4) = (side(r, s, p), side(r, s, q));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}
