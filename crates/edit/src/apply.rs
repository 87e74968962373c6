//! Applies one command and returns its inverse. A command that names what does
//! not exist, or that would leave the workspace inconsistent, is refused and
//! the workspace is left exactly as it was. This module only dispatches by
//! area and must never handle a command itself: each area's `apply` does.

use super::{concerns, decisions, framework, glossary, model, view, Command, EditError};
use conway_model::Workspace;

/// Applies `command` to `ws` and returns the command that undoes it (always
/// of the same area).
pub fn apply(ws: &mut Workspace, command: impl Into<Command>) -> Result<Command, EditError> {
    apply_command(ws, command.into())
}

pub(super) fn apply_command(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    Ok(match command {
        Command::Model(c) => model::apply(ws, c)?.into(),
        Command::View(c) => view::apply(ws, c)?.into(),
        Command::Decision(c) => decisions::apply(ws, c)?.into(),
        Command::Glossary(c) => glossary::apply(ws, c)?.into(),
        Command::Concern(c) => concerns::apply(ws, c)?.into(),
        Command::Framework(c) => framework::apply(ws, c)?.into(),
    })
}

/// Makes a structural change, keeping it only if the workspace stays sound.
pub(super) fn checked(
    ws: &mut Workspace,
    change: impl FnOnce(&mut Workspace),
) -> Result<(), EditError> {
    let before = ws.clone();
    change(ws);
    match ws.problems().into_iter().next() {
        None => Ok(()),
        Some(problem) => {
            *ws = before;
            Err(EditError::Integrity(problem))
        }
    }
}
