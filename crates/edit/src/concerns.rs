//! Commands on the workspace's vocabulary of concerns (the quality attributes
//! stakeholders weight and decisions are tagged with): add, rename and delete.
//! Deleting a concern takes it out of every element's weights and every
//! decision's tags; its inverse puts all of that back exactly.

use super::apply::{checked, missing, refuse, EditError};
use super::Command;
use conway_model::{Concern, Workspace};

pub(super) fn apply_concern(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddConcern { index, concern } => {
            named(ws, &concern)?;
            let id = concern.id.clone();
            checked(ws, |ws| {
                ws.concerns.insert(index.min(ws.concerns.len()), concern)
            })?;
            Ok(Command::RemoveConcern { id })
        }
        Command::UpdateConcern { concern } => {
            named(ws, &concern)?;
            let index = ws
                .concerns
                .iter()
                .position(|c| c.id == concern.id)
                .ok_or_else(|| missing("concern", &concern.id))?;
            let old = std::mem::replace(&mut ws.concerns[index], concern);
            Ok(Command::UpdateConcern { concern: old })
        }
        Command::RemoveConcern { id } => {
            let index = ws
                .concerns
                .iter()
                .position(|c| c.id == id)
                .ok_or_else(|| missing("concern", &id))?;
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
            Ok(Command::ReinsertConcern {
                index,
                concern,
                elements,
                decisions,
            })
        }
        Command::ReinsertConcern {
            index,
            concern,
            elements,
            decisions,
        } => {
            if ws.concern(&concern.id).is_some() {
                return refuse(format!("concern \"{}\" already exists", concern.id));
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
            Ok(Command::RemoveConcern { id })
        }
        _ => refuse("not a concern command"),
    }
}

/// A concern needs a name no other concern has (any case): the lens, the
/// weights and the decision form all pick concerns by name.
fn named(ws: &Workspace, concern: &Concern) -> Result<(), EditError> {
    let name = concern.name.trim();
    if name.is_empty() {
        return refuse("a concern needs a name");
    }
    if ws
        .concerns
        .iter()
        .any(|c| c.id != concern.id && c.name.trim().eq_ignore_ascii_case(name))
    {
        return refuse(format!("there is already a concern called \"{name}\""));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::{apply, tests::check as round_trip, Command};
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
        let added = round_trip(Command::AddConcern {
            index: ws.concerns.len(),
            concern: fresh("Accessibility"),
        });
        assert_eq!(added.concerns.last().unwrap().name, "Accessibility");
        let mut renamed = ws.concerns[0].clone();
        renamed.name = "Response time".into();
        let changed = round_trip(Command::UpdateConcern { concern: renamed });
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
        let after = round_trip(Command::RemoveConcern { id: used.clone() });
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
            let add = Command::AddConcern {
                index: 0,
                concern: fresh(name),
            };
            assert!(apply(&mut ws, add).is_err(), "{name:?} accepted");
        }
        let mut renamed = ws.concerns[1].clone();
        renamed.name = ws.concerns[0].name.clone();
        assert!(apply(&mut ws, Command::UpdateConcern { concern: renamed }).is_err());
        assert_eq!(ws, before);
    }
}
