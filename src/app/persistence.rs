//! Autosave and reload through the workspace store. Nothing here ever
//! overwrites a stored copy it could not read: damaged data is set aside and
//! offered for download, data from a newer Conway pauses saving.

use std::time::Duration;

use leptos::prelude::*;

use super::{AppState, Notice, NoticeKind, SaveStatus};
use crate::format::{self, LoadError};
use crate::model::Workspace;
use crate::sample::sample_workspace;
use crate::storage::{LocalStore, StoreError, WorkspaceStore, KEY_PREFIX};

/// The slot of the open workspace (several workspaces come with the workspace list).
const SLOT: &str = "current";
/// Quiet time after the last change before saving.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// What the app opens with, and what to tell the user about it.
pub struct Initial {
    pub workspace: Workspace,
    pub revision: u64,
    pub status: SaveStatus,
    pub notice: Option<Notice>,
}

/// Reads the stored workspace, or the sample on a first visit.
pub fn initial_workspace() -> Initial {
    let fresh = |status, notice| Initial {
        workspace: sample_workspace(),
        revision: 0,
        status,
        notice,
    };
    match LocalStore.read(SLOT) {
        Ok(None) => fresh(SaveStatus::Saved, None),
        Ok(Some(record)) => match format::read(&record.text) {
            Ok(workspace) => Initial {
                workspace,
                revision: record.revision,
                status: SaveStatus::Saved,
                notice: None,
            },
            Err(LoadError::NewerVersion { found }) => {
                let why = format!("The saved workspace was written by a newer Conway (file version {found}). Reload the page to update Conway; until then nothing is saved here, so the newer data stays intact.");
                let notice = Notice {
                    kind: NoticeKind::Error,
                    title: "Saved workspace needs a newer Conway".into(),
                    detail: why.clone(),
                    download: Some((record.text, "saved-workspace.conway.json".into())),
                };
                Initial {
                    revision: record.revision,
                    ..fresh(SaveStatus::Paused(why), Some(notice))
                }
            }
            Err(error) => set_aside(&record.text, &error.to_string()),
        },
        Err(StoreError::Corrupt(raw)) => set_aside(&raw, "the stored record is damaged"),
        Err(error) => fresh(SaveStatus::Failed(error.to_string()), None),
    }
}

/// Keeps unreadable stored data under a new key, then starts from the sample.
fn set_aside(raw: &str, why: &str) -> Initial {
    let stamp = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let mut store = LocalStore;
    let kept = store
        .set_aside(SLOT, raw, &stamp)
        .and_then(|key| store.clear(SLOT).map(|_| key));
    let (status, detail) = match kept {
        Ok(key) => (SaveStatus::Saved, format!("Conway could not read the saved workspace ({why}). The damaged copy is kept in browser storage under \"{key}\"; download it below. The sample workspace is open instead.")),
        Err(e) => (SaveStatus::Paused(e.to_string()), format!("Conway could not read the saved workspace ({why}) and could not set it aside ({e}), so saving is paused to keep it intact. Download it below.")),
    };
    let notice = Notice {
        kind: NoticeKind::Error,
        title: "Saved workspace could not be opened".into(),
        detail,
        download: Some((raw.to_string(), "damaged-workspace.txt".into())),
    };
    Initial {
        workspace: sample_workspace(),
        revision: 0,
        status,
        notice: Some(notice),
    }
}

/// Saves (debounced) whenever the workspace changes, flushes when the page is
/// hidden, and follows saves made by other tabs.
pub fn start_autosave(state: AppState) {
    state
        .last_saved
        .set_value(state.workspace.with_untracked(format::write));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let flush = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        save_now(state);
    };
    Effect::new(move |_| {
        state.workspace.track();
        if matches!(state.save_status.get_untracked(), SaveStatus::Paused(_))
            || !has_unsaved_changes(state)
        {
            return;
        }
        state.save_status.set(SaveStatus::Saving);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save_now(state)
            },
            SAVE_DELAY,
        )
        .ok();
        pending.set_value(handle);
    });
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            flush();
        }
    });
    let follow = window_event_listener(leptos::ev::storage, move |event| {
        if event
            .key()
            .is_some_and(|k| k == format!("{KEY_PREFIX}workspace/{SLOT}"))
        {
            follow_other_tab(state);
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
        follow.remove();
    });
}

/// Whether the open workspace differs from what this tab last saved or loaded.
fn has_unsaved_changes(state: AppState) -> bool {
    state.workspace.with_untracked(|ws| {
        state
            .last_saved
            .with_value(|text| *text != format::write(ws))
    })
}

fn save_now(state: AppState) {
    if matches!(state.save_status.get_untracked(), SaveStatus::Paused(_))
        || !has_unsaved_changes(state)
    {
        if state.save_status.get_untracked() == SaveStatus::Saving {
            state.save_status.set(SaveStatus::Saved);
        }
        return;
    }
    let text = state.workspace.with_untracked(format::write);
    match LocalStore.write(SLOT, &text, state.revision.get_untracked()) {
        Ok(revision) => {
            state.revision.set(revision);
            state.last_saved.set_value(text);
            state.save_status.set(SaveStatus::Saved);
        }
        Err(StoreError::Conflict { .. }) => conflict(state),
        Err(error) => state.save_status.set(SaveStatus::Failed(error.to_string())),
    }
}

fn conflict(state: AppState) {
    state.save_status.set(SaveStatus::Failed(
        StoreError::Conflict {
            stored: 0,
            expected: 0,
        }
        .to_string(),
    ));
    state.notice.set(Some(Notice {
        kind: NoticeKind::Conflict,
        title: "Changed in another tab".into(),
        detail: "This workspace was saved from another tab while you had unsaved changes here. Choose which copy to keep.".into(),
        download: None,
    }));
}

/// Pauses saving because storage holds a workspace from a newer Conway.
fn pause_for_newer(state: AppState, found: u64) {
    let why = format!("Another tab saved this workspace with a newer Conway (file version {found}). Reload the page to update; until then nothing is saved here, so the newer data stays intact. Export keeps a copy of what you see.");
    state.save_status.set(SaveStatus::Paused(why.clone()));
    state.notice.set(Some(Notice {
        kind: NoticeKind::Error,
        title: "Saved by a newer Conway".into(),
        detail: why,
        download: None,
    }));
}

/// Another tab saved: take its copy only if nothing here is unsaved; otherwise ask.
fn follow_other_tab(state: AppState) {
    let Ok(Some(record)) = LocalStore.read(SLOT) else {
        return;
    };
    if record.revision == state.revision.get_untracked() {
        return;
    }
    match format::read(&record.text) {
        Err(LoadError::NewerVersion { found }) => pause_for_newer(state, found),
        // Unreadable data from elsewhere is left alone; our next save reports the conflict.
        Err(_) => {}
        Ok(_)
            if has_unsaved_changes(state)
                || matches!(state.save_status.get_untracked(), SaveStatus::Paused(_)) =>
        {
            conflict(state)
        }
        Ok(workspace) => {
            state.last_saved.set_value(record.text);
            state.revision.set(record.revision);
            state.open(workspace);
        }
    }
}

/// Resolves a conflict by loading the other tab's copy (this tab's changes are dropped).
pub fn load_theirs(state: AppState) {
    match LocalStore
        .read(SLOT)
        .map(|r| r.map(|record| (format::read(&record.text), record)))
    {
        Ok(Some((Ok(workspace), record))) => {
            state.last_saved.set_value(record.text);
            state.revision.set(record.revision);
            state.save_status.set(SaveStatus::Saved);
            state.open(workspace);
            state.notice.set(None);
        }
        Ok(Some((Err(LoadError::NewerVersion { found }), _))) => pause_for_newer(state, found),
        _ => state.show_error(
            "Could not load the other tab's copy",
            "It cannot be read any more; your copy stays open. Export it to keep it.",
        ),
    }
}

/// Resolves a conflict by saving this tab's copy over the other, which is set
/// aside first so it can still be recovered.
pub fn keep_mine(state: AppState) {
    let stored = match LocalStore.read(SLOT) {
        Ok(stored) => stored,
        Err(error) => {
            state.show_error("Could not save", error.to_string());
            return;
        }
    };
    if let Some(record) = &stored {
        if let Err(LoadError::NewerVersion { found }) = format::read(&record.text) {
            pause_for_newer(state, found);
            return;
        }
        let stamp = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        if let Err(error) = LocalStore.set_aside(SLOT, &record.text, &stamp) {
            state.show_error(
                "Could not keep the other tab's copy aside, so nothing was overwritten",
                error.to_string(),
            );
            return;
        }
        state.revision.set(record.revision);
    }
    state.notice.set(None);
    save_now(state);
}
