//! The SVG canvas of a pane: draws the current view and handles pan, wheel
//! zoom and selection by pointer and keyboard.

use leptos::prelude::*;

use super::connect::{element_at, finish, ConnectMenu, EndHandles, Pending, Rubber};
use super::edge::EdgeMarkers;
use super::gesture::{commit_pending_input, wheel, Gesture, CLICK_SLOP};
use super::lens_overlay::LensOverlay;
use super::owner_drop::OwnerDrop;
use super::palette::{allow_palette_drop, create_on_double_click, create_on_drop};
use super::preview::DragPreview;
use super::rename::RenameInPlace;
use super::scene::{Scene, SceneLayers};
use crate::app::{self, AppState};
use conway_geometry::{resized, Camera, Corner, Rect};
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
    let gesture = StoredValue::new(None::<Gesture>);
    let preview = DragPreview::new();
    let owner_drop = OwnerDrop::new();
    let capture = move |pointer: i32| {
        if let Some(element) = svg.get_untracked() {
            let _ = element.set_pointer_capture(pointer);
        }
    };

    // Canvas point under a pointer event's client position.
    let canvas_point = move |client_x: i32, client_y: i32| -> Option<(f64, f64)> {
        let origin = svg.get_untracked()?.get_bounding_client_rect();
        Some(camera.get_untracked().to_canvas(
            client_x as f64 - origin.left(),
            client_y as f64 - origin.top(),
        ))
    };
    let marquee = RwSignal::new(None::<(f64, f64, f64, f64)>);
    let rubber = RwSignal::new(None::<Rubber>);
    let menu = RwSignal::new(None::<Pending>);
    let on_connect = move |(id, event): (conway_model::Id, leptos::ev::PointerEvent)| {
        if gesture.get_value().is_some() {
            return;
        }
        commit_pending_input();
        state.active_pane.set(kind);
        menu.set(None);
        let centre = current.get_untracked().and_then(|view| {
            state
                .workspace
                .with_untracked(|ws| ws.view(&view)?.placement(&id).map(|p| p.centre()))
        });
        if let (Some(from), Some(to)) = (centre, canvas_point(event.client_x(), event.client_y())) {
            rubber.set(Some(Rubber {
                source: id,
                from,
                to,
            }));
            gesture.set_value(Some(Gesture::Connect {
                pointer: event.pointer_id(),
            }));
            capture(event.pointer_id());
        }
    };
    let on_pointer_down = move |event: leptos::ev::PointerEvent| {
        // One gesture at a time: a second finger or button joins nothing.
        if gesture.get_value().is_some() {
            return;
        }
        commit_pending_input();
        state.active_pane.set(kind);
        menu.set(None);
        if event.button() != 0 && event.button() != 1 {
            return;
        }
        // Middle-button autoscroll would fight the pan.
        event.prevent_default();
        let pointer = event.pointer_id();
        if event.button() == 1 || state.space_held.get_untracked() {
            gesture.set_value(Some(Gesture::Pan {
                pointer,
                last: (event.client_x() as f64, event.client_y() as f64),
                moved: 0.0,
            }));
        } else if let Some(start) = canvas_point(event.client_x(), event.client_y()) {
            gesture.set_value(Some(Gesture::Marquee {
                pointer,
                start,
                additive: event.shift_key(),
            }));
        }
        capture(pointer);
    };
    let placement_of = move |id: &Id| state.placement_in(kind, id);
    let reconnecting = RwSignal::new(None::<(Id, bool)>);
    // Pressing an end of the selected relationship: the other end stays, this one follows the pointer.
    let on_reconnect =
        move |(relationship, is_source, event): (Id, bool, leptos::ev::PointerEvent)| {
            if gesture.get_value().is_some() || event.button() != 0 {
                return;
            }
            let ends = state.workspace.with_untracked(|ws| {
                ws.relationship(&relationship)
                    .map(|r| (r.source.clone(), r.target.clone()))
            });
            let Some((source, target)) = ends else { return };
            let fixed = if is_source { target } else { source };
            if let (Some(from), Some(to)) = (
                placement_of(&fixed).map(|p| p.centre()),
                canvas_point(event.client_x(), event.client_y()),
            ) {
                rubber.set(Some(Rubber {
                    source: fixed,
                    from,
                    to,
                }));
                reconnecting.set(Some((relationship, is_source)));
                gesture.set_value(Some(Gesture::Reconnect {
                    pointer: event.pointer_id(),
                }));
                capture(event.pointer_id());
            }
        };
    let resizing = RwSignal::new(None::<Id>);
    let on_resize = move |(id, corner, event): (Id, Corner, leptos::ev::PointerEvent)| {
        if gesture.get_value().is_some() || event.button() != 0 {
            return;
        }
        commit_pending_input();
        let Some(p) = placement_of(&id) else { return };
        state.begin_gesture("Resize");
        resizing.set(Some(id));
        gesture.set_value(Some(Gesture::Resize {
            pointer: event.pointer_id(),
            start: (event.client_x() as f64, event.client_y() as f64),
            original: Rect::from(&p),
            corner,
        }));
        capture(event.pointer_id());
    };
    let on_node_press = move |(id, event): (Id, leptos::ev::PointerEvent)| {
        if gesture.get_value().is_some() {
            return;
        }
        commit_pending_input();
        state.active_pane.set(kind);
        if event.button() != 0 {
            return;
        }
        if state.pick_link(&id) {
            return;
        }
        if event.shift_key() {
            state.toggle_selected(id);
            return;
        }
        let Some(anchor) = placement_of(&id).map(|p| (p.x, p.y)) else {
            return;
        };
        if !state.selected_elements_untracked().contains(&id) {
            state.select_element(id);
        }
        state.begin_gesture("Move");
        if let Some(view) = current.get_untracked() {
            let selected = state.selected_elements_untracked();
            state.workspace.with_untracked(|ws| {
                if let Some(v) = ws.view(&view) {
                    preview.start(ws, v, app::moving_set(ws, &view, &selected));
                }
            });
        }
        gesture.set_value(Some(Gesture::Drag {
            pointer: event.pointer_id(),
            start: (event.client_x() as f64, event.client_y() as f64),
            anchor,
        }));
        capture(event.pointer_id());
    };
    let on_pointer_move = move |event: leptos::ev::PointerEvent| {
        let now = (event.client_x() as f64, event.client_y() as f64);
        match gesture.get_value() {
            Some(Gesture::Pan {
                pointer,
                last,
                moved,
            }) if pointer == event.pointer_id() => {
                let (dx, dy) = (now.0 - last.0, now.1 - last.1);
                gesture.set_value(Some(Gesture::Pan {
                    pointer,
                    last: now,
                    moved: moved + dx.abs() + dy.abs(),
                }));
                camera.update(|c| *c = c.panned(dx, dy));
            }
            Some(Gesture::Drag {
                pointer,
                start,
                anchor,
            }) if pointer == event.pointer_id() => {
                // Only the preview follows the pointer; the model moves once, on release.
                let zoom = camera.get_untracked().zoom;
                let total = ((now.0 - start.0) / zoom, (now.1 - start.1) / zoom);
                preview.follow(anchor, total, state.grid(), zoom, event.alt_key());
                if let (ViewKind::System, Some(own)) = (kind, svg.get_untracked()) {
                    owner_drop.hover(state, &own, event.client_x(), event.client_y());
                }
            }
            Some(Gesture::Resize {
                pointer,
                start,
                original,
                corner,
            }) if pointer == event.pointer_id() => {
                if !state.in_gesture() {
                    gesture.set_value(None);
                    return;
                }
                let zoom = camera.get_untracked().zoom;
                let box_ = resized(
                    original,
                    corner,
                    ((now.0 - start.0) / zoom, (now.1 - start.1) / zoom),
                    state.grid(),
                );
                if let Some(id) = resizing.get_untracked() {
                    state.resize(kind, &id, box_);
                }
            }
            Some(Gesture::Connect { pointer } | Gesture::Reconnect { pointer })
                if pointer == event.pointer_id() =>
            {
                if let Some(to) = canvas_point(event.client_x(), event.client_y()) {
                    rubber.update(|r| {
                        if let Some(r) = r {
                            r.to = to
                        }
                    });
                }
            }
            Some(Gesture::Marquee { pointer, start, .. }) if pointer == event.pointer_id() => {
                if let Some(end) = canvas_point(event.client_x(), event.client_y()) {
                    marquee.set(Some((
                        start.0.min(end.0),
                        start.1.min(end.1),
                        start.0.max(end.0),
                        start.1.max(end.1),
                    )));
                }
            }
            _ => {}
        }
    };
    let on_pointer_up = move |event: leptos::ev::PointerEvent| {
        let current_pointer = match gesture.get_value() {
            Some(
                Gesture::Pan { pointer, .. }
                | Gesture::Drag { pointer, .. }
                | Gesture::Resize { pointer, .. }
                | Gesture::Reconnect { pointer }
                | Gesture::Marquee { pointer, .. }
                | Gesture::Connect { pointer },
            ) => pointer,
            None => return,
        };
        if current_pointer != event.pointer_id() {
            return;
        }
        match gesture.get_value() {
            Some(Gesture::Reconnect { .. }) => {
                if let (Some((relationship, is_source)), Some(element)) =
                    (reconnecting.get_untracked(), svg.get_untracked())
                {
                    if let Some(target) = element_at(&element, event.client_x(), event.client_y()) {
                        state.reconnect(&relationship, is_source, target);
                    }
                }
                reconnecting.set(None);
                rubber.set(None);
            }
            Some(Gesture::Connect { .. }) => {
                if let (Some(r), Some(element)) = (rubber.get_untracked(), svg.get_untracked()) {
                    let target = element_at(&element, event.client_x(), event.client_y())
                        .filter(|t| *t != r.source);
                    let origin = element.get_bounding_client_rect();
                    let screen = (
                        event.client_x() as f64 - origin.left(),
                        event.client_y() as f64 - origin.top(),
                    );
                    finish(
                        state,
                        Pending {
                            source: r.source,
                            target,
                            screen,
                            at: r.to,
                        },
                        menu,
                    );
                }
                rubber.set(None);
            }
            Some(Gesture::Drag { .. }) => {
                let (dx, dy) = preview.offset_untracked();
                let team = svg
                    .get_untracked()
                    .filter(|_| kind == ViewKind::System)
                    .and_then(|own| {
                        owner_drop.finish(state, &own, event.client_x(), event.client_y())
                    });
                if let Some(team) = team {
                    // Dropped on a team: the elements get an owner and stay where they were.
                    state.cancel_gesture();
                    preview.clear();
                    state.assign_owner(&state.selected_elements_untracked(), Some(&team));
                } else if dx != 0.0 || dy != 0.0 {
                    state.move_selection(kind, dx, dy);
                    state.settle_parents(kind);
                }
                if state.in_gesture() {
                    state.commit_gesture();
                }
                preview.clear();
            }
            Some(Gesture::Resize { .. }) => state.commit_gesture(),
            Some(Gesture::Marquee { additive, .. }) => {
                let zoom = camera.get_untracked().zoom;
                match marquee.get_untracked() {
                    Some(rect) if (rect.2 - rect.0).max(rect.3 - rect.1) * zoom >= CLICK_SLOP => {
                        state.select_in_rect(kind, rect, additive)
                    }
                    // A click on empty canvas (no real drag) clears the selection.
                    _ if !additive => state.selection.set(None),
                    _ => {}
                }
            }
            _ => {}
        }
        marquee.set(None);
        gesture.set_value(None);
    };
    let on_wheel = move |event: leptos::ev::WheelEvent| wheel(camera, svg, event);
    // Escape (or a lost pointer) ends the gesture: nothing of it stays drawn.
    let drop_gesture = move || {
        marquee.set(None);
        rubber.set(None);
        preview.clear();
        gesture.set_value(None);
    };
    Effect::new(move |first: Option<()>| {
        state.gesture_cancelled.track();
        if first.is_some() {
            drop_gesture();
        }
    });

    view! {
        <svg class="canvas" class:far=move || camera.with(Camera::is_far) class:picking=move || state.picking_links.with(Option::is_some) class:concern-focus=move || state.concern_focus.with(Option::is_some)
            class:focusing=move || state.selection.with(|s| matches!(s, Some(crate::app::Selection::Decision(_)))) node_ref=svg role="group" aria-label=move || current.get().and_then(|id| state.workspace.with(|ws| ws.view(&id).map(|v| v.name.clone()))).unwrap_or_default()
            on:pointerdown=on_pointer_down on:pointermove=on_pointer_move on:pointerup=on_pointer_up
            on:pointercancel=move |_| { state.cancel_gesture(); drop_gesture(); } on:wheel=on_wheel on:dblclick=move |ev| create_on_double_click(state, kind, canvas_point(ev.client_x(), ev.client_y()))
            on:dragover=|ev| allow_palette_drop(&ev) on:drop=move |ev| create_on_drop(state, kind, &ev, canvas_point(ev.client_x(), ev.client_y()))>
            <EdgeMarkers />
            <g class="camera" transform=move || camera.get().transform()>
                <LensOverlay kind=kind current=current />
                <SceneLayers scene=scene preview=preview on_press=on_node_press on_connect=on_connect on_resize=on_resize />
                // The selected relationship's end handles sit above the elements they touch.
                <EndHandles edges=scene.edges edge_order=scene.edge_order camera=camera on_reconnect=on_reconnect />
                {move || marquee.get().map(|(x0, y0, x1, y1)| view! {
                    <rect class="marquee" x=x0 y=y0 width=x1 - x0 height=y1 - y0 stroke-width=move || 1.0 / camera.get().zoom />
                })}
                {move || preview.guides.get().into_iter().map(|g| {
                    let (x1, y1, x2, y2) = if g.vertical { (g.at, g.from, g.at, g.to) } else { (g.from, g.at, g.to, g.at) };
                    view! { <line class="guide" data-testid="guide" x1=x1 y1=y1 x2=x2 y2=y2 stroke-width=move || 1.0 / camera.get().zoom /> }
                }).collect_view()}
                {move || rubber.get().map(|r| view! {
                    <line class="rubber" x1=r.from.0 y1=r.from.1 x2=r.to.0 y2=r.to.1 stroke-width=move || 2.0 / camera.get().zoom marker-end="url(#arrow)" />
                })}
                <RenameInPlace kind=kind camera=camera />
            </g>
        </svg>
        <ConnectMenu kind=kind menu=menu />
    }
}
