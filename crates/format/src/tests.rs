//! Tests of the file format: round trips, every load error, migrations and the schema.

mod errors;
mod generate;
mod migration;
mod round_trip;
mod schema;

/// A file of the repository (the fixtures and the published schema live at its top level).
fn repo_file(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}
