//! The workspace list: several workspaces in one store, each in its own slot
//! with a summary beside it. Creating, duplicating, renaming and deleting
//! happen here; a deletion keeps the deleted text downloadable and never
//! deletes data written by a newer Conway, which this one cannot show.

use super::{has_unsaved_changes, Notice, NoticeKind, Open};
use conway_format::LoadError;
use conway_model::Workspace;
use conway_storage::{StoreError, Summary, WorkspaceStore};

/// Every stored workspace, most recently saved first. The open one is listed
/// as it is now, even before its first save.
pub fn catalogue(
    store: &(impl WorkspaceStore + ?Sized),
    open_slot: &str,
    open: &Workspace,
) -> Vec<Summary> {
    listed(store.catalogue().unwrap_or_default(), open_slot, open)
}

/// The workspace list: `stored` (as last read from the store, most recently
/// saved first) with the open workspace as it is now, even before its first save.
pub fn listed(stored: Vec<Summary>, open_slot: &str, open: &Workspace) -> Vec<Summary> {
    let mut list = stored;
    if let Some(entry) = list.iter_mut().find(|s| s.slot == open_slot) {
        // (When saving is paused the slot holds other data, which deleting refuses to touch.)
        entry.name.clone_from(&open.name);
        entry.elements = open.elements.len();
    } else {
        let summary = Summary {
            slot: open_slot.to_string(),
            name: open.name.clone(),
            saved_at: String::new(),
            elements: open.elements.len(),
        };
        list.insert(0, summary);
    }
    list
}

/// Stores `workspace` in the empty slot `slot`, with its summary. On failure
/// nothing is left behind and the notice says why.
pub fn store_new(
    store: &mut (impl WorkspaceStore + ?Sized),
    slot: &str,
    workspace: &Workspace,
    now: &str,
) -> Result<(), Notice> {
    let text = conway_format::write(workspace);
    let stored = store.write(slot, &text, 0).and_then(|_| {
        store.write_summary(&Summary {
            slot: slot.to_string(),
            name: workspace.name.clone(),
            saved_at: now.to_string(),
            elements: workspace.elements.len(),
        })
    });
    stored.map_err(|error| {
        store.delete(slot).ok();
        Notice::error("Could not create the workspace", error.to_string())
    })
}

/// The workspace stored in `slot`, or why it cannot be had.
pub fn stored_workspace(
    store: &(impl WorkspaceStore + ?Sized),
    slot: &str,
) -> Result<Workspace, String> {
    match store.read(slot) {
        Ok(Some(record)) => conway_format::read(&record.text).map_err(|e| e.to_string()),
        Ok(None) => Err("it is no longer in browser storage".into()),
        Err(error) => Err(error.to_string()),
    }
}

fn limited(name: &str) -> String {
    name.trim().chars().take(conway_model::MAX_NAME).collect()
}

/// Copies the workspace in `slot` (the open one as shown) under a new name
/// ("… (copy)") into the empty slot `fresh_slot`.
pub fn duplicate(
    store: &mut (impl WorkspaceStore + ?Sized),
    open: &Open,
    slot: &str,
    fresh_slot: &str,
    now: &str,
) -> Result<(), Notice> {
    let found = if slot == open.slot {
        Ok(open.workspace.clone())
    } else {
        stored_workspace(store, slot)
    };
    let mut workspace =
        found.map_err(|why| Notice::error("Could not duplicate the workspace", why))?;
    workspace.name = limited(&format!("{} (copy)", workspace.name));
    store_new(store, fresh_slot, &workspace, now)
}

/// What renaming a workspace comes to.
#[derive(Debug, PartialEq)]
pub enum Rename {
    /// The open workspace: renamed by an undoable command with this name.
    Open(String),
    /// Another workspace, renamed in storage.
    Stored,
    Refused(Notice),
}

/// Renames the workspace in `slot`: the open one is left to an undoable
/// command, any other one is rewritten in storage over its revision.
pub fn rename(
    store: &mut (impl WorkspaceStore + ?Sized),
    open_slot: &str,
    slot: &str,
    name: &str,
    now: &str,
) -> Rename {
    let name = limited(name);
    if name.is_empty() {
        return Rename::Refused(Notice::error("Not renamed", "A workspace needs a name."));
    }
    if slot == open_slot {
        return Rename::Open(name);
    }
    let renamed = store
        .read(slot)
        .map_err(|e| e.to_string())
        .and_then(|record| record.ok_or_else(|| "it is no longer in browser storage".into()))
        .and_then(|record| {
            let mut workspace = conway_format::read(&record.text).map_err(|e| e.to_string())?;
            workspace.name = name.clone();
            store
                .write(slot, &conway_format::write(&workspace), record.revision)
                .and_then(|_| {
                    store.write_summary(&Summary {
                        slot: slot.to_string(),
                        name: name.clone(),
                        saved_at: now.to_string(),
                        elements: workspace.elements.len(),
                    })
                })
                .map_err(|e| e.to_string())
        });
    match renamed {
        Ok(()) => Rename::Stored,
        Err(why) => Rename::Refused(Notice::error("Could not rename the workspace", why)),
    }
}

/// A workspace deleted.
#[derive(Debug, PartialEq)]
pub struct Deleted {
    /// The slot to open instead, when the open workspace was deleted.
    pub next: Option<String>,
    /// Says so, and offers the deleted text for download.
    pub notice: Notice,
}

/// Deletes the workspace in `slot` (the user confirmed it). Deleting the open
/// workspace moves to the most recent other one, or to a new blank one
/// stored in `fresh_slot`. The deleted text stays downloadable from the notice.
pub fn delete(
    store: &mut (impl WorkspaceStore + ?Sized),
    open: &Open,
    slot: &str,
    fresh_slot: &str,
    now: &str,
) -> Result<Deleted, Notice> {
    let kept = text_to_keep(store, open, slot);
    let parsed = kept.as_deref().map(conway_format::read);
    if let Some(Err(LoadError::NewerVersion { found })) = &parsed {
        return Err(Notice::error(
            "Not deleted",
            format!("This workspace was saved by a newer Conway (file version {found}). Reload the page to update Conway, then delete it if you still want to."),
        ));
    }
    let (name, file_name) = match &parsed {
        Some(Ok(ws)) => (ws.name.clone(), conway_format::file_name(ws)),
        _ => (
            "Untitled workspace".to_string(),
            "deleted-workspace.txt".to_string(),
        ),
    };
    // Where to go next is settled before anything is deleted.
    let next = if slot == open.slot {
        Some(next_after(store, slot, fresh_slot, now)?)
    } else {
        None
    };
    store
        .delete(slot)
        .map_err(|error| Notice::error("Could not delete the workspace", error.to_string()))?;
    let notice = Notice {
        kind: NoticeKind::Info,
        title: format!("Deleted \"{name}\""),
        detail:
            "It is gone from browser storage. Until you close this page you can still download it."
                .into(),
        download: kept.map(|text| (text, file_name)),
    };
    Ok(Deleted { next, notice })
}

/// The most recent other workspace, or a new blank one.
fn next_after(
    store: &mut (impl WorkspaceStore + ?Sized),
    slot: &str,
    fresh_slot: &str,
    now: &str,
) -> Result<String, Notice> {
    let other = store
        .catalogue()
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.slot)
        .find(|s| s != slot);
    match other {
        Some(other) => Ok(other),
        None => {
            let blank = conway_model::sample::blank_workspace("Untitled workspace");
            store_new(store, fresh_slot, &blank, now)?;
            Ok(fresh_slot.to_string())
        }
    }
}

/// The text a deletion must keep downloadable: what this tab shows if it
/// has changes the store lacks, otherwise exactly what is stored (even if this
/// Conway cannot read it). `None` if there is nothing at all.
fn text_to_keep(store: &(impl WorkspaceStore + ?Sized), open: &Open, slot: &str) -> Option<String> {
    let shown = slot == open.slot && !open.status.is_paused();
    if shown && has_unsaved_changes(open) {
        return Some(conway_format::write(open.workspace));
    }
    match store.read(slot) {
        Ok(Some(record)) => Some(record.text),
        Err(StoreError::Corrupt(raw)) => Some(raw),
        _ if shown => Some(conway_format::write(open.workspace)),
        _ => None,
    }
}
