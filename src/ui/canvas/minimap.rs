//! A pane's minimap: the whole view in miniature with the visible part
//! outlined; pressing or dragging on it moves the camera there. It can be
//! hidden (for every pane, remembered in this browser) and shown again.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use conway_geometry::Camera;
use conway_model::ViewKind;

const WIDTH: f64 = conway_editor::session::MINIMAP_SIZE.0;
const HEIGHT: f64 = conway_editor::session::MINIMAP_SIZE.1;
const PAD: f64 = 6.0;

#[component]
pub fn Minimap(
    kind: ViewKind,
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
    /// The canvas's size (the pane's `screen`, kept by `screen_size::watch_size`).
    screen: ReadSignal<(f64, f64)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    // The view's bounds and every box, in canvas units.
    let content = Memo::new(move |_| {
        let id = current.get()?;
        state.doc.workspace.with(|ws| {
            let v = ws.view(&id)?;
            let bounds = v.bounds()?;
            let elements = ws.element_index();
            let boxes: Vec<(f64, f64, f64, f64, bool)> = v
                .placements
                .iter()
                .map(|p| {
                    (
                        p.x,
                        p.y,
                        p.width,
                        p.height,
                        elements
                            .get(&p.element)
                            .is_some_and(|e| e.kind.is_container_of_others()),
                    )
                })
                .collect();
            Some((bounds, boxes))
        })
    });
    // Canvas → minimap scale and offset.
    let scale = move || {
        content.with(|c| {
            c.as_ref().map(|((x, y, w, h), _)| {
                let s = ((WIDTH - 2.0 * PAD) / w.max(1.0)).min((HEIGHT - 2.0 * PAD) / h.max(1.0));
                (
                    s,
                    PAD - x * s + (WIDTH - 2.0 * PAD - w * s) / 2.0,
                    PAD - y * s + (HEIGHT - 2.0 * PAD - h * s) / 2.0,
                )
            })
        })
    };
    let viewport = move || {
        let (s, ox, oy) = scale()?;
        let (width, height) = screen.get();
        let c = camera.get();
        let (x0, y0) = c.to_canvas(0.0, 0.0);
        let (x1, y1) = c.to_canvas(width, height);
        Some((x0 * s + ox, y0 * s + oy, (x1 - x0) * s, (y1 - y0) * s))
    };
    let dragging = StoredValue::new(false);
    let centre_on = move |event: &leptos::ev::PointerEvent| {
        let (Some((s, ox, oy)), Some(screen)) = (
            scale(),
            svg.get_untracked().map(|e| e.get_bounding_client_rect()),
        ) else {
            return;
        };
        let Some(map) = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        let origin = map.get_bounding_client_rect();
        let (mx, my) = (
            event.client_x() as f64 - origin.left(),
            event.client_y() as f64 - origin.top(),
        );
        let (cx, cy) = ((mx - ox) / s, (my - oy) / s);
        camera.update(|c| {
            c.x = screen.width() / 2.0 - cx * c.zoom;
            c.y = screen.height() / 2.0 - cy * c.zoom;
        });
    };
    let shown = state.session.minimap_shown;
    let toggle = move |_| state.toggle_minimap();
    view! {
        <div class="minimap-box" class:hidden=move || content.with(Option::is_none)>
        {move || (!shown.get()).then(|| view! {
            <button type="button" class="button minimap-show" data-testid="minimap-show" on:click=toggle>"Minimap"</button>
        })}
        <svg class="minimap" class:hidden=move || !shown.get() width=WIDTH height=HEIGHT role="img" aria-label="Minimap: press or drag to move the view"
            on:pointerdown=move |ev| { ev.stop_propagation(); dragging.set_value(true); centre_on(&ev); }
            on:pointermove=move |ev| if dragging.get_value() { centre_on(&ev); }
            on:pointerup=move |_| dragging.set_value(false)
            on:pointerleave=move |_| dragging.set_value(false)>
            {move || {
                let (s, ox, oy) = scale()?;
                let boxes = content.with(|c| c.as_ref().map(|(_, b)| b.clone()))?;
                Some(boxes.into_iter().map(|(x, y, w, h, container)| view! {
                    <rect class:container=container x=x * s + ox y=y * s + oy width=(w * s).max(1.0) height=(h * s).max(1.0) />
                }).collect_view())
            }}
            {move || viewport().map(|(x, y, w, h)| view! { <rect class="minimap-viewport" x=x y=y width=w height=h /> })}
        </svg>
        {move || shown.get().then(|| view! {
            <button type="button" class="minimap-hide" aria-label="Hide the minimap" title="Hide the minimap" data-testid="minimap-hide" on:click=toggle>"×"</button>
        })}
        </div>
    }
}
