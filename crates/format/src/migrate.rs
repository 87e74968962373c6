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

/// Every migration, in version order.
pub const MIGRATIONS: &[Migration] = &[Migration {
    from: 1,
    name: "remember the highest decision number",
    apply: remember_decision_numbers,
}];

/// Version 2 keeps the highest decision number ever given, so that a deleted
/// decision's number is never reused; a version 1 file starts from the
/// highest number it holds. RFC reviews, resolutions, principle references
/// and the guidance matrix are new and optional, so they need no step.
fn remember_decision_numbers(value: &mut Value) -> Result<(), String> {
    let object = value
        .as_object_mut()
        .ok_or("the file is not a JSON object")?;
    let highest = match object.get("decisions") {
        None => 0,
        Some(Value::Array(decisions)) => decisions
            .iter()
            .filter_map(|d| d.get("number")?.as_u64())
            .filter(|n| *n <= u64::from(u32::MAX))
            .max()
            .unwrap_or(0),
        // The typed reading that follows says where and why.
        Some(_) => 0,
    };
    if highest > 0 {
        object.insert("last_decision_number".into(), Value::from(highest));
    }
    Ok(())
}

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
