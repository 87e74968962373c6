//! The workspace list: several workspaces in browser storage, each in its own
//! slot and autosaved on its own. Switching saves the open one first and never
//! drops changes that could not be saved.

use leptos::prelude::*;

use super::persistence::{load_slot, new_slot, now_iso, save_before_leaving};
use super::{AppState, Notice, NoticeKind};
use crate::edit::Command;
use crate::format;
use crate::model::{Workspace, MAX_NAME};
use crate::storage::{LocalStore, Summary, WorkspaceStore};

/// Every stored workspace, most recently saved first. The open one is listed
/// even before its first save.
pub fn catalogue(state: AppState) -> Vec<Summary> {
    let mut list = LocalStore.catalogue().unwrap_or_default();
    let open = state.slot.get_untracked();
    if let Some(entry) = list.iter_mut().find(|s| s.slot == open) {
        // The open one as it is now, not as last saved.
        state.workspace.with_untracked(|ws| {
            entry.name.clone_from(&ws.name);
            entry.elements = ws.elements.len();
        });
    } else {
        let summary = state.workspace.with_untracked(|ws| Summary {
            slot: open,
            name: ws.name.clone(),
            saved_at: String::new(),
            elements: ws.elements.len(),
        });
        list.insert(0, summary);
    }
    list
}

/// Opens the workspace in `slot` after saving the open one. Refuses (and says
/// why) when the open workspace has changes that cannot be saved.
pub fn open_workspace(state: AppState, slot: &str) -> bool {
    if slot == state.slot.get_untracked() {
        return true;
    }
    if !save_before_leaving(state) {
        refuse_to_leave(state);
        return false;
    }
    switch_to(state, slot);
    true
}

fn refuse_to_leave(state: AppState) {
    state.show_error(
        "The open workspace could not be saved",
        "Opening another workspace now would lose it or its latest changes. Export it first, or free browser storage, then try again.",
    );
}

/// Makes `slot` the open workspace without saving the current one.
fn switch_to(state: AppState, slot: &str) {
    let loaded = load_slot(slot);
    state.slot.set(loaded.slot.clone());
    state.last_saved.set_value(format::write(&loaded.workspace));
    state.revision.set(loaded.revision);
    state.save_status.set(loaded.status);
    state.notice.set(loaded.notice);
    state.selection.set(None);
    state.system_view.set(None);
    state.org_view.set(None);
    state.open(loaded.workspace);
    let _ = LocalStore.set_last_open(slot);
    state.catalogue_changed.update(|n| *n += 1);
}

/// Stores `workspace` in a new slot and returns the slot.
fn store_new(state: AppState, workspace: &Workspace) -> Option<String> {
    let slot = new_slot();
    let text = format::write(workspace);
    let stored = LocalStore.write(&slot, &text, 0).and_then(|_| {
        LocalStore.write_summary(&Summary {
            slot: slot.clone(),
            name: workspace.name.clone(),
            saved_at: now_iso(),
            elements: workspace.elements.len(),
        })
    });
    match stored {
        Ok(()) => {
            state.catalogue_changed.update(|n| *n += 1);
            Some(slot)
        }
        Err(error) => {
            LocalStore.delete(&slot).ok();
            state.show_error("Could not create the workspace", error.to_string());
            None
        }
    }
}

/// Creates `workspace` as a new entry in the list and opens it.
pub fn create_workspace(state: AppState, workspace: Workspace) -> bool {
    if !save_before_leaving(state) {
        refuse_to_leave(state);
        return false;
    }
    match store_new(state, &workspace) {
        Some(slot) => {
            switch_to(state, &slot);
            true
        }
        None => false,
    }
}

/// The workspace in `slot` as it is now (the open one from memory).
fn workspace_in(state: AppState, slot: &str) -> Result<Workspace, String> {
    if slot == state.slot.get_untracked() {
        return Ok(state.workspace.get_untracked());
    }
    match LocalStore.read(slot) {
        Ok(Some(record)) => format::read(&record.text).map_err(|e| e.to_string()),
        Ok(None) => Err("it is no longer in browser storage".into()),
        Err(error) => Err(error.to_string()),
    }
}

fn limited(name: &str) -> String {
    name.trim().chars().take(MAX_NAME).collect()
}

/// Copies a workspace under a new name ("… (copy)") into a new slot.
pub fn duplicate_workspace(state: AppState, slot: &str) -> Option<String> {
    match workspace_in(state, slot) {
        Ok(mut workspace) => {
            workspace.name = limited(&format!("{} (copy)", workspace.name));
            store_new(state, &workspace)
        }
        Err(why) => {
            state.show_error("Could not duplicate the workspace", why);
            None
        }
    }
}

/// Renames a workspace: the open one through an undoable command, any other
/// one directly in storage.
pub fn rename_workspace(state: AppState, slot: &str, name: &str) {
    let name = limited(name);
    if name.is_empty() {
        state.show_error("Not renamed", "A workspace needs a name.");
        return;
    }
    if slot == state.slot.get_untracked() {
        let description = state.workspace.with_untracked(|ws| ws.description.clone());
        state.dispatch(Command::UpdateWorkspace { name, description });
        return;
    }
    let renamed = LocalStore
        .read(slot)
        .map_err(|e| e.to_string())
        .and_then(|record| record.ok_or_else(|| "it is no longer in browser storage".into()))
        .and_then(|record| {
            let mut workspace = format::read(&record.text).map_err(|e| e.to_string())?;
            workspace.name = name.clone();
            let mut store = LocalStore;
            store
                .write(slot, &format::write(&workspace), record.revision)
                .and_then(|_| {
                    store.write_summary(&Summary {
                        slot: slot.to_string(),
                        name: name.clone(),
                        saved_at: now_iso(),
                        elements: workspace.elements.len(),
                    })
                })
                .map_err(|e| e.to_string())
        });
    match renamed {
        Ok(()) => state.catalogue_changed.update(|n| *n += 1),
        Err(why) => state.show_error("Could not rename the workspace", why),
    }
}

/// Deletes a workspace (the caller has asked the user). Its last text stays
/// downloadable from the notice for the rest of this page's life. Deleting the
/// open workspace opens the most recent other one, or a new blank one.
pub fn delete_workspace(state: AppState, slot: &str) {
    let Ok(workspace) = workspace_in(state, slot) else {
        LocalStore.delete(slot).ok();
        state.catalogue_changed.update(|n| *n += 1);
        return;
    };
    if let Err(error) = LocalStore.delete(slot) {
        state.show_error("Could not delete the workspace", error.to_string());
        return;
    }
    if slot == state.slot.get_untracked() {
        let next = LocalStore
            .catalogue()
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.slot)
            .find(|s| s != slot);
        match next {
            Some(next) => switch_to(state, &next),
            None => match store_new(state, &crate::sample::blank_workspace("Untitled workspace")) {
                Some(fresh) => switch_to(state, &fresh),
                None => return,
            },
        }
    }
    state.catalogue_changed.update(|n| *n += 1);
    state.notice.set(Some(Notice {
        kind: NoticeKind::Info,
        title: format!("Deleted \"{}\"", workspace.name),
        detail:
            "It is gone from browser storage. Until you close this page you can still download it."
                .into(),
        download: Some((format::write(&workspace), format::file_name(&workspace))),
    }));
}
