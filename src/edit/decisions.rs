//! Commands on the decision log: add, update (one or several decisions as
//! one change, which is how superseding is done), delete and its exact undo.
//! Like every command, each returns its inverse and refuses integrity breaks.

use super::apply::{checked, missing, refuse, EditError};
use super::Command;
use crate::model::{DecisionRelation, DecisionStatus, Id, RelationKind, Workspace};

pub(super) fn apply_decision(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddDecision { index, decision } => {
            let id = decision.id.clone();
            let at = index.min(ws.decisions.len());
            checked(ws, |ws| ws.decisions.insert(at, *decision))?;
            Ok(Command::RemoveDecision { id })
        }
        Command::UpdateDecisions { decisions } => {
            let mut old = Vec::with_capacity(decisions.len());
            for d in &decisions {
                let current = ws
                    .decision(&d.id)
                    .ok_or_else(|| missing("decision", &d.id))?;
                old.push(current.clone());
            }
            checked(ws, |ws| {
                for d in decisions {
                    if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
                        *slot = d;
                    }
                }
            })?;
            Ok(Command::UpdateDecisions { decisions: old })
        }
        Command::RemoveDecision { id } => {
            let index = ws
                .decisions
                .iter()
                .position(|d| d.id == id)
                .ok_or_else(|| missing("decision", &id))?;
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
            Ok(Command::ReinsertDecision {
                index,
                decision: Box::new(decision),
                others,
            })
        }
        Command::ReinsertDecision {
            index,
            decision,
            others,
        } => {
            if ws.decision(&decision.id).is_some() {
                return refuse(format!("decision \"{}\" already exists", decision.id));
            }
            let id = decision.id.clone();
            checked(ws, |ws| {
                ws.decisions
                    .insert(index.min(ws.decisions.len()), *decision);
                for d in others {
                    if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
                        *slot = d;
                    }
                }
            })?;
            Ok(Command::RemoveDecision { id })
        }
        _ => refuse("not a decision command"),
    }
}

/// The number the next new decision gets: one more than any in the log.
pub fn next_decision_number(ws: &Workspace) -> u32 {
    ws.decisions.iter().map(|d| d.number).max().unwrap_or(0) + 1
}

/// One command that makes `new` supersede each of `old`: they become
/// superseded, and `new` records a "supersedes" relation to each (their
/// "superseded by" is that relation seen from the other end). `None` if a
/// decision is missing, `new` is among `old`, or `old` is empty.
pub fn supersede(ws: &Workspace, new: &Id, old: &[Id]) -> Option<Command> {
    if old.is_empty() || old.contains(new) {
        return None;
    }
    let mut newer = ws.decision(new)?.clone();
    let mut decisions = Vec::with_capacity(old.len() + 1);
    for id in old {
        let mut superseded = ws.decision(id)?.clone();
        superseded.status = DecisionStatus::Superseded;
        decisions.push(superseded);
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
    Some(Command::UpdateDecisions { decisions })
}
