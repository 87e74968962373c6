//! How one relationship of a view is drawn: its routed path (from
//! `conway_routing`, fanned by the router's one fan rule), the line's
//! style and end markers, and its label's lines and position, as plain data;
//! and, while an end is dragged, the path for the moved ends. It never
//! routes by itself (the router does, through a `RouteCache`) and never
//! reads a selection.

use super::text::{edge_label, EdgeLabel, RELATIONSHIP_CHARS};
use conway_geometry::{edge_ends, wrap, Rect};
use conway_model::{Date, Id, Relationship, RelationshipKind, Synchrony, View, Workspace};
use conway_routing::fan_lanes;
use conway_routing::{EdgeRequest, Obstacle, Route, RouteCache};

/// A point in the view.
pub type Point = (f64, f64);

/// What a line carries at one of its ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Arrow,
    /// X-as-a-Service: the service's open bracket.
    Bracket,
    /// Facilitating: where the enabling team stands.
    Dot,
}

/// A line to draw, from its source end to its target end, and where its
/// label's centre goes.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgePath {
    /// At least two points.
    pub points: Vec<Point>,
    pub label_at: Point,
}

impl EdgePath {
    /// SVG path data: "M x y L x y ...", to a tenth of a unit.
    pub fn svg_data(&self) -> String {
        self.points
            .iter()
            .enumerate()
            .map(|(i, (x, y))| format!("{}{x:.1} {y:.1}", if i == 0 { "M" } else { " L" }))
            .collect()
    }

    fn of_route(route: &Route) -> Option<EdgePath> {
        (route.points.len() >= 2).then(|| EdgePath {
            points: route.points.clone(),
            label_at: route.label_at,
        })
    }

    fn straight(from: Point, to: Point) -> EdgePath {
        EdgePath {
            points: vec![from, to],
            label_at: ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0),
        }
    }
}

/// Everything drawn for one relationship.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeScene {
    pub id: Id,
    pub source: Id,
    pub target: Id,
    pub kind: RelationshipKind,
    /// Asynchronous: drawn dashed.
    pub dashed: bool,
    /// The markers at the source end and at the target end.
    pub markers: (Option<Marker>, Option<Marker>),
    pub label: Option<EdgeLabel>,
    /// The path drawn while nothing moves: the route, or the straight line.
    pub path: EdgePath,
    /// Where the straight line meets the end boxes (the ends a reconnect grabs).
    pub ends: (Point, Point),
    /// The fan lane among relationships joining the same two elements.
    pub lane: f64,
    /// The route kept between redraws, that routing during a drag starts from.
    pub route: Option<Route>,
    pub(super) source_box: Rect,
    pub(super) target_box: Rect,
}

impl EdgeScene {
    /// The straight line's ends with the source box shifted by
    /// `source_shift` and the target box by `target_shift`, moved sideways
    /// by the lane (measured from the end with the lower id, like the lane).
    pub fn straight_ends(&self, source_shift: Point, target_shift: Point) -> (Point, Point) {
        let shifted = |r: Rect, (dx, dy): Point| Rect {
            x: r.x + dx,
            y: r.y + dy,
            ..r
        };
        let (from, to) = edge_ends(
            shifted(self.source_box, source_shift),
            shifted(self.target_box, target_shift),
        );
        if self.lane == 0.0 {
            return (from, to);
        }
        let frame = if self.source <= self.target {
            (from, to)
        } else {
            (to, from)
        };
        let (ox, oy) = perpendicular(frame, self.lane);
        ((from.0 + ox, from.1 + oy), (to.0 + ox, to.1 + oy))
    }

    /// The path while its ends are shifted by a drag: `live`, the route for
    /// the moved boxes, or the straight line when there is none.
    pub fn moved_path(
        &self,
        source_shift: Point,
        target_shift: Point,
        live: Option<&Route>,
    ) -> EdgePath {
        live.and_then(EdgePath::of_route).unwrap_or_else(|| {
            let (from, to) = self.straight_ends(source_shift, target_shift);
            EdgePath::straight(from, to)
        })
    }
}

/// The relationships `view` draws, in drawing order, routed through
/// `routes`, their labels placed clear of boxes and of each other
/// (`labels::place_labels`); with `as_of`, interactions only while in force.
pub fn edge_scenes(
    ws: &Workspace,
    view: &View,
    as_of: Option<Date>,
    routes: &mut RouteCache,
) -> Vec<EdgeScene> {
    let placements = view.placement_index();
    let rect = |id: &Id| placements.get(id).map(|p| Rect::from(*p));
    let relationships: Vec<&Relationship> = ws
        .relationships_in(view)
        .filter(|r| r.shown_on(as_of))
        .collect();
    let ends: Vec<(&Id, &Id)> = relationships
        .iter()
        .map(|r| (&r.source, &r.target))
        .collect();
    let mut edges: Vec<EdgeScene> = relationships
        .iter()
        .zip(fan_lanes(&ends))
        .filter_map(|(r, lane)| Some(unrouted(r, lane, rect(&r.source)?, rect(&r.target)?)))
        .collect();
    let requests: Vec<EdgeRequest> = edges
        .iter()
        .map(|e| EdgeRequest {
            id: &e.id,
            source: &e.source,
            target: &e.target,
            lane: e.lane,
        })
        .collect();
    let routed = routes.routes(&obstacles(ws, view), &requests);
    for (edge, route) in edges.iter_mut().zip(routed) {
        edge.route = route.filter(|r| r.points.len() >= 2);
        if let Some(path) = edge.route.as_ref().and_then(EdgePath::of_route) {
            edge.path = path;
        }
    }
    let boxes: Vec<Rect> = obstacles(ws, view)
        .into_iter()
        .filter(|(_, o)| o.solid)
        .map(|(_, o)| o.rect)
        .collect();
    super::ports::spread_ports(&mut edges);
    super::labels::place_labels(&mut edges, &boxes);
    edges
}

/// A view's boxes as the router sees them: boundaries and departments may
/// be crossed, every other box is solid.
pub fn obstacles(ws: &Workspace, view: &View) -> Vec<(Id, Obstacle)> {
    let elements = ws.element_index();
    view.placements
        .iter()
        .map(|p| {
            let solid = !elements
                .get(&p.element)
                .is_some_and(|e| e.kind.is_container_of_others());
            (
                p.element.clone(),
                Obstacle {
                    rect: Rect::from(p),
                    solid,
                },
            )
        })
        .collect()
}

/// A relationship drawn straight, before the router has its say.
fn unrouted(r: &Relationship, lane: f64, source_box: Rect, target_box: Rect) -> EdgeScene {
    let mut edge = EdgeScene {
        id: r.id.clone(),
        source: r.source.clone(),
        target: r.target.clone(),
        kind: r.kind,
        dashed: r.synchrony == Some(Synchrony::Async),
        markers: markers(r.kind),
        label: edge_label(label_lines(r)),
        path: EdgePath::straight((0.0, 0.0), (0.0, 0.0)),
        ends: ((0.0, 0.0), (0.0, 0.0)),
        lane,
        route: None,
        source_box,
        target_box,
    };
    edge.ends = edge.straight_ends((0.0, 0.0), (0.0, 0.0));
    edge.path = EdgePath::straight(edge.ends.0, edge.ends.1);
    edge
}

/// Team Topologies' interaction modes have their own ends; everything else
/// points at its target.
fn markers(kind: RelationshipKind) -> (Option<Marker>, Option<Marker>) {
    match kind {
        RelationshipKind::Collaboration => (None, None),
        RelationshipKind::XAsAService => (None, Some(Marker::Bracket)),
        RelationshipKind::Facilitating => (Some(Marker::Dot), Some(Marker::Arrow)),
        _ => (None, Some(Marker::Arrow)),
    }
}

/// An interaction's mode and dates then one line of description, or two
/// lines of description; then the technology in brackets.
fn label_lines(r: &Relationship) -> Vec<(String, bool)> {
    let mut lines: Vec<(String, bool)> = if r.kind.is_interaction_mode() {
        let mut text = r.kind.label().to_string();
        match (r.starts, r.ends) {
            (Some(s), Some(e)) => text.push_str(&format!(" · {s} to {e}")),
            (Some(s), None) => text.push_str(&format!(" · from {s}")),
            (None, Some(e)) => text.push_str(&format!(" · until {e}")),
            (None, None) => {}
        }
        std::iter::once(text)
            .chain(wrap(&r.description, RELATIONSHIP_CHARS, 1))
            .map(|line| (line, false))
            .collect()
    } else {
        wrap(&r.description, RELATIONSHIP_CHARS, 2)
            .into_iter()
            .map(|line| (line, false))
            .collect()
    };
    if !r.technology.is_empty() {
        lines.push((format!("[{}]", r.technology), true));
    }
    lines
}

fn perpendicular((from, to): (Point, Point), offset: f64) -> Point {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(1e-9);
    (-dy / length * offset, dx / length * offset)
}
