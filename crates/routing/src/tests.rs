//! Tests of edge routing: hand-made cases and properties over random views.
//! Tests only; nothing here may be used by the routing itself.

use proptest::prelude::*;

use super::*;
use conway_geometry::edge_ends;

/// A solid box (also used by `live_tests`).
pub(super) fn solid(x: f64, y: f64, width: f64, height: f64) -> Obstacle {
    Obstacle {
        rect: Rect {
            x,
            y,
            width,
            height,
        },
        solid: true,
    }
}

fn on_border(p: (f64, f64), r: &Rect) -> bool {
    let tol = 0.5;
    let within_x = p.0 >= r.x - tol && p.0 <= r.x + r.width + tol;
    let within_y = p.1 >= r.y - tol && p.1 <= r.y + r.height + tol;
    let on_x = (p.0 - r.x).abs() <= tol || (p.0 - r.x - r.width).abs() <= tol;
    let on_y = (p.1 - r.y).abs() <= tol || (p.1 - r.y - r.height).abs() <= tol;
    (on_x && within_y) || (on_y && within_x)
}

fn orthogonal(points: &[(f64, f64)]) -> bool {
    points
        .windows(2)
        .all(|w| w[0].0 == w[1].0 || w[0].1 == w[1].1)
}

fn on_path(p: (f64, f64), points: &[(f64, f64)]) -> bool {
    points.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        let inside = |v: f64, l: f64, h: f64| v >= l.min(h) - 1e-9 && v <= l.max(h) + 1e-9;
        let cross = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
        cross.abs() < 1e-6 && inside(p.0, a.0, b.0) && inside(p.1, a.1, b.1)
    })
}

/// Inside by more than rounding (a path may run along a box's border).
fn strictly_inside(p: (f64, f64), r: &Rect) -> bool {
    let e = 1e-6;
    p.0 > r.x + e && p.0 < r.x + r.width - e && p.1 > r.y + e && p.1 < r.y + r.height - e
}

/// Source, a box in the way, target, left to right.
fn blocked_row() -> Vec<Obstacle> {
    vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(200.0, -40.0, 100.0, 140.0),
        solid(400.0, 0.0, 100.0, 60.0),
    ]
}

#[test]
fn segment_crossing_truth_table() {
    let r = Rect {
        x: 0.0,
        y: 0.0,
        width: 100.0,
        height: 50.0,
    };
    // Through the middle, horizontally, vertically, diagonally.
    assert!(segment_crosses((-10.0, 25.0), (110.0, 25.0), &r));
    assert!(segment_crosses((50.0, -10.0), (50.0, 60.0), &r));
    assert!(segment_crosses((-10.0, -10.0), (110.0, 60.0), &r));
    // Starting inside, or entirely inside.
    assert!(segment_crosses((50.0, 25.0), (200.0, 25.0), &r));
    assert!(segment_crosses((10.0, 10.0), (20.0, 20.0), &r));
    // Along the border, or ending on it: touching does not count.
    assert!(!segment_crosses((-10.0, 0.0), (110.0, 0.0), &r));
    assert!(!segment_crosses((100.0, -10.0), (100.0, 60.0), &r));
    assert!(!segment_crosses((-50.0, 25.0), (0.0, 25.0), &r));
    // Through a corner only, beside it, or a point.
    assert!(!segment_crosses((-10.0, 10.0), (10.0, -10.0), &r));
    assert!(!segment_crosses((-10.0, 70.0), (110.0, 70.0), &r));
    assert!(!segment_crosses((50.0, 25.0), (50.0, 25.0), &r) || strictly_inside((50.0, 25.0), &r));
    // Degenerate rectangles and NaN never cross.
    let flat = Rect { height: 0.0, ..r };
    assert!(!segment_crosses((50.0, -10.0), (50.0, 10.0), &flat));
    assert!(!segment_crosses((f64::NAN, 25.0), (110.0, 25.0), &r));
}

#[test]
fn a_box_in_the_way_is_gone_around() {
    let boxes = blocked_row();
    let (from, to) = edge_ends(boxes[0].rect, boxes[2].rect);
    assert!(
        segment_crosses(from, to, &boxes[1].rect),
        "the straight line would cross"
    );
    let route = &route_edges(&boxes, &[(0, 2)])[0];
    assert!(!route.straight, "{route:?}");
    assert!(orthogonal(&route.points), "{route:?}");
    assert!(on_border(route.points[0], &boxes[0].rect));
    assert!(on_border(*route.points.last().unwrap(), &boxes[2].rect));
    for w in route.points.windows(2) {
        assert!(!segment_crosses(w[0], w[1], &boxes[1].rect), "{route:?}");
    }
    // Few bends: over or under the box in the way.
    assert!(route.points.len() <= 6, "{route:?}");
    // The label is on the path and not on the box in the way.
    assert!(on_path(route.label_at, &route.points), "{route:?}");
    assert!(!strictly_inside(route.label_at, &boxes[1].rect));
}

#[test]
fn aligned_boxes_get_a_straight_orthogonal_line() {
    let boxes = vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(300.0, 20.0, 100.0, 60.0),
    ];
    let route = &route_edges(&boxes, &[(0, 1)])[0];
    assert!(!route.straight);
    assert_eq!(route.points, vec![(100.0, 40.0), (300.0, 40.0)]);
    assert_eq!(route.label_at, (200.0, 40.0));
}

/// The perpendicular distance between two parallel axis-aligned segments.
fn gap(a: &[(f64, f64)], b: &[(f64, f64)]) -> Option<f64> {
    let horizontal = |s: &[(f64, f64)]| s[0].1 == s[1].1;
    match (horizontal(a), horizontal(b)) {
        (true, true) => Some((a[0].1 - b[0].1).abs()),
        (false, false) => Some((a[0].0 - b[0].0).abs()),
        _ => None,
    }
}

#[test]
fn parallel_edges_run_side_by_side() {
    for boxes in [
        blocked_row(),
        vec![
            solid(0.0, 0.0, 120.0, 60.0),
            solid(300.0, 200.0, 120.0, 60.0),
        ],
    ] {
        let far = boxes.len() - 1;
        for edges in [vec![(0, far), (far, 0)], vec![(0, far), (far, 0), (0, far)]] {
            let mut routes = route_edges(&boxes, &edges);
            for (route, edge) in routes.iter_mut().zip(&edges) {
                if edge.0 > edge.1 {
                    route.points.reverse();
                }
            }
            for pair in routes.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                assert!(!a.straight && !b.straight);
                assert_ne!(a.points, b.points);
                assert_eq!(a.points.len(), b.points.len(), "{a:?} {b:?}");
                for (sa, sb) in a.points.windows(2).zip(b.points.windows(2)) {
                    let d = gap(sa, sb).expect("segments in step");
                    assert!((16.0..=22.5).contains(&d), "{d}: {a:?} {b:?}");
                }
                assert_ne!(a.label_at, b.label_at);
            }
        }
    }
}

#[test]
fn the_fan_rule_spreads_a_pair_symmetrically_in_either_direction() {
    let g = FAN_GAP;
    assert_eq!(fan_lanes(&[(0, 1)]), [0.0]);
    assert_eq!(fan_lanes(&[(0, 1), (1, 0)]), [-g / 2.0, g / 2.0]);
    assert_eq!(fan_lanes(&[(1, 0), (0, 1), (1, 0)]), [-g, 0.0, g]);
    // Other pairs keep their own fans; self-loops nest outwards.
    assert_eq!(
        fan_lanes(&[("a", "b"), ("b", "c"), ("b", "a"), ("c", "c"), ("c", "c")]),
        [-g / 2.0, 0.0, g / 2.0, 0.0, g]
    );
}

#[test]
fn a_self_loop_leaves_and_returns_on_the_right() {
    let boxes = vec![solid(100.0, 100.0, 120.0, 60.0)];
    let routes = route_edges(&boxes, &[(0, 0), (0, 0)]);
    let r = boxes[0].rect;
    for route in &routes {
        let p = &route.points;
        assert!(!route.straight);
        assert_eq!(p.len(), 5, "three bends: {p:?}");
        assert!(orthogonal(p));
        assert_eq!(p[0].1, r.y, "leaves from the top side");
        assert_eq!(p[4].0, r.x + r.width, "comes back into the right side");
        assert!(
            p[2].0 > r.x + r.width && p[1].1 < r.y,
            "goes round the corner"
        );
        assert!(on_path(route.label_at, p));
    }
    assert!(
        routes[1].points[2].0 > routes[0].points[2].0,
        "nested loops"
    );
}

#[test]
fn a_child_inside_its_boundary_gets_a_straight_line() {
    let mut boundary = solid(0.0, 0.0, 400.0, 300.0);
    boundary.solid = false;
    let boxes = vec![boundary, solid(100.0, 100.0, 100.0, 60.0)];
    let route = &route_edges(&boxes, &[(0, 1)])[0];
    assert!(route.straight);
    assert_eq!(route.points.len(), 2);
}

#[test]
fn odd_input_never_panics() {
    let boxes = vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(f64::NAN, 0.0, 100.0, 60.0),
        solid(1e300, -1e300, 1e300, 1e300),
        solid(500.0, 500.0, 0.0, 0.0),
        solid(-50.0, -50.0, -10.0, 20.0),
        solid(f64::INFINITY, 0.0, 1.0, 1.0),
        solid(200.0, 0.0, 1e-9, 1e-9),
    ];
    let mut edges = Vec::new();
    for s in 0..9 {
        for t in 0..9 {
            edges.push((s, t));
        }
    }
    edges.push((usize::MAX, 0));
    let routes = route_edges(&boxes, &edges);
    assert_eq!(routes.len(), edges.len());
    assert!(routes.last().unwrap().points.is_empty());
    let index = ObstacleIndex::new(&boxes);
    let lanes = [f64::NAN, f64::INFINITY, -1e300, 0.0, 1e6];
    for lane in lanes {
        route_edge(&boxes, &index, 0, 3, lane);
        route_edge(&boxes, &index, 0, 0, lane);
    }
    assert!(route_edges(&[], &[(0, 1)])[0].points.is_empty());
}

/// Boxes on a grid with jitter, so that they never overlap (but may touch).
fn view() -> impl Strategy<Value = (Vec<Obstacle>, Vec<(usize, usize)>)> {
    (2usize..40, 2usize..8).prop_flat_map(|(n, columns)| {
        let boxes = proptest::collection::vec(
            (
                0.0..10.0f64,
                0.0..10.0f64,
                40.0..240.0f64,
                40.0..240.0f64,
                0..5u8,
            ),
            n,
        );
        let edges = proptest::collection::vec((0..n, 0..n), 1..30);
        (boxes, edges).prop_map(move |(boxes, edges)| {
            let boxes = boxes
                .into_iter()
                .enumerate()
                .map(|(k, (jx, jy, w, h, kind))| Obstacle {
                    rect: Rect {
                        x: (k % columns) as f64 * 250.0 + jx,
                        y: (k / columns) as f64 * 250.0 + jy,
                        width: w,
                        height: h,
                    },
                    solid: kind != 0,
                })
                .collect();
            (boxes, edges)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn routes_miss_other_boxes_and_join_their_ends((boxes, edges) in view()) {
        let routes = route_edges(&boxes, &edges);
        prop_assert_eq!(routes.len(), edges.len());
        prop_assert_eq!(&routes, &route_edges(&boxes, &edges), "deterministic");
        for (route, &(s, t)) in routes.iter().zip(&edges) {
            prop_assert!(route.points.len() >= 2);
            if route.straight {
                continue;
            }
            let p = &route.points;
            prop_assert!(orthogonal(p), "{:?}", route);
            prop_assert!(on_border(p[0], &boxes[s].rect), "{:?}", route);
            prop_assert!(on_border(p[p.len() - 1], &boxes[t].rect), "{:?}", route);
            prop_assert!(on_path(route.label_at, p), "{:?}", route);
            for (i, b) in boxes.iter().enumerate() {
                if !b.solid || i == s || i == t {
                    continue;
                }
                for w in p.windows(2) {
                    prop_assert!(!segment_crosses(w[0], w[1], &b.rect), "{:?} crosses {}", route, i);
                }
                prop_assert!(!strictly_inside(route.label_at, &b.rect));
            }
        }
    }
}

#[test]
fn diagonal_neighbours_get_one_bend_either_way() {
    let boxes = vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(300.0, 200.0, 100.0, 60.0),
    ];
    let routes = [
        route_edges(&boxes, &[(0, 1)]).remove(0),
        route_edges(&boxes, &[(1, 0)]).remove(0),
    ];
    assert_eq!(
        routes[0].points,
        vec![(100.0, 30.0), (350.0, 30.0), (350.0, 200.0)]
    );
    let mut back = routes[1].points.clone();
    back.reverse();
    assert_eq!(back, routes[0].points, "same path in both directions");
    assert_eq!(routes[0].label_at, routes[1].label_at);
}

#[test]
fn a_long_edge_across_a_crowded_view_still_goes_around() {
    // 30 by 30 boxes: the window holds too many lines and is thinned.
    let mut boxes = Vec::new();
    for k in 0..900 {
        let (c, r) = ((k % 30) as f64, (k / 30) as f64);
        let jitter = (k * 37 % 29) as f64;
        boxes.push(solid(c * 300.0 + jitter, r * 220.0 + jitter, 180.0, 120.0));
    }
    let edges = [(0, 899), (29, 870)];
    for (route, &(s, t)) in route_edges(&boxes, &edges).iter().zip(&edges) {
        assert!(!route.straight);
        assert!(orthogonal(&route.points));
        for (i, b) in boxes.iter().enumerate() {
            for w in route.points.windows(2) {
                assert!(i == s || i == t || !segment_crosses(w[0], w[1], &b.rect));
            }
        }
    }
}
