//! Commands on the decision framework and the principles that guard it: a cell
//! of the guidance matrix, and adding, editing and deleting principles (with
//! the decisions' references to a deleted one, which undo puts back). This
//! module must never change a decision except to drop or restore those
//! references.

use super::apply::checked;
use super::{EditError, Thing};
use conway_model::{Category, Decision, Guidance, Id, Principle, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum FrameworkCommand {
    /// Replaces one cell of the decision framework's guidance matrix.
    SetGuidance {
        category: Category,
        guidance: Guidance,
    },
    /// Adds a principle at an index of the list.
    AddPrinciple { index: usize, principle: Principle },
    /// Replaces a principle's fields, by id.
    UpdatePrinciple { principle: Principle },
    /// Deletes a principle, and every decision's reference to it.
    RemovePrinciple { id: Id },
    /// Puts back what a `RemovePrinciple` took out (only ever its inverse).
    ReinsertPrinciple(Box<PrincipleRemoval>),
}

/// What deleting a principle took out: the principle and its place, and the
/// decisions that cited it, as they were. Only `apply` makes one: outside
/// this crate it can be matched, never built.
///
/// ```
/// use conway_edit::FrameworkCommand;
/// fn restores(command: &FrameworkCommand) -> bool {
///     matches!(command, FrameworkCommand::ReinsertPrinciple(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{FrameworkCommand, PrincipleRemoval};
/// use conway_model::Principle;
/// let forged = FrameworkCommand::ReinsertPrinciple(Box::new(PrincipleRemoval {
///     index: 0,
///     principle: Principle {
///         id: "p-1".into(),
///         name: "Forged".into(),
///         statement: String::new(),
///         rationale: String::new(),
///         implications: Vec::new(),
///     },
///     decisions: Vec::new(),
/// }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct PrincipleRemoval {
    index: usize,
    principle: Principle,
    decisions: Vec<Decision>,
}

impl FrameworkCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            FrameworkCommand::SetGuidance { .. } => "Edit guidance",
            FrameworkCommand::AddPrinciple { .. } => "Add principle",
            FrameworkCommand::UpdatePrinciple { .. } => "Edit principle",
            FrameworkCommand::RemovePrinciple { .. } | FrameworkCommand::ReinsertPrinciple(_) => {
                "Delete principle"
            }
        }
    }
}

pub(super) fn apply(
    ws: &mut Workspace,
    command: FrameworkCommand,
) -> Result<FrameworkCommand, EditError> {
    match command {
        FrameworkCommand::SetGuidance { category, guidance } => {
            let old = ws.guidance.set(category, guidance);
            Ok(FrameworkCommand::SetGuidance {
                category,
                guidance: old,
            })
        }
        FrameworkCommand::AddPrinciple { index, principle } => {
            named(&principle)?;
            let id = principle.id.clone();
            checked(ws, |ws| {
                ws.principles
                    .insert(index.min(ws.principles.len()), principle)
            })?;
            Ok(FrameworkCommand::RemovePrinciple { id })
        }
        FrameworkCommand::UpdatePrinciple { principle } => {
            named(&principle)?;
            let index = position(ws, &principle.id)?;
            let old = std::mem::replace(&mut ws.principles[index], principle);
            Ok(FrameworkCommand::UpdatePrinciple { principle: old })
        }
        FrameworkCommand::RemovePrinciple { id } => remove(ws, id),
        FrameworkCommand::ReinsertPrinciple(removal) => reinsert(ws, *removal),
    }
}

fn named(principle: &Principle) -> Result<(), EditError> {
    if principle.name.trim().is_empty() {
        return Err(EditError::NameRequired(Thing::Principle));
    }
    Ok(())
}

fn position(ws: &Workspace, id: &Id) -> Result<usize, EditError> {
    ws.principles
        .iter()
        .position(|p| &p.id == id)
        .ok_or_else(|| EditError::missing(Thing::Principle, id))
}

fn remove(ws: &mut Workspace, id: Id) -> Result<FrameworkCommand, EditError> {
    let index = position(ws, &id)?;
    let decisions: Vec<_> = ws
        .decisions
        .iter()
        .filter(|d| d.principles.iter().any(|r| r.principle == id))
        .cloned()
        .collect();
    let principle = ws.principles.remove(index);
    for d in &mut ws.decisions {
        d.principles.retain(|r| r.principle != id);
    }
    Ok(FrameworkCommand::ReinsertPrinciple(Box::new(
        PrincipleRemoval {
            index,
            principle,
            decisions,
        },
    )))
}

fn reinsert(ws: &mut Workspace, removal: PrincipleRemoval) -> Result<FrameworkCommand, EditError> {
    let PrincipleRemoval {
        index,
        principle,
        decisions,
    } = removal;
    if ws.principle(&principle.id).is_some() {
        return Err(EditError::AlreadyExists {
            what: Thing::Principle,
            id: principle.id,
        });
    }
    let id = principle.id.clone();
    checked(ws, |ws| {
        ws.principles
            .insert(index.min(ws.principles.len()), principle);
        for d in decisions {
            if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
                *slot = d;
            }
        }
    })?;
    Ok(FrameworkCommand::RemovePrinciple { id })
}
