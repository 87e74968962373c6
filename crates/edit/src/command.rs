//! The commands, grouped by the area of the workspace they change: a command
//! of one area is its own type, so it can only reach that area's `apply`.
//! This module only names and labels commands; it must never change a
//! workspace (that is each area's `apply`).

use super::{
    ConcernCommand, DecisionCommand, FrameworkCommand, GlossaryCommand, ModelCommand, ViewCommand,
};

/// Every change to a workspace, by area. Build one from an area's command
/// with `into()`: `ViewCommand::Hide { .. }.into()`.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Elements, relationships, owners, and the workspace's name.
    Model(ModelCommand),
    /// Views and what they show where.
    View(ViewCommand),
    /// The decision log.
    Decision(DecisionCommand),
    /// The glossary.
    Glossary(GlossaryCommand),
    /// The vocabulary of concerns.
    Concern(ConcernCommand),
    /// The decision framework's guidance and the principles.
    Framework(FrameworkCommand),
}

impl Command {
    /// A short description for the undo history ("Undo Move").
    pub fn label(&self) -> &'static str {
        match self {
            Command::Model(c) => c.label(),
            Command::View(c) => c.label(),
            Command::Decision(c) => c.label(),
            Command::Glossary(c) => c.label(),
            Command::Concern(c) => c.label(),
            Command::Framework(c) => c.label(),
        }
    }
}

impl From<ModelCommand> for Command {
    fn from(command: ModelCommand) -> Self {
        Command::Model(command)
    }
}

impl From<ViewCommand> for Command {
    fn from(command: ViewCommand) -> Self {
        Command::View(command)
    }
}

impl From<DecisionCommand> for Command {
    fn from(command: DecisionCommand) -> Self {
        Command::Decision(command)
    }
}

impl From<GlossaryCommand> for Command {
    fn from(command: GlossaryCommand) -> Self {
        Command::Glossary(command)
    }
}

impl From<ConcernCommand> for Command {
    fn from(command: ConcernCommand) -> Self {
        Command::Concern(command)
    }
}

impl From<FrameworkCommand> for Command {
    fn from(command: FrameworkCommand) -> Self {
        Command::Framework(command)
    }
}
