//! The editor core: everything the canvas and panels do that can be decided
//! without a browser (gestures, the actions table, the scene, the load and
//! save policy). Plain data in, intents and plain data out; it never touches
//! leptos, web-sys or any other browser crate.

pub mod actions;
pub mod decision_fields;
pub mod elements;
pub mod file_jobs;
pub mod gesture;
pub mod markdown;
pub mod persistence;
pub mod scene;
pub mod session;
pub mod stakeholder_plot;
