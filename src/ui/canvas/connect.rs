//! Drawing a relationship: finding the element dropped on, the small menu
//! that asks which kind of relationship (or which new element) is meant, and
//! the end handles that start a reconnect.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::{kinds_between, AppState, Selection};
use crate::ui::canvas::drawn::Cells;
use crate::ui::canvas::palette::kinds_of;
use conway_editor::gesture::End;
use conway_geometry::Camera;
use conway_model::{Id, RelationshipKind, ViewKind};

/// The menu shown after a drop: which relationship kind, or which new element.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub source: Id,
    pub target: Option<Id>,
    /// Where the menu opens, relative to the canvas (screen pixels).
    pub screen: (f64, f64),
    /// Where a new element goes (canvas units).
    pub at: (f64, f64),
}

/// The element of this pane under a client point, if any.
pub fn element_at(svg: &web_sys::Element, client_x: i32, client_y: i32) -> Option<Id> {
    let document = web_sys::window()?.document()?;
    let hit = document.element_from_point(client_x as f32, client_y as f32)?;
    let node = hit.closest("[data-node-id]").ok()??;
    svg.contains(Some(node.unchecked_ref()))
        .then(|| node.get_attribute("data-node-id"))
        .flatten()
        .map(Id::new)
}

/// Connects a drop: one fitting kind connects at once; several ask.
pub fn finish(state: AppState, pending: Pending, menu: RwSignal<Option<Pending>>) {
    match &pending.target {
        Some(target) => {
            let kinds = kinds_between(state, &pending.source, target);
            match kinds.as_slice() {
                [] => state.show_error(
                    "These cannot be connected",
                    "No kind of relationship joins these two elements.",
                ),
                [only] => {
                    state.connect(&pending.source, target, *only);
                }
                _ => menu.set(Some(pending)),
            }
        }
        None => menu.set(Some(pending)),
    }
}

#[component]
pub fn ConnectMenu(kind: ViewKind, menu: RwSignal<Option<Pending>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let first = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if menu.get().is_some() {
            if let Some(item) = first
                .get()
                .and_then(|d| d.query_selector("button").ok().flatten())
            {
                let _ = item.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        }
    });
    move || {
        menu.get().map(|pending| {
            let style = format!("left: {:.0}px; top: {:.0}px", pending.screen.0, pending.screen.1);
            let items: Vec<AnyView> = match &pending.target {
                Some(target) => kinds_between(state, &pending.source, target).into_iter().map(|k: RelationshipKind| {
                    let (source, target) = (pending.source.clone(), target.clone());
                    view! { <button type="button" role="menuitem" on:click=move |_| { menu.set(None); state.connect(&source, &target, k); }>{k.label()}</button> }.into_any()
                }).collect(),
                None => kinds_of(kind).into_iter().filter(|k| !k.is_container_of_others()).map(|k| {
                    let (source, at) = (pending.source.clone(), pending.at);
                    view! { <button type="button" role="menuitem" on:click=move |_| {
                        menu.set(None);
                        if let Some(id) = state.create_connected(kind, &source, k, at) {
                            state.session.renaming.set(Some(id));
                        }
                    }>{format!("New {}", k.label())}</button> }.into_any()
                }).collect(),
            };
            let title = if pending.target.is_some() { "Connect as" } else { "Add a connected element" };
            view! {
                <div class="menu" role="menu" aria-label=title style=style node_ref=first
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); menu.set(None); }
                    on:pointerdown=|ev| ev.stop_propagation()>
                    <p class="menu-title">{title}</p>
                    {items}
                </div>
            }
        })
    }
}

/// The two end handles of the selected relationship; pressing one starts a reconnect.
#[component]
pub fn EndHandles(
    edges: StoredValue<Cells<conway_editor::scene::EdgeScene>>,
    /// Changes when relationships come and go, so a new one's cell is found.
    edge_order: RwSignal<Vec<Id>>,
    camera: RwSignal<Camera>,
    #[prop(into)] on_reconnect: Callback<(Id, End, leptos::ev::PointerEvent)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let Some(Selection::Relationship(id)) = state.session.selection.get() else {
            return None;
        };
        edge_order.track();
        let edge = edges.with_value(|cells| cells.get(&id))?.get();
        Some(view! {
            <g class="end-handles">
                {[(edge.ends.0, End::Source), (edge.ends.1, End::Target)].into_iter().map(|((x, y), end)| {
                    let id = id.clone();
                    view! { <circle class=if end == End::Source { "end-handle source" } else { "end-handle target" } cx=x cy=y r=move || 7.0 / camera.get().zoom.max(0.5)
                        on:pointerdown=move |ev| { ev.stop_propagation(); on_reconnect.run((id.clone(), end, ev)); } /> }
                }).collect_view()}
            </g>
        })
    }
}
