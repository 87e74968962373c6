//! Another tab changed storage: its copy is followed only when nothing here
//! is unsaved; otherwise the user chooses, and nothing is lost either way.

use super::*;
use crate::persistence::{keep_mine, load_theirs, other_tab_changed};
use conway_storage::slot_key;

/// Two tabs on one slot; the second has saved "Theirs" since the first opened it.
fn two_tabs() -> (MemoryStore, Tab, Tab) {
    let mut store = store_with("wshared", &named("Shared"));
    let mine = tab_on(&mut store, "wshared");
    let mut theirs = tab_on(&mut store, "wshared");
    theirs.edit("Theirs");
    theirs.autosave(&mut store);
    (store, mine, theirs)
}

fn follow(store: &MemoryStore, tab: &mut Tab) -> Outcome {
    let outcome = other_tab_changed(store, &tab.open(), &slot_key("wshared"));
    tab.apply(outcome)
}

#[test]
fn another_tabs_save_is_taken_when_nothing_here_is_unsaved() {
    let (store, mut mine, theirs) = two_tabs();
    let outcome = follow(&store, &mut mine);
    assert_eq!(outcome.open.as_ref(), Some(&theirs.workspace));
    assert_eq!(outcome.revision, Some(2));
    assert_eq!(outcome.status, None);
    assert!(outcome.catalogue_changed);
    assert!(!crate::persistence::has_unsaved_changes(&mine.open()));
}

#[test]
fn another_tabs_save_over_unsaved_changes_asks_which_copy_to_keep() {
    let (store, mut mine, _) = two_tabs();
    let their_copy = raw(&store, "wshared");
    mine.edit("Mine");
    let outcome = follow(&store, &mut mine);
    assert_eq!(outcome.open, None);
    assert_eq!(
        outcome.status,
        Some(SaveStatus::Failed(CONFLICT_STATUS.into()))
    );
    assert_eq!(outcome.notice, Some(Some(conflict_notice())));
    assert_eq!(mine.workspace.description, "Mine");
    assert_eq!(raw(&store, "wshared"), their_copy);
}

#[test]
fn this_tabs_own_save_and_other_slots_only_refresh_the_list() {
    let (store, _, mut theirs) = two_tabs();
    assert_eq!(
        follow(&store, &mut theirs),
        Outcome {
            catalogue_changed: true,
            ..Outcome::default()
        }
    );
    let listed = Outcome {
        catalogue_changed: true,
        ..Outcome::default()
    };
    let open = theirs.open();
    assert_eq!(
        other_tab_changed(&store, &open, &slot_key("wother")),
        listed
    );
    assert_eq!(
        other_tab_changed(&store, &open, &conway_storage::summary_key("wshared")),
        listed
    );
    assert_eq!(
        other_tab_changed(&store, &open, "conway/last-open"),
        Outcome::default()
    );
}

#[test]
fn a_newer_conways_save_in_another_tab_pauses_saving_here() {
    let (mut store, mut mine, _) = two_tabs();
    store.write("wshared", &newer_file(), 2).unwrap();
    let newer = raw(&store, "wshared");
    let outcome = follow(&store, &mut mine);
    assert_eq!(
        outcome.status,
        Some(SaveStatus::Paused(NEWER_FROM_OTHER_TAB.into()))
    );
    assert_eq!(
        outcome.notice,
        Some(Some(Notice::error(
            "Saved by a newer Conway",
            NEWER_FROM_OTHER_TAB
        )))
    );
    mine.edit("Mine");
    mine.autosave(&mut store);
    assert_eq!(raw(&store, "wshared"), newer);
}

#[test]
fn unreadable_data_from_another_tab_is_left_for_the_next_save_to_report() {
    let (mut store, mut mine, _) = two_tabs();
    store.write("wshared", "{ broken", 2).unwrap();
    assert_eq!(follow(&store, &mut mine).open, None);
    mine.edit("Mine");
    assert_eq!(
        mine.autosave(&mut store).notice,
        Some(Some(conflict_notice()))
    );
    assert_eq!(store.read("wshared").unwrap().unwrap().text, "{ broken");
}

#[test]
fn loading_theirs_drops_this_tabs_changes_and_clears_the_conflict() {
    let (mut store, mut mine, theirs) = two_tabs();
    mine.edit("Mine");
    mine.autosave(&mut store);
    let outcome = mine.apply(load_theirs(&store, "wshared"));
    assert_eq!(outcome.notice, Some(None));
    assert_eq!(mine.status, SaveStatus::Saved);
    assert_eq!(mine.workspace, theirs.workspace);
    assert_eq!(mine.revision, 2);
    // The next edit saves over their revision without a conflict.
    mine.edit("Mine after all");
    assert_eq!(mine.autosave(&mut store).revision, Some(3));
}

#[test]
fn loading_theirs_when_it_cannot_be_read_keeps_mine_open() {
    let (mut store, _, _) = two_tabs();
    store.write("wshared", "{ broken", 2).unwrap();
    assert_eq!(
        load_theirs(&store, "wshared"),
        Outcome::notice(Notice::error(
            "Could not load the other tab's copy",
            "It cannot be read any more; your copy stays open. Export it to keep it.",
        ))
    );
    store.write("wshared", &newer_file(), 3).unwrap();
    assert_eq!(
        load_theirs(&store, "wshared").status,
        Some(SaveStatus::Paused(NEWER_FROM_OTHER_TAB.into()))
    );
}

#[test]
fn keeping_mine_sets_theirs_aside_and_saves_over_it() {
    let (mut store, mut mine, theirs) = two_tabs();
    let their_text = store.read("wshared").unwrap().unwrap().text;
    mine.edit("Mine");
    mine.autosave(&mut store);
    let outcome = mine.apply(keep_mine(&mut store, &mine.open(), LATER));
    assert_eq!(outcome.notice, Some(None));
    assert_eq!(mine.status, SaveStatus::Saved);
    assert_eq!(mine.revision, 3);
    let kept = store.set_aside_keys("wshared").unwrap();
    assert_eq!(kept, vec![format!("conway/set-aside/wshared/{LATER}")]);
    assert_eq!(store.get_raw(&kept[0]).unwrap(), Some(their_text));
    let stored = conway_format::read(&store.read("wshared").unwrap().unwrap().text).unwrap();
    assert_eq!(stored, mine.workspace);
    assert_ne!(stored, theirs.workspace);
}

#[test]
fn keeping_mine_after_another_tab_deleted_it_puts_it_back() {
    let (mut store, mut mine, _) = two_tabs();
    mine.edit("Mine");
    store.delete("wshared").unwrap();
    mine.apply(keep_mine(&mut store, &mine.open(), LATER));
    assert_eq!(mine.revision, 1);
    assert!(store.set_aside_keys("wshared").unwrap().is_empty());
    assert!(store
        .read("wshared")
        .unwrap()
        .unwrap()
        .text
        .contains("Mine"));
}

#[test]
fn keeping_mine_never_overwrites_what_it_could_not_set_aside() {
    let (store, mut mine, _) = two_tabs();
    mine.edit("Mine");
    let their_copy = raw(&store, "wshared");
    let mut store = Flaky {
        inner: store,
        failure: Some(StoreError::QuotaExceeded),
    };
    let outcome = keep_mine(&mut store, &mine.open(), LATER);
    assert_eq!(
        outcome,
        Outcome::notice(Notice::error(
            "Could not keep the other tab's copy aside, so nothing was overwritten",
            StoreError::QuotaExceeded.to_string(),
        ))
    );
    assert_eq!(raw(&store, "wshared"), their_copy);
}

#[test]
fn keeping_mine_over_a_newer_conways_copy_pauses_instead() {
    let (mut store, mut mine, _) = two_tabs();
    store.write("wshared", &newer_file(), 2).unwrap();
    let newer = raw(&store, "wshared");
    mine.edit("Mine");
    let outcome = keep_mine(&mut store, &mine.open(), LATER);
    assert_eq!(outcome, Outcome::paused_for_newer(9));
    assert_eq!(raw(&store, "wshared"), newer);
    assert!(store.set_aside_keys("wshared").unwrap().is_empty());
}
