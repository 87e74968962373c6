//! Printing: the active pane's view fitted to the first page, then the
//! decision log as a document (the print style sheet shows only these; see
//! `ui::shell::print`). The view is printed as its SVG picture, so it is the
//! whole view whatever the pane's zoom, light on white paper.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::{AppState, PictureChoice, PictureFormat, Theme};

/// Prepares the print document, waits for its picture to be ready, prints,
/// and clears it again.
pub fn print(state: AppState) {
    let kind = state.session.active_pane.get_untracked();
    let choice = PictureChoice {
        format: PictureFormat::Svg,
        scale: 1.0,
        theme: Theme::Light,
        background: false,
    };
    let url = state.picture_svg(kind, &choice).and_then(|svg| {
        let parts = js_sys::Array::of1(&svg.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/svg+xml");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        web_sys::Url::create_object_url_with_blob(&blob).ok()
    });
    leptos::task::spawn_local(async move {
        if let Some(url) = &url {
            // Decoded before printing, or the page could print without it.
            if let Ok(image) = web_sys::HtmlImageElement::new() {
                image.set_src(url);
                let _ = JsFuture::from(image.decode()).await;
            }
        }
        state
            .dialogs
            .printing
            .set(Some(url.clone().unwrap_or_default()));
        // Let the print document render before the browser lays out the pages.
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().request_animation_frame(&resolve);
        });
        let _ = JsFuture::from(frame).await;
        let _ = window().print();
        state.dialogs.printing.set(None);
        if let Some(url) = url {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
}
