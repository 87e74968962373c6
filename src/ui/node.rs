//! How one element is drawn: a shape per kind (C4 for the system, Team
//! Topologies for teams), its labels, and its selection state.

use leptos::prelude::*;

use super::preview::DragPreview;
use crate::app::{self, AppState};
use crate::editor::actions::{ActionId, Context};
use crate::layout::{wrap, Corner};
use crate::model::{DecisionStatus, ElementKind, Id, TeamType, View, Workspace};

/// Everything needed to draw one placed element; rebuilt when the workspace changes.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeItem {
    pub id: Id,
    pub kind: ElementKind,
    pub team_type: Option<TeamType>,
    pub name: String,
    pub caption: String,
    pub description: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Decisions linked to the element: how many, the most important status,
    /// and their references and titles (for hovering).
    pub decisions: Option<(usize, DecisionStatus, String)>,
    /// When the view is coloured by owner: the owner team's colour (an index
    /// into the palette), or `None` for an element no team owns.
    pub owner_colour: Option<Option<usize>>,
    /// Pinned in this view: auto-layout leaves it where it is.
    pub pinned: bool,
    /// The glossary terms whose words the name uses (underlined, defined on hover).
    pub name_terms: Vec<crate::model::Term>,
}

/// How many owner colours the palette has (style/org.css `.owner-N`).
pub const OWNER_COLOURS: usize = 10;

/// Each team's colour: its place among the workspace's teams, round the palette.
pub fn team_colours(ws: &Workspace) -> std::collections::HashMap<&crate::model::Id, usize> {
    ws.elements
        .iter()
        .filter(|e| e.kind == ElementKind::Team)
        .enumerate()
        .map(|(i, t)| (&t.id, i % OWNER_COLOURS))
        .collect()
}

impl NodeItem {
    pub fn all(ws: &Workspace, view: &View, by_owner: bool) -> Vec<NodeItem> {
        let elements = ws.element_index();
        let decisions = ws.decisions_by_link();
        let glossary = crate::model::TermFinder::new(&ws.glossary);
        let colours = if by_owner {
            team_colours(ws)
        } else {
            Default::default()
        };
        view.placements
            .iter()
            .filter_map(|p| {
                let e = *elements.get(&p.element)?;
                Some(NodeItem {
                    id: e.id.clone(),
                    kind: e.kind,
                    team_type: e.team_type,
                    name: e.name.clone(),
                    caption: caption(e),
                    description: e.description.clone(),
                    x: p.x,
                    y: p.y,
                    width: p.width,
                    height: p.height,
                    decisions: decisions.get(&e.id).and_then(|list| {
                        let status = list
                            .iter()
                            .map(|d| d.status)
                            .max_by_key(|s| s.importance())?;
                        let titles = list
                            .iter()
                            .map(|d| {
                                format!("{} {} ({})", d.reference(), d.title, d.status.label())
                            })
                            .collect::<Vec<_>>()
                            .join("\n");
                        Some((list.len(), status, titles))
                    }),
                    owner_colour: match e.kind {
                        _ if !by_owner => None,
                        ElementKind::Team => Some(colours.get(&e.id).copied()),
                        kind if kind.is_ownable() => {
                            Some(e.owner.as_ref().and_then(|o| colours.get(o).copied()))
                        }
                        _ => None,
                    },
                    pinned: p.pinned,
                    name_terms: glossary.terms_in(&e.name).into_iter().cloned().collect(),
                })
            })
            .collect()
    }

    /// The name, and the definitions of the glossary terms it uses.
    fn hover_text(&self) -> String {
        let mut text = self.name.clone();
        for t in &self.name_terms {
            text.push_str(&format!("\n{}: {}", t.term, t.definition));
        }
        text
    }

    fn class(&self) -> String {
        let kind = format!("{:?}", self.kind).to_lowercase();
        let team = self
            .team_type
            .map(|t| format!(" team-{:?}", t).to_lowercase())
            .unwrap_or_default();
        let owner = match self.owner_colour {
            Some(Some(i)) => format!(" by-owner owner-{i}"),
            Some(None) => " by-owner unowned".to_string(),
            None => String::new(),
        };
        format!("node kind-{kind}{team}{owner}")
    }
}

/// The bracketed C4 line: "[Container: Rust, axum]", "[Stream-aligned team]".
fn caption(e: &crate::model::Element) -> String {
    let kind = match (e.kind, e.team_type) {
        (ElementKind::Team, Some(t)) => format!("{} team", t.label()),
        (ElementKind::OrgPerson | ElementKind::Stakeholder, _) if !e.role.is_empty() => {
            e.role.clone()
        }
        (kind, _) => kind.label().to_string(),
    };
    if e.technology.is_empty() {
        format!("[{kind}]")
    } else {
        format!("[{kind}: {}]", e.technology)
    }
}

#[component]
pub fn NodeShape(
    node: NodeItem,
    selected: Signal<bool>,
    highlighted: Signal<bool>,
    linked: Signal<bool>,
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
    let class = node.class();
    let label = format!("{}, {}", node.name, node.caption);
    let (x, y) = (node.x, node.y);
    let shifted = node.id.clone();
    let transform = move || {
        let (dx, dy) = preview.shift(&shifted);
        format!("translate({} {})", x + dx, y + dy)
    };
    let (w, h) = (node.width, node.height);
    let boundary = node.kind.is_container_of_others();
    let state = expect_context::<AppState>();
    view! {
        <g class=class data-node-id=node.id.to_string() aria-label=label role="button" tabindex="0"
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
            <title>{node.hover_text()}</title>
            {shape(node.kind, node.team_type, w, h)}
            <rect class="focus-ring" x="-5" y="-5" width=w + 10.0 height=h + 10.0 rx="12" />
            {if boundary { boundary_label(&node).into_any() } else { labels(&node).into_any() }}
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
            {node.pinned.then(|| view! {
                <g class="pin-badge" data-testid="pin-badge" transform="translate(2 2)">
                    <title>"Pinned: auto-layout leaves it here"</title>
                    <circle cx="8" cy="8" r="8" />
                    <path d="M6 3.5h4M6.8 3.5v4l-2 2h6.4l-2-2v-4M8 9.5v4" />
                </g>
            })}
            {node.decisions.clone().map(|(count, status, titles)| view! {
                <g class=format!("decision-badge status-{}", status.label().to_lowercase()) data-testid="decision-badge"
                    transform=format!("translate({} -8)", w - 8.0)>
                    <title>{titles}</title>
                    <rect x="-13" y="-10" width="26" height="20" rx="10" />
                    <text text-anchor="middle" y="4">{count}</text>
                </g>
            })}
            {(!boundary).then(|| view! {
                <g class="handles" aria-hidden="true">
                    {[(w / 2.0, 0.0), (w, h / 2.0), (w / 2.0, h), (0.0, h / 2.0)].into_iter().map(|(cx, cy)| {
                        let id = handle_id.clone();
                        view! { <circle class="handle" cx=cx cy=cy r="7"
                            on:pointerdown=move |ev| { ev.stop_propagation(); on_connect.run((id.clone(), ev)); } /> }
                    }).collect_view()}
                </g>
            })}
        </g>
    }
}

fn shape(kind: ElementKind, team_type: Option<TeamType>, w: f64, h: f64) -> AnyView {
    match kind {
        ElementKind::Person => {
            let r = (h * 0.2).min(w * 0.25);
            view! {
                <g class="shape">
                    <circle cx=w / 2.0 cy=r r=r />
                    <rect x="0" y=r * 1.6 width=w height=h - r * 1.6 rx=r * 0.9 />
                </g>
            }
            .into_any()
        }
        ElementKind::DataStore => {
            let ry = (h * 0.1).min(14.0);
            let d = format!(
                "M0 {ry} A{hw} {ry} 0 0 1 {w} {ry} V{b} A{hw} {ry} 0 0 1 0 {b} Z",
                hw = w / 2.0,
                b = h - ry
            );
            let rim = format!("M0 {ry} A{hw} {ry} 0 0 0 {w} {ry}", hw = w / 2.0);
            view! { <g class="shape"><path d=d /><path class="rim" d=rim /></g> }.into_any()
        }
        ElementKind::Queue => {
            let rx = (w * 0.08).min(18.0);
            let d = format!(
                "M{rx} 0 H{r} A{rx} {hh} 0 0 1 {r} {h} H{rx} A{rx} {hh} 0 0 1 {rx} 0 Z",
                r = w - rx,
                hh = h / 2.0
            );
            let rim = format!("M{r} 0 A{rx} {hh} 0 0 0 {r} {h}", r = w - rx, hh = h / 2.0);
            view! { <g class="shape"><path d=d /><path class="rim" d=rim /></g> }.into_any()
        }
        ElementKind::Team if team_type == Some(TeamType::ComplicatedSubsystem) => {
            let c = (w.min(h) * 0.22).min(24.0);
            let points = format!(
                "{c},0 {a},0 {w},{c} {w},{b} {a},{h} {c},{h} 0,{b} 0,{c}",
                a = w - c,
                b = h - c
            );
            view! { <polygon class="shape" points=points /> }.into_any()
        }
        ElementKind::SystemBoundary | ElementKind::GroupBoundary | ElementKind::Department => {
            view! { <rect class="shape" width=w height=h rx="10" /> }.into_any()
        }
        ElementKind::Team => view! { <rect class="shape" width=w height=h rx="14" /> }.into_any(),
        _ => view! { <rect class="shape" width=w height=h rx="8" /> }.into_any(),
    }
}

/// Name, caption and description, centred in the box (below the head for a person).
fn labels(node: &NodeItem) -> impl IntoView {
    let top = if node.kind == ElementKind::Person {
        (node.height * 0.2).min(node.width * 0.25) * 1.6
    } else {
        0.0
    };
    let inner_h = node.height - top;
    let chars = ((node.width - 16.0) / 7.4).max(4.0) as usize;
    let name = wrap(&node.name, ((node.width - 16.0) / 8.6).max(4.0) as usize, 2);
    let caption = wrap(&node.caption, chars + 2, 1);
    let room = ((inner_h - 16.0 - name.len() as f64 * 18.0 - 16.0) / 15.0).max(0.0) as usize;
    let description = if node.kind == ElementKind::Team {
        Vec::new()
    } else {
        wrap(&node.description, chars, room.min(3))
    };
    let total = name.len() as f64 * 18.0
        + 16.0
        + description.len() as f64 * 15.0
        + if description.is_empty() { 0.0 } else { 4.0 };
    let mut y = top + (inner_h - total) / 2.0 + 13.0;
    let cx = node.width / 2.0;
    let mut lines = Vec::new();
    let finder = crate::model::TermFinder::new(&node.name_terms);
    for line in name {
        let pieces = finder
            .pieces(&line)
            .into_iter()
            .map(|(piece, mark)| match mark {
                None => piece.to_string().into_any(),
                Some(mark) => {
                    view! { <tspan class=mark.class>{piece.to_string()}</tspan> }.into_any()
                }
            })
            .collect_view();
        lines.push(view! { <text class="label-name" x=cx y=y>{pieces}</text> }.into_any());
        y += 18.0;
    }
    for line in caption {
        lines.push(view! { <text class="label-caption" x=cx y=y - 2.0>{line}</text> }.into_any());
        y += 16.0;
    }
    y += 4.0;
    for line in description {
        lines.push(view! { <text class="label-description" x=cx y=y>{line}</text> }.into_any());
        y += 15.0;
    }
    view! { <g class="labels" text-anchor="middle">{lines}</g> }
}

/// Boundaries are labelled at their top-left corner so children stay readable.
fn boundary_label(node: &NodeItem) -> impl IntoView {
    let chars = ((node.width - 24.0) / 8.6).max(4.0) as usize;
    let name = wrap(&node.name, chars, 1);
    view! {
        <g class="labels boundary-label">
            <text class="label-name" x="14" y="24">{name}</text>
            <text class="label-caption" x="14" y="40">{node.caption.clone()}</text>
        </g>
    }
}
