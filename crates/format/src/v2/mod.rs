//! Version 2 of the workspace file: the serde types (a compatibility promise,
//! so they are kept apart from the model) and their conversion to and from it.

mod from_model;
mod kinds;
mod review;
mod to_model;
mod types;

pub use from_model::file_from;
pub use to_model::workspace_from;
pub use types::File;
