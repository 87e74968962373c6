//! Commands on the glossary: add, edit and delete terms. Nothing refers to a
//! term by id, so deleting one is undone by adding it back where it was.

use super::apply::{checked, missing, refuse, EditError};
use super::Command;
use conway_model::Workspace;

pub(super) fn apply_glossary(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddTerm { index, term } => {
            let id = term.id.clone();
            checked(ws, |ws| {
                ws.glossary.insert(index.min(ws.glossary.len()), term)
            })?;
            Ok(Command::RemoveTerm { id })
        }
        Command::UpdateTerm { term } => {
            let index = ws
                .glossary
                .iter()
                .position(|t| t.id == term.id)
                .ok_or_else(|| missing("term", &term.id))?;
            let mut old = None;
            checked(ws, |ws| {
                old = Some(std::mem::replace(&mut ws.glossary[index], term))
            })?;
            Ok(Command::UpdateTerm {
                term: old.ok_or_else(|| missing("term", &ws.glossary[index].id))?,
            })
        }
        Command::RemoveTerm { id } => {
            let index = ws
                .glossary
                .iter()
                .position(|t| t.id == id)
                .ok_or_else(|| missing("term", &id))?;
            let term = ws.glossary.remove(index);
            Ok(Command::AddTerm { index, term })
        }
        _ => refuse("not a glossary command"),
    }
}

#[cfg(test)]
mod tests {
    use crate::{apply, tests::check as round_trip, Command};
    use conway_model::sample::sample_workspace;
    use conway_model::Term;

    #[test]
    fn terms_are_added_edited_and_deleted_with_exact_undo() {
        let ws = sample_workspace();
        let added = round_trip(Command::AddTerm {
            index: 0,
            term: Term {
                id: "term-new".into(),
                term: "Runbook".into(),
                definition: "What on-call does when an alert fires.".into(),
                avoid: vec!["playbook".into()],
            },
        });
        assert_eq!(added.glossary[0].term, "Runbook");
        let mut edited = ws.glossary[1].clone();
        edited.avoid.push("shopping cart".into());
        let changed = round_trip(Command::UpdateTerm { term: edited });
        assert!(changed.glossary[1]
            .avoid
            .contains(&"shopping cart".to_string()));
        let removed = round_trip(Command::RemoveTerm {
            id: ws.glossary[2].id.clone(),
        });
        assert_eq!(removed.glossary.len(), ws.glossary.len() - 1);
    }

    #[test]
    fn a_term_without_a_name_or_that_does_not_exist_is_refused() {
        let mut ws = sample_workspace();
        let mut nameless = ws.glossary[0].clone();
        nameless.term = "  ".into();
        assert!(apply(&mut ws, Command::UpdateTerm { term: nameless }).is_err());
        assert!(apply(&mut ws, Command::RemoveTerm { id: "ghost".into() }).is_err());
    }
}
