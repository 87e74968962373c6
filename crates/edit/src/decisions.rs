//! Commands on the decision log: add, update (one or several decisions as
//! one change, which is how superseding is done), delete and its exact undo.
//! Like every command, each returns its inverse and refuses integrity breaks.

use super::apply::{checked, missing, refuse, EditError};
use super::Command;
use conway_model::{
    Date, Decision, DecisionRelation, DecisionStatus, Id, RelationKind, Resolution, Workspace,
};

pub(super) fn apply_decision(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddDecision { index, decision } => {
            let id = decision.id.clone();
            let at = index.min(ws.decisions.len());
            checked(ws, |ws| ws.decisions.insert(at, *decision))?;
            Ok(Command::WithdrawDecision { id })
        }
        Command::WithdrawDecision { id } => {
            let index = ws
                .decisions
                .iter()
                .position(|d| d.id == id)
                .ok_or_else(|| missing("decision", &id))?;
            let mut taken = None;
            // Refused if another decision has come to relate to it since.
            checked(ws, |ws| taken = Some(ws.decisions.remove(index)))?;
            let decision = Box::new(taken.ok_or_else(|| missing("decision", &id))?);
            Ok(Command::AddDecision { index, decision })
        }
        Command::UpdateDecisions { decisions } => {
            let mut old = Vec::with_capacity(decisions.len());
            for d in &decisions {
                let current = ws
                    .decision(&d.id)
                    .ok_or_else(|| missing("decision", &d.id))?;
                old.push(current.clone());
            }
            checked(ws, |ws| replace_decisions(ws, decisions))?;
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
            let last_number = ws.last_decision_number;
            ws.last_decision_number = last_number.max(decision.number);
            Ok(Command::ReinsertDecision {
                index,
                decision: Box::new(decision),
                others,
                last_number,
            })
        }
        Command::ReinsertDecision {
            index,
            decision,
            others,
            last_number,
        } => {
            if ws.decision(&decision.id).is_some() {
                return refuse(format!("decision \"{}\" already exists", decision.id));
            }
            let id = decision.id.clone();
            checked(ws, |ws| {
                ws.decisions
                    .insert(index.min(ws.decisions.len()), *decision);
                replace_decisions(ws, others);
                ws.last_decision_number = last_number;
            })?;
            Ok(Command::RemoveDecision { id })
        }
        _ => refuse("not a decision command"),
    }
}

/// Puts each decision in the place of the one with its id.
fn replace_decisions(ws: &mut Workspace, decisions: Vec<Decision>) {
    for d in decisions {
        if let Some(slot) = ws.decisions.iter_mut().find(|x| x.id == d.id) {
            *slot = d;
        }
    }
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

/// Accepting or rejecting a proposal (an RFC) as one command: the status, who
/// decided and when, and the decision's date (MADR's date of the last status
/// change). `None` unless the decision is proposed, `verdict` is accepted or
/// rejected, and someone is named.
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
    Some(Command::UpdateDecisions { decisions: vec![d] })
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
    Some(Command::UpdateDecisions { decisions: vec![d] })
}
