//! Conway: map the software system and the organisation side by side, with the
//! decisions that shape them. Layers, dependencies pointing down only:
//! `ui` → `app` → `edit`, `format`, `storage` → `model`. See ARCHITECTURE.md.

pub mod edit;
pub mod editor;
pub mod format;
pub mod layout;
pub mod madr;
pub mod markdown;
pub mod model;
pub mod sample;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod ui;
