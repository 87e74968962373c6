//! How one relationship is drawn: a line between box borders in the style of
//! its kind (Team Topologies interaction modes included), with its label.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use leptos::prelude::*;

use crate::layout::{edge_ends, wrap, Rect};
use crate::model::{Id, RelationshipKind, Synchrony, View, Workspace};

/// Gap between parallel edges joining the same two elements.
const FAN_GAP: f64 = 22.0;

#[derive(Clone, Debug, PartialEq)]
pub struct EdgeItem {
    pub id: Id,
    pub kind: RelationshipKind,
    pub asynchronous: bool,
    pub label: Vec<String>,
    pub from: (f64, f64),
    pub to: (f64, f64),
}

impl EdgeItem {
    pub fn all(ws: &Workspace, view: &View) -> Vec<EdgeItem> {
        let rect = |id: &Id| view.placement(id).map(Rect::from);
        let mut pairs: HashMap<(Id, Id), usize> = HashMap::new();
        let relationships: Vec<_> = ws.relationships_in(view).collect();
        for r in &relationships {
            *pairs.entry(unordered(&r.source, &r.target)).or_default() += 1;
        }
        let mut seen: HashMap<(Id, Id), usize> = HashMap::new();
        relationships
            .into_iter()
            .filter_map(|r| {
                let (a, b) = (rect(&r.source)?, rect(&r.target)?);
                let (mut from, mut to) = edge_ends(a, b);
                let pair = unordered(&r.source, &r.target);
                let total = pairs[&pair];
                let index = seen.entry(pair.clone()).or_default();
                // Fan out parallel edges perpendicular to the line, always in pair order.
                let offset = (*index as f64 - (total as f64 - 1.0) / 2.0) * FAN_GAP;
                *index += 1;
                if offset != 0.0 {
                    let (ox, oy) = perpendicular(
                        if r.source == pair.0 {
                            (from, to)
                        } else {
                            (to, from)
                        },
                        offset,
                    );
                    from = (from.0 + ox, from.1 + oy);
                    to = (to.0 + ox, to.1 + oy);
                }
                Some(EdgeItem {
                    id: r.id.clone(),
                    kind: r.kind,
                    asynchronous: r.synchrony == Some(Synchrony::Async),
                    label: label(r),
                    from,
                    to,
                })
            })
            .collect()
    }

    pub fn key(&self) -> (Id, u64) {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (&self.label, self.kind as u8, self.asynchronous).hash(&mut hasher);
        for v in [self.from.0, self.from.1, self.to.0, self.to.1] {
            v.to_bits().hash(&mut hasher);
        }
        (self.id.clone(), hasher.finish())
    }
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

fn label(r: &crate::model::Relationship) -> Vec<String> {
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
    let d = format!(
        "M{:.1} {:.1} L{:.1} {:.1}",
        edge.from.0, edge.from.1, edge.to.0, edge.to.1
    );
    let (mx, my) = (
        (edge.from.0 + edge.to.0) / 2.0,
        (edge.from.1 + edge.to.1) / 2.0,
    );
    let longest = edge
        .label
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let (box_w, box_h) = (longest * 6.4 + 12.0, edge.label.len() as f64 * 14.0 + 6.0);
    let top = my - box_h / 2.0;
    let label = (!edge.label.is_empty()).then(|| {
        let lines: Vec<_> = edge.label.iter().enumerate().map(|(i, line)| {
            let technology = line.starts_with('[');
            view! { <text x=mx y=top + 14.0 + i as f64 * 14.0 class:label-technology=technology>{line.clone()}</text> }
        }).collect();
        view! {
            <g class="edge-label" text-anchor="middle">
                <rect x=mx - box_w / 2.0 y=top width=box_w height=box_h rx="4" />
                {lines}
            </g>
        }
    });
    view! {
        <g class=class data-edge-id=edge.id.to_string() class:selected=move || selected.get()
            on:pointerdown=move |ev| { ev.stop_propagation(); on_select.run(()); }>
            <path class="edge-hit" d=d.clone() />
            <path class="edge-line" d=d.clone() marker-start=marker_start marker-end=marker_end />
            {label}
        </g>
    }
}
