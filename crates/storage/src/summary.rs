//! What the workspace list shows of each stored workspace (name, when saved,
//! how big), kept beside the workspace so the list never parses whole files.

use super::StoreError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The storage slot the workspace lives in; opaque to the user.
    pub slot: String,
    pub name: String,
    /// When it was last saved, as an ISO 8601 timestamp (sorts as text).
    pub saved_at: String,
    pub elements: usize,
}

const MAGIC: &str = "conway-summary 1";

impl Summary {
    /// The name goes last so it may hold any character, even a line break.
    pub fn encode(&self) -> String {
        format!(
            "{MAGIC}\n{}\n{}\n{}",
            self.saved_at, self.elements, self.name
        )
    }

    pub fn decode(slot: &str, raw: &str) -> Result<Summary, StoreError> {
        let corrupt = || StoreError::Corrupt(raw.to_string());
        let mut lines = raw.splitn(4, '\n');
        if lines.next() != Some(MAGIC) {
            return Err(corrupt());
        }
        let saved_at = lines.next().ok_or_else(corrupt)?.to_string();
        let elements = lines
            .next()
            .and_then(|n| n.parse().ok())
            .ok_or_else(corrupt)?;
        let name = lines.next().ok_or_else(corrupt)?.to_string();
        Ok(Summary {
            slot: slot.to_string(),
            name,
            saved_at,
            elements,
        })
    }

    /// What the list shows for a workspace whose summary is missing or damaged:
    /// the workspace itself is still there and can be opened.
    pub fn unknown(slot: &str) -> Summary {
        Summary {
            slot: slot.to_string(),
            name: "Untitled workspace".into(),
            saved_at: String::new(),
            elements: 0,
        }
    }
}

/// Whether a slot name is safe as part of a storage key.
pub fn valid_slot(slot: &str) -> bool {
    !slot.is_empty()
        && slot.len() <= 64
        && slot
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}
