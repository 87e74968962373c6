//! The on-screen size of a pane's canvas, kept in a signal by a
//! ResizeObserver, so reactive code (the minimap's viewport) can read it
//! without forcing the browser to lay the page out: `getBoundingClientRect`
//! right after a large redraw (an auto-layout of 1,000 elements) cost
//! hundreds of milliseconds. Only the size: positions still come from the
//! element when a pointer event needs them.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Keeps `size` at the canvas's width and height in CSS pixels as it resizes.
pub fn watch_size(svg: NodeRef<leptos::svg::Svg>, size: RwSignal<(f64, f64)>) {
    Effect::new(move |_| {
        let Some(element) = svg.get() else {
            return;
        };
        let rect = element.get_bounding_client_rect();
        size.set((rect.width(), rect.height()));
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
                let r = entry.content_rect();
                // A hidden pane (the other one maximised) keeps its last
                // size, so its camera is as it was when it comes back.
                if r.width() > 0.0 && r.height() > 0.0 {
                    size.set((r.width(), r.height()));
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&element);
            // A pane's canvas lives as long as the page: so do its observer
            // and callback.
            std::mem::forget(observer);
            on_resize.forget();
        }
    });
}
