//! Creating, editing, superseding and deleting decisions from the UI: each a
//! command (one undo step); the decision opened or kept selected afterwards.

use leptos::prelude::*;

use super::editing::fresh_id;
use super::{AppState, Selection};
use crate::edit::{next_decision_number, supersede, Command};
use crate::model::{Category, Date, Decision, Id};

/// Today in the browser's local calendar.
pub fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}

impl AppState {
    /// A new proposed decision (an RFC until decided) with the next number and
    /// today's date, selected with its form open.
    pub fn new_decision(&self, title: &str, category: Option<Category>) -> Option<Id> {
        let title = title.trim();
        let (decision, index) = self.workspace.with_untracked(|ws| {
            let mut d = Decision::new(
                fresh_id(ws, "adr"),
                next_decision_number(ws),
                if title.is_empty() {
                    "Untitled decision"
                } else {
                    title
                },
            );
            d.date = today();
            d.category = category;
            (d, ws.decisions.len())
        });
        let id = decision.id.clone();
        self.dispatch(Command::AddDecision {
            index,
            decision: Box::new(decision),
        })
        .then(|| {
            self.properties_open.set(true);
            self.selection.set(Some(Selection::Decision(id.clone())));
            id
        })
    }

    /// Saves an edited decision (its id says which).
    pub fn save_decision(&self, decision: Decision) {
        self.dispatch(Command::UpdateDecisions {
            decisions: vec![decision],
        });
    }

    /// Makes `new` supersede each of `old`, as one step.
    pub fn supersede(&self, new: &Id, old: &[Id]) {
        match self.workspace.with_untracked(|ws| supersede(ws, new, old)) {
            Some(command) => {
                self.dispatch(command);
            }
            None => self.show_error(
                "Not superseded",
                "Choose one or more other decisions that still exist.",
            ),
        }
    }

    /// Links a decision to an element or relationship, or unlinks it.
    pub fn set_decision_link(&self, decision: &Id, target: &Id, linked: bool) {
        let Some(mut d) = self
            .workspace
            .with_untracked(|ws| ws.decision(decision).cloned())
        else {
            return;
        };
        let has = d.links.contains(target);
        if linked && !has {
            d.links.push(target.clone());
        } else if !linked && has {
            d.links.retain(|l| l != target);
        } else {
            return;
        }
        self.save_decision(d);
    }

    /// Deletes a decision (the caller asked the user); its links go with it.
    pub fn delete_decision(&self, id: &Id) {
        if self.dispatch(Command::RemoveDecision { id: id.clone() }) {
            self.selection.set(None);
        }
    }
}
