//! The workspace list: several workspaces in browser storage, each in its own
//! slot and autosaved on its own. Switching saves the open one first and never
//! drops changes that could not be saved.

use leptos::prelude::*;

use super::persistence::{has_unsaved_changes, load_slot, new_slot, now_iso, save_before_leaving};
use super::LocalStore;
use super::{AppState, Notice, NoticeKind, SaveStatus};
use conway_edit::Command;
use conway_format as format;
use conway_format::LoadError;
use conway_model::{Workspace, MAX_NAME};
use conway_storage::{StoreError, Summary, WorkspaceStore};

/// Every stored workspace, most recently saved first. The open one is listed
/// even before its first save.
pub fn catalogue(state: AppState) -> Vec<Summary> {
    let mut list = LocalStore.catalogue().unwrap_or_default();
    let open = state.slot.get_untracked();
    if let Some(entry) = list.iter_mut().find(|s| s.slot == open) {
        // The open one as it is now, not as last saved. (When saving is paused
        // the slot holds other data, which deleting refuses to touch.)
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
    // A conflict notice already offers the way out (keep mine, load theirs).
    if state
        .notice
        .with_untracked(|n| n.as_ref().is_some_and(|n| n.kind == NoticeKind::Conflict))
    {
        return;
    }
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

/// The text a deletion must keep downloadable: what this tab shows if it
/// has changes the store lacks, otherwise exactly what is stored (even if this
/// Conway cannot read it). `None` if there is nothing at all.
fn text_to_keep(state: AppState, slot: &str) -> Option<String> {
    let open = slot == state.slot.get_untracked();
    let paused = matches!(state.save_status.get_untracked(), SaveStatus::Paused(_));
    if open && !paused && has_unsaved_changes(state) {
        return Some(state.workspace.with_untracked(format::write));
    }
    match LocalStore.read(slot) {
        Ok(Some(record)) => Some(record.text),
        Err(StoreError::Corrupt(raw)) => Some(raw),
        _ if open && !paused => Some(state.workspace.with_untracked(format::write)),
        _ => None,
    }
}

/// Deletes a workspace (the caller has asked the user). Its last text stays
/// downloadable from the notice for the rest of this page's life. Deleting the
/// open workspace opens the most recent other one, or a new blank one. Data
/// written by a newer Conway is not deleted: this one cannot show what it holds.
pub fn delete_workspace(state: AppState, slot: &str) {
    let kept = text_to_keep(state, slot);
    let parsed = kept.as_deref().map(format::read);
    if let Some(Err(LoadError::NewerVersion { found })) = &parsed {
        state.show_error(
            "Not deleted",
            format!("This workspace was saved by a newer Conway (file version {found}). Reload the page to update Conway, then delete it if you still want to."),
        );
        return;
    }
    let (name, file_name) = match &parsed {
        Some(Ok(ws)) => (ws.name.clone(), format::file_name(ws)),
        _ => (
            "Untitled workspace".to_string(),
            "deleted-workspace.txt".to_string(),
        ),
    };
    // Where to go next is settled before anything is deleted.
    let next = if slot == state.slot.get_untracked() {
        let other = LocalStore
            .catalogue()
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.slot)
            .find(|s| s != slot);
        match other.or_else(|| {
            store_new(
                state,
                &conway_model::sample::blank_workspace("Untitled workspace"),
            )
        }) {
            Some(next) => Some(next),
            None => return,
        }
    } else {
        None
    };
    if let Err(error) = LocalStore.delete(slot) {
        state.show_error("Could not delete the workspace", error.to_string());
        return;
    }
    if let Some(next) = next {
        switch_to(state, &next);
    }
    state.catalogue_changed.update(|n| *n += 1);
    state.notice.set(Some(Notice {
        kind: NoticeKind::Info,
        title: format!("Deleted \"{name}\""),
        detail:
            "It is gone from browser storage. Until you close this page you can still download it."
                .into(),
        download: kept.map(|text| (text, file_name)),
    }));
}
