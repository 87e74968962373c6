//! Commands on the workspace's vocabulary of concerns (the quality attributes
//! stakeholders weight and decisions are tagged with): add, rename and delete.
//! Deleting a concern takes it out of every element's weights and every
//! decision's tags; its inverse puts all of that back exactly. This module
//! must never let two concerns share a name: everything picks them by name.

use super::apply::checked;
use super::{EditError, Thing};
use conway_model::{Concern, Decision, Element, Id, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum ConcernCommand {
    /// Adds a concern to the workspace's vocabulary at an index.
    Add { index: usize, concern: Concern },
    /// Renames or re-describes a concern, by id.
    Update { concern: Concern },
    /// Deletes a concern, and every element's weight of it and decision's tag.
    Remove { id: Id },
    /// Puts back what a `Remove` took out (only ever its inverse).
    Reinsert(Box<ConcernRemoval>),
}

/// What deleting a concern took out: the concern and its place, and the
/// elements and decisions that weighted or tagged it, as they were. Only
/// `apply` makes one: outside this crate it can be matched, never built.
///
/// ```
/// use conway_edit::ConcernCommand;
/// fn restores(command: &ConcernCommand) -> bool {
///     matches!(command, ConcernCommand::Reinsert(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{ConcernCommand, ConcernRemoval};
/// use conway_model::Concern;
/// let forged = ConcernCommand::Reinsert(Box::new(ConcernRemoval {
///     index: 0,
///     concern: Concern {
///         id: "concern-1".into(),
///         name: "Forged".into(),
///         description: String::new(),
///     },
///     elements: Vec::new(),
///     decisions: Vec::new(),
/// }));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct ConcernRemoval {
    index: usize,
    concern: Concern,
    elements: Vec<Element>,
    decisions: Vec<Decision>,
}

impl ConcernCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            ConcernCommand::Add { .. } => "Add concern",
            ConcernCommand::Update { .. } => "Edit concern",
            ConcernCommand::Remove { .. } | ConcernCommand::Reinsert(_) => "Delete concern",
        }
    }
}

pub(super) fn apply(
    ws: &mut Workspace,
    command: ConcernCommand,
) -> Result<ConcernCommand, EditError> {
    match command {
        ConcernCommand::Add { index, concern } => {
            named(ws, &concern)?;
            let id = concern.id.clone();
            checked(ws, |ws| {
                ws.concerns.insert(index.min(ws.concerns.len()), concern)
            })?;
            Ok(ConcernCommand::Remove { id })
        }
        ConcernCommand::Update { concern } => {
            named(ws, &concern)?;
            let index = position(ws, &concern.id)?;
            let old = std::mem::replace(&mut ws.concerns[index], concern);
            Ok(ConcernCommand::Update { concern: old })
        }
        ConcernCommand::Remove { id } => remove(ws, id),
        ConcernCommand::Reinsert(removal) => reinsert(ws, *removal),
    }
}

fn position(ws: &Workspace, id: &Id) -> Result<usize, EditError> {
    ws.concerns
        .iter()
        .position(|c| &c.id == id)
        .ok_or_else(|| EditError::missing(Thing::Concern, id))
}

fn remove(ws: &mut Workspace, id: Id) -> Result<ConcernCommand, EditError> {
    let index = position(ws, &id)?;
    let elements: Vec<_> = ws
        .elements
        .iter()
        .filter(|e| e.concerns.iter().any(|w| w.concern == id))
        .cloned()
        .collect();
    let decisions: Vec<_> = ws
        .decisions
        .iter()
        .filter(|d| d.concerns.contains(&id))
        .cloned()
        .collect();
    let concern = ws.concerns.remove(index);
    for e in &mut ws.elements {
        e.concerns.retain(|w| w.concern != id);
    }
    for d in &mut ws.decisions {
        d.concerns.retain(|c| *c != id);
    }
    Ok(ConcernCommand::Reinsert(Box::new(ConcernRemoval {
        index,
        concern,
        elements,
        decisions,
    })))
}

fn reinsert(ws: &mut Workspace, removal: ConcernRemoval) -> Result<ConcernCommand, EditError> {
    let ConcernRemoval {
        index,
        concern,
        elements,
        decisions,
    } = removal;
    if ws.concern(&concern.id).is_some() {
        return Err(EditError::AlreadyExists {
            what: Thing::Concern,
            id: concern.id,
        });
    }
    let id = concern.id.clone();
    checked(ws, |ws| {
        ws.concerns.insert(index.min(ws.concerns.len()), concern);
        for e in elements {
            if let Some(slot) = ws.elements.iter_mut().find(|x| x.id == e.id) {
                *slot = e;
            }
        }
        for d in decisions {
            if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
                *slot = d;
            }
        }
    })?;
    Ok(ConcernCommand::Remove { id })
}

/// A concern needs a name no other concern has (any case): the lens, the
/// weights and the decision form all pick concerns by name.
fn named(ws: &Workspace, concern: &Concern) -> Result<(), EditError> {
    let name = concern.name.trim();
    if name.is_empty() {
        return Err(EditError::NameRequired(Thing::Concern));
    }
    if ws
        .concerns
        .iter()
        .any(|c| c.id != concern.id && c.name.trim().eq_ignore_ascii_case(name))
    {
        return Err(EditError::NameTaken {
            what: Thing::Concern,
            name: name.to_string(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{apply, tests::check as round_trip, ConcernCommand};
    use conway_model::sample::sample_workspace;
    use conway_model::Concern;

    fn fresh(name: &str) -> Concern {
        Concern {
            id: "concern-new".into(),
            name: name.into(),
            description: String::new(),
        }
    }

    #[test]
    fn concerns_are_added_renamed_and_deleted_with_exact_undo() {
        let ws = sample_workspace();
        let added = round_trip(ConcernCommand::Add {
            index: ws.concerns.len(),
            concern: fresh("Accessibility"),
        });
        assert_eq!(added.concerns.last().unwrap().name, "Accessibility");
        let mut renamed = ws.concerns[0].clone();
        renamed.name = "Response time".into();
        let changed = round_trip(ConcernCommand::Update { concern: renamed });
        assert_eq!(changed.concerns[0].name, "Response time");
    }

    #[test]
    fn deleting_a_used_concern_drops_its_weights_and_tags_and_undo_restores_them() {
        let ws = sample_workspace();
        let used = ws
            .concerns
            .iter()
            .find(|c| {
                ws.elements
                    .iter()
                    .any(|e| e.concerns.iter().any(|w| w.concern == c.id))
                    && ws.decisions.iter().any(|d| d.concerns.contains(&c.id))
            })
            .expect("the sample weights and tags some concern")
            .id
            .clone();
        let after = round_trip(ConcernCommand::Remove { id: used.clone() });
        assert!(after.concern(&used).is_none());
        assert!(after
            .elements
            .iter()
            .all(|e| e.concerns.iter().all(|w| w.concern != used)));
        assert!(after.decisions.iter().all(|d| !d.concerns.contains(&used)));
        assert!(after.problems().is_empty());
    }

    #[test]
    fn a_nameless_or_duplicate_concern_is_refused_and_changes_nothing() {
        let mut ws = sample_workspace();
        let before = ws.clone();
        let taken = ws.concerns[0].name.to_uppercase();
        for name in ["  ", taken.as_str()] {
            let add = ConcernCommand::Add {
                index: 0,
                concern: fresh(name),
            };
            assert!(apply(&mut ws, add).is_err(), "{name:?} accepted");
        }
        let mut renamed = ws.concerns[1].clone();
        renamed.name = ws.concerns[0].name.clone();
        assert!(apply(&mut ws, ConcernCommand::Update { concern: renamed }).is_err());
        assert_eq!(ws, before);
    }
}
