//! The canvas's pointer gestures: what a held pointer is doing, and the
//! wheel (zoom around the pointer, or pan for trackpad scrolling).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use conway_geometry::{Camera, Corner, Rect};

/// What a pointer held down on the canvas is doing, in screen coordinates.
#[derive(Clone, Copy)]
pub enum Gesture {
    /// Space-drag or middle-drag pans the camera.
    Pan {
        pointer: i32,
        last: (f64, f64),
        moved: f64,
    },
    /// Dragging an element moves the selection (one undo step, applied on
    /// release). `anchor` is the pressed element's top-left when the drag began.
    Drag {
        pointer: i32,
        start: (f64, f64),
        anchor: (f64, f64),
    },
    /// Dragging a corner handle resizes one element (one undo step).
    Resize {
        pointer: i32,
        start: (f64, f64),
        original: Rect,
        corner: Corner,
    },
    /// Dragging empty canvas draws a selection rectangle (canvas coordinates).
    Marquee {
        pointer: i32,
        start: (f64, f64),
        additive: bool,
    },
    /// Dragging from a handle draws a relationship.
    Connect { pointer: i32 },
    /// Dragging an end of the selected relationship moves that end.
    Reconnect { pointer: i32 },
}

/// Leaving a form field by pressing the canvas must still save what was typed:
/// blurring fires the field's `change` before the selection moves on.
pub fn commit_pending_input() {
    if let Some(active) = document().active_element() {
        if let Ok(field) = active.dyn_into::<web_sys::HtmlElement>() {
            if matches!(field.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
                let _ = field.blur();
            }
        }
    }
}

/// Pointer travel (screen pixels) below which a press counts as a click.
pub const CLICK_SLOP: f64 = 4.0;

/// Wheel or pinch zooms around the pointer; a trackpad's two-finger scroll pans.
pub fn wheel(
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
    event: leptos::ev::WheelEvent,
) {
    event.prevent_default();
    let Some(element) = svg.get_untracked() else {
        return;
    };
    let origin = element.get_bounding_client_rect();
    let (sx, sy) = (
        event.client_x() as f64 - origin.left(),
        event.client_y() as f64 - origin.top(),
    );
    let zooming = event.ctrl_key()
        || event.delta_mode() != 0
        || event.delta_y().abs() >= 40.0 && event.delta_x() == 0.0;
    if zooming {
        let factor = (-event.delta_y() * if event.delta_mode() == 1 { 0.05 } else { 0.002 }).exp();
        camera.update(|c| *c = c.zoom_at(factor, sx, sy));
    } else {
        camera.update(|c| *c = c.panned(-event.delta_x(), -event.delta_y()));
    }
}
