use super::{element, on_path, placement, workspace};
use crate::scene::{edge_scenes, obstacles, EdgeScene, Marker};
use conway_model::{Date, ElementKind, Relationship, RelationshipKind, Synchrony};
use conway_routing::{RouteCache, FAN_GAP};

/// Two containers side by side, a and b, and maybe a box m between them;
/// `relationships` as (id, source, target).
fn drawn(relationships: &[(&str, &str, &str)], blocked: bool) -> Vec<EdgeScene> {
    let mut elements = vec![
        element("a", ElementKind::Container, "A"),
        element("b", ElementKind::Container, "B"),
    ];
    let mut placements = vec![
        placement("a", (0.0, 0.0), (120.0, 60.0)),
        placement("b", (400.0, 0.0), (120.0, 60.0)),
    ];
    if blocked {
        elements.push(element("m", ElementKind::Container, "M"));
        placements.push(placement("m", (200.0, -30.0), (120.0, 120.0)));
    }
    let relationships = relationships
        .iter()
        .map(|(id, s, t)| Relationship::new(*id, RelationshipKind::Uses, *s, *t))
        .collect();
    let (ws, view) = workspace(elements, relationships, placements);
    edge_scenes(&ws, &view, None, &mut RouteCache::default())
}

fn lanes(edges: &[EdgeScene]) -> Vec<f64> {
    edges.iter().map(|e| e.lane).collect()
}

#[test]
fn a_single_relationship_follows_its_route_with_an_arrow() {
    let edges = drawn(&[("r", "a", "b")], false);
    let edge = &edges[0];
    assert_eq!(edge.lane, 0.0);
    assert_eq!(edge.path.points, [(120.0, 30.0), (400.0, 30.0)]);
    assert_eq!(
        edge.route.as_ref().map(|r| &r.points),
        Some(&edge.path.points)
    );
    assert_eq!(edge.ends, ((120.0, 30.0), (400.0, 30.0)));
    assert_eq!(edge.markers, (None, Some(Marker::Arrow)));
    assert!(!edge.dashed, "a call waits for its answer");
    assert_eq!(edge.label, None, "nothing to say");
    assert_eq!(edge.path.svg_data(), "M120.0 30.0 L400.0 30.0");
}

#[test]
fn two_and_three_parallel_relationships_fan_out_symmetrically() {
    let gap = FAN_GAP;
    let two = drawn(&[("r1", "a", "b"), ("r2", "a", "b")], false);
    assert_eq!(lanes(&two), [-gap / 2.0, gap / 2.0]);
    let three = drawn(
        &[("r1", "a", "b"), ("r2", "b", "a"), ("r3", "a", "b")],
        false,
    );
    assert_eq!(lanes(&three), [-gap, 0.0, gap]);
    for fan in [&two, &three] {
        // Straight runs side by side, a fan gap apart, around the single path.
        let ys: Vec<f64> = fan.iter().map(|e| e.path.points[0].1).collect();
        let expected: Vec<f64> = lanes(fan).iter().map(|lane| 30.0 + lane).collect();
        assert_eq!(ys, expected);
        for e in fan.iter() {
            assert!(e.path.points.iter().all(|p| p.1 == e.path.points[0].1));
        }
        let labels: Vec<_> = fan.iter().map(|e| e.path.label_at).collect();
        assert!(labels.windows(2).all(|w| w[0] != w[1]), "{labels:?}");
    }
}

#[test]
fn relationships_in_opposite_directions_get_distinct_lanes() {
    let edges = drawn(&[("there", "a", "b"), ("back", "b", "a")], true);
    assert_eq!(lanes(&edges), [-FAN_GAP / 2.0, FAN_GAP / 2.0]);
    let (there, back) = (&edges[0], &edges[1]);
    assert!(there.path.points.len() > 2, "around the box between");
    let mut back_points = back.path.points.clone();
    back_points.reverse();
    assert_ne!(there.path.points, back_points, "not drawn over each other");
    // Drawn straight (no route), the lines are a fan gap apart as well.
    let straight = |e: &EdgeScene| e.moved_path((0.0, 0.0), (0.0, 0.0), None);
    let (a, b) = (straight(there), straight(back));
    assert_eq!(a.points[0].1 + FAN_GAP, b.points[1].1, "{a:?} {b:?}");
    assert_eq!(a.points[0].0, b.points[1].0);
}

#[test]
fn the_label_sits_on_the_route_around_a_box_in_the_way() {
    let edges = drawn(&[("r1", "a", "b"), ("r2", "a", "b")], true);
    for edge in &edges {
        assert!(edge.path.points.len() > 2, "bent: {:?}", edge.path.points);
        assert!(
            on_path(edge.path.label_at, &edge.path.points),
            "{:?} on {:?}",
            edge.path.label_at,
            edge.path.points
        );
    }
    assert_ne!(edges[0].path.label_at, edges[1].path.label_at);
}

#[test]
fn a_moved_end_draws_the_live_route_or_else_the_straight_line() {
    let edges = drawn(&[("r", "a", "b")], false);
    let edge = &edges[0];
    let straight = edge.moved_path((0.0, 100.0), (0.0, 0.0), None);
    assert_eq!(straight.points.len(), 2);
    assert!(
        straight.points[0].1 > 60.0,
        "leaves the moved box: {straight:?}"
    );
    assert_eq!(
        straight.label_at,
        (
            (straight.points[0].0 + straight.points[1].0) / 2.0,
            (straight.points[0].1 + straight.points[1].1) / 2.0
        )
    );
    let mut live = edge.route.clone().unwrap();
    live.points = vec![(120.0, 130.0), (260.0, 130.0), (260.0, 30.0), (400.0, 30.0)];
    live.label_at = (260.0, 80.0);
    let routed = edge.moved_path((0.0, 100.0), (0.0, 0.0), Some(&live));
    assert_eq!(routed.points, live.points);
    assert_eq!(routed.label_at, (260.0, 80.0));
    live.points.truncate(1);
    assert_eq!(
        edge.moved_path((0.0, 100.0), (0.0, 0.0), Some(&live)),
        straight,
        "a route of one point is no route"
    );
}

#[test]
fn a_label_wraps_the_description_and_adds_the_technology() {
    let mut uses = Relationship::new("r", RelationshipKind::Uses, "a", "b");
    uses.description = "Reads and writes orders in the stock database".into();
    uses.technology = "SQL/TCP".into();
    uses.synchrony = Some(Synchrony::Async);
    let (ws, view) = workspace(
        vec![
            element("a", ElementKind::Container, "A"),
            element("b", ElementKind::DataStore, "B"),
        ],
        vec![uses],
        vec![
            placement("a", (0.0, 0.0), (120.0, 60.0)),
            placement("b", (400.0, 0.0), (120.0, 60.0)),
        ],
    );
    let edge = &edge_scenes(&ws, &view, None, &mut RouteCache::default())[0];
    assert!(edge.dashed, "asynchronous");
    let label = edge.label.as_ref().expect("a label");
    let lines: Vec<(&str, bool)> = label
        .lines
        .iter()
        .map(|l| (l.text.as_str(), l.technology))
        .collect();
    assert_eq!(
        lines,
        [
            ("Reads and writes orders in the", false),
            ("stock database", false),
            ("[SQL/TCP]", true)
        ]
    );
    assert_eq!((label.width, label.height), (30.0 * 6.4 + 12.0, 48.0));
    let baselines: Vec<f64> = label.lines.iter().map(|l| l.y).collect();
    assert_eq!(baselines, [-10.0, 4.0, 18.0]);
}

#[test]
fn interactions_say_their_mode_and_dates_and_have_their_own_ends() {
    let team = |id: &str| element(id, ElementKind::Team, id);
    let mut interactions = vec![
        Relationship::new("c", RelationshipKind::Collaboration, "t1", "t2"),
        Relationship::new("x", RelationshipKind::XAsAService, "t1", "t3"),
        Relationship::new("f", RelationshipKind::Facilitating, "t2", "t3"),
    ];
    interactions[0].starts = Date::new(2024, 1, 1);
    interactions[0].ends = Date::new(2024, 6, 30);
    interactions[0].description = "Checkout redesign".into();
    interactions[1].starts = Date::new(2024, 3, 1);
    let (ws, view) = workspace(
        vec![team("t1"), team("t2"), team("t3")],
        interactions,
        vec![
            placement("t1", (0.0, 0.0), (120.0, 60.0)),
            placement("t2", (400.0, 0.0), (120.0, 60.0)),
            placement("t3", (200.0, 300.0), (120.0, 60.0)),
        ],
    );
    let edges = edge_scenes(&ws, &view, None, &mut RouteCache::default());
    let texts = |e: &EdgeScene| -> Vec<String> {
        e.label
            .iter()
            .flat_map(|l| l.lines.iter().map(|l| l.text.clone()))
            .collect()
    };
    assert_eq!(
        texts(&edges[0]),
        [
            "Collaboration · 2024-01-01 to 2024-06-30",
            "Checkout redesign"
        ]
    );
    assert_eq!(texts(&edges[1]), ["X-as-a-Service · from 2024-03-01"]);
    assert_eq!(texts(&edges[2]), ["Facilitating"]);
    let markers: Vec<_> = edges.iter().map(|e| e.markers).collect();
    assert_eq!(
        markers,
        [
            (None, None),
            (None, Some(Marker::Bracket)),
            (Some(Marker::Dot), Some(Marker::Arrow))
        ]
    );
    // As of a date, only the interactions then in force are drawn.
    let as_of = Date::new(2024, 2, 1);
    let shown = edge_scenes(&ws, &view, as_of, &mut RouteCache::default());
    let ids: Vec<&str> = shown.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["c", "f"]);
}

#[test]
fn the_router_may_cross_boundaries_but_not_other_boxes() {
    let (ws, view) = workspace(
        vec![
            element("s", ElementKind::SystemBoundary, "S"),
            element("c", ElementKind::Container, "C"),
        ],
        vec![],
        vec![
            placement("s", (0.0, 0.0), (400.0, 300.0)),
            placement("c", (20.0, 50.0), (120.0, 60.0)),
        ],
    );
    let solid: Vec<(String, bool)> = obstacles(&ws, &view)
        .into_iter()
        .map(|(id, o)| (id.to_string(), o.solid))
        .collect();
    assert_eq!(solid, [("s".to_string(), false), ("c".to_string(), true)]);
}
