//! Reading the envelope and upgrading older files, one named migration per
//! version step. A migration works on untyped JSON because the types of old
//! versions are not kept; its fixture under tests/fixtures/ is kept forever.

use serde_json::Value;

use super::{LoadError, CURRENT_VERSION, FORMAT_NAME};

/// One step from `from` to `from + 1`.
pub struct Migration {
    pub from: u32,
    pub name: &'static str,
    pub apply: fn(&mut Value) -> Result<(), String>,
}

/// Every migration, in version order. Version 1 is the first released
/// version, so there is nothing to migrate yet; version 2 adds its step here.
pub const MIGRATIONS: &[Migration] = &[];

/// Checks the envelope and returns the file's version.
pub(super) fn envelope_version(value: &Value) -> Result<u32, LoadError> {
    let object = value.as_object().ok_or(LoadError::NotAnObject)?;
    match object.get("format") {
        None => return Err(LoadError::MissingFormat),
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(Value::String(name)) => {
            return Err(LoadError::WrongFormat {
                found: name.clone(),
            })
        }
        Some(other) => {
            return Err(LoadError::WrongFormat {
                found: other.to_string(),
            })
        }
    }
    let version = object.get("version").ok_or(LoadError::MissingVersion)?;
    match version.as_u64() {
        Some(v) if v > u64::from(CURRENT_VERSION) => Err(LoadError::NewerVersion { found: v }),
        Some(v) if v >= 1 => Ok(v as u32),
        _ => Err(LoadError::BadVersion {
            found: version.to_string().chars().take(40).collect(),
        }),
    }
}

/// Runs every migration from `version` up to the current one.
pub(super) fn upgrade(value: &mut Value, version: u32) -> Result<(), LoadError> {
    for step in MIGRATIONS.iter().filter(|m| m.from >= version) {
        (step.apply)(value).map_err(|reason| LoadError::Malformed {
            path: format!(
                "migration \"{}\" (version {} to {})",
                step.name,
                step.from,
                step.from + 1
            ),
            reason,
        })?;
        value["version"] = Value::from(step.from + 1);
    }
    Ok(())
}
