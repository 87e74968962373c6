//! What the compiler cannot check about the layers: each crate's declared
//! dependencies point down only and never reach a browser crate, only `format`
//! touches JSON, only the web crate's `LocalStore` touches localStorage, and
//! only the layout worker runs the layout engines.

use std::fs;
use std::path::{Path, PathBuf};

/// The crates under crates/, each with the workspace crates it may depend on
/// (dev-dependencies for tests included). Lower layers come first.
const LAYERS: [(&str, &[&str]); 11] = [
    ("model", &[]),
    ("storage", &["model", "format"]),
    ("geometry", &["model"]),
    ("analysis", &["model"]),
    ("edit", &["model"]),
    ("format", &["model"]),
    ("routing", &["model", "geometry"]),
    ("autolayout", &["model", "geometry"]),
    ("madr", &["model", "edit"]),
    (
        "editor",
        &[
            "model",
            "analysis",
            "edit",
            "format",
            "geometry",
            "routing",
            "autolayout",
            "storage",
            "madr",
        ],
    ),
    (
        "share",
        &["model", "analysis", "format", "editor", "geometry"],
    ),
];
const BROWSER_CRATES: [&str; 7] = [
    "leptos",
    "web-sys",
    "gloo",
    "wasm-bindgen",
    "js-sys",
    "wasm-bindgen-futures",
    "console_error_panic_hook",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

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

fn files_under(dirs: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for dir in dirs {
        rust_files(&root().join(dir), &mut found);
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

/// The dependency names a crate's Cargo.toml declares, in every table.
fn declared_dependencies(manifest: &str) -> Vec<String> {
    let mut in_dependencies = false;
    let mut names = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_dependencies = line.ends_with("dependencies]");
            continue;
        }
        if in_dependencies {
            if let Some((name, _)) = line.split_once(['=', '.']) {
                if !name.trim().is_empty() && !name.starts_with('#') {
                    names.push(name.trim().to_string());
                }
            }
        }
    }
    names
}

#[test]
fn every_crate_depends_only_on_the_layers_below_it_and_never_on_the_browser() {
    let mut checked = 0;
    for (name, allowed) in LAYERS {
        let manifest = fs::read_to_string(root().join("crates").join(name).join("Cargo.toml"))
            .unwrap_or_else(|e| panic!("crates/{name}/Cargo.toml: {e}"));
        for dependency in declared_dependencies(&manifest) {
            assert!(
                !BROWSER_CRATES.iter().any(|b| dependency.starts_with(b)),
                "crates/{name} depends on the browser crate {dependency}"
            );
            if let Some(layer) = dependency.strip_prefix("conway-") {
                assert!(
                    allowed.contains(&layer),
                    "crates/{name} may not depend on conway-{layer} (allowed: {allowed:?})"
                );
            }
        }
        checked += 1;
    }
    let on_disk = fs::read_dir(root().join("crates")).unwrap().count();
    assert_eq!(
        checked, on_disk,
        "every crate under crates/ has its row in LAYERS"
    );
}

#[test]
fn only_format_reads_or_writes_json() {
    let files = files_under(&["crates", "src"]);
    assert!(files.len() > 100, "found only {} files", files.len());
    let format = root().join("crates/format");
    let offences: Vec<String> = files
        .iter()
        .filter(|f| !f.starts_with(&format))
        .flat_map(|f| mentions(f, "serde_json"))
        .collect();
    assert!(
        offences.is_empty(),
        "JSON outside format:\n{}",
        offences.join("\n")
    );
}

#[test]
fn only_the_local_store_touches_local_storage() {
    let files = files_under(&["crates", "src"]);
    let store = root().join("src/app/local_store.rs");
    assert!(store.exists(), "the local store moved: update this test");
    let offences: Vec<String> = files
        .iter()
        .filter(|f| **f != store)
        .flat_map(|f| {
            mentions(f, "gloo_storage")
                .into_iter()
                .chain(mentions(f, "LocalStorage"))
        })
        .collect();
    assert!(
        offences.is_empty(),
        "storage access outside the local store:\n{}",
        offences.join("\n")
    );
}

/// Every line of `files` that names one of `needles`, as `path:line: text`.
fn lines_naming(files: &[PathBuf], needles: &[&str]) -> Vec<String> {
    files
        .iter()
        .flat_map(|f| {
            let text = fs::read_to_string(f).unwrap_or_default();
            text.lines()
                .enumerate()
                .filter(|(_, line)| needles.iter().any(|e| line.contains(e)))
                .map(|(n, line)| format!("{}:{}: {}", f.display(), n + 1, line.trim()))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The layout engines run only in the layout worker (src/layout_worker.rs):
/// the page hands them a job through `app::layout_job`, so its wasm never
/// carries them and a large layout never holds the main thread.
#[test]
fn only_the_layout_worker_runs_the_layout_engines() {
    let files = files_under(&["src/app", "src/ui", "crates/editor"]);
    assert!(files.len() > 10, "found only {} files", files.len());
    let engines = [
        "lay_out_view(",
        "layout_with_progress(",
        "autolayout::layout(",
        "engine_for(",
        "LayoutRsEngine",
        "SugiyamaEngine",
    ];
    let offences = lines_naming(&files, &engines);
    assert!(
        offences.is_empty(),
        "layout engines run on the page:\n{}",
        offences.join("\n")
    );
}

/// The MADR reader and writer and the page publisher run only in the files
/// worker (src/files_worker.rs, through `editor::file_jobs::handle` and
/// `share::page::publish_text`): they are some 150 KB of compressed wasm
/// that most users never need, so the page only sends the job.
#[test]
fn only_the_files_worker_reads_and_writes_madr_and_publishes() {
    let files: Vec<PathBuf> = files_under(&["src/app", "src/ui", "crates/editor"])
        .into_iter()
        .filter(|f| !f.to_string_lossy().contains("file_jobs/"))
        .collect();
    assert!(files.len() > 10, "found only {} files", files.len());
    let worker_only = [
        "conway_madr",
        "file_jobs::handle",
        "file_jobs::gather",
        "conway_share::page",
        "publish_text(",
    ];
    let offences = lines_naming(&files, &worker_only);
    assert!(
        offences.is_empty(),
        "MADR is read or written, or a page published, on the page:\n{}",
        offences.join("\n")
    );
}
