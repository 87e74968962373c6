//! What a canvas draws of its view: the elements and relationships, each in
//! its own reactive cell so that a change (a move, a rename, a selection)
//! redraws only the items it touches, even in views of thousands.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::app::{AppState, Selection};
use crate::ui::canvas::drawn::{Cells, Drawn, Flags};
use crate::ui::canvas::edge::EdgeShape;
use crate::ui::canvas::node::NodeShape;
use crate::ui::canvas::preview::DragPreview;
use conway_editor::scene::{edge_scenes, node_facts, node_scene, EdgeScene, NodeFacts};
use conway_geometry::Corner;
use conway_model::Id;

#[derive(Clone, Copy)]
pub struct Scene {
    pub nodes: StoredValue<Cells<NodeFacts>>,
    pub edges: StoredValue<Cells<EdgeScene>>,
    pub node_order: RwSignal<Vec<Id>>,
    pub edge_order: RwSignal<Vec<Id>>,
    /// Selected, highlighted and linked elements, and the selected relationship.
    flags: StoredValue<[Flags; 4]>,
}

impl Scene {
    /// Follows the workspace and the selection for the view `current` shows.
    pub fn new(state: AppState, current: RwSignal<Option<Id>>) -> Self {
        // What the view draws, synchronised into one cell per element and per
        // relationship: a change redraws only what changed. An element's cell
        // holds its facts, turned into its scene only when they change.
        let node_cells = StoredValue::new(Cells::<NodeFacts>::default());
        let edge_cells = StoredValue::new(Cells::<EdgeScene>::default());
        let node_order = RwSignal::new(Vec::<Id>::new());
        let edge_order = RwSignal::new(Vec::<Id>::new());
        let routes = StoredValue::new(conway_routing::RouteCache::default());
        Effect::new(move |_| {
            let id = current.get();
            let as_of = state.session.interactions_as_of.get();
            // A system view coloured by owner colours its own elements; the
            // organisation pane then tints the teams with the same colours.
            let coloured = |view: Option<Id>| {
                state
                    .session
                    .owner_colours
                    .with(|set| view.is_some_and(|v| set.contains(&v)))
            };
            let by_owner = coloured(id.clone()) || coloured(state.session.system.view.get());
            let (nodes, edges) = state.doc.workspace.with(|ws| {
                id.and_then(|id| ws.view(&id))
                    .map(|v| {
                        (
                            Drawn::new(node_facts(ws, v, by_owner), |n| &n.id),
                            Drawn::new(
                                routes
                                    .try_update_value(|routes| edge_scenes(ws, v, as_of, routes))
                                    .unwrap_or_default(),
                                |e| &e.id,
                            ),
                        )
                    })
                    .unwrap_or_default()
            });
            node_cells.update_value(|cells| cells.sync(nodes.items));
            edge_cells.update_value(|cells| cells.sync(edges.items));
            if node_order.with_untracked(|o| *o != nodes.order) {
                node_order.set(nodes.order);
            }
            if edge_order.with_untracked(|o| *o != edges.order) {
                edge_order.set(edges.order);
            }
        });
        // Under the concern lens, what it lights up; otherwise the other pane's selection.
        let highlighted = Memo::new(move |_| match state.session.concern_focus.get() {
            Some(concern) => state
                .doc
                .workspace
                .with(|ws| conway_analysis::concern_lens(ws, &concern).highlighted()),
            None => state.cross_highlight(),
        });
        let selected = Memo::new(move |_| state.selected_elements());
        let linked = Memo::new(move |_| match state.session.selection.get() {
            Some(Selection::Decision(id)) => state.doc.workspace.with(|ws| {
                ws.decision(&id)
                    .map(|d| d.links.clone())
                    .unwrap_or_default()
            }),
            _ => Vec::new(),
        });
        // Selected, highlighted, linked elements, and the selected relationship.
        let flags = StoredValue::new([
            Flags::default(),
            Flags::default(),
            Flags::default(),
            Flags::default(),
        ]);
        Effect::new(move |_| {
            let relationship = match state.session.selection.get() {
                Some(Selection::Relationship(id)) => vec![id],
                _ => Vec::new(),
            };
            let sets = [
                selected.get(),
                highlighted.get(),
                linked.get(),
                relationship,
            ]
            .map(|ids| ids.into_iter().collect::<HashSet<Id>>());
            flags.update_value(|flags| {
                for (flag, on) in flags.iter_mut().zip(sets) {
                    flag.set_on(on);
                }
            });
        });
        Scene {
            nodes: node_cells,
            edges: edge_cells,
            node_order,
            edge_order,
            flags,
        }
    }
}

/// The relationships, then the elements above them, keyed by id.
#[component]
pub fn SceneLayers(
    scene: Scene,
    preview: DragPreview,
    /// Zoomed out: elements show their compact labels.
    compact: Signal<bool>,
    #[prop(into)] on_press: Callback<(Id, leptos::ev::PointerEvent)>,
    #[prop(into)] on_connect: Callback<(Id, leptos::ev::PointerEvent)>,
    #[prop(into)] on_resize: Callback<(Id, Corner, leptos::ev::PointerEvent)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
                        <g class="edges">
            <For each=move || scene.edge_order.get() key=|id| id.clone() let(id)>
                {
                    let cell = scene.edges.with_value(|cells| cells.get(&id));
                    let flag = scene.flags.try_update_value(|f| f[3].flag(&id)).unwrap_or_else(|| unreachable!("the canvas owns its flags"));
                    let is_selected = Signal::derive(move || flag.get());
                    cell.map(|cell| move || {
                        let id = id.clone();
                        view! { <EdgeShape edge=cell.get() selected=is_selected preview=preview on_select=move || if !state.pick_link(&id) { state.session.selection.set(Some(Selection::Relationship(id.clone()))) } /> }
                    })
                }
            </For>
        </g>
        <g class="nodes">
            <For each=move || scene.node_order.get() key=|id| id.clone() let(id)>
                {
                    let cell = scene.nodes.with_value(|cells| cells.get(&id));
                    let [selected, highlighted, linked] = scene.flags
                        .try_update_value(|f| [f[0].flag(&id), f[1].flag(&id), f[2].flag(&id)])
                        .unwrap_or_else(|| unreachable!("the canvas owns its flags"))
                        .map(|flag| Signal::derive(move || flag.get()));
                    cell.map(|cell| move || {
                        let (id, rename) = (id.clone(), id.clone());
                        view! { <NodeShape node=cell.with(node_scene) selected=selected highlighted=highlighted linked=linked compact=compact preview=preview
                            on_select=move || state.select_element(id.clone())
                            on_rename=move || { state.select_element(rename.clone()); state.session.renaming.set(Some(rename.clone())); }
                            on_press=on_press on_connect=on_connect on_resize=on_resize /> }
                    })
                }
            </For>
        </g>
    }
}
