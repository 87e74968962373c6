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

/// The labels of `view` that overlap another label or a solid box.
fn overlapping(ws: &Workspace, view: &View) -> Vec<Id> {
    let edges = edge_scenes(ws, view, None, &mut RouteCache::default());
    let labels = label_boxes(&edges);
    let boxes: Vec<Rect> = obstacles(ws, view)
        .into_iter()
        .filter(|(_, o)| o.solid)
        .map(|(_, o)| o.rect)
        .collect();
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

#[test]
fn the_samples_views_read_without_a_label_over_a_box_or_another_label() {
    let ws = sample_workspace();
    for view in &ws.views {
        assert_eq!(overlapping(&ws, view), Vec::<Id>::new(), "{}", view.name);
    }
}
