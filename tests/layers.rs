//! The pure layers know nothing of the browser, and only `format` touches JSON.

use std::fs;
use std::path::{Path, PathBuf};

const PURE_LAYERS: [&str; 7] = [
    "src/model",
    "src/edit",
    "src/format",
    "src/layout",
    "src/madr",
    "src/markdown",
    "src/sample",
];
const BROWSER_CRATES: [&str; 6] = [
    "leptos",
    "web_sys",
    "gloo",
    "wasm_bindgen",
    "js_sys",
    "wasm_bindgen_futures",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn files_under(layers: &[&str]) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for layer in layers {
        rust_files(&root.join(layer), &mut found);
    }
    found
}

/// Lines that mention `word` as a path segment (`word::` or `use word`).
fn mentions(path: &Path, word: &str) -> Vec<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            line.contains(&format!("{word}::"))
                || line.contains(&format!("use {word}"))
                || line.contains(&format!("extern crate {word}"))
        })
        .map(|(n, line)| format!("{}:{}: {}", path.display(), n + 1, line.trim()))
        .collect()
}

#[test]
fn pure_layers_use_no_browser_crate() {
    let files = files_under(&PURE_LAYERS);
    assert!(
        files.len() > 10,
        "the scan found too few files to be meaningful: {files:?}"
    );
    let offences: Vec<String> = files
        .iter()
        .flat_map(|f| BROWSER_CRATES.iter().flat_map(move |c| mentions(f, c)))
        .collect();
    assert!(
        offences.is_empty(),
        "pure layers reach the browser:\n{}",
        offences.join("\n")
    );
}

#[test]
fn only_format_reads_or_writes_json() {
    let files = files_under(&[
        "src/model",
        "src/edit",
        "src/layout",
        "src/madr",
        "src/storage",
        "src/app",
        "src/ui",
        "src/sample",
    ]);
    let offences: Vec<String> = files
        .iter()
        .flat_map(|f| mentions(f, "serde_json"))
        .collect();
    assert!(
        offences.is_empty(),
        "JSON outside format:\n{}",
        offences.join("\n")
    );
}

#[test]
fn only_storage_touches_local_storage() {
    let files = files_under(&[
        "src/model",
        "src/edit",
        "src/format",
        "src/layout",
        "src/madr",
        "src/app",
        "src/ui",
        "src/sample",
    ]);
    let offences: Vec<String> = files
        .iter()
        .flat_map(|f| {
            mentions(f, "gloo_storage")
                .into_iter()
                .chain(mentions(f, "LocalStorage"))
        })
        .collect();
    assert!(
        offences.is_empty(),
        "storage access outside storage:\n{}",
        offences.join("\n")
    );
}

/// The layout engines run only in the layout worker (src/layout_worker.rs):
/// the page hands them a job through `app::layout_job`, so its wasm never
/// carries them and a large layout never holds the main thread.
#[test]
fn only_the_layout_worker_runs_the_layout_engines() {
    let files = files_under(&["src/app", "src/ui"]);
    assert!(files.len() > 10, "found only {} files", files.len());
    let engines = [
        "lay_out_view(",
        "layout_with_progress(",
        "auto::layout(",
        "engine_for(",
        "LayoutRsEngine",
        "SugiyamaEngine",
    ];
    let offences: Vec<String> = files
        .iter()
        .flat_map(|f| {
            let text = fs::read_to_string(f).unwrap_or_default();
            let f = f.clone();
            text.lines()
                .enumerate()
                .filter(|(_, line)| engines.iter().any(|e| line.contains(e)))
                .map(move |(n, line)| format!("{}:{}: {}", f.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offences.is_empty(),
        "layout engines run on the page:\n{}",
        offences.join("\n")
    );
}
