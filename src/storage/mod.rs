//! Where workspaces live in the browser: a `WorkspaceStore` trait over a plain
//! key-value backend, with a localStorage implementation and an in-memory one
//! for tests. Storage keeps text and revisions; it never parses JSON.

#[cfg(target_arch = "wasm32")]
mod local;
mod memory;
mod record;

#[cfg(target_arch = "wasm32")]
pub use local::LocalStore;
pub use memory::MemoryStore;
pub use record::{Record, StoreError};

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
}

fn slot_key(slot: &str) -> String {
    format!("{KEY_PREFIX}workspace/{slot}")
}

#[cfg(test)]
mod tests;
