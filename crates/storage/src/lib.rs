//! Where workspaces live in the browser: a `WorkspaceStore` trait over a plain
//! key-value backend, with an in-memory implementation for tests (the
//! localStorage one lives in the web crate). Storage keeps text and
//! revisions; it never parses JSON.

mod memory;
mod record;
mod summary;

pub use memory::MemoryStore;
pub use record::{Record, StoreError};
pub use summary::{valid_slot, Summary};

/// Every key Conway writes starts with this, so it never touches other apps' data.
pub const KEY_PREFIX: &str = "conway/";

/// A key-value store of workspaces. Implementors provide the four raw
/// operations; reading, conflict-checked writing and setting aside are shared.
pub trait WorkspaceStore {
    fn get_raw(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set_raw(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove_raw(&mut self, key: &str) -> Result<(), StoreError>;
    fn keys_raw(&self) -> Result<Vec<String>, StoreError>;

    /// The stored workspace text and its revision, if the slot holds one.
    fn read(&self, slot: &str) -> Result<Option<Record>, StoreError> {
        match self.get_raw(&slot_key(slot))? {
            None => Ok(None),
            Some(raw) => Record::decode(&raw).map(Some),
        }
    }

    /// Writes `text` if the slot is still at revision `base` (0: empty), in one
    /// atomic write, and returns the new revision. On any error the previous
    /// copy is left exactly as it was.
    fn write(&mut self, slot: &str, text: &str, base: u64) -> Result<u64, StoreError> {
        // A corrupt record fails here: the caller must set it aside first, never overwrite it.
        let stored = self.read(slot)?.map_or(0, |r| r.revision);
        if stored != base {
            return Err(StoreError::Conflict {
                stored,
                expected: base,
            });
        }
        let record = Record {
            revision: base.checked_add(1).unwrap_or(1),
            text: text.to_string(),
        };
        self.set_raw(&slot_key(slot), &record.encode())?;
        Ok(record.revision)
    }

    /// Keeps unreadable data under a new key so nothing is ever lost, and
    /// returns that key. The slot itself is left untouched.
    fn set_aside(&mut self, slot: &str, raw: &str, stamp: &str) -> Result<String, StoreError> {
        let key = format!("{KEY_PREFIX}set-aside/{slot}/{stamp}");
        self.set_raw(&key, raw)?;
        Ok(key)
    }

    /// Copies that were set aside, newest last.
    fn set_aside_keys(&self, slot: &str) -> Result<Vec<String>, StoreError> {
        let prefix = format!("{KEY_PREFIX}set-aside/{slot}/");
        let mut keys: Vec<String> = self
            .keys_raw()?
            .into_iter()
            .filter(|k| k.starts_with(&prefix))
            .collect();
        keys.sort();
        Ok(keys)
    }

    /// Clears a slot after its content was safely set aside or replaced on purpose.
    fn clear(&mut self, slot: &str) -> Result<(), StoreError> {
        self.remove_raw(&slot_key(slot))
    }

    /// Every stored workspace, most recently saved first.
    fn catalogue(&self) -> Result<Vec<Summary>, StoreError> {
        let prefix = slot_key("");
        let mut list: Vec<Summary> = self
            .keys_raw()?
            .into_iter()
            .filter_map(|key| key.strip_prefix(&prefix).map(str::to_string))
            .map(|slot| {
                let summary = self.get_raw(&summary_key(&slot)).ok().flatten();
                summary
                    .and_then(|raw| Summary::decode(&slot, &raw).ok())
                    .unwrap_or_else(|| Summary::unknown(&slot))
            })
            .collect();
        list.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(a.slot.cmp(&b.slot)));
        Ok(list)
    }

    /// Records what the workspace list shows of a slot (after each save).
    fn write_summary(&mut self, summary: &Summary) -> Result<(), StoreError> {
        self.set_raw(&summary_key(&summary.slot), &summary.encode())
    }

    /// Deletes a workspace and its summary for good (the user confirmed it).
    fn delete(&mut self, slot: &str) -> Result<(), StoreError> {
        self.remove_raw(&slot_key(slot))?;
        // A summary left behind is harmless: the list is built from workspaces.
        let _ = self.remove_raw(&summary_key(slot));
        Ok(())
    }

    /// The slot open when the app was last used, so it opens there again.
    fn last_open(&self) -> Option<String> {
        self.get_raw(LAST_OPEN_KEY).ok().flatten()
    }

    fn set_last_open(&mut self, slot: &str) -> Result<(), StoreError> {
        self.set_raw(LAST_OPEN_KEY, slot)
    }
}

const LAST_OPEN_KEY: &str = "conway/last-open";

/// The key a workspace slot is stored under (other tabs watch it).
pub fn slot_key(slot: &str) -> String {
    format!("{KEY_PREFIX}workspace/{slot}")
}

/// The key of a slot's summary (other tabs watch it to refresh their list).
pub fn summary_key(slot: &str) -> String {
    format!("{KEY_PREFIX}summary/{slot}")
}

#[cfg(test)]
mod tests;
