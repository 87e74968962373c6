//! Editing the decision framework from the UI: a cell of the guidance matrix,
//! and the workspace's principles. Each change is one command (one undo step).

use leptos::prelude::*;

use super::elements::fresh_id;
use super::AppState;
use conway_edit::FrameworkCommand;
use conway_model::{Category, Guidance, Id, Principle};

impl AppState {
    /// Replaces the guidance of one category.
    pub fn set_guidance(&self, category: Category, guidance: Guidance) {
        let same = self
            .doc
            .workspace
            .with_untracked(|ws| *ws.guidance.get(category) == guidance);
        if !same {
            self.dispatch(FrameworkCommand::SetGuidance { category, guidance }.into());
        }
    }

    /// Adds a principle at the end of the list and returns its id.
    pub fn add_principle(&self, name: &str) -> Option<Id> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let (id, index) = self
            .doc
            .workspace
            .with_untracked(|ws| (fresh_id(ws, "principle"), ws.principles.len()));
        let principle = Principle {
            id: id.clone(),
            name: name.to_string(),
            statement: String::new(),
            rationale: String::new(),
            implications: Vec::new(),
        };
        self.dispatch(FrameworkCommand::AddPrinciple { index, principle }.into())
            .then_some(id)
    }

    /// Saves an edited principle (its id says which).
    pub fn save_principle(&self, principle: Principle) {
        let changed = self
            .doc
            .workspace
            .with_untracked(|ws| ws.principle(&principle.id) != Some(&principle));
        if changed {
            self.dispatch(FrameworkCommand::UpdatePrinciple { principle }.into());
        }
    }

    /// Deletes a principle (the caller asked the user); decisions' references go with it.
    pub fn delete_principle(&self, id: &Id) {
        self.dispatch(FrameworkCommand::RemovePrinciple { id: id.clone() }.into());
    }
}
