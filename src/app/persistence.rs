//! Autosave and reload through the workspace store. Nothing here ever
//! overwrites a stored copy it could not read: damaged data is set aside and
//! offered for download, data from a newer Conway pauses saving.

use std::time::Duration;

use leptos::prelude::*;

use super::LocalStore;
use super::{AppState, Notice, NoticeKind, SaveStatus};
use conway_format as format;
use conway_format::LoadError;
use conway_model::sample::sample_workspace;
use conway_model::Workspace;
use conway_storage as storage;
use conway_storage::{StoreError, Summary, WorkspaceStore};

/// Quiet time after the last change before saving.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// What the app opens with, and what to tell the user about it.
pub struct Initial {
    /// The storage slot the workspace lives in.
    pub slot: String,
    pub workspace: Workspace,
    pub revision: u64,
    pub status: SaveStatus,
    pub notice: Option<Notice>,
}

/// Opens the workspace open last time, else the most recently saved one,
/// else (first visit) the sample in a new slot.
pub fn initial_workspace() -> Initial {
    let stored: Vec<String> = LocalStore
        .catalogue()
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.slot)
        .collect();
    // The last one open, even if never saved: a second tab of a first visit
    // then works on the same workspace as the first.
    let last = LocalStore
        .last_open()
        .filter(|slot| storage::valid_slot(slot) && (stored.contains(slot) || stored.is_empty()));
    let slot = last
        .or_else(|| stored.first().cloned())
        .unwrap_or_else(new_slot);
    let _ = LocalStore.set_last_open(&slot);
    load_slot(&slot)
}

/// A slot name no other workspace uses: the time and a random part.
pub fn new_slot() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    format!("w{}{}", base36(now), base36(random))
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Reads the workspace in `slot`, or the sample when the slot is empty.
pub fn load_slot(slot: &str) -> Initial {
    let fresh = |status, notice| Initial {
        slot: slot.to_string(),
        workspace: sample_workspace(),
        revision: 0,
        status,
        notice,
    };
    match LocalStore.read(slot) {
        Ok(None) => fresh(SaveStatus::Saved, None),
        Ok(Some(record)) => match format::read(&record.text) {
            Ok(workspace) => Initial {
                slot: slot.to_string(),
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
            Err(error) => set_aside(slot, &record.text, &error.to_string()),
        },
        Err(StoreError::Corrupt(raw)) => set_aside(slot, &raw, "the stored record is damaged"),
        Err(error) => fresh(SaveStatus::Failed(error.to_string()), None),
    }
}

/// Keeps unreadable stored data under a new key, then starts from the sample.
fn set_aside(slot: &str, raw: &str, why: &str) -> Initial {
    let mut store = LocalStore;
    let kept = store
        .set_aside(slot, raw, &now_iso())
        .and_then(|key| store.clear(slot).map(|_| key));
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
        slot: slot.to_string(),
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
        // Opening a workspace is not a change to save. Whether an edit really
        // changed anything is checked when the save runs, not on every change
        // (that would serialise the whole workspace per pointer move).
        let loaded = state.just_loaded.try_update_value(std::mem::take) == Some(true);
        if loaded || matches!(state.save_status.get_untracked(), SaveStatus::Paused(_)) {
            return;
        }
        if state.save_status.get_untracked() != SaveStatus::Saving {
            state.save_status.set(SaveStatus::Saving);
        }
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
        let Some(key) = event.key() else { return };
        if key == storage::slot_key(&state.slot.get_untracked()) {
            follow_other_tab(state);
        }
        if key.starts_with(&storage::summary_key("")) || key.starts_with(&storage::slot_key("")) {
            state.catalogue_changed.update(|n| *n += 1);
        }
    });
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
        follow.remove();
    });
}

/// Whether the open workspace differs from what this tab last saved or loaded.
pub(super) fn has_unsaved_changes(state: AppState) -> bool {
    state.workspace.with_untracked(|ws| {
        state
            .last_saved
            .with_value(|text| *text != format::write(ws))
    })
}

/// Saves if anything changed. Timed as a whole (the check for changes, the
/// serialising and the store), as `make bench` reads it.
fn save_now(state: AppState) {
    super::timing::measured("conway:autosave", || {
        // Serialised once: compared with the last save, and stored if different.
        let paused = matches!(state.save_status.get_untracked(), SaveStatus::Paused(_));
        let text = (!paused).then(|| state.workspace.with_untracked(format::write));
        match text {
            Some(text) if state.last_saved.with_value(|saved| *saved != text) => {
                write_text(state, text)
            }
            _ => {
                if state.save_status.get_untracked() == SaveStatus::Saving {
                    state.save_status.set(SaveStatus::Saved);
                }
            }
        }
    });
}

/// Saves the open workspace before another one is opened, including one never
/// saved (the sample of a first visit), so it stays in the list. Returns
/// whether everything shown is now in storage.
pub(super) fn save_before_leaving(state: AppState) -> bool {
    if matches!(state.save_status.get_untracked(), SaveStatus::Paused(_)) {
        return !has_unsaved_changes(state);
    }
    if has_unsaved_changes(state) || state.revision.get_untracked() == 0 {
        write_now(state);
    }
    !has_unsaved_changes(state) && state.revision.get_untracked() > 0
}

fn write_now(state: AppState) {
    let text = state.workspace.with_untracked(format::write);
    write_text(state, text);
}

/// Stores `text`, the open workspace as `format::write` gives it.
fn write_text(state: AppState, text: String) {
    let summary = state.workspace.with_untracked(|ws| Summary {
        slot: state.slot.get_untracked(),
        name: ws.name.clone(),
        saved_at: now_iso(),
        elements: ws.elements.len(),
    });
    match LocalStore.write(&summary.slot, &text, state.revision.get_untracked()) {
        Ok(revision) => {
            state.revision.set(revision);
            state.last_saved.set_value(text);
            state.save_status.set(SaveStatus::Saved);
            // The list's summary is derived data; failing to write it loses nothing.
            let _ = LocalStore.write_summary(&summary);
            state.catalogue_changed.update(|n| *n += 1);
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
    let Ok(Some(record)) = LocalStore.read(&state.slot.get_untracked()) else {
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
        .read(&state.slot.get_untracked())
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
    let slot = state.slot.get_untracked();
    let stored = match LocalStore.read(&slot) {
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
        if let Err(error) = LocalStore.set_aside(&slot, &record.text, &now_iso()) {
            state.show_error(
                "Could not keep the other tab's copy aside, so nothing was overwritten",
                error.to_string(),
            );
            return;
        }
        state.revision.set(record.revision);
    } else {
        // Another tab deleted it: saving here puts it back.
        state.revision.set(0);
    }
    state.notice.set(None);
    save_now(state);
}
