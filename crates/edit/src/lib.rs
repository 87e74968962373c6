//! Every change to a workspace is a `Command` applied here, and nothing else
//! mutates a workspace. Applying a command returns its inverse, which is what
//! undo applies; `History` groups commands into gestures (transactions).
//! Commands that would break the workspace's integrity are refused unchanged.

mod apply;
mod command;
mod concerns;
mod decisions;
mod framework;
mod glossary;
mod history;
mod layout;
mod ownership;
mod removal;

#[cfg(test)]
mod decision_tests;
#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod tests;

pub use apply::{apply, EditError};
pub use command::Command;
pub use decisions::{deprecate, resolve, supersede};
pub use history::History;
pub use ownership::assign_owner;
pub use removal::Removal;
