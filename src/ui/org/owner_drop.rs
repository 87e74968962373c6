//! Dragging system elements onto a team in the organisation pane makes that
//! team their owner: finding the team under the pointer (outside the pane the
//! drag started in) and marking it while the pointer is over it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use conway_model::{ElementKind, Id};

/// The CSS class a team carries while dropping would make it the owner.
const DROP_TARGET: &str = "drop-target";

/// Where a drag could drop its elements to give them an owner.
#[derive(Clone, Copy)]
pub struct OwnerDrop {
    marked: StoredValue<Option<web_sys::Element>, LocalStorage>,
}

impl OwnerDrop {
    pub fn new() -> Self {
        OwnerDrop {
            marked: StoredValue::new_local(None),
        }
    }

    /// The team drawn under a client point, if it is in another pane than `own`.
    pub fn team_at(
        state: AppState,
        own: &web_sys::Element,
        x: i32,
        y: i32,
    ) -> Option<(Id, web_sys::Element)> {
        let document = web_sys::window()?.document()?;
        let hit = document.element_from_point(x as f32, y as f32)?;
        let node = hit.closest("[data-node-id]").ok()??;
        if own.contains(Some(node.unchecked_ref())) {
            return None;
        }
        let id = Id::new(node.get_attribute("data-node-id")?);
        let is_team = state
            .doc
            .workspace
            .with_untracked(|ws| ws.element(&id).is_some_and(|e| e.kind == ElementKind::Team));
        is_team.then_some((id, node))
    }

    /// Marks the team under the pointer (and unmarks the one before).
    pub fn hover(&self, state: AppState, own: &web_sys::Element, x: i32, y: i32) {
        let now = Self::team_at(state, own, x, y).map(|(_, node)| node);
        let before = self.marked.get_value();
        if now
            .as_ref()
            .map(|n| n.clone().unchecked_into::<js_sys::Object>())
            == before
                .as_ref()
                .map(|n| n.clone().unchecked_into::<js_sys::Object>())
        {
            return;
        }
        if let Some(old) = before {
            let _ = old.class_list().remove_1(DROP_TARGET);
        }
        if let Some(new) = &now {
            let _ = new.class_list().add_1(DROP_TARGET);
        }
        self.marked.set_value(now);
    }

    /// Ends the drag: unmarks, and returns the team dropped on, if any.
    pub fn finish(&self, state: AppState, own: &web_sys::Element, x: i32, y: i32) -> Option<Id> {
        self.unmark();
        Self::team_at(state, own, x, y).map(|(id, _)| id)
    }

    /// Unmarks the team under the pointer (a drag ended or was cancelled).
    pub fn unmark(&self) {
        if let Some(old) = self.marked.get_value() {
            let _ = old.class_list().remove_1(DROP_TARGET);
        }
        self.marked.set_value(None);
    }
}
