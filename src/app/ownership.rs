//! Ownership from the UI: which team owns system elements, one or many at
//! once (the properties panel, a drop onto a team, a bulk choice).

use leptos::prelude::*;

use super::AppState;
use conway_model::Id;

impl AppState {
    /// Makes `team` (or no one) the owner of the given elements, as one step;
    /// elements no team can own are passed over.
    pub fn assign_owner(&self, elements: &[Id], team: Option<&Id>) {
        let command = self
            .doc
            .workspace
            .with_untracked(|ws| conway_edit::assign_owner(ws, elements, team));
        if let Some(command) = command {
            self.dispatch(command);
        }
    }
}
