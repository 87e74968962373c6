//! How one relationship is drawn: an orthogonal path around the boxes
//! (`layout::route`, kept between redraws by a `RouteCache`, routed again on
//! every frame while an end is dragged), or a straight line between box
//! borders in very large views or big drags,
//! in the style of its kind (Team Topologies interaction modes included),
//! with its label.

use std::collections::HashMap;

use leptos::prelude::*;

use super::preview::DragPreview;
use conway_geometry::{edge_ends, wrap, Rect};
use conway_model::{Date, Id, RelationshipKind, Synchrony, View, Workspace};
use conway_routing::{EdgeRequest, Obstacle, Route, RouteCache};

/// Gap between parallel edges joining the same two elements.
const FAN_GAP: f64 = 22.0;

#[derive(Clone, Debug, PartialEq)]
pub struct EdgeItem {
    pub id: Id,
    pub kind: RelationshipKind,
    pub asynchronous: bool,
    pub label: Vec<String>,
    pub source: Id,
    pub target: Id,
    /// The end boxes, to recompute the ends while one of them is dragged.
    source_box: Rect,
    target_box: Rect,
    /// Sideways offset of this edge among parallel ones, and whether it is
    /// measured from the source (the pair's first id) or the target.
    fan: f64,
    fan_from_source: bool,
    pub from: (f64, f64),
    pub to: (f64, f64),
    /// The routed path (from border to border, at least two points) and
    /// where its label goes; `None` draws the straight line from `from` to `to`.
    pub route: Option<Route>,
}

impl EdgeItem {
    /// The relationships a view draws; with `as_of`, interactions only while in force.
    pub fn all(
        ws: &Workspace,
        view: &View,
        as_of: Option<Date>,
        routes: &mut RouteCache,
    ) -> Vec<EdgeItem> {
        let placements = view.placement_index();
        let rect = |id: &Id| placements.get(id).map(|p| Rect::from(*p));
        let mut pairs: HashMap<(Id, Id), usize> = HashMap::new();
        let relationships: Vec<_> = ws
            .relationships_in(view)
            .filter(|r| r.shown_on(as_of))
            .collect();
        for r in &relationships {
            *pairs.entry(unordered(&r.source, &r.target)).or_default() += 1;
        }
        let mut seen: HashMap<(Id, Id), usize> = HashMap::new();
        let mut edges: Vec<EdgeItem> = relationships
            .into_iter()
            .filter_map(|r| {
                let (source_box, target_box) = (rect(&r.source)?, rect(&r.target)?);
                let pair = unordered(&r.source, &r.target);
                let total = pairs[&pair];
                let index = seen.entry(pair.clone()).or_default();
                // Fan out parallel edges perpendicular to the line, always in pair order.
                let fan = (*index as f64 - (total as f64 - 1.0) / 2.0) * FAN_GAP;
                *index += 1;
                let mut edge = EdgeItem {
                    id: r.id.clone(),
                    kind: r.kind,
                    asynchronous: r.synchrony == Some(Synchrony::Async),
                    label: label(r),
                    source: r.source.clone(),
                    target: r.target.clone(),
                    source_box,
                    target_box,
                    fan,
                    fan_from_source: r.source == pair.0,
                    from: (0.0, 0.0),
                    to: (0.0, 0.0),
                    route: None,
                };
                (edge.from, edge.to) = edge.ends((0.0, 0.0), (0.0, 0.0));
                Some(edge)
            })
            .collect();
        let boxes = obstacles(ws, view);
        let requests: Vec<EdgeRequest> = edges
            .iter()
            .map(|e| EdgeRequest {
                id: &e.id,
                source: &e.source,
                target: &e.target,
                lane: e.lane(),
            })
            .collect();
        let routed = routes.routes(&boxes, &requests);
        for (edge, route) in edges.iter_mut().zip(routed) {
            edge.route = route.filter(|r| r.points.len() >= 2);
        }
        edges
    }

    /// The fan lane for the router, which fans from the pair's first id, as
    /// `fan` does.
    fn lane(&self) -> f64 {
        if self.fan_from_source {
            self.fan
        } else {
            -self.fan
        }
    }

    /// The end points with the source box shifted by `source_shift` and the
    /// target box by `target_shift` (both zero when nothing is dragged).
    pub fn ends(
        &self,
        source_shift: (f64, f64),
        target_shift: (f64, f64),
    ) -> ((f64, f64), (f64, f64)) {
        let shifted = |r: Rect, (dx, dy): (f64, f64)| Rect {
            x: r.x + dx,
            y: r.y + dy,
            ..r
        };
        let (from, to) = edge_ends(
            shifted(self.source_box, source_shift),
            shifted(self.target_box, target_shift),
        );
        if self.fan == 0.0 {
            return (from, to);
        }
        let (ox, oy) = perpendicular(
            if self.fan_from_source {
                (from, to)
            } else {
                (to, from)
            },
            self.fan,
        );
        ((from.0 + ox, from.1 + oy), (to.0 + ox, to.1 + oy))
    }
}

/// A view's boxes as the router sees them: boundaries and departments may
/// be crossed, every other box is solid.
pub(super) fn obstacles(ws: &Workspace, view: &View) -> Vec<(Id, Obstacle)> {
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

fn unordered(a: &Id, b: &Id) -> (Id, Id) {
    if a <= b {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    }
}

fn perpendicular((from, to): ((f64, f64), (f64, f64)), offset: f64) -> (f64, f64) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(1e-9);
    (-dy / length * offset, dx / length * offset)
}

fn label(r: &conway_model::Relationship) -> Vec<String> {
    let mut lines = if r.kind.is_interaction_mode() {
        let mut text = r.kind.label().to_string();
        match (r.starts, r.ends) {
            (Some(s), Some(e)) => text.push_str(&format!(" · {s} to {e}")),
            (Some(s), None) => text.push_str(&format!(" · from {s}")),
            (None, Some(e)) => text.push_str(&format!(" · until {e}")),
            (None, None) => {}
        }
        let mut lines = vec![text];
        lines.extend(wrap(&r.description, 30, 1));
        lines
    } else {
        wrap(&r.description, 30, 2)
    };
    if !r.technology.is_empty() {
        lines.push(format!("[{}]", r.technology));
    }
    lines
}

/// Arrowheads and end markers, defined once per canvas.
#[component]
pub fn EdgeMarkers() -> impl IntoView {
    view! {
        <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
                <path class="arrowhead" d="M0 0 L10 5 L0 10 z" />
            </marker>
            <marker id="bracket" viewBox="0 0 10 12" refX="9" refY="6" markerWidth="10" markerHeight="12" orient="auto" markerUnits="userSpaceOnUse">
                <path class="bracket" d="M2 0 L9 0 L9 12 L2 12" />
            </marker>
            <marker id="dot" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="8" markerHeight="8" markerUnits="userSpaceOnUse">
                <circle class="dot" cx="5" cy="5" r="4" />
            </marker>
        </defs>
    }
}

#[component]
pub fn EdgeShape(
    edge: EdgeItem,
    selected: Signal<bool>,
    preview: DragPreview,
    #[prop(into)] on_select: Callback<()>,
) -> impl IntoView {
    let kind = format!("{:?}", edge.kind).to_lowercase();
    let class = format!(
        "edge kind-{kind}{}",
        if edge.asynchronous { " async" } else { "" }
    );
    let (marker_start, marker_end) = match edge.kind {
        RelationshipKind::Collaboration => ("", ""),
        RelationshipKind::XAsAService => ("", "url(#bracket)"),
        RelationshipKind::Facilitating => ("url(#dot)", "url(#arrow)"),
        _ => ("", "url(#arrow)"),
    };
    let (mx, my) = midpoint(edge.from, edge.to);
    let longest = edge
        .label
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let (box_w, box_h) = (longest * 6.4 + 12.0, edge.label.len() as f64 * 14.0 + 6.0);
    let top = my - box_h / 2.0;
    let id = edge.id.to_string();
    // Only a dragged end makes these re-run (see `DragPreview::shift`).
    let geometry = {
        let edge = edge.clone();
        Memo::new(move |_| {
            let (a, b) = (preview.shift(&edge.source), preview.shift(&edge.target));
            if a == (0.0, 0.0) && b == (0.0, 0.0) {
                (edge.from, edge.to)
            } else {
                edge.ends(a, b)
            }
        })
    };
    // The routed path; while an end moves, routed live around the boxes
    // (`DragPreview::route`), or the straight line when that gives nothing.
    // Path data and label centre.
    let drawing = {
        let edge = edge.clone();
        Memo::new(move |_| {
            let (a, b) = (preview.shift(&edge.source), preview.shift(&edge.target));
            let live;
            let route = if a == (0.0, 0.0) && b == (0.0, 0.0) {
                edge.route.as_ref()
            } else {
                // Everything that moves shares one offset.
                let offset = if a != (0.0, 0.0) { a } else { b };
                live = preview.route(
                    &edge.source,
                    &edge.target,
                    edge.lane(),
                    offset,
                    edge.route.as_ref(),
                );
                live.as_ref().filter(|r| r.points.len() >= 2)
            };
            match route {
                Some(route) => {
                    let d: String = route
                        .points
                        .iter()
                        .enumerate()
                        .map(|(i, (x, y))| {
                            format!("{}{x:.1} {y:.1}", if i == 0 { "M" } else { " L" })
                        })
                        .collect();
                    (d, route.label_at)
                }
                None => {
                    let (from, to) = geometry.get();
                    let d = format!("M{:.1} {:.1} L{:.1} {:.1}", from.0, from.1, to.0, to.1);
                    (d, midpoint(from, to))
                }
            }
        })
    };
    let d = move || drawing.with(|(d, _)| d.clone());
    let label_shift = move || {
        let (x, y) = drawing.with(|(_, at)| *at);
        format!("translate({:.1} {:.1})", x - mx, y - my)
    };
    let label = (!edge.label.is_empty()).then(|| {
        let lines: Vec<_> = edge.label.iter().enumerate().map(|(i, line)| {
            let technology = line.starts_with('[');
            view! { <text x=mx y=top + 14.0 + i as f64 * 14.0 class:label-technology=technology>{line.clone()}</text> }
        }).collect();
        view! {
            <g class="edge-label" text-anchor="middle" transform=label_shift>
                <rect x=mx - box_w / 2.0 y=top width=box_w height=box_h rx="4" />
                {lines}
            </g>
        }
    });
    view! {
        <g class=class data-edge-id=id class:selected=move || selected.get()
            on:pointerdown=move |ev| { ev.stop_propagation(); on_select.run(()); }>
            <path class="edge-hit" d=d />
            <path class="edge-line" d=d marker-start=marker_start marker-end=marker_end />
            {label}
        </g>
    }
}

fn midpoint(from: (f64, f64), to: (f64, f64)) -> (f64, f64) {
    ((from.0 + to.0) / 2.0, (from.1 + to.1) / 2.0)
}
