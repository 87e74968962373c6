//! Undo and redo over commands, with gestures as transactions: a drag, a
//! resize or a typing session is one step; a cancelled gesture leaves none.

use super::apply::apply_command;
use super::{Command, EditError};
use conway_model::Workspace;

/// One undoable step: the inverses of its commands, newest first.
#[derive(Clone, Debug, PartialEq)]
struct Step {
    label: &'static str,
    inverses: Vec<Command>,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    open: Option<Step>,
}

impl History {
    /// Steps kept; older ones are forgotten.
    pub const LIMIT: usize = 500;

    /// Applies a command. Inside a transaction it joins the open step;
    /// otherwise it is a step of its own.
    pub fn apply(
        &mut self,
        ws: &mut Workspace,
        command: impl Into<Command>,
    ) -> Result<(), EditError> {
        self.apply_one(ws, command.into())
    }

    fn apply_one(&mut self, ws: &mut Workspace, command: Command) -> Result<(), EditError> {
        let label = command.label();
        let inverse = apply_command(ws, command)?;
        match &mut self.open {
            Some(step) => step.inverses.insert(0, inverse),
            None => self.push(Step {
                label,
                inverses: vec![inverse],
            }),
        }
        Ok(())
    }

    /// Starts a gesture; commands until `commit` or `cancel` form one step.
    pub fn begin(&mut self, label: &'static str) {
        if self.open.is_none() {
            self.open = Some(Step {
                label,
                inverses: Vec::new(),
            });
        }
    }

    /// Ends a gesture; a gesture that changed nothing leaves no step.
    pub fn commit(&mut self) {
        if let Some(step) = self.open.take() {
            if !step.inverses.is_empty() {
                self.push(step);
            }
        }
    }

    /// Abandons a gesture, undoing what it did.
    pub fn cancel(&mut self, ws: &mut Workspace) {
        if let Some(step) = self.open.take() {
            for inverse in step.inverses {
                // Inverses of applied commands always apply.
                let _ = apply_command(ws, inverse);
            }
        }
    }

    pub fn in_gesture(&self) -> bool {
        self.open.is_some()
    }

    /// Whether the open gesture has applied any command yet.
    pub fn gesture_changed_anything(&self) -> bool {
        self.open.as_ref().is_some_and(|s| !s.inverses.is_empty())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// The label of the step undo would revert ("Move").
    pub fn undo_label(&self) -> Option<&'static str> {
        self.undo.last().map(|s| s.label)
    }

    pub fn redo_label(&self) -> Option<&'static str> {
        self.redo.last().map(|s| s.label)
    }

    pub fn undo(&mut self, ws: &mut Workspace) -> bool {
        self.commit();
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let redo = replay(ws, step);
        self.redo.push(redo);
        true
    }

    pub fn redo(&mut self, ws: &mut Workspace) -> bool {
        self.commit();
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let undo = replay(ws, step);
        self.undo.push(undo);
        true
    }

    /// Forgets everything (a different workspace was opened).
    pub fn clear(&mut self) {
        *self = History::default();
    }

    fn push(&mut self, step: Step) {
        self.undo.push(step);
        if self.undo.len() > Self::LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }
}

/// Applies a step's inverses and returns the step that reverts them.
fn replay(ws: &mut Workspace, step: Step) -> Step {
    let mut inverses = Vec::with_capacity(step.inverses.len());
    for command in step.inverses {
        if let Ok(inverse) = apply_command(ws, command) {
            inverses.insert(0, inverse);
        }
    }
    Step {
        label: step.label,
        inverses,
    }
}
