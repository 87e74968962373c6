//! Labels are placed clear of boxes and of each other: two labels that would
//! meet in the middle of close lines part, a label over a box moves along its
//! line, and the sample's views read without overlaps.

use crate::scene::{edge_scenes, obstacles, EdgeScene};
use conway_geometry::Rect;
use conway_model::sample::sample_workspace;
use conway_model::*;
use conway_routing::RouteCache;

/// Each label's box (its size, centred on its spot).
fn label_boxes(edges: &[EdgeScene]) -> Vec<(Id, Rect)> {
    edges
        .iter()
        .filter_map(|e| {
            let l = e.label.as_ref()?;
            let (x, y) = e.path.label_at;
            Some((
                e.id.clone(),
                Rect {
                    x: x - l.width / 2.0,
                    y: y - l.height / 2.0,
                    width: l.width,
                    height: l.height,
                },
            ))
        })
        .collect()
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/// The solid boxes of `view` (what labels must not cover).
fn solid_boxes(ws: &Workspace, view: &View) -> Vec<Rect> {
    obstacles(ws, view)
        .into_iter()
        .filter(|(_, o)| o.solid)
        .map(|(_, o)| o.rect)
        .collect()
}

/// The labels of `edges` that overlap another label or one of `boxes`.
fn overlapping_labels(edges: &[EdgeScene], boxes: &[Rect]) -> Vec<Id> {
    let labels = label_boxes(edges);
    labels
        .iter()
        .enumerate()
        .filter(|(i, (_, r))| {
            boxes.iter().any(|b| overlaps(r, b))
                || labels
                    .iter()
                    .enumerate()
                    .any(|(j, (_, o))| j != *i && overlaps(r, o))
        })
        .map(|(_, (id, _))| id.clone())
        .collect()
}

/// The labels of `view` that overlap another label or a solid box.
fn overlapping(ws: &Workspace, view: &View) -> Vec<Id> {
    let edges = edge_scenes(ws, view, None, &mut RouteCache::default());
    overlapping_labels(&edges, &solid_boxes(ws, view))
}

fn placed(id: &str, x: f64, y: f64, width: f64, height: f64) -> Placement {
    Placement {
        element: Id::new(id),
        x,
        y,
        width,
        height,
        pinned: false,
    }
}

fn uses(id: &str, from: &str, to: &str, description: &str) -> Relationship {
    let mut r = Relationship::new(id, RelationshipKind::Uses, from, to);
    r.description = description.into();
    r
}

#[test]
fn labels_of_lines_side_by_side_do_not_stack() {
    // Two pairs of boxes far apart across, lines close together: their
    // labels would meet in the middle.
    let mut ws = Workspace::new("Labels");
    for id in ["a", "b", "c", "d"] {
        ws.elements
            .push(Element::new(id, ElementKind::Container, id.to_uppercase()));
    }
    let mut view = View::new("v", ViewKind::System, "V");
    view.placements = vec![
        placed("a", 0.0, 0.0, 120.0, 60.0),
        placed("b", 600.0, 0.0, 120.0, 60.0),
        placed("c", 0.0, 30.0 + 60.0, 120.0, 60.0),
        placed("d", 600.0, 30.0 + 60.0, 120.0, 60.0),
    ];
    ws.views.push(view.clone());
    ws.relationships = vec![
        uses("r1", "a", "b", "Sends every order it takes to"),
        uses("r2", "c", "d", "Sends every refund it takes to"),
        uses("r3", "a", "d", "Reconciles the ledger nightly with"),
    ];
    assert_eq!(overlapping(&ws, &view), Vec::<Id>::new());
}

#[test]
fn a_label_over_a_box_moves_along_its_line() {
    let mut ws = Workspace::new("Labels");
    for id in ["a", "b", "m"] {
        ws.elements
            .push(Element::new(id, ElementKind::Container, id.to_uppercase()));
    }
    let mut view = View::new("v", ViewKind::System, "V");
    // "m" sits just beside the middle of the line from a to b.
    view.placements = vec![
        placed("a", 0.0, 0.0, 100.0, 60.0),
        placed("b", 700.0, 0.0, 100.0, 60.0),
        placed("m", 330.0, 40.0, 140.0, 80.0),
    ];
    ws.views.push(view.clone());
    ws.relationships = vec![uses(
        "r1",
        "a",
        "b",
        "Streams every order event it emits to",
    )];
    assert_eq!(overlapping(&ws, &view), Vec::<Id>::new());
}

/// How many labels of `edges` overlap a box or another label, with each
/// label at `spot(edge)`.
fn count_overlapping(
    edges: &[EdgeScene],
    boxes: &[Rect],
    spot: impl Fn(&EdgeScene) -> (f64, f64),
) -> usize {
    let mut moved = edges.to_vec();
    for e in &mut moved {
        e.path.label_at = spot(e);
    }
    overlapping_labels(&moved, boxes).len()
}

/// The distance from `p` to the polyline `points`.
fn distance_to_path(p: (f64, f64), points: &[(f64, f64)]) -> f64 {
    points
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let (dx, dy) = (b.0 - a.0, b.1 - a.1);
            let length = dx * dx + dy * dy;
            let t = if length == 0.0 {
                0.0
            } else {
                (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0)
            };
            (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn in_the_samples_views_placing_labels_leaves_fewer_overlaps_and_each_label_by_its_line() {
    let ws = sample_workspace();
    let (mut before, mut after) = (0, 0);
    for view in &ws.views {
        let edges = edge_scenes(&ws, view, None, &mut RouteCache::default());
        let boxes = solid_boxes(&ws, view);
        let routed = count_overlapping(&edges, &boxes, |e| {
            e.route.as_ref().map_or(e.path.label_at, |r| r.label_at)
        });
        let placed = count_overlapping(&edges, &boxes, |e| e.path.label_at);
        assert!(placed <= routed, "{}: {placed} against {routed}", view.name);
        assert_eq!(overlapping(&ws, view).len(), placed);
        (before, after) = (before + routed, after + placed);
        for e in &edges {
            let Some(label) = &e.label else { continue };
            let reach =
                label.width.max(label.height) / 2.0 + 3.0 * crate::scene::text::RELATIONSHIP_LINE;
            let distance = distance_to_path(e.path.label_at, &e.path.points);
            assert!(
                distance <= reach,
                "{}: {} is {distance} from its line",
                view.name,
                e.id
            );
        }
    }
    assert!(
        after < before,
        "{after} overlapping labels against {before} where the router put them"
    );
}
