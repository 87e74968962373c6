//! The workspace's vocabulary of concerns from the UI: add, rename and delete
//! (one undo step each), and opening the concerns editor.

use super::elements::fresh_id;
use super::AppState;
use conway_edit::ConcernCommand;
use conway_model::{Concern, Id};
use leptos::prelude::*;

impl AppState {
    /// Adds a concern at the end of the vocabulary and returns its id; a
    /// nameless or already used name is refused with a message.
    pub fn add_concern(&self, name: &str) -> Option<Id> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let (id, index) = self
            .doc
            .workspace
            .with_untracked(|ws| (fresh_id(ws, "concern"), ws.concerns.len()));
        let concern = Concern {
            id: id.clone(),
            name: name.to_string(),
            description: String::new(),
        };
        self.dispatch(ConcernCommand::Add { index, concern }.into())
            .then_some(id)
    }

    /// Saves an edited concern (its id says which), if it changed.
    pub fn save_concern(&self, concern: Concern) {
        let changed = self
            .doc
            .workspace
            .with_untracked(|ws| ws.concern(&concern.id) != Some(&concern));
        if changed {
            self.dispatch(ConcernCommand::Update { concern }.into());
        }
    }

    /// Deletes a concern with its weights and tags; the lens lets go of it.
    pub fn delete_concern(&self, id: &Id) {
        if self.dispatch(ConcernCommand::Remove { id: id.clone() }.into())
            && self
                .session
                .concern_focus
                .with_untracked(|f| f.as_ref() == Some(id))
        {
            self.session.concern_focus.set(None);
        }
    }

    /// Opens the concerns editor in the overview.
    pub fn edit_concerns(&self) {
        self.session.lens_open.set(false);
        self.session.selection.set(None);
        self.session.glossary_focus.set(None);
        self.session.concerns_open.set(true);
    }
}
