//! The browser's localStorage, through gloo-storage. The only code that touches it.

use gloo_storage::{LocalStorage, Storage};

use conway_storage::{StoreError, WorkspaceStore, KEY_PREFIX};

#[derive(Default, Clone, Copy, Debug)]
pub struct LocalStore;

fn storage() -> web_sys::Storage {
    LocalStorage::raw()
}

fn describe(error: wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::QuotaExceeded
    } else {
        StoreError::Unavailable(if name.is_empty() {
            "unknown error".into()
        } else {
            name
        })
    }
}

impl WorkspaceStore for LocalStore {
    fn get_raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        storage().get_item(key).map_err(describe)
    }

    fn set_raw(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        storage().set_item(key, value).map_err(describe)
    }

    fn remove_raw(&mut self, key: &str) -> Result<(), StoreError> {
        storage().remove_item(key).map_err(describe)
    }

    fn keys_raw(&self) -> Result<Vec<String>, StoreError> {
        let storage = storage();
        let count = storage.length().map_err(describe)?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(KEY_PREFIX))
            .collect())
    }
}
