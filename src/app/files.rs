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
