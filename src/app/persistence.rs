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
    let last_saved = StoredValue::new(state.workspace.with_untracked(format::write));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        save_now(state, last_saved);
    };
    Effect::new(move |_| {
        state.workspace.track();
        if matches!(state.save_status.get_untracked(), SaveStatus::Paused(_)) {
            return;
        }
        let unchanged = state
            .workspace
            .with_untracked(|ws| last_saved.with_value(|text| *text == format::write(ws)));
        if unchanged {
            return;
        }
        state.save_status.set(SaveStatus::Saving);
        if let Some(old) = pending.try_update_value(Option::take).flatten() {
            old.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                pending.set_value(None);
                save_now(state, last_saved)
            },
            SAVE_DELAY,
        )
        .ok();
        pending.set_value(handle);
    });
    let flush = window_event_listener(leptos::ev::pagehide, move |_| save());
    let follow = window_event_listener(leptos::ev::storage, move |event| {
        if event
            .key()
            .is_some_and(|k| k == format!("{KEY_PREFIX}workspace/{SLOT}"))
        {
            follow_other_tab(state, last_saved);
        }
    });
    on_cleanup(move || {
        flush.remove();
        follow.remove();
    });
}

fn save_now(state: AppState, last_saved: StoredValue<String>) {
    if matches!(state.save_status.get_untracked(), SaveStatus::Paused(_)) {
        return;
    }
    let text = state.workspace.with_untracked(format::write);
    match LocalStore.write(SLOT, &text, state.revision.get_untracked()) {
        Ok(revision) => {
            state.revision.set(revision);
            last_saved.set_value(text);
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

/// Another tab saved: take its copy if nothing here is unsaved, otherwise ask.
fn follow_other_tab(state: AppState, last_saved: StoredValue<String>) {
    let Ok(Some(record)) = LocalStore.read(SLOT) else {
        return;
    };
    if record.revision <= state.revision.get_untracked() {
        return;
    }
    if state.save_status.get_untracked() == SaveStatus::Saving {
        conflict(state);
        return;
    }
    if let Ok(workspace) = format::read(&record.text) {
        last_saved.set_value(record.text);
        state.revision.set(record.revision);
        state.open(workspace);
    }
}

/// Resolves a conflict by loading the other tab's copy.
pub fn load_theirs(state: AppState) {
    if let Ok(Some(record)) = LocalStore.read(SLOT) {
        if let Ok(workspace) = format::read(&record.text) {
            state.revision.set(record.revision);
            state.save_status.set(SaveStatus::Saved);
            state.open(workspace);
        }
    }
    state.notice.set(None);
}

/// Resolves a conflict by saving this tab's copy over the other.
pub fn keep_mine(state: AppState) {
    if let Ok(Some(record)) = LocalStore.read(SLOT) {
        state.revision.set(record.revision);
    }
    let text = state.workspace.with_untracked(format::write);
    match LocalStore.write(SLOT, &text, state.revision.get_untracked()) {
        Ok(revision) => {
            state.revision.set(revision);
            state.save_status.set(SaveStatus::Saved);
        }
        Err(error) => state.save_status.set(SaveStatus::Failed(error.to_string())),
    }
    state.notice.set(None);
}
