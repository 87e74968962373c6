//! Another tab saved the open workspace: its copy is taken only if nothing
//! here is unsaved; otherwise the user chooses (load theirs, keep mine), and
//! keeping mine sets theirs aside first so it can still be recovered.

use super::{save, Notice, Open, Outcome};
use conway_format::LoadError;
use conway_storage::WorkspaceStore;

/// What this tab does when another tab changed the stored value under `key`.
pub fn other_tab_changed(
    store: &(impl WorkspaceStore + ?Sized),
    open: &Open,
    key: &str,
) -> Outcome {
    let followed = if key == conway_storage::slot_key(open.slot) {
        follow(store, open)
    } else {
        Outcome::default()
    };
    let listed = key.starts_with(&conway_storage::summary_key(""))
        || key.starts_with(&conway_storage::slot_key(""));
    Outcome {
        catalogue_changed: followed.catalogue_changed || listed,
        ..followed
    }
}

fn follow(store: &(impl WorkspaceStore + ?Sized), open: &Open) -> Outcome {
    let Ok(Some(record)) = store.read(open.slot) else {
        return Outcome::default();
    };
    if record.revision == open.revision {
        return Outcome::default();
    }
    match conway_format::read(&record.text) {
        Err(LoadError::NewerVersion { found }) => Outcome::paused_for_newer(found),
        // Unreadable data from elsewhere is left alone; our next save reports the conflict.
        Err(_) => Outcome::default(),
        Ok(_) if super::has_unsaved_changes(open) || open.status.is_paused() => Outcome::conflict(),
        Ok(workspace) => Outcome {
            revision: Some(record.revision),
            saved_text: Some(record.text),
            open: Some(workspace),
            ..Outcome::default()
        },
    }
}

/// Resolves a conflict by loading the other tab's copy (this tab's changes are dropped).
pub fn load_theirs(store: &(impl WorkspaceStore + ?Sized), slot: &str) -> Outcome {
    match store
        .read(slot)
        .map(|r| r.map(|record| (conway_format::read(&record.text), record)))
    {
        Ok(Some((Ok(workspace), record))) => Outcome {
            status: Some(super::SaveStatus::Saved),
            notice: Some(None),
            revision: Some(record.revision),
            saved_text: Some(record.text),
            open: Some(workspace),
            catalogue_changed: false,
        },
        Ok(Some((Err(LoadError::NewerVersion { found }), _))) => Outcome::paused_for_newer(found),
        _ => Outcome::notice(Notice::error(
            "Could not load the other tab's copy",
            "It cannot be read any more; your copy stays open. Export it to keep it.",
        )),
    }
}

/// Resolves a conflict by saving this tab's copy over the other, which is set
/// aside first (stamped `now`) so it can still be recovered.
pub fn keep_mine(store: &mut (impl WorkspaceStore + ?Sized), open: &Open, now: &str) -> Outcome {
    let stored = match store.read(open.slot) {
        Ok(stored) => stored,
        Err(error) => return Outcome::notice(Notice::error("Could not save", error.to_string())),
    };
    let revision = match &stored {
        Some(record) => {
            if let Err(LoadError::NewerVersion { found }) = conway_format::read(&record.text) {
                return Outcome::paused_for_newer(found);
            }
            if let Err(error) = store.set_aside(open.slot, &record.text, now) {
                return Outcome::notice(Notice::error(
                    "Could not keep the other tab's copy aside, so nothing was overwritten",
                    error.to_string(),
                ));
            }
            record.revision
        }
        // Another tab deleted it: saving here puts it back.
        None => 0,
    };
    let mut saved = save(store, &Open { revision, ..*open }, now);
    // Mine now goes over their revision, and the conflict notice goes unless
    // saving brought a new one.
    saved.revision.get_or_insert(revision);
    saved.notice.get_or_insert(None);
    saved
}
