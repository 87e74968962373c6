//! MADR files in and out from the UI: the decision log downloads as a zip of a
//! MADR folder, and chosen `.zip` or `.md` files are read, mapped by `madr`
//! and applied as one undoable change. A refused import changes nothing.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::{AppState, Notice, NoticeKind};
use conway_madr as madr;
use conway_madr::{MadrFile, MAX_TOTAL_BYTES};

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

/// Downloads the decision log as a zip of `docs/decisions/`.
pub fn export_madr(state: AppState) {
    let (bytes, name, count) = state.doc.workspace.with_untracked(|ws| {
        (
            madr::zip(&madr::export(ws)),
            archive_name(&ws.name),
            ws.decisions.len(),
        )
    });
    match download_bytes(&bytes, &name, "application/zip") {
        Ok(()) => state.dialogs.notice.set(Some(Notice {
            kind: NoticeKind::Info,
            title: format!("Exported {count} decisions as MADR"),
            detail: format!(
                "{name}: docs/decisions/ with one Markdown file per decision and an index."
            ),
            download: None,
        })),
        Err(reason) => state.show_error("Export failed", reason),
    }
}

async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The MADR files among the chosen ones: zips are opened, `.md` files kept.
async fn gather(files: Vec<web_sys::File>) -> Result<Vec<MadrFile>, String> {
    let total: f64 = files.iter().map(|f| f.size()).sum();
    if total > MAX_TOTAL_BYTES as f64 {
        return Err(format!(
            "The chosen files hold {:.1} MB; the limit is {} MB.",
            total / 1e6,
            MAX_TOTAL_BYTES / 1_000_000
        ));
    }
    let mut found = Vec::new();
    for file in files {
        let name = file.name();
        let bytes = read_bytes(&file)
            .await
            .ok_or_else(|| format!("{name}: the file could not be read."))?;
        if name.to_lowercase().ends_with(".zip") {
            let inside = madr::read_archive(&bytes).map_err(|e| format!("{name}: {e}"))?;
            found.extend(inside);
        } else {
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("{name}: not a text file (UTF-8 expected)."))?;
            found.push(MadrFile { path: name, text });
        }
    }
    Ok(found)
}

/// Imports chosen `.zip` or `.md` files into the decision log, matching by number.
pub fn import_madr(state: AppState, files: Vec<web_sys::File>) {
    const UNCHANGED: &str = "Your decisions are unchanged.";
    leptos::task::spawn_local(async move {
        let found = match gather(files).await {
            Ok(found) => found,
            Err(reason) => {
                state.show_error(
                    "Could not import the decisions",
                    format!("{reason}\n{UNCHANGED}"),
                );
                return;
            }
        };
        let plan = state
            .doc
            .workspace
            .with_untracked(|ws| madr::import(ws, &found));
        let plan = match plan {
            Ok(plan) => plan,
            Err(error) => {
                state.show_error(
                    "Could not import the decisions",
                    format!("{error}\n{UNCHANGED}"),
                );
                return;
            }
        };
        if plan.commands.is_empty() {
            state.show_error(
                "No decisions found",
                format!("None of the chosen files is a MADR decision record (NNNN-title.md).\n{UNCHANGED}"),
            );
            return;
        }
        if !state.dispatch_all("Import decisions", plan.commands) {
            return;
        }
        let mut detail = format!(
            "{} added, {} updated by number{}. Undo takes the whole import back.",
            plan.added,
            plan.updated,
            match plan.skipped {
                0 => String::new(),
                n => format!(", {n} other file{} skipped", if n == 1 { "" } else { "s" }),
            }
        );
        for warning in plan.warnings.iter().take(8) {
            detail.push_str(&format!("\n{warning}"));
        }
        if plan.warnings.len() > 8 {
            detail.push_str(&format!("\n… and {} more.", plan.warnings.len() - 8));
        }
        state.dialogs.notice.set(Some(Notice {
            kind: NoticeKind::Info,
            title: match plan.added + plan.updated {
                1 => "Imported 1 decision".to_string(),
                n => format!("Imported {n} decisions"),
            },
            detail,
            download: None,
        }));
    });
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
