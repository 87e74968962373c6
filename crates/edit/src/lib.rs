//! Every change to a workspace is a `Command` applied here, and nothing else
//! mutates a workspace. Commands are grouped by area (model, view, decision,
//! glossary, concern, framework), each area a type of its own applied by its
//! own module. Applying a command returns its inverse, which is what undo
//! applies; `History` groups commands into gestures (transactions). Commands
//! that would break the workspace's integrity are refused unchanged, with an
//! `EditError` saying why.

mod apply;
mod command;
mod concerns;
mod decisions;
mod error;
mod framework;
mod glossary;
mod history;
mod layout;
mod model;
mod ownership;
mod removal;
mod view;

#[cfg(test)]
mod decision_tests;
#[cfg(test)]
mod message_tests;
#[cfg(test)]
mod property_tests;
#[cfg(test)]
mod refusal_tests;
#[cfg(test)]
mod tests;

pub use apply::apply;
pub use command::Command;
pub use concerns::{ConcernCommand, ConcernRemoval};
pub use decisions::{deprecate, resolve, supersede, DecisionCommand, DecisionRemoval, Withdrawal};
pub use error::{EditError, Thing, ViewAction};
pub use framework::{FrameworkCommand, PrincipleRemoval};
pub use glossary::GlossaryCommand;
pub use history::History;
pub use model::ModelCommand;
pub use ownership::assign_owner;
pub use removal::Removal;
pub use view::{Arrangement, ViewCommand};
