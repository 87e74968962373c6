//! How the installed app is launched: with a `.conway.json` file (the
//! manifest's `file_handlers`) or by a share link it captured (`handle_links`,
//! `launch_handler`). Reads the browser's `launchQueue`; never decides what a
//! file or link means (files and share_link do).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::AppState;

/// Listens for launches of the installed app. Does nothing in browsers
/// without `launchQueue` (they open files and links through the page itself).
pub fn accept_launches(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(queue) = js_sys::Reflect::get(&window, &"launchQueue".into()) else {
        return;
    };
    let Ok(set_consumer) = js_sys::Reflect::get(&queue, &"setConsumer".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return;
    };
    let consumer = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
        if let Some(handle) = first_file(&params) {
            open_launched_file(state, handle);
        } else if let Some(fragment) = shared_fragment(&params) {
            follow_launched_link(state, &fragment);
        }
    });
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    // The consumer lives as long as the page.
    consumer.forget();
}

fn first_file(params: &JsValue) -> Option<JsValue> {
    let files = js_sys::Reflect::get(params, &"files".into()).ok()?;
    if files.is_undefined() || files.is_null() {
        return None;
    }
    Some(js_sys::Array::from(&files).get(0)).filter(|h| !h.is_undefined())
}

/// The `#w=…` fragment of the address the app was launched with, if any.
fn shared_fragment(params: &JsValue) -> Option<String> {
    let target = js_sys::Reflect::get(params, &"targetURL".into())
        .ok()?
        .as_string()?;
    let url = web_sys::Url::new(&target).ok()?;
    let hash = url.hash();
    hash.trim_start_matches('#')
        .starts_with("w=")
        .then_some(hash)
}

/// A launch that navigated this window already shows the link (the address
/// changed and the page read it); one that only focused it moves the link
/// into the address, which opens it exactly as a pasted link would.
fn follow_launched_link(state: AppState, fragment: &str) {
    let location = window().location();
    if location.hash().ok().as_deref() == Some(fragment) {
        return;
    }
    if location.set_hash(fragment).is_err() {
        state.show_error(
            "This share link could not be opened",
            "The browser did not hand the link over.",
        );
    }
}

fn open_launched_file(state: AppState, handle: JsValue) {
    let Ok(get_file) = js_sys::Reflect::get(&handle, &"getFile".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return;
    };
    let Ok(promise) = get_file
        .call0(&handle)
        .and_then(|p| p.dyn_into::<js_sys::Promise>())
    else {
        return;
    };
    leptos::task::spawn_local(async move {
        match JsFuture::from(promise)
            .await
            .and_then(|f| f.dyn_into::<web_sys::File>())
        {
            Ok(file) => super::import_file(state, file),
            Err(_) => state.show_error(
                "Could not open the file",
                "The browser did not hand the file over.",
            ),
        }
    });
}
