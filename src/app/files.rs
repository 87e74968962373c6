//! Export downloads the workspace file; import reads a chosen or dropped file
//! (a `.conway.json` file, or an SVG, PNG or page Conway exported) and opens it only
//! if it loads completely. A refused file changes nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{AppState, Notice, NoticeKind};
use conway_format as format;
use conway_format::MAX_FILE_BYTES;

/// Said after every refused import, because it is the first thing users worry about.
const UNCHANGED: &str = "Your current workspace is unchanged.";

/// Offers text as a file download named `file_name`.
pub fn download(text: &str, file_name: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not create the file")?;
    offer_blob(&blob, file_name)
}

/// Offers a blob as a file download named `file_name`.
pub(super) fn offer_blob(blob: &web_sys::Blob, file_name: &str) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob)
        .map_err(|_| "could not create a download link")?;
    let document = document();
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no document")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

pub fn export_workspace(state: AppState) {
    let (text, name) = super::timing::measured("conway:export-file", || {
        state
            .doc
            .workspace
            .with_untracked(|ws| (format::write(ws), format::file_name(ws)))
    });
    if let Err(reason) = download(&text, &name, "application/json") {
        state.show_error("Export failed", reason);
    }
}

/// Reads a file and opens it if valid; otherwise shows why and where.
pub fn import_file(state: AppState, file: web_sys::File) {
    let name = file.name();
    // The size is known before reading a byte, so huge files are refused at once.
    if file.size() > MAX_FILE_BYTES as f64 {
        let error = format::LoadError::TooLarge {
            bytes: file.size() as usize,
        };
        state.show_error(
            format!("Could not open \"{name}\""),
            format!("{error}\n{UNCHANGED}"),
        );
        return;
    }
    leptos::task::spawn_local(async move {
        let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
            state.show_error(
                format!("Could not open \"{name}\""),
                "The file could not be read.",
            );
            return;
        };
        let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
        // A `.conway.json` file, or a picture Conway exported with the workspace inside.
        let text = match conway_share::opened::workspace_text(&bytes) {
            Ok((_, text)) => text,
            Err(error) => {
                state.show_error(
                    format!("Could not open \"{name}\""),
                    format!("{error}\n{UNCHANGED}"),
                );
                return;
            }
        };
        // Parse, migrate and check, as `make bench` times it.
        match super::timing::measured("conway:import", || format::read(&text)) {
            Ok(workspace) => {
                let title = workspace.name.clone();
                let previous = state.doc.workspace.with_untracked(|ws| ws.name.clone());
                // An import adds a workspace; the open one stays in the list untouched.
                if super::create_workspace(state, workspace) {
                    state.dialogs.notice.set(Some(Notice {
                        kind: NoticeKind::Info,
                        title: format!("Opened \"{title}\""),
                        detail: format!("Imported from {name} as a new workspace. \"{previous}\" is still in your workspace list."),
                        download: None,
                    }));
                }
            }
            Err(error) => state.show_error(
                format!("Could not open \"{name}\""),
                format!("{error}\n{UNCHANGED}"),
            ),
        }
    });
}

/// When the installed app is opened with a `.conway.json` file (the manifest's
/// `file_handlers`), imports that file. Does nothing in browsers without `launchQueue`.
pub fn accept_launched_files(state: AppState) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsValue;

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
        let first = js_sys::Reflect::get(&params, &"files".into())
            .ok()
            .map(|files| js_sys::Array::from(&files).get(0));
        let Some(handle) = first.filter(|h| !h.is_undefined()) else {
            return;
        };
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
                Ok(file) => import_file(state, file),
                Err(_) => state.show_error(
                    "Could not open the file",
                    "The browser did not hand the file over.",
                ),
            }
        });
    });
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    // The consumer lives as long as the page.
    consumer.forget();
}
