//! Commands on the decision framework and the principles that guard it: a cell
//! of the guidance matrix, and adding, editing and deleting principles (with
//! the decisions' references to a deleted one, which undo puts back).

use super::apply::{checked, missing, refuse, EditError};
use super::Command;
use conway_model::Workspace;

pub(super) fn apply_framework(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::SetGuidance { category, guidance } => {
            let old = ws.guidance.set(category, guidance);
            Ok(Command::SetGuidance {
                category,
                guidance: old,
            })
        }
        Command::AddPrinciple { index, principle } => {
            if principle.name.trim().is_empty() {
                return refuse("a principle needs a name");
            }
            let id = principle.id.clone();
            checked(ws, |ws| {
                ws.principles
                    .insert(index.min(ws.principles.len()), principle)
            })?;
            Ok(Command::RemovePrinciple { id })
        }
        Command::UpdatePrinciple { principle } => {
            if principle.name.trim().is_empty() {
                return refuse("a principle needs a name");
            }
            let index = ws
                .principles
                .iter()
                .position(|p| p.id == principle.id)
                .ok_or_else(|| missing("principle", &principle.id))?;
            let old = std::mem::replace(&mut ws.principles[index], principle);
            Ok(Command::UpdatePrinciple { principle: old })
        }
        Command::RemovePrinciple { id } => {
            let index = ws
                .principles
                .iter()
                .position(|p| p.id == id)
                .ok_or_else(|| missing("principle", &id))?;
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
            Ok(Command::ReinsertPrinciple {
                index,
                principle,
                decisions,
            })
        }
        Command::ReinsertPrinciple {
            index,
            principle,
            decisions,
        } => {
            if ws.principle(&principle.id).is_some() {
                return refuse(format!("principle \"{}\" already exists", principle.id));
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
            Ok(Command::RemovePrinciple { id })
        }
        _ => refuse("not a framework command"),
    }
}
