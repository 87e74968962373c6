//! Native tests of the scene: a small workspace and view built by hand, and
//! what the scene says is drawn for them.

mod edges;
mod nodes;

use conway_model::{Element, ElementKind, Placement, Relationship, View, ViewKind, Workspace};

fn placement(id: &str, (x, y): (f64, f64), (width, height): (f64, f64)) -> Placement {
    Placement {
        element: id.into(),
        x,
        y,
        width,
        height,
        pinned: false,
    }
}

/// A workspace of `elements` and `relationships`, and one view placing
/// `placements` (in that order).
fn workspace(
    elements: Vec<Element>,
    relationships: Vec<Relationship>,
    placements: Vec<Placement>,
) -> (Workspace, View) {
    let mut ws = Workspace::new("Test");
    ws.elements = elements;
    ws.relationships = relationships;
    let mut view = View::new("v", ViewKind::System, "View");
    view.placements = placements;
    ws.views = vec![view.clone()];
    (ws, view)
}

fn element(id: &str, kind: ElementKind, name: &str) -> Element {
    Element::new(id, kind, name)
}

/// Is `p` on one of the path's segments (within a hundredth of a unit)?
fn on_path(p: (f64, f64), points: &[(f64, f64)]) -> bool {
    points.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        let (lo_x, hi_x) = (a.0.min(b.0) - 0.01, a.0.max(b.0) + 0.01);
        let (lo_y, hi_y) = (a.1.min(b.1) - 0.01, a.1.max(b.1) + 0.01);
        let cross = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
        let length = ((b.0 - a.0).powi(2) + (b.1 - a.1).powi(2)).sqrt().max(1e-9);
        p.0 >= lo_x && p.0 <= hi_x && p.1 >= lo_y && p.1 <= hi_y && (cross / length).abs() < 0.01
    })
}
