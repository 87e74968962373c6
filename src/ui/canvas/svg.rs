//! The SVG canvas of a pane: draws the current view and handles pan, wheel
//! zoom and selection by pointer and keyboard. What a pointer gesture means
//! is the gesture machine's business (`editor::gesture`, driven by
//! `Gestures`): the canvas hit-tests and tells it what was pressed.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::canvas::connect::{ConnectMenu, EndHandles, Pending};
use crate::ui::canvas::edge::EdgeMarkers;
use crate::ui::canvas::gesture::{commit_pending_input, wheel, Gestures};
use crate::ui::canvas::palette::{allow_palette_drop, create_on_double_click, create_on_drop};
use crate::ui::canvas::rename::RenameInPlace;
use crate::ui::canvas::scene::{Scene, SceneLayers};
use crate::ui::org::lens_overlay::LensOverlay;
use conway_editor::gesture::{End, Target};
use conway_editor::scene::DETAIL_ZOOM;
use conway_geometry::{Camera, Corner, Rect};
use conway_model::{Id, ViewKind};

#[component]
pub fn Canvas(
    kind: ViewKind,
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    let scene = Scene::new(state, current);
    let menu = RwSignal::new(None::<Pending>);
    let gestures = Gestures::new(state, kind, camera, svg, menu);
    let preview = gestures.preview;

    // Canvas point under a pointer event's client position.
    let canvas_point = move |client_x: i32, client_y: i32| -> Option<(f64, f64)> {
        let origin = svg.get_untracked()?.get_bounding_client_rect();
        Some(camera.get_untracked().to_canvas(
            client_x as f64 - origin.left(),
            client_y as f64 - origin.top(),
        ))
    };
    let placement_of = move |id: &Id| state.placement_in(kind, id);
    let on_connect = move |(id, event): (Id, leptos::ev::PointerEvent)| {
        if gestures.busy() {
            return;
        }
        commit_pending_input();
        state.session.active_pane.set(kind);
        menu.set(None);
        if let Some(centre) = placement_of(&id).map(|p| p.centre()) {
            gestures.press(
                &event,
                Target::Handle {
                    element: id,
                    centre,
                },
            );
        }
    };
    let on_pointer_down = move |event: leptos::ev::PointerEvent| {
        if gestures.busy() {
            return;
        }
        commit_pending_input();
        state.session.active_pane.set(kind);
        menu.set(None);
        if gestures.press(&event, Target::Canvas) {
            // Middle-button autoscroll would fight the pan.
            event.prevent_default();
        }
    };
    // Pressing an end of the selected relationship: the other end stays, this one follows the pointer.
    let on_reconnect = move |(relationship, end, event): (Id, End, leptos::ev::PointerEvent)| {
        let ends = state.doc.workspace.with_untracked(|ws| {
            ws.relationship(&relationship)
                .map(|r| (r.source.clone(), r.target.clone()))
        });
        let Some((source, target)) = ends else { return };
        let fixed = if end == End::Source { target } else { source };
        if let Some(fixed_centre) = placement_of(&fixed).map(|p| p.centre()) {
            gestures.press(
                &event,
                Target::End {
                    relationship,
                    end,
                    fixed_centre,
                },
            );
        }
    };
    let on_resize = move |(id, corner, event): (Id, Corner, leptos::ev::PointerEvent)| {
        if gestures.busy() || event.button() != 0 {
            return;
        }
        commit_pending_input();
        if let Some(p) = placement_of(&id) {
            let original = Rect::from(&p);
            gestures.press(
                &event,
                Target::Corner {
                    element: id,
                    corner,
                    original,
                },
            );
        }
    };
    let on_node_press = move |(id, event): (Id, leptos::ev::PointerEvent)| {
        if gestures.busy() {
            return;
        }
        commit_pending_input();
        state.session.active_pane.set(kind);
        let Some(top_left) = placement_of(&id).map(|p| (p.x, p.y)) else {
            return;
        };
        let selected = state.selected_elements_untracked().contains(&id);
        let picking_links = state.session.picking_links.with_untracked(Option::is_some);
        gestures.press(
            &event,
            Target::Element {
                element: id,
                top_left,
                selected,
                picking_links,
            },
        );
    };
    let on_wheel = move |event: leptos::ev::WheelEvent| wheel(camera, svg, event);
    // Crossing the detail zoom swaps every element's labels, once.
    let compact = Memo::new(move |_| camera.with(|c| c.zoom < DETAIL_ZOOM));
    let compact = Signal::from(compact);

    view! {
        <svg class="canvas" class:compact=move || compact.get() class:far=move || camera.with(Camera::is_far) class:picking=move || state.session.picking_links.with(Option::is_some) class:concern-focus=move || state.session.concern_focus.with(Option::is_some)
            class:focusing=move || state.session.selection.with(|s| matches!(s, Some(crate::app::Selection::Decision(_)))) node_ref=svg role="group" aria-label=move || current.get().and_then(|id| state.doc.workspace.with(|ws| ws.view(&id).map(|v| v.name.clone()))).unwrap_or_default()
            on:pointerdown=on_pointer_down on:pointermove=move |ev| gestures.moved(&ev) on:pointerup=move |ev| gestures.released(&ev)
            on:pointercancel=move |ev| gestures.lost(&ev) on:wheel=on_wheel on:dblclick=move |ev| create_on_double_click(state, kind, canvas_point(ev.client_x(), ev.client_y()))
            on:dragover=|ev| allow_palette_drop(&ev) on:drop=move |ev| create_on_drop(state, kind, &ev, canvas_point(ev.client_x(), ev.client_y()))>
            <EdgeMarkers />
            <g class="camera" transform=move || camera.get().transform()>
                <LensOverlay kind=kind current=current />
                <SceneLayers scene=scene preview=preview compact=compact on_press=on_node_press on_connect=on_connect on_resize=on_resize />
                // The selected relationship's end handles sit above the elements they touch.
                <EndHandles edges=scene.edges edge_order=scene.edge_order camera=camera on_reconnect=on_reconnect />
                {move || gestures.marquee().map(|m| view! {
                    <rect class="marquee" x=m.left y=m.top width=m.right - m.left height=m.bottom - m.top stroke-width=move || 1.0 / camera.get().zoom />
                })}
                {move || preview.guides.get().into_iter().map(|g| {
                    let (x1, y1, x2, y2) = if g.vertical { (g.at, g.from, g.at, g.to) } else { (g.from, g.at, g.to, g.at) };
                    view! { <line class="guide" data-testid="guide" x1=x1 y1=y1 x2=x2 y2=y2 stroke-width=move || 1.0 / camera.get().zoom /> }
                }).collect_view()}
                {move || gestures.rubber().map(|r| view! {
                    <line class="rubber" x1=r.from.0 y1=r.from.1 x2=r.to.0 y2=r.to.1 stroke-width=move || 2.0 / camera.get().zoom marker-end="url(#arrow)" />
                })}
                <RenameInPlace kind=kind camera=camera />
            </g>
        </svg>
        <ConnectMenu kind=kind menu=menu />
    }
}
