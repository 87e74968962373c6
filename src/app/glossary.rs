//! The glossary from the UI: add, edit and delete terms (one undo step each),
//! and opening a term found by search.

use leptos::prelude::*;

use super::elements::fresh_id;
use super::AppState;
use conway_edit::GlossaryCommand;
use conway_model::{Id, Term};

impl AppState {
    /// Adds a term at the end of the glossary and returns its id.
    pub fn add_term(&self, word: &str) -> Option<Id> {
        let word = word.trim();
        if word.is_empty() {
            return None;
        }
        let (id, index) = self
            .doc
            .workspace
            .with_untracked(|ws| (fresh_id(ws, "term"), ws.glossary.len()));
        let term = Term {
            id: id.clone(),
            term: word.to_string(),
            definition: String::new(),
            avoid: Vec::new(),
        };
        self.dispatch(GlossaryCommand::Add { index, term }.into())
            .then_some(id)
    }

    /// Saves an edited term (its id says which), if it changed.
    pub fn save_term(&self, term: Term) {
        let changed = self
            .doc
            .workspace
            .with_untracked(|ws| ws.glossary.iter().find(|t| t.id == term.id) != Some(&term));
        if changed {
            self.dispatch(GlossaryCommand::Update { term }.into());
        }
    }

    pub fn delete_term(&self, id: &Id) {
        self.dispatch(GlossaryCommand::Remove { id: id.clone() }.into());
    }

    /// Shows a term in the overview's glossary.
    pub fn show_term(&self, id: Id) {
        self.session.lens_open.set(false);
        self.session.concern_focus.set(None);
        self.session.selection.set(None);
        self.session.concerns_open.set(false);
        self.session.glossary_focus.set(Some(id));
    }
}
