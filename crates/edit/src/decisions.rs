//! Commands on the decision log: add, update (one or several decisions as
//! one change, which is how superseding is done), delete and the exact undo
//! of both, and the helpers that build status changes (`supersede`,
//! `resolve`, `deprecate`). Like every command, each returns its inverse;
//! this module must never let a change break integrity or reuse a number.

use super::apply::checked;
use super::{Command, EditError, Thing};
use conway_model::{
    Date, Decision, DecisionRelation, DecisionStatus, Id, RelationKind, Resolution, Workspace,
};

#[derive(Clone, Debug, PartialEq)]
pub enum DecisionCommand {
    /// Adds a decision at an index of the decision log.
    Add {
        index: usize,
        decision: Box<Decision>,
    },
    /// Replaces several decisions at once, by id (an edit, a status change, or
    /// superseding: the new decision and the ones it supersedes together).
    Update { decisions: Vec<Decision> },
    /// Deletes a decision, and the relations other decisions have to it; its
    /// number is remembered as given, so no new decision reuses it.
    Remove { id: Id },
    /// Takes back a decision just added (only ever the inverse of `Add`):
    /// unlike deleting, its number is free again, as if never given.
    Withdraw(Withdrawal),
    /// Puts back what a `Remove` took out (only ever its inverse).
    Reinsert(DecisionRemoval),
}

/// A decision just added, which undoing the addition takes back. Only
/// `apply` makes one: outside this crate it can be matched, never built.
///
/// ```
/// use conway_edit::DecisionCommand;
/// fn takes_back(command: &DecisionCommand) -> bool {
///     matches!(command, DecisionCommand::Withdraw(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{DecisionCommand, Withdrawal};
/// let forged = DecisionCommand::Withdraw(Withdrawal { id: "adr-1".into() });
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Withdrawal {
    id: Id,
}

/// What deleting a decision took out: the decision and its place, the other
/// decisions as they were (with their relations to it), and the number
/// counter. Only `apply` makes one: outside this crate it can be matched,
/// never built.
///
/// ```
/// use conway_edit::DecisionCommand;
/// fn restores(command: &DecisionCommand) -> bool {
///     matches!(command, DecisionCommand::Reinsert(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{DecisionCommand, DecisionRemoval};
/// use conway_model::Decision;
/// let forged = DecisionCommand::Reinsert(DecisionRemoval {
///     index: 0,
///     decision: Box::new(Decision::new("adr-1", 1, "Forged")),
///     others: Vec::new(),
///     last_number: 0,
/// });
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionRemoval {
    index: usize,
    decision: Box<Decision>,
    others: Vec<Decision>,
    last_number: u32,
}

impl DecisionCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            DecisionCommand::Add { .. } | DecisionCommand::Withdraw(_) => "Add decision",
            DecisionCommand::Update { .. } => "Edit decision",
            DecisionCommand::Remove { .. } | DecisionCommand::Reinsert(_) => "Delete decision",
        }
    }
}

pub(super) fn apply(
    ws: &mut Workspace,
    command: DecisionCommand,
) -> Result<DecisionCommand, EditError> {
    match command {
        DecisionCommand::Add { index, decision } => {
            let id = decision.id.clone();
            let at = index.min(ws.decisions.len());
            checked(ws, |ws| ws.decisions.insert(at, *decision))?;
            Ok(DecisionCommand::Withdraw(Withdrawal { id }))
        }
        DecisionCommand::Withdraw(Withdrawal { id }) => {
            let index = position(ws, &id)?;
            let decision = Box::new(ws.decisions[index].clone());
            // Refused if another decision has come to relate to it since.
            checked(ws, |ws| {
                ws.decisions.remove(index);
            })?;
            Ok(DecisionCommand::Add { index, decision })
        }
        DecisionCommand::Update { decisions } => {
            let mut old = Vec::with_capacity(decisions.len());
            for d in &decisions {
                let current = ws
                    .decision(&d.id)
                    .ok_or_else(|| EditError::missing(Thing::Decision, &d.id))?;
                old.push(current.clone());
            }
            checked(ws, |ws| replace_decisions(ws, decisions))?;
            Ok(DecisionCommand::Update { decisions: old })
        }
        DecisionCommand::Remove { id } => remove(ws, id),
        DecisionCommand::Reinsert(removal) => reinsert(ws, removal),
    }
}

fn position(ws: &Workspace, id: &Id) -> Result<usize, EditError> {
    ws.decisions
        .iter()
        .position(|d| &d.id == id)
        .ok_or_else(|| EditError::missing(Thing::Decision, id))
}

fn remove(ws: &mut Workspace, id: Id) -> Result<DecisionCommand, EditError> {
    let index = position(ws, &id)?;
    let others: Vec<_> = ws
        .decisions
        .iter()
        .filter(|d| d.id != id && d.relations.iter().any(|r| r.target == id))
        .cloned()
        .collect();
    let decision = ws.decisions.remove(index);
    for d in &mut ws.decisions {
        d.relations.retain(|r| r.target != id);
    }
    let last_number = ws.last_decision_number;
    ws.last_decision_number = last_number.max(decision.number);
    Ok(DecisionCommand::Reinsert(DecisionRemoval {
        index,
        decision: Box::new(decision),
        others,
        last_number,
    }))
}

fn reinsert(ws: &mut Workspace, removal: DecisionRemoval) -> Result<DecisionCommand, EditError> {
    let DecisionRemoval {
        index,
        decision,
        others,
        last_number,
    } = removal;
    if ws.decision(&decision.id).is_some() {
        return Err(EditError::AlreadyExists {
            what: Thing::Decision,
            id: decision.id.clone(),
        });
    }
    let id = decision.id.clone();
    checked(ws, |ws| {
        ws.decisions
            .insert(index.min(ws.decisions.len()), *decision);
        replace_decisions(ws, others);
        ws.last_decision_number = last_number;
    })?;
    Ok(DecisionCommand::Remove { id })
}

/// Puts each decision in the place of the one with its id.
fn replace_decisions(ws: &mut Workspace, decisions: Vec<Decision>) {
    for d in decisions {
        if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
            *slot = d;
        }
    }
}

/// One command that makes `new` supersede each of `old`: `new` records a
/// "supersedes" relation to each (their "superseded by" is that relation
/// seen from the other end), and they become superseded, unless `new` is
/// only proposed: then they stay in force until it is accepted (`resolve`).
/// `None` if a decision is missing, `new` is among `old`, or `old` is empty.
pub fn supersede(ws: &Workspace, new: &Id, old: &[Id]) -> Option<Command> {
    if old.is_empty() || old.contains(new) {
        return None;
    }
    let mut newer = ws.decision(new)?.clone();
    let in_force = newer.status != DecisionStatus::Proposed;
    let mut decisions = Vec::with_capacity(old.len() + 1);
    for id in old {
        let mut superseded = ws.decision(id)?.clone();
        if in_force {
            superseded.status = DecisionStatus::Superseded;
            decisions.push(superseded);
        }
        if !newer
            .relations
            .iter()
            .any(|r| r.kind == RelationKind::Supersedes && &r.target == id)
        {
            newer.relations.push(DecisionRelation {
                kind: RelationKind::Supersedes,
                target: id.clone(),
            });
        }
    }
    decisions.insert(0, newer);
    Some(DecisionCommand::Update { decisions }.into())
}

/// Accepting or rejecting a proposal (an RFC) as one command: the status, who
/// decided and when, and the decision's date (MADR's date of the last status
/// change); accepted, the decisions it supersedes become superseded in the
/// same step. `None` unless the decision is proposed, `verdict` is accepted
/// or rejected, and someone is named.
pub fn resolve(
    ws: &Workspace,
    id: &Id,
    verdict: DecisionStatus,
    by: &str,
    on: Option<Date>,
) -> Option<Command> {
    let mut d = ws.decision(id)?.clone();
    let by = by.trim();
    let allowed = matches!(verdict, DecisionStatus::Accepted | DecisionStatus::Rejected);
    if d.status != DecisionStatus::Proposed || !allowed || by.is_empty() {
        return None;
    }
    d.status = verdict;
    d.resolution = Some(Resolution {
        by: by.to_string(),
        on,
    });
    d.date = on.or(d.date);
    let mut decisions = vec![d.clone()];
    if verdict == DecisionStatus::Accepted {
        for r in d
            .relations
            .iter()
            .filter(|r| r.kind == RelationKind::Supersedes)
        {
            if let Some(old) = ws.decision(&r.target) {
                if old.status != DecisionStatus::Superseded {
                    let mut old = old.clone();
                    old.status = DecisionStatus::Superseded;
                    decisions.push(old);
                }
            }
        }
    }
    Some(DecisionCommand::Update { decisions }.into())
}

/// Deprecating a decision, which always says why. `None` without a reason or
/// for a decision already deprecated or superseded.
pub fn deprecate(ws: &Workspace, id: &Id, reason: &str, on: Option<Date>) -> Option<Command> {
    let mut d = ws.decision(id)?.clone();
    let reason = reason.trim();
    let retired = matches!(
        d.status,
        DecisionStatus::Deprecated | DecisionStatus::Superseded
    );
    if reason.is_empty() || retired {
        return None;
    }
    d.status = DecisionStatus::Deprecated;
    d.deprecation_reason = reason.to_string();
    d.date = on.or(d.date);
    Some(DecisionCommand::Update { decisions: vec![d] }.into())
}
