//! Autosave and reload through the browser's workspace store: the timers,
//! page events and other tabs' storage events that call the load and save
//! policy (`editor::persistence`) and put its outcomes on screen.

use std::time::Duration;

use leptos::prelude::*;

use super::LocalStore;
use super::{AppState, SaveStatus};
use conway_editor::persistence::{self as policy, Loaded, Open, Outcome};
use conway_format as format;

/// Quiet time after the last change before saving.
const SAVE_DELAY: Duration = Duration::from_millis(300);

/// Opens the workspace open last time, else the most recently saved one,
/// else (first visit) the sample in a new slot.
pub fn initial_workspace() -> Loaded {
    policy::open_on_start(&mut LocalStore, &new_slot(), &now_iso())
}

/// A slot name no other workspace uses: the time and a random part.
pub fn new_slot() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    policy::slot_name(now, random)
}

pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Runs a step of the policy on the open workspace as it is now.
pub(super) fn with_open<R>(state: AppState, step: impl FnOnce(&Open) -> R) -> R {
    let mut step = Some(step);
    let mut result = None;
    read_open(state, &mut |open| {
        result = step.take().map(|step| step(open))
    });
    result.expect("read_open runs the step once")
}

/// The signal reads behind `with_open`, compiled once rather than once per
/// step, so the release wasm stays small.
fn read_open(state: AppState, step: &mut dyn FnMut(&Open)) {
    let slot = state.doc.slot.get_untracked();
    let status = state.doc.save_status.get_untracked();
    let notice = state
        .dialogs
        .notice
        .with_untracked(|n| n.as_ref().map(|n| n.kind));
    let revision = state.doc.revision.get_untracked();
    state.doc.workspace.with_untracked(|workspace| {
        state.doc.last_saved.with_value(|saved_text| {
            step(&Open {
                slot: &slot,
                workspace,
                revision,
                saved_text,
                status: &status,
                notice,
            })
        })
    });
}

/// Puts what a step of the policy changed on screen.
pub(super) fn apply(state: AppState, outcome: Outcome) {
    if let Some(text) = outcome.saved_text {
        state.doc.last_saved.set_value(text);
    }
    if let Some(revision) = outcome.revision {
        state.doc.revision.set(revision);
    }
    if let Some(status) = outcome.status {
        state.doc.save_status.set(status);
    }
    if let Some(workspace) = outcome.open {
        state.open(workspace);
    }
    if let Some(notice) = outcome.notice {
        state.dialogs.notice.set(notice);
    }
    if outcome.catalogue_changed {
        super::workspaces::refresh_catalogue(state);
    }
}

/// Saves (debounced) whenever the workspace changes, flushes when the page is
/// hidden, and follows saves made by other tabs.
pub fn start_autosave(state: AppState) {
    state
        .doc
        .last_saved
        .set_value(state.doc.workspace.with_untracked(format::write));
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let flush = move || {
        if let Some(handle) = pending.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        save_now(state);
    };
    Effect::new(move |_| {
        state.doc.workspace.track();
        // Opening a workspace is not a change to save. Whether an edit really
        // changed anything is checked when the save runs, not on every change
        // (that would serialise the whole workspace per pointer move).
        let loaded = state.doc.just_loaded.try_update_value(std::mem::take) == Some(true);
        if loaded || matches!(state.doc.save_status.get_untracked(), SaveStatus::Paused(_)) {
            return;
        }
        if state.doc.save_status.get_untracked() != SaveStatus::Saving {
            state.doc.save_status.set(SaveStatus::Saving);
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
        let outcome = with_open(state, |open| {
            policy::other_tab_changed(&LocalStore, open, &key)
        });
        apply(state, outcome);
    });
    on_cleanup(move || {
        on_hide.remove();
        on_hidden.remove();
        follow.remove();
    });
}

/// Saves if anything changed. Timed as a whole (the check for changes, the
/// serialising and the store), as `make bench` reads it.
fn save_now(state: AppState) {
    super::timing::measured("conway:autosave", || {
        let outcome = with_open(state, |open| {
            policy::save(&mut LocalStore, open, &now_iso())
        });
        apply(state, outcome);
    });
}

/// Saves the open workspace before another one is opened. Returns whether
/// everything shown is now in storage; if not, the notice says why.
pub(super) fn leave(state: AppState) -> bool {
    let left = with_open(state, |open| {
        policy::leave(&mut LocalStore, open, &now_iso())
    });
    apply(state, left.outcome);
    left.safe
}

/// Resolves a conflict by loading the other tab's copy (this tab's changes are dropped).
pub fn load_theirs(state: AppState) {
    apply(
        state,
        policy::load_theirs(&LocalStore, &state.doc.slot.get_untracked()),
    );
}

/// Resolves a conflict by saving this tab's copy over the other, which is set
/// aside first so it can still be recovered.
pub fn keep_mine(state: AppState) {
    let outcome = with_open(state, |open| {
        policy::keep_mine(&mut LocalStore, open, &now_iso())
    });
    apply(state, outcome);
}
