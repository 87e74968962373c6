//! Tests of live routing while dragging: hand-made cases and a property over
//! random views, drags and offsets. Tests only.

use proptest::prelude::*;

use super::tests::solid;
use super::*;
use conway_model::Id;

fn named(boxes: Vec<Obstacle>) -> Vec<(Id, Obstacle)> {
    boxes
        .into_iter()
        .enumerate()
        .map(|(i, b)| (Id::new(format!("n{i}")), b))
        .collect()
}

fn id(i: usize) -> Id {
    Id::new(format!("n{i}"))
}

/// The boxes with those in `moving` shifted by `offset`.
fn moved(boxes: &[(Id, Obstacle)], moving: &[Id], (dx, dy): (f64, f64)) -> Vec<Obstacle> {
    boxes
        .iter()
        .map(|(id, b)| {
            let mut b = b.clone();
            if moving.contains(id) {
                b.rect.x += dx;
                b.rect.y += dy;
            }
            b
        })
        .collect()
}

fn crosses(route: &Route, rect: &Rect) -> bool {
    route
        .points
        .windows(2)
        .any(|w| segment_crosses(w[0], w[1], rect))
}

/// n0 on the left, a wall n1 in the middle, n2 below on the right: dragging
/// n2 up puts the wall between n0 and n2.
fn wall() -> Vec<(Id, Obstacle)> {
    named(vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(250.0, -40.0, 100.0, 140.0),
        solid(600.0, 300.0, 100.0, 60.0),
    ])
}

#[test]
fn a_dragged_end_is_routed_as_afresh_around_the_box_in_its_way() {
    let boxes = wall();
    let edges = [(id(0), id(2))];
    let mut live = LiveRoutes::new(&boxes, &[id(2)], &edges);
    let offset = (0.0, -300.0);
    let route = live.route(&id(0), &id(2), 0.0, offset, None).unwrap();
    let fresh = moved(&boxes, &[id(2)], offset);
    let expected = route_edge(&fresh, &ObstacleIndex::new(&fresh), 0, 2, 0.0);
    assert_eq!(route, expected);
    assert!(!route.straight);
    assert!(route.points.len() > 2, "it bends: {route:?}");
    assert!(!crosses(&route, &fresh[1].rect), "{route:?}");
    // The other direction and another frame agree with routing afresh too.
    let back = live.route(&id(2), &id(0), 0.0, offset, None).unwrap();
    assert_eq!(
        back,
        route_edge(&fresh, &ObstacleIndex::new(&fresh), 2, 0, 0.0)
    );
    let later = live.route(&id(0), &id(2), 0.0, (10.0, 0.0), None).unwrap();
    let fresh = moved(&boxes, &[id(2)], (10.0, 0.0));
    assert_eq!(
        later,
        route_edge(&fresh, &ObstacleIndex::new(&fresh), 0, 2, 0.0)
    );
}

#[test]
fn both_ends_moving_keep_their_route_moved_unless_a_box_that_stays_blocks_it() {
    // n0 and n2 move together; n1 stays below them, then they land around it.
    let boxes = named(vec![
        solid(0.0, 0.0, 100.0, 60.0),
        solid(250.0, 300.0, 100.0, 60.0),
        solid(500.0, 0.0, 100.0, 60.0),
    ]);
    let both = [id(0), id(2)];
    let kept = route_edges(&moved(&boxes, &[], (0.0, 0.0)), &[(0, 2)]).remove(0);
    let mut live = LiveRoutes::new(&boxes, &both, &[(id(0), id(2))]);
    let clear = live
        .route(&id(0), &id(2), 0.0, (40.0, 20.0), Some(&kept))
        .unwrap();
    assert_eq!(
        clear.points[0],
        (kept.points[0].0 + 40.0, kept.points[0].1 + 20.0)
    );
    assert_eq!(clear.points.len(), kept.points.len());
    let offset = (0.0, 300.0);
    let around = live
        .route(&id(0), &id(2), 0.0, offset, Some(&kept))
        .unwrap();
    let fresh = moved(&boxes, &both, offset);
    assert!(!crosses(&around, &fresh[1].rect), "{around:?}");
    assert_eq!(
        around,
        route_edge(&fresh, &ObstacleIndex::new(&fresh), 0, 2, 0.0)
    );
    // Neither end moving: the kept route as it is.
    let mut still = LiveRoutes::new(&boxes, &[id(1)], &[]);
    assert_eq!(
        still.route(&id(0), &id(2), 0.0, offset, Some(&kept)),
        Some(kept)
    );
}

#[test]
fn over_the_caps_there_are_no_live_routes() {
    // More edges with one moving end than the limit: straight lines.
    let boxes = named(
        (0..3)
            .map(|i| solid(i as f64 * 200.0, 0.0, 100.0, 60.0))
            .collect(),
    );
    let many: Vec<(Id, Id)> = (0..=LIVE_LIMIT).map(|_| (id(0), id(1))).collect();
    let mut live = LiveRoutes::new(&boxes, &[id(0)], &many);
    assert_eq!(live.route(&id(0), &id(1), 0.0, (0.0, 90.0), None), None);
    let mut live = LiveRoutes::new(&boxes, &[id(0)], &many[1..]);
    assert!(live.route(&id(0), &id(1), 0.0, (0.0, 90.0), None).is_some());
    // Edges inside the moving group do not count against that cap.
    let inside: Vec<(Id, Id)> = (0..=LIVE_LIMIT).map(|_| (id(0), id(1))).collect();
    let mut live = LiveRoutes::new(&boxes, &[id(0), id(1)], &inside);
    assert!(live.route(&id(0), &id(2), 0.0, (0.0, 90.0), None).is_some());
    // Fewer such edges, but in a big view: long edges cost more there.
    let big = named(
        (0..1000)
            .map(|i| {
                solid(
                    (i % 40) as f64 * 200.0,
                    (i / 40) as f64 * 150.0,
                    100.0,
                    60.0,
                )
            })
            .collect(),
    );
    let over = LIVE_WORK / big.len() + 1;
    let mut live = LiveRoutes::new(&big, &[id(0)], &many[..over]);
    assert_eq!(live.route(&id(0), &id(1), 0.0, (0.0, 90.0), None), None);
    let mut live = LiveRoutes::new(&big, &[id(0)], &many[..over - 1]);
    assert!(live.route(&id(0), &id(1), 0.0, (0.0, 90.0), None).is_some());
    // A view over the routing limit.
    let huge = named(
        (0..=ROUTE_LIMIT)
            .map(|i| solid(i as f64 * 200.0, 0.0, 100.0, 60.0))
            .collect(),
    );
    let mut live = LiveRoutes::new(&huge, &[id(0)], &[(id(0), id(1))]);
    assert_eq!(live.route(&id(0), &id(1), 0.0, (0.0, 90.0), None), None);
}

#[test]
fn odd_input_never_panics() {
    let mut boxes = wall();
    boxes.push((id(3), solid(f64::NAN, 0.0, 100.0, 60.0)));
    let ghost = Id::from("ghost");
    let mut live = LiveRoutes::new(&boxes, &[id(2), id(3), ghost.clone()], &[]);
    assert_eq!(live.route(&id(0), &ghost, 0.0, (1.0, 1.0), None), None);
    let broken = Route {
        points: vec![(f64::NAN, 0.0), (1.0, f64::INFINITY)],
        label_at: (0.0, 0.0),
        straight: true,
    };
    for offset in [(f64::NAN, 0.0), (f64::INFINITY, -1e300), (1e300, 1e300)] {
        for lane in [f64::NAN, 0.0, 1e9] {
            for (s, t) in [(0, 2), (2, 2), (2, 3), (3, 0)] {
                live.route(&id(s), &id(t), lane, offset, Some(&broken));
            }
        }
    }
    let mut empty = LiveRoutes::new(&[], &[], &[]);
    assert_eq!(empty.route(&id(0), &id(0), 0.0, (1.0, 1.0), None), None);
}

/// Boxes on a grid with jitter (never overlapping), edges, which boxes move
/// and two offsets.
#[allow(clippy::type_complexity)]
fn drag() -> impl Strategy<
    Value = (
        Vec<(Id, Obstacle)>,
        Vec<(usize, usize)>,
        Vec<Id>,
        [(f64, f64); 2],
    ),
> {
    (2usize..25, 2usize..6).prop_flat_map(|(n, columns)| {
        let boxes = proptest::collection::vec((0.0..10.0f64, 40.0..200.0f64, 0..5u8), n);
        let edges = proptest::collection::vec((0..n, 0..n), 1..12);
        let moving = proptest::collection::vec(any::<bool>(), n);
        let offsets = [
            (-600.0..600.0f64, -600.0..600.0f64),
            (-600.0..600.0, -600.0..600.0),
        ];
        (boxes, edges, moving, offsets).prop_map(move |(boxes, edges, moving, offsets)| {
            let boxes = boxes
                .into_iter()
                .enumerate()
                .map(|(k, (j, size, kind))| {
                    let mut b = solid(
                        (k % columns) as f64 * 250.0 + j,
                        (k / columns) as f64 * 250.0 + j,
                        size,
                        size * 0.7,
                    );
                    b.solid = kind != 0;
                    b
                })
                .collect();
            let moving = moving
                .iter()
                .enumerate()
                .filter(|(_, &m)| m)
                .map(|(i, _)| id(i))
                .collect();
            (named(boxes), edges, moving, offsets)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn live_routes_miss_other_boxes_and_match_routing_afresh(
        (boxes, edges, moving, offsets) in drag()
    ) {
        let pairs: Vec<(Id, Id)> = edges.iter().map(|&(s, t)| (id(s), id(t))).collect();
        let still: Vec<Obstacle> = boxes.iter().map(|(_, b)| b.clone()).collect();
        let kept = route_edges(&still, &edges);
        let mut live = LiveRoutes::new(&boxes, &moving, &pairs);
        let mut again = LiveRoutes::new(&boxes, &moving, &pairs);
        for offset in offsets {
            let fresh = moved(&boxes, &moving, offset);
            let index = ObstacleIndex::new(&fresh);
            for (k, &(s, t)) in edges.iter().enumerate() {
                let route = live.route(&id(s), &id(t), 0.0, offset, Some(&kept[k]));
                prop_assert_eq!(&route, &again.route(&id(s), &id(t), 0.0, offset, Some(&kept[k])));
                let route = route.expect("within the caps");
                let (ms, mt) = (moving.contains(&id(s)), moving.contains(&id(t)));
                if !ms && !mt {
                    // Not dragged: drawn as it was, and routed again on release.
                    prop_assert_eq!(&route, &kept[k]);
                    continue;
                }
                if ms != mt {
                    prop_assert_eq!(&route, &route_edge(&fresh, &index, s, t, 0.0));
                }
                if route.straight || (ms && mt && kept[k].straight) {
                    continue;
                }
                for (i, b) in fresh.iter().enumerate() {
                    if b.solid && i != s && i != t {
                        prop_assert!(!crosses(&route, &b.rect), "{:?} crosses {}", route, i);
                    }
                }
            }
        }
    }
}
