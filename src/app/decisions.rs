//! Creating, editing, superseding and deleting decisions from the UI: each a
//! command (one undo step); the decision opened or kept selected afterwards.

use leptos::prelude::*;

use super::elements::fresh_id;
use super::{AppState, Selection};
use conway_edit::{deprecate, resolve, supersede, DecisionCommand};
use conway_model::{Category, Comment, Date, Decision, DecisionStatus, Id};

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
        let (decision, index) = self.doc.workspace.with_untracked(|ws| {
            let mut d = Decision::new(
                fresh_id(ws, "adr"),
                ws.next_decision_number(),
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
        self.dispatch(
            DecisionCommand::Add {
                index,
                decision: Box::new(decision),
            }
            .into(),
        )
        .then(|| {
            self.session.properties_open.set(true);
            self.session
                .selection
                .set(Some(Selection::Decision(id.clone())));
            id
        })
    }

    /// Changes the decision as it is stored now and saves it, if anything changed.
    pub fn edit_decision(&self, id: &Id, change: impl FnOnce(&mut Decision)) {
        let Some(before) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.decision(id).cloned())
        else {
            return;
        };
        let mut d = before.clone();
        change(&mut d);
        if d != before {
            self.save_decision(d);
        }
    }

    /// Saves an edited decision (its id says which).
    pub fn save_decision(&self, decision: Decision) {
        self.dispatch(
            DecisionCommand::Update {
                decisions: vec![decision],
            }
            .into(),
        );
    }

    /// Makes `new` supersede each of `old`, as one step.
    pub fn supersede(&self, new: &Id, old: &[Id]) {
        match self
            .doc
            .workspace
            .with_untracked(|ws| supersede(ws, new, old))
        {
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
            .doc
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

    /// While picking links for a decision, a click on an element or
    /// relationship links or unlinks it (and selects nothing); true if so.
    pub fn pick_link(&self, target: &Id) -> bool {
        let Some(decision) = self.session.picking_links.get_untracked() else {
            return false;
        };
        let linked = self
            .doc
            .workspace
            .with_untracked(|ws| ws.decision(&decision).map(|d| d.links.contains(target)));
        match linked {
            Some(linked) => self.set_decision_link(&decision, target, !linked),
            // The decision is gone (undone or deleted): picking ends.
            None => self.session.picking_links.set(None),
        }
        true
    }

    /// Deletes a decision (the caller asked the user); its links go with it.
    pub fn delete_decision(&self, id: &Id) {
        if self.dispatch(DecisionCommand::Remove { id: id.clone() }.into()) {
            self.session.selection.set(None);
        }
    }

    /// Accepts or rejects a proposal, recording who and today's date.
    pub fn resolve_decision(&self, id: &Id, verdict: DecisionStatus, by: &str) -> bool {
        match self
            .doc
            .workspace
            .with_untracked(|ws| resolve(ws, id, verdict, by, today()))
        {
            Some(command) => self.dispatch(command),
            None => {
                self.show_error(
                    "Not recorded",
                    "Name who decided; only a proposed decision can be accepted or rejected.",
                );
                false
            }
        }
    }

    /// Deprecates a decision with the reason the user gave.
    pub fn deprecate_decision(&self, id: &Id, reason: &str) -> bool {
        match self
            .doc
            .workspace
            .with_untracked(|ws| deprecate(ws, id, reason, today()))
        {
            Some(command) => self.dispatch(command),
            None => {
                self.show_error("Not deprecated", "Say why the decision no longer applies.");
                false
            }
        }
    }

    /// Adds a comment to a decision's RFC thread, dated today.
    pub fn comment_on_decision(&self, id: &Id, author: &str, text: &str) -> bool {
        let Some(mut d) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.decision(id).cloned())
        else {
            return false;
        };
        let (author, text) = (author.trim(), text.trim());
        if author.is_empty() || text.is_empty() {
            return false;
        }
        d.review.comments.push(Comment {
            author: author.to_string(),
            date: today(),
            text: text.to_string(),
        });
        self.dispatch(DecisionCommand::Update { decisions: vec![d] }.into())
    }
}
