//! The workspace list: several workspaces in browser storage, each in its own
//! slot and autosaved on its own. Switching saves the open one first and never
//! drops changes that could not be saved. What each step does is decided by
//! `editor::persistence`; this puts it on screen.

use leptos::prelude::*;

use super::persistence::{leave, new_slot, now_iso, with_open};
use super::LocalStore;
use super::{AppState, Notice};
use conway_edit::ModelCommand;
use conway_editor::persistence::{self as policy, Deleted, Rename};
use conway_format as format;
use conway_model::Workspace;
use conway_storage::Summary;

/// Every stored workspace, most recently saved first (tracked). The open one
/// is listed as it is now, even before its first save.
pub fn catalogue(state: AppState) -> Vec<Summary> {
    let open = state.doc.slot.get();
    let stored = state.doc.stored.get();
    state
        .doc
        .workspace
        .with(|ws| policy::listed(stored, &open, ws))
}

/// Reads which workspaces storage holds again, after this tab or another
/// changed them (or when the list is opened).
pub fn refresh_catalogue(state: AppState) {
    use conway_storage::WorkspaceStore;
    state
        .doc
        .stored
        .set(LocalStore.catalogue().unwrap_or_default());
}

/// Opens the workspace in `slot` after saving the open one. Refuses (and says
/// why) when the open workspace has changes that cannot be saved.
pub fn open_workspace(state: AppState, slot: &str) -> bool {
    if slot == state.doc.slot.get_untracked() {
        return true;
    }
    if !leave(state) {
        return false;
    }
    switch_to(state, slot);
    true
}

/// Makes `slot` the open workspace without saving the current one.
fn switch_to(state: AppState, slot: &str) {
    show_loaded(state, policy::switch(&mut LocalStore, slot, &now_iso()));
}

/// Opens what the policy loaded, as the tab's open workspace.
pub(super) fn show_loaded(state: AppState, loaded: conway_editor::persistence::Loaded) {
    state.doc.slot.set(loaded.slot.clone());
    state
        .doc
        .last_saved
        .set_value(format::write(&loaded.workspace));
    state.doc.revision.set(loaded.revision);
    state.doc.save_status.set(loaded.status);
    state.dialogs.notice.set(loaded.notice);
    state.session.selection.set(None);
    state.session.system.view.set(None);
    state.session.org.view.set(None);
    state.open(loaded.workspace);
    refresh_catalogue(state);
}

/// A new slot now holds a workspace (`Ok`), or the notice says why not.
fn stored(state: AppState, result: Result<String, Notice>) -> Option<String> {
    match result {
        Ok(slot) => {
            refresh_catalogue(state);
            Some(slot)
        }
        Err(notice) => {
            state.dialogs.notice.set(Some(notice));
            None
        }
    }
}

/// Creates `workspace` as a new entry in the list and opens it.
pub fn create_workspace(state: AppState, workspace: Workspace) -> bool {
    if !leave(state) {
        return false;
    }
    let slot = new_slot();
    let result = policy::store_new(&mut LocalStore, &slot, &workspace, &now_iso());
    match stored(state, result.map(|()| slot)) {
        Some(slot) => {
            switch_to(state, &slot);
            true
        }
        None => false,
    }
}

/// Copies a workspace under a new name ("… (copy)") into a new slot.
pub fn duplicate_workspace(state: AppState, slot: &str) -> Option<String> {
    let fresh = new_slot();
    let result = with_open(state, |open| {
        policy::duplicate(&mut LocalStore, open, slot, &fresh, &now_iso())
    });
    stored(state, result.map(|()| fresh))
}

/// Renames a workspace: the open one through an undoable command, any other
/// one directly in storage.
pub fn rename_workspace(state: AppState, slot: &str, name: &str) {
    let open = state.doc.slot.get_untracked();
    match policy::rename(&mut LocalStore, &open, slot, name, &now_iso()) {
        Rename::Open(name) => {
            let description = state
                .doc
                .workspace
                .with_untracked(|ws| ws.description.clone());
            state.dispatch(ModelCommand::UpdateWorkspace { name, description }.into());
        }
        Rename::Stored => refresh_catalogue(state),
        Rename::Refused(notice) => state.dialogs.notice.set(Some(notice)),
    }
}

/// Deletes a workspace (the caller has asked the user). Its last text stays
/// downloadable from the notice for the rest of this page's life. Deleting the
/// open workspace opens the most recent other one, or a new blank one.
pub fn delete_workspace(state: AppState, slot: &str) {
    let fresh = new_slot();
    let deleted = with_open(state, |open| {
        policy::delete(&mut LocalStore, open, slot, &fresh, &now_iso())
    });
    let notice = match deleted {
        Ok(Deleted { next, notice }) => {
            if let Some(next) = next {
                switch_to(state, &next);
            }
            notice
        }
        Err(notice) => notice,
    };
    // Also after a refusal: a blank workspace may have been stored to go to.
    refresh_catalogue(state);
    state.dialogs.notice.set(Some(notice));
}
