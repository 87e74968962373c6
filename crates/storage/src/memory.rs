//! An in-memory store for tests, able to pretend its quota is used up.

use std::collections::BTreeMap;

use super::{StoreError, WorkspaceStore};

#[derive(Default, Debug, Clone)]
pub struct MemoryStore {
    entries: BTreeMap<String, String>,
    /// Total bytes of values the store accepts; `None` is unlimited.
    pub quota: Option<usize>,
}

impl MemoryStore {
    pub fn new() -> Self {
        MemoryStore::default()
    }
}

impl WorkspaceStore for MemoryStore {
    fn get_raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.entries.get(key).cloned())
    }

    fn set_raw(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(quota) = self.quota {
            let others: usize = self
                .entries
                .iter()
                .filter(|(k, _)| *k != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove_raw(&mut self, key: &str) -> Result<(), StoreError> {
        self.entries.remove(key);
        Ok(())
    }

    fn keys_raw(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.entries.keys().cloned().collect())
    }
}
