//! MADR files in and out from the UI: the decision log downloads as a zip of a
//! MADR folder, and chosen `.zip` or `.md` files are imported as one undoable
//! change. The MADR reader and writer run in the files worker
//! (src/files_worker.rs, `conway_editor::file_jobs`); this
//! module reads the files, sends the job and shows the answer. A refused
//! import changes nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{AppState, Notice, NoticeKind};
use conway_editor::file_jobs::{self, wire};

const UNCHANGED: &str = "Your decisions are unchanged.";

/// Offers bytes as a file download named `file_name`.
fn download_bytes(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "could not create the file")?;
    super::files::offer_blob(&blob, file_name)
}

/// `<workspace name>-decisions.zip`, safe for any file system.
fn archive_name(workspace_name: &str) -> String {
    let stem = conway_format::file_name(&conway_model::Workspace::new(workspace_name));
    let stem = stem
        .strip_suffix(conway_format::FILE_EXTENSION)
        .unwrap_or(&stem);
    format!("{stem}-decisions.zip")
}

use super::worker_job::files_job as run;

/// Downloads the decision log as a zip of `docs/decisions/`.
pub fn export_madr(state: AppState) {
    let (workspace, name) = state
        .doc
        .workspace
        .with_untracked(|ws| (conway_format::write(ws), archive_name(&ws.name)));
    leptos::task::spawn_local(async move {
        let reply = run(&wire::Job::Export { workspace }).await;
        let outcome = match reply {
            Ok(wire::Reply::Exported { zip, decisions }) => {
                download_bytes(&zip, &name, "application/zip").map(|()| decisions)
            }
            Ok(wire::Reply::Refused { message }) => Err(message),
            Ok(other) => Err(format!("the worker answered {other:?}")),
            Err(reason) => Err(reason),
        };
        match outcome {
            Ok(count) => state.dialogs.notice.set(Some(Notice {
                kind: NoticeKind::Info,
                title: format!("Exported {count} decisions as MADR"),
                detail: format!(
                    "{name}: docs/decisions/ with one Markdown file per decision and an index."
                ),
                download: None,
            })),
            Err(reason) => state.show_error("Export failed", reason),
        }
    });
}

async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The chosen files' names and bytes; refused before reading when together
/// they are over the limit.
async fn read_files(files: Vec<web_sys::File>) -> Result<Vec<(String, Vec<u8>)>, String> {
    let total: f64 = files.iter().map(|f| f.size()).sum();
    if total > file_jobs::MAX_TOTAL_BYTES as f64 {
        return Err(file_jobs::too_big(total));
    }
    let mut read = Vec::with_capacity(files.len());
    for file in files {
        let name = file.name();
        let bytes = read_bytes(&file)
            .await
            .ok_or_else(|| format!("{name}: the file could not be read."))?;
        read.push((name, bytes));
    }
    Ok(read)
}

/// Imports chosen `.zip` or `.md` files into the decision log, matching by number.
pub fn import_madr(state: AppState, files: Vec<web_sys::File>) {
    leptos::task::spawn_local(async move {
        let refuse =
            |title: &str, reason: String| state.show_error(title, format!("{reason}\n{UNCHANGED}"));
        let files = match read_files(files).await {
            Ok(files) => files,
            Err(reason) => return refuse("Could not import the decisions", reason),
        };
        let before = state.doc.workspace.get_untracked();
        let job = wire::Job::Import {
            workspace: conway_format::write(&before),
            files,
        };
        match run(&job).await {
            Ok(wire::Reply::Imported {
                workspace,
                added,
                updated,
                skipped,
                warnings,
            }) => {
                let after = match conway_format::read(&workspace) {
                    Ok(after) => after,
                    Err(error) => {
                        return refuse("Could not import the decisions", error.to_string())
                    }
                };
                let commands = file_jobs::replay(&before, &after);
                if !commands.is_empty() && !state.dispatch_all("Import decisions", commands) {
                    return;
                }
                state
                    .dialogs
                    .notice
                    .set(Some(imported(added, updated, skipped, &warnings)));
            }
            Ok(wire::Reply::NothingFound) => refuse(
                "No decisions found",
                "None of the chosen files is a MADR decision record (NNNN-title.md).".into(),
            ),
            Ok(wire::Reply::Refused { message }) => {
                refuse("Could not import the decisions", message)
            }
            Ok(other) => refuse(
                "Could not import the decisions",
                format!("the worker answered {other:?}"),
            ),
            Err(reason) => refuse("Could not import the decisions", reason),
        }
    });
}

/// What an import did, for the notice.
fn imported(added: u32, updated: u32, skipped: u32, warnings: &[String]) -> Notice {
    let mut detail = format!(
        "{added} added, {updated} updated by number{}. Undo takes the whole import back.",
        match skipped {
            0 => String::new(),
            n => format!(", {n} other file{} skipped", if n == 1 { "" } else { "s" }),
        }
    );
    for warning in warnings.iter().take(8) {
        detail.push_str(&format!("\n{warning}"));
    }
    if warnings.len() > 8 {
        detail.push_str(&format!("\n… and {} more.", warnings.len() - 8));
    }
    Notice {
        kind: NoticeKind::Info,
        title: match added + updated {
            1 => "Imported 1 decision".to_string(),
            n => format!("Imported {n} decisions"),
        },
        detail,
        download: None,
    }
}

/// The files an `<input type=file multiple>` holds.
pub fn chosen_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let Some(list) = input.files() else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|f| f.dyn_into().ok())
        .collect()
}
