//! How one relationship is drawn: its scene (`editor::scene::EdgeScene`:
//! the routed path, style, markers and label) rendered as SVG; while an end
//! is dragged, routed live around the boxes on every frame (`DragPreview`),
//! or a straight line between box borders in very large views or big drags.

use leptos::prelude::*;

use crate::ui::canvas::preview::DragPreview;
use conway_editor::scene::{EdgeScene, Marker};

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

/// The marker `EdgeMarkers` defines for an end, as a `marker-*` value.
fn marker_url(marker: Option<Marker>) -> &'static str {
    match marker {
        None => "",
        Some(Marker::Arrow) => "url(#arrow)",
        Some(Marker::Bracket) => "url(#bracket)",
        Some(Marker::Dot) => "url(#dot)",
    }
}

#[component]
pub fn EdgeShape(
    edge: EdgeScene,
    selected: Signal<bool>,
    preview: DragPreview,
    #[prop(into)] on_select: Callback<()>,
) -> impl IntoView {
    let kind = format!("{:?}", edge.kind).to_lowercase();
    let class = format!(
        "edge kind-{kind}{}",
        if edge.dashed { " async" } else { "" }
    );
    let (marker_start, marker_end) = (marker_url(edge.markers.0), marker_url(edge.markers.1));
    let id = edge.id.to_string();
    // The path data and label centre. Only a dragged end makes this re-run
    // (see `DragPreview::shift`); then the edge is routed live around the
    // boxes (`DragPreview::route`), or drawn straight when that gives nothing.
    let drawing = {
        let edge = edge.clone();
        Memo::new(move |_| {
            let (a, b) = (preview.shift(&edge.source), preview.shift(&edge.target));
            let path = if a == (0.0, 0.0) && b == (0.0, 0.0) {
                edge.path.clone()
            } else {
                // Everything that moves shares one offset.
                let offset = if a != (0.0, 0.0) { a } else { b };
                let live = preview.route(
                    &edge.source,
                    &edge.target,
                    edge.lane,
                    offset,
                    edge.route.as_ref(),
                );
                edge.moved_path(a, b, live.as_ref())
            };
            (path.svg_data(), path.label_at)
        })
    };
    let d = move || drawing.with(|(d, _)| d.clone());
    let label_at = move || {
        let (x, y) = drawing.with(|(_, at)| *at);
        format!("translate({x:.1} {y:.1})")
    };
    let label = edge.label.map(|label| {
        let lines = label
            .lines
            .into_iter()
            .map(|line| view! { <text x="0" y=line.y class:label-technology=line.technology>{line.text}</text> })
            .collect_view();
        view! {
            <g class="edge-label" text-anchor="middle" transform=label_at>
                <rect x=-label.width / 2.0 y=-label.height / 2.0 width=label.width height=label.height rx="4" />
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
