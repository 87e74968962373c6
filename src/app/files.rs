//! Export downloads the workspace file; import reads a chosen or dropped file
//! and opens it only if it loads completely. A refused file changes nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{AppState, Notice, NoticeKind};
use crate::format::{self, MAX_FILE_BYTES};

/// Offers text as a file download named `file_name`.
pub fn download(text: &str, file_name: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "could not create the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
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
    let (text, name) = state
        .workspace
        .with_untracked(|ws| (format::write(ws), format::file_name(ws)));
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
        state.show_error(format!("Could not open \"{name}\""), error.to_string());
        return;
    }
    leptos::task::spawn_local(async move {
        let text = match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(text) => text,
            None => {
                state.show_error(
                    format!("Could not open \"{name}\""),
                    "The file could not be read as text.",
                );
                return;
            }
        };
        match format::read(&text) {
            Ok(workspace) => {
                let title = workspace.name.clone();
                state.open(workspace);
                state.notice.set(Some(Notice {
                    kind: NoticeKind::Info,
                    title: format!("Opened \"{title}\""),
                    detail: format!("Imported from {name}."),
                    download: None,
                }));
            }
            Err(error) => state.show_error(
                format!("Could not open \"{name}\""),
                format!("{error}\nYour current workspace is unchanged."),
            ),
        }
    });
}
