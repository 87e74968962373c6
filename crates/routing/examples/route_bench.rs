//! Times edge routing on a large made-up view (1,000 boxes, 1,500 edges) and
//! prints the figures. Run with `cargo run --release --example route_bench`.
//! A measurement only: it must never assert on times.

use std::time::Instant;

use conway_geometry::{edge_ends, Rect};
use conway_routing::{route_edge, route_edges, segment_crosses, Obstacle, ObstacleIndex, Route};

/// A small deterministic generator (no dependency, same view every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        ((self.next() * n as f64) as usize).min(n - 1)
    }
}

const COLUMNS: usize = 40;
const ROWS: usize = 25;

fn view(rng: &mut Lcg) -> (Vec<Obstacle>, Vec<(usize, usize)>) {
    let mut boxes = Vec::new();
    for k in 0..COLUMNS * ROWS {
        let (c, r) = ((k % COLUMNS) as f64, (k / COLUMNS) as f64);
        boxes.push(Obstacle {
            rect: Rect {
                x: c * 320.0 + rng.next() * 40.0,
                y: r * 240.0 + rng.next() * 40.0,
                width: 120.0 + rng.next() * 120.0,
                height: 60.0 + rng.next() * 100.0,
            },
            solid: true,
        });
    }
    let mut edges = Vec::new();
    while edges.len() < 1500 {
        let s = rng.below(boxes.len());
        let t = if rng.next() < 0.85 {
            // Mostly near neighbours, as in drawn views.
            let (c, r) = ((s % COLUMNS) as i64, (s / COLUMNS) as i64);
            let c = (c + rng.below(7) as i64 - 3).clamp(0, COLUMNS as i64 - 1);
            let r = (r + rng.below(5) as i64 - 2).clamp(0, ROWS as i64 - 1);
            (r * COLUMNS as i64 + c) as usize
        } else {
            rng.below(boxes.len())
        };
        edges.push((s, t));
        if rng.next() < 0.1 {
            edges.push((t, s));
        }
    }
    edges.truncate(1500);
    (boxes, edges)
}

fn crossings(boxes: &[Obstacle], edges: &[(usize, usize)], routes: &[Route]) -> (usize, usize) {
    let (mut straight_lines, mut routed) = (0, 0);
    for (&(s, t), route) in edges.iter().zip(routes) {
        let (a, b) = edge_ends(boxes[s].rect, boxes[t].rect);
        for (i, o) in boxes.iter().enumerate() {
            if i == s || i == t {
                continue;
            }
            if s != t && segment_crosses(a, b, &o.rect) {
                straight_lines += 1;
            }
            for w in route.points.windows(2) {
                if segment_crosses(w[0], w[1], &o.rect) {
                    routed += 1;
                }
            }
        }
    }
    (straight_lines, routed)
}

fn main() {
    let mut rng = Lcg(20261123);
    let (boxes, edges) = view(&mut rng);
    // Warm up, then time a few whole-view runs.
    let _ = route_edges(&boxes, &edges);
    let runs = 5;
    let started = Instant::now();
    let mut routes = Vec::new();
    for _ in 0..runs {
        routes = route_edges(&boxes, &edges);
    }
    let whole = started.elapsed().as_secs_f64() / runs as f64;
    let straight = routes.iter().filter(|r| r.straight).count();
    let bends: usize = routes
        .iter()
        .filter(|r| !r.straight)
        .map(|r| r.points.len().saturating_sub(2))
        .sum();
    println!(
        "{} boxes, {} edges: route_edges {:.1} ms (mean of {runs}); {} straight fallbacks; {:.2} bends per routed edge",
        boxes.len(),
        edges.len(),
        whole * 1e3,
        straight,
        bends as f64 / (routes.len() - straight).max(1) as f64
    );

    let mut histogram = [0usize; 6];
    for r in routes.iter().filter(|r| !r.straight) {
        histogram[r.points.len().saturating_sub(2).min(5)] += 1;
    }
    println!("routed edges by bends (0, 1, 2, 3, 4, 5+): {histogram:?}");

    let started = Instant::now();
    let index = ObstacleIndex::new(&boxes);
    println!(
        "ObstacleIndex::new: {:.1} µs",
        started.elapsed().as_secs_f64() * 1e6
    );

    // Live dragging: every edge routed alone with a prebuilt index.
    let mut worst: f64 = 0.0;
    let mut slow = 0;
    let started = Instant::now();
    for &(s, t) in &edges {
        let one = Instant::now();
        let _ = route_edge(&boxes, &index, s, t, 0.0);
        let took = one.elapsed().as_secs_f64();
        worst = worst.max(took);
        slow += usize::from(took > 1e-3);
    }
    let per_edge = started.elapsed().as_secs_f64() / edges.len() as f64;
    println!(
        "route_edge: {:.1} µs per edge on average, {:.2} ms at worst, {slow} edges over 1 ms",
        per_edge * 1e6,
        worst * 1e3
    );

    let (before, after) = crossings(&boxes, &edges, &routes);
    println!("box crossings: {before} with straight lines, {after} with routes (straight fallbacks included)");
}
