//! How one element is drawn: its scene (`editor::scene::NodeScene`: shape,
//! labels, badges) rendered as SVG, with its selection state and the
//! handles to resize it and to start a relationship.

use leptos::prelude::*;

use crate::app::{self, AppState};
use crate::ui::canvas::preview::DragPreview;
use conway_analysis::TermUse;
use conway_editor::actions::{ActionId, Context};
use conway_editor::scene::{
    CompactLabels, LabelAnchor, LabelLine, LineRole, NodeLabels, NodeScene, OwnerColour, Shape,
};
use conway_geometry::Corner;
use conway_model::Id;

/// The element's classes: its kind, team type and owner colour.
fn class(node: &NodeScene) -> String {
    let kind = format!("{:?}", node.kind).to_lowercase();
    let team = node
        .team_type
        .map(|t| format!(" team-{:?}", t).to_lowercase())
        .unwrap_or_default();
    let owner = match node.owner {
        Some(OwnerColour::Team(i)) => format!(" by-owner owner-{i}"),
        Some(OwnerColour::Unowned) => " by-owner unowned".to_string(),
        None => String::new(),
    };
    format!("node kind-{kind}{team}{owner}")
}

#[component]
pub fn NodeShape(
    node: NodeScene,
    selected: Signal<bool>,
    highlighted: Signal<bool>,
    linked: Signal<bool>,
    /// Zoomed out: the compact labels (the name large) instead of the card's.
    compact: Signal<bool>,
    /// A drag in progress shifts this node while it lasts.
    preview: DragPreview,
    #[prop(into)] on_select: Callback<()>,
    /// Pointer pressed on this node: selection and dragging are the canvas's business.
    #[prop(into)]
    on_press: Callback<(Id, leptos::ev::PointerEvent)>,
    /// Double-click: rename in place (the rename keys go through the actions table).
    #[prop(into)]
    on_rename: Callback<()>,
    /// Pointer pressed on a connection handle: start drawing a relationship.
    #[prop(into)]
    on_connect: Callback<(Id, leptos::ev::PointerEvent)>,
    /// Pointer pressed on a corner handle of the selected element: resize.
    #[prop(into)]
    on_resize: Callback<(Id, Corner, leptos::ev::PointerEvent)>,
) -> impl IntoView {
    let resize_id = node.id.clone();
    let id = node.id.clone();
    let handle_id = node.id.clone();
    let class = class(&node);
    let (x, y) = (node.bounds.x, node.bounds.y);
    let shifted = node.id.clone();
    let transform = move || {
        let (dx, dy) = preview.shift(&shifted);
        format!("translate({} {})", x + dx, y + dy)
    };
    let (w, h) = (node.bounds.width, node.bounds.height);
    let state = expect_context::<AppState>();
    view! {
        <g class=class data-node-id=node.id.to_string() aria-label=node.accessible_name.clone() role="button" tabindex="0"
            aria-pressed=move || selected.get().to_string()
            class:selected=move || selected.get() class:highlighted=move || highlighted.get() class:linked=move || linked.get()
            transform=transform
            on:pointerdown=move |ev| { ev.stop_propagation(); on_press.run((id.clone(), ev)); }
            on:dblclick=move |ev| { ev.stop_propagation(); on_rename.run(()); }
            on:keydown=move |ev| {
                let here = Context::Element { selected: selected.get_untracked() };
                // An element's keys (F2, Enter when selected) act on it: it becomes the selection first.
                if let Some(action) = ActionId::for_keys(&app::key_press(&ev), here) {
                    ev.prevent_default();
                    on_select.run(());
                    app::perform(state, action);
                } else if matches!(ev.key().as_str(), "Enter" | " ") {
                    // Otherwise a focused element is a button: Enter or Space selects it.
                    ev.prevent_default();
                    on_select.run(());
                }
            }>
            <title>{node.hover.clone()}</title>
            {shape(&node)}
            <rect class="focus-ring" x="-5" y="-5" width=w + 10.0 height=h + 10.0 rx="12" />
            {
                let (full, short) = (node.labels.clone(), node.compact.clone());
                move || if compact.get() { compact_labels(&short) } else { labels(&full) }
            }
            {move || selected.get().then(|| view! {
                <g class="resize-handles" aria-hidden="true">
                    {Corner::ALL.into_iter().map(|corner| {
                        let (cx, cy) = corner.point(w, h);
                        let id = resize_id.clone();
                        view! { <rect class=format!("resize-handle corner-{corner:?}").to_lowercase() x=cx - 5.0 y=cy - 5.0 width="10" height="10" rx="2"
                            on:pointerdown=move |ev| { ev.stop_propagation(); on_resize.run((id.clone(), corner, ev)); } /> }
                    }).collect_view()}
                </g>
            })}
            {node.pin.map(|pin| view! {
                <g class="pin-badge" data-testid="pin-badge" transform=format!("translate({} {})", pin.corner.0, pin.corner.1)>
                    <title>"Pinned: auto-layout leaves it here"</title>
                    <circle cx="8" cy="8" r="8" />
                    <path d="M6 3.5h4M6.8 3.5v4l-2 2h6.4l-2-2v-4M8 9.5v4" />
                </g>
            })}
            {node.decisions.clone().map(|badge| view! {
                <g class=format!("decision-badge status-{}", badge.linked.status.label().to_lowercase()) data-testid="decision-badge"
                    transform=format!("translate({} {})", badge.centre.0, badge.centre.1)>
                    <title>{badge.linked.titles}</title>
                    <rect x="-13" y="-10" width="26" height="20" rx="10" />
                    <text text-anchor="middle" y="4">{badge.linked.count}</text>
                </g>
            })}
            {(!node.connection_points.is_empty()).then(|| view! {
                <g class="handles" aria-hidden="true">
                    {node.connection_points.iter().map(|&(cx, cy)| {
                        let id = handle_id.clone();
                        view! { <circle class="handle" cx=cx cy=cy r="7"
                            on:pointerdown=move |ev| { ev.stop_propagation(); on_connect.run((id.clone(), ev)); } /> }
                    }).collect_view()}
                </g>
            })}
        </g>
    }
}

fn shape(node: &NodeScene) -> AnyView {
    let (w, h) = (node.bounds.width, node.bounds.height);
    match node.shape {
        Shape::Person {
            head,
            body_top,
            body_radius,
        } => view! {
            <g class="shape">
                <circle cx=w / 2.0 cy=head r=head />
                <rect x="0" y=body_top width=w height=h - body_top rx=body_radius />
            </g>
        }
        .into_any(),
        Shape::Cylinder { .. } | Shape::Pipe { .. } => {
            let (d, rim) = node.shape.cylinder_paths((w, h)).unwrap_or_default();
            view! { <g class="shape"><path d=d /><path class="rim" d=rim /></g> }.into_any()
        }
        Shape::Octagon { .. } => {
            let points = node.shape.polygon_points((w, h)).unwrap_or_default();
            view! { <polygon class="shape" points=points /> }.into_any()
        }
        Shape::Box { radius } => {
            view! { <rect class="shape" width=w height=h rx=radius /> }.into_any()
        }
    }
}

/// The label lines, glossary words marked.
fn labels(labels: &NodeLabels) -> AnyView {
    let lines = labels
        .lines
        .iter()
        .map(|line| {
            let class = match line.role {
                LineRole::Name => "label-name",
                LineRole::Caption => "label-caption",
                LineRole::Description => "label-description",
            };
            let pieces = pieces(line);
            view! { <text class=class x=line.x y=line.y>{pieces}</text> }
        })
        .collect_view();
    match labels.anchor {
        LabelAnchor::Middle => {
            view! { <g class="labels" text-anchor="middle">{lines}</g> }.into_any()
        }
        LabelAnchor::Start => view! { <g class="labels boundary-label">{lines}</g> }.into_any(),
    }
}

/// The name as large as the box allows, under a small mark of its kind.
fn compact_labels(labels: &CompactLabels) -> AnyView {
    let lines = labels
        .lines
        .iter()
        .map(|line| {
            let (class, size) = match line.role {
                LineRole::Caption => ("label-mark", labels.mark_font),
                _ => ("label-name", labels.font),
            };
            let pieces = pieces(line);
            view! { <text class=class x=line.x y=line.y font-size=size>{pieces}</text> }
        })
        .collect_view();
    let (anchor, class) = match labels.anchor {
        LabelAnchor::Middle => ("middle", "labels compact"),
        LabelAnchor::Start => ("start", "labels compact boundary-label"),
    };
    view! { <g class=class data-testid="compact-labels" text-anchor=anchor>{lines}</g> }.into_any()
}

/// A line's text, glossary words marked.
fn pieces(line: &LabelLine) -> impl IntoView {
    line.pieces
        .iter()
        .map(|piece| match piece.term {
            None => piece.text.clone().into_any(),
            Some(term) => {
                view! { <tspan class=term_class(term)>{piece.text.clone()}</tspan> }.into_any()
            }
        })
        .collect_view()
}

fn term_class(term: TermUse) -> &'static str {
    match term {
        TermUse::Preferred => "glossary-word",
        TermUse::Avoided => "glossary-avoid",
    }
}
