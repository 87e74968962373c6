//! Size limits on untrusted files: counts are checked before the typed parse,
//! text lengths with the model's other checks. Each limit has its own message.

use super::LoadError;

/// Checked before parsing: 20 MB.
pub const MAX_FILE_BYTES: usize = 20_000_000;
pub use conway_model::MAX_ELEMENTS;
const MAX_RELATIONSHIPS: usize = 50_000;
const MAX_VIEWS: usize = 500;
const MAX_DECISIONS: usize = 5_000;
const MAX_VOCABULARY: usize = 2_000;

pub(super) fn check_counts(value: &serde_json::Value) -> Result<(), LoadError> {
    let lists: [(&str, &'static str, usize); 7] = [
        ("elements", "elements", MAX_ELEMENTS),
        ("relationships", "relationships", MAX_RELATIONSHIPS),
        ("views", "views", MAX_VIEWS),
        ("decisions", "decisions", MAX_DECISIONS),
        ("principles", "principles", MAX_VOCABULARY),
        ("concerns", "concerns", MAX_VOCABULARY),
        ("glossary", "glossary terms", MAX_VOCABULARY),
    ];
    for (key, what, limit) in lists {
        let count = value
            .get(key)
            .and_then(|v| v.as_array())
            .map_or(0, Vec::len);
        if count > limit {
            return Err(LoadError::TooMany { what, count, limit });
        }
    }
    Ok(())
}
