//! Assigning an owner team to system elements, one or many at once: the
//! command for it, skipping what no team can own and what already has that owner.

use super::{Command, ModelCommand};
use conway_model::{Id, Workspace};

/// The command that makes `team` (or no one) own each of `elements` that a
/// team can own; `None` when nothing would change.
pub fn assign_owner(ws: &Workspace, elements: &[Id], team: Option<&Id>) -> Option<Command> {
    let owners: Vec<(Id, Option<Id>)> = elements
        .iter()
        .filter_map(|id| ws.element(id))
        .filter(|e| e.kind.is_ownable() && e.owner.as_ref() != team)
        .map(|e| (e.id.clone(), team.cloned()))
        .collect();
    (!owners.is_empty()).then(|| ModelCommand::SetOwners { owners }.into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{apply, tests::check as round_trip};
    use conway_model::sample::sample_workspace;
    use conway_model::ElementKind;

    #[test]
    fn several_elements_get_one_owner_in_one_step_and_undo_restores_each() {
        let ws = sample_workspace();
        let team = ws
            .elements
            .iter()
            .find(|e| e.kind == ElementKind::Team)
            .unwrap()
            .id
            .clone();
        let ownable: Vec<Id> = ws
            .elements
            .iter()
            .filter(|e| e.kind.is_ownable() && e.owner.as_ref() != Some(&team))
            .take(3)
            .map(|e| e.id.clone())
            .collect();
        let mut chosen = ownable.clone();
        chosen.push(team.clone()); // a team cannot be owned: skipped
        let command = assign_owner(&ws, &chosen, Some(&team)).unwrap();
        let changed = round_trip(command);
        for id in &ownable {
            assert_eq!(changed.element(id).unwrap().owner.as_ref(), Some(&team));
        }
        assert_eq!(changed.element(&team).unwrap().owner, None);
        // Asking for what is already so is no change at all.
        assert_eq!(assign_owner(&changed, &ownable, Some(&team)), None);
        // Taking owners away is the same command with no team.
        let owned: Vec<Id> = ws
            .elements
            .iter()
            .filter(|e| e.owner.is_some())
            .map(|e| e.id.clone())
            .collect();
        let cleared = round_trip(assign_owner(&ws, &owned, None).unwrap());
        assert!(owned
            .iter()
            .all(|id| cleared.element(id).unwrap().owner.is_none()));
    }

    #[test]
    fn an_owner_that_is_not_a_team_is_refused() {
        let mut ws = sample_workspace();
        let container = ws
            .elements
            .iter()
            .find(|e| e.kind == ElementKind::Container)
            .unwrap()
            .id
            .clone();
        let before = ws.clone();
        let command =
            assign_owner(&ws, std::slice::from_ref(&container), Some(&container)).unwrap();
        assert!(apply(&mut ws, command).is_err());
        assert_eq!(ws, before);
    }
}
