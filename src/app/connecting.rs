//! Drawing relationships: connecting two elements, or an element to a new one,
//! and editing or deleting a relationship. Each is one undo step.

use leptos::prelude::*;

use super::elements::fresh_id;
use super::{AppState, Selection};
use conway_edit::ModelCommand;
use conway_model::{ElementKind, Id, Relationship, RelationshipKind, ViewKind};

/// Which kinds of relationship may join these two elements, most usual first.
pub fn kinds_between(state: AppState, source: &Id, target: &Id) -> Vec<RelationshipKind> {
    state
        .doc
        .workspace
        .with_untracked(|ws| match (ws.element(source), ws.element(target)) {
            (Some(s), Some(t)) => RelationshipKind::ALL
                .into_iter()
                .filter(|k| k.fits(s.kind, t.kind))
                .collect(),
            _ => Vec::new(),
        })
}

fn new_relationship(
    state: AppState,
    kind: RelationshipKind,
    source: &Id,
    target: &Id,
) -> Relationship {
    let id = state.doc.workspace.with_untracked(|ws| fresh_id(ws, "rel"));
    Relationship::new(id, kind, source.clone(), target.clone())
}

impl AppState {
    /// Adds a relationship of `kind` from `source` to `target` and selects it.
    pub fn connect(&self, source: &Id, target: &Id, kind: RelationshipKind) -> Option<Id> {
        let relationship = new_relationship(*self, kind, source, target);
        let id = relationship.id.clone();
        self.dispatch(ModelCommand::AddRelationship { relationship }.into())
            .then(|| {
                self.session
                    .selection
                    .set(Some(Selection::Relationship(id.clone())));
                id
            })
    }

    /// Adds a new element of `kind` at canvas point `at`, connected from
    /// `source` by the first relationship kind that fits; one undo step.
    pub fn create_connected(
        &self,
        pane: ViewKind,
        source: &Id,
        kind: ElementKind,
        at: (f64, f64),
    ) -> Option<Id> {
        // Where it was dropped, or the nearest spot that touches nothing.
        let (width, height) = conway_editor::elements::default_size(kind);
        let corner = conway_geometry::free_spot(
            &self.taken_boxes(pane),
            (width, height),
            (at.0 - width / 2.0, at.1 - height / 2.0),
        );
        let at = (corner.0 + width / 2.0, corner.1 + height / 2.0);
        let opened = self.begin_gesture("Add connected element");
        let created = self.create_element(pane, kind, at);
        let linked = created.as_ref().and_then(|target| {
            let relationship_kind = *kinds_between(*self, source, target).first()?;
            self.dispatch(
                ModelCommand::AddRelationship {
                    relationship: new_relationship(*self, relationship_kind, source, target),
                }
                .into(),
            )
            .then_some(())
        });
        if opened {
            if linked.is_some() {
                self.commit_gesture();
            } else {
                self.cancel_gesture();
            }
        }
        linked.and(created)
    }

    pub fn update_relationship(&self, relationship: Relationship) {
        let unchanged = self
            .doc
            .workspace
            .with_untracked(|ws| ws.relationship(&relationship.id) == Some(&relationship));
        if !unchanged {
            self.dispatch(ModelCommand::UpdateRelationship { relationship }.into());
        }
    }

    pub fn delete_relationship(&self, id: Id) {
        if self.dispatch(
            ModelCommand::Remove {
                elements: Vec::new(),
                relationships: vec![id],
            }
            .into(),
        ) {
            self.session.selection.set(None);
        }
    }

    /// Moves one end of a relationship to another element, if its kind still fits.
    pub fn reconnect(&self, id: &Id, source_end: bool, to: Id) {
        let Some(mut relationship) = self
            .doc
            .workspace
            .with_untracked(|ws| ws.relationship(id).cloned())
        else {
            return;
        };
        if source_end {
            relationship.source = to;
        } else {
            relationship.target = to;
        }
        if relationship.source == relationship.target {
            return;
        }
        self.update_relationship(relationship);
    }
}
