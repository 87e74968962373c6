//! The workspace file: the only place that reads or writes JSON. Loading is all
//! or nothing: size, envelope, migrations, typed parse, conversion, limits and
//! integrity, each failing with a message that says where. Writing is deterministic.

mod error;
mod limits;
mod migrate;
mod v2;

#[cfg(test)]
mod tests;

pub use error::{grouped, LoadError};
pub use limits::{MAX_ELEMENTS, MAX_FILE_BYTES};
pub use migrate::MIGRATIONS;

use conway_model::Workspace;

/// The `format` field every workspace file carries.
pub const FORMAT_NAME: &str = "conway-workspace";
/// The version this build writes and the newest it reads.
pub const CURRENT_VERSION: u32 = 2;
/// File names end with this, so the OS and the app recognise them.
pub const FILE_EXTENSION: &str = ".conway.json";

/// Writes the workspace file: stable key order, 2-space indent, trailing newline.
pub fn write(workspace: &Workspace) -> String {
    let file = v2::file_from(workspace);
    // Serialising plain structs of strings and finite numbers cannot fail.
    let mut text = serde_json::to_string_pretty(&file).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads a workspace file of this or an older version.
pub fn read(text: &str) -> Result<Workspace, LoadError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let mut value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::NotJson {
            line: e.line(),
            column: e.column(),
            reason: error::json_reason(&e),
        })?;
    let version = migrate::envelope_version(&value)?;
    migrate::upgrade(&mut value, version)?;
    limits::check_counts(&value)?;
    let file: v2::File =
        serde_path_to_error::deserialize(value).map_err(|e| LoadError::Malformed {
            path: e.path().to_string(),
            reason: error::serde_reason(e.inner()),
        })?;
    let workspace = v2::workspace_from(file).map_err(LoadError::Invalid)?;
    let problems = workspace.problems();
    if problems.is_empty() {
        Ok(workspace)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// `<workspace name>.conway.json`, with characters no file system accepts replaced.
pub fn file_name(workspace: &Workspace) -> String {
    let cleaned: String = workspace
        .name
        .chars()
        .map(|c| {
            if c.is_control() || r#"/\:*?"<>|"#.contains(c) {
                '-'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    let trimmed = cleaned.trim().trim_matches('.');
    let stem = if trimmed.is_empty() {
        "workspace"
    } else {
        trimmed
    };
    format!("{stem}{FILE_EXTENSION}")
}

/// The JSON Schema of the current version, as published at public/schema/.
#[cfg(test)]
pub(crate) fn schema() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(v2::File)).unwrap_or_default();
    schema["$id"] = "https://conway.invalid/schema/conway-workspace-v2.schema.json".into();
    schema["title"] = "Conway workspace file, version 2".into();
    schema["properties"]["format"]["const"] = FORMAT_NAME.into();
    schema["properties"]["version"]["const"] = CURRENT_VERSION.into();
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
