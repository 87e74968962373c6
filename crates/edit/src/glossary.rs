//! Commands on the glossary: add, edit and delete terms. Nothing refers to a
//! term by id, so deleting one is undone by adding it back where it was.
//! This module must never change anything but the glossary.

use super::apply::checked;
use super::{EditError, Thing};
use conway_model::{Id, Term, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum GlossaryCommand {
    /// Adds a glossary term at an index.
    Add { index: usize, term: Term },
    /// Replaces a glossary term's fields, by id.
    Update { term: Term },
    /// Deletes a glossary term (its inverse adds it back where it was).
    Remove { id: Id },
}

impl GlossaryCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            GlossaryCommand::Add { .. } => "Add term",
            GlossaryCommand::Update { .. } => "Edit term",
            GlossaryCommand::Remove { .. } => "Delete term",
        }
    }
}

pub(super) fn apply(
    ws: &mut Workspace,
    command: GlossaryCommand,
) -> Result<GlossaryCommand, EditError> {
    match command {
        GlossaryCommand::Add { index, term } => {
            let id = term.id.clone();
            checked(ws, |ws| {
                ws.glossary.insert(index.min(ws.glossary.len()), term)
            })?;
            Ok(GlossaryCommand::Remove { id })
        }
        GlossaryCommand::Update { term } => {
            let index = position(ws, &term.id)?;
            let old = ws.glossary[index].clone();
            checked(ws, |ws| ws.glossary[index] = term)?;
            Ok(GlossaryCommand::Update { term: old })
        }
        GlossaryCommand::Remove { id } => {
            let index = position(ws, &id)?;
            let term = ws.glossary.remove(index);
            Ok(GlossaryCommand::Add { index, term })
        }
    }
}

fn position(ws: &Workspace, id: &Id) -> Result<usize, EditError> {
    ws.glossary
        .iter()
        .position(|t| &t.id == id)
        .ok_or_else(|| EditError::missing(Thing::Term, id))
}

#[cfg(test)]
mod tests {
    use crate::{apply, tests::check as round_trip, GlossaryCommand};
    use conway_model::sample::sample_workspace;
    use conway_model::Term;

    #[test]
    fn terms_are_added_edited_and_deleted_with_exact_undo() {
        let ws = sample_workspace();
        let added = round_trip(GlossaryCommand::Add {
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
        let changed = round_trip(GlossaryCommand::Update { term: edited });
        assert!(changed.glossary[1]
            .avoid
            .contains(&"shopping cart".to_string()));
        let removed = round_trip(GlossaryCommand::Remove {
            id: ws.glossary[2].id.clone(),
        });
        assert_eq!(removed.glossary.len(), ws.glossary.len() - 1);
    }

    #[test]
    fn a_term_without_a_name_or_that_does_not_exist_is_refused() {
        let mut ws = sample_workspace();
        let mut nameless = ws.glossary[0].clone();
        nameless.term = "  ".into();
        assert!(apply(&mut ws, GlossaryCommand::Update { term: nameless }).is_err());
        assert!(apply(&mut ws, GlossaryCommand::Remove { id: "ghost".into() }).is_err());
    }
}
