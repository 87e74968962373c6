//! Autosave: a round trip gives the same workspace, a failed save keeps the
//! last good copy, another tab's newer save is never overwritten, and leaving
//! a workspace saves it first.

use super::*;
use crate::persistence::{has_unsaved_changes, leave, load};
use conway_storage::Summary;

#[test]
fn an_edit_saved_and_reloaded_gives_the_same_workspace() {
    let mut store = MemoryStore::new();
    let mut tab = Tab::opened(load(&mut store, "wmine", NOW));
    tab.workspace.name = "Renamed".into();
    tab.edit("Edited here");
    let outcome = tab.autosave(&mut store);
    assert_eq!(outcome.status, Some(SaveStatus::Saved));
    assert_eq!(outcome.revision, Some(1));
    assert!(outcome.catalogue_changed);
    assert!(!has_unsaved_changes(&tab.open()));
    let reloaded = load(&mut store, "wmine", LATER);
    assert_eq!(reloaded.workspace, tab.workspace);
    assert_eq!(reloaded.revision, 1);
    assert_eq!(reloaded.notice, None);
    let elements = tab.workspace.elements.len();
    assert_eq!(
        store.catalogue().unwrap(),
        vec![Summary {
            slot: "wmine".into(),
            name: "Renamed".into(),
            saved_at: NOW.into(),
            elements,
        }]
    );
}

#[test]
fn nothing_is_written_when_nothing_changed() {
    let mut store = store_with("wmine", &named("Mine"));
    let mut tab = tab_on(&mut store, "wmine");
    tab.status = SaveStatus::Saving;
    let outcome = tab.autosave(&mut store);
    assert_eq!(
        outcome,
        Outcome {
            status: Some(SaveStatus::Saved),
            ..Outcome::default()
        }
    );
    assert_eq!(store.read("wmine").unwrap().unwrap().revision, 1);
    // Already saved: nothing at all to change.
    assert_eq!(tab.autosave(&mut store), Outcome::default());
}

#[test]
fn a_failed_save_keeps_the_last_good_copy_and_tries_again_later() {
    let mut store = store_with("wmine", &named("Mine"));
    let mut tab = tab_on(&mut store, "wmine");
    let good = raw(&store, "wmine");
    // The quota is what is stored now: a longer text no longer fits.
    store.quota = Some(
        store
            .keys_raw()
            .unwrap()
            .iter()
            .map(|k| store.get_raw(k).unwrap().unwrap().len())
            .sum(),
    );
    tab.edit(&"a long description ".repeat(50));
    let outcome = tab.autosave(&mut store);
    let full = "Browser storage is full, so the last changes are not saved. Export the workspace to keep them.";
    assert_eq!(
        outcome,
        Outcome {
            status: Some(SaveStatus::Failed(full.into())),
            ..Outcome::default()
        }
    );
    assert_eq!(raw(&store, "wmine"), good);
    assert_eq!(tab.revision, 1);
    assert!(has_unsaved_changes(&tab.open()));
    store.quota = None;
    assert_eq!(tab.autosave(&mut store).revision, Some(2));
    assert_eq!(
        load(&mut store, "wmine", NOW).workspace.description,
        tab.workspace.description
    );
}

#[test]
fn a_store_that_refuses_writes_says_why_and_keeps_the_stored_copy() {
    let mut store = Flaky {
        inner: store_with("wmine", &named("Mine")),
        failure: None,
    };
    let mut tab = tab_on(&mut store, "wmine");
    let good = raw(&store, "wmine");
    store.failure = Some(StoreError::Unavailable("SecurityError".into()));
    tab.edit("Not stored");
    tab.autosave(&mut store);
    assert_eq!(tab.status, SaveStatus::Failed("Browser storage is unavailable (SecurityError). Your work stays open here; export it to keep a copy.".into()));
    assert_eq!(raw(&store, "wmine"), good);
}

#[test]
fn another_tabs_newer_save_is_a_conflict_and_is_not_overwritten() {
    let mut store = store_with("wshared", &named("Shared"));
    let mut mine = tab_on(&mut store, "wshared");
    let mut theirs = tab_on(&mut store, "wshared");
    theirs.edit("Theirs");
    theirs.autosave(&mut store);
    let their_copy = raw(&store, "wshared");
    mine.edit("Mine");
    let outcome = mine.autosave(&mut store);
    assert_eq!(
        outcome,
        Outcome {
            status: Some(SaveStatus::Failed(CONFLICT_STATUS.into())),
            notice: Some(Some(conflict_notice())),
            ..Outcome::default()
        }
    );
    assert_eq!(raw(&store, "wshared"), their_copy);
    assert_eq!(mine.revision, 1);
}

#[test]
fn leaving_saves_unsaved_changes_and_a_never_saved_sample() {
    let mut store = MemoryStore::new();
    let mut tab = tab_on(&mut store, "wsample");
    let left = leave(&mut store, &tab.open(), NOW);
    assert!(left.safe);
    assert_eq!(left.outcome.revision, Some(1));
    tab.apply(left.outcome);
    // Saved and unchanged: nothing more to write.
    assert_eq!(
        leave(&mut store, &tab.open(), NOW),
        super::super::Leave {
            outcome: Outcome::default(),
            safe: true
        }
    );
    tab.edit("Changed");
    assert!(leave(&mut store, &tab.open(), NOW).safe);
    assert_eq!(store.read("wsample").unwrap().unwrap().revision, 2);
}

#[test]
fn leaving_is_refused_when_the_workspace_cannot_be_saved() {
    let mut store = Flaky {
        inner: store_with("wmine", &named("Mine")),
        failure: None,
    };
    let mut tab = tab_on(&mut store, "wmine");
    tab.edit("Unsaved");
    store.failure = Some(StoreError::QuotaExceeded);
    let left = leave(&mut store, &tab.open(), NOW);
    assert!(!left.safe);
    assert_eq!(
        left.outcome.status,
        Some(SaveStatus::Failed(StoreError::QuotaExceeded.to_string()))
    );
    assert_eq!(
        left.outcome.notice,
        Some(Some(Notice::error(
            "The open workspace could not be saved",
            "Opening another workspace now would lose it or its latest changes. Export it first, or free browser storage, then try again.",
        )))
    );
}

#[test]
fn leaving_after_another_tabs_save_shows_the_conflict_not_a_refusal() {
    let mut store = store_with("wshared", &named("Shared"));
    let mut mine = tab_on(&mut store, "wshared");
    let mut theirs = tab_on(&mut store, "wshared");
    theirs.edit("Theirs");
    theirs.autosave(&mut store);
    mine.edit("Mine");
    let left = leave(&mut store, &mine.open(), NOW);
    assert!(!left.safe);
    assert_eq!(left.outcome.notice, Some(Some(conflict_notice())));
}

#[test]
fn a_conflict_notice_already_shown_stays_the_way_out_when_leaving_fails() {
    let mut store = store_with("wmine", &named("Mine"));
    let mut tab = tab_on(&mut store, "wmine");
    tab.notice = Some(conflict_notice());
    tab.edit("Unsaved");
    store.quota = Some(0);
    let left = leave(&mut store, &tab.open(), NOW);
    assert!(!left.safe);
    assert_eq!(left.outcome.notice, None);
}

#[test]
fn a_paused_tab_may_leave_only_without_changes_and_never_writes() {
    let mut store = MemoryStore::new();
    store.write("wnew", &newer_file(), 0).unwrap();
    let before = raw(&store, "wnew");
    let mut tab = tab_on(&mut store, "wnew");
    assert!(leave(&mut store, &tab.open(), NOW).safe);
    tab.edit("Edited while paused");
    let left = leave(&mut store, &tab.open(), NOW);
    assert!(!left.safe);
    assert_eq!(
        left.outcome.notice.unwrap().unwrap().title,
        "The open workspace could not be saved"
    );
    assert_eq!(raw(&store, "wnew"), before);
}
