//! The workspace list: what it shows, and creating, duplicating, renaming
//! and deleting workspaces without losing what was stored.

use super::*;
use crate::persistence::{
    catalogue, delete, duplicate, rename, store_new, stored_workspace, Deleted, Rename,
};

#[test]
fn the_list_shows_the_open_workspace_as_it_is_now_even_unsaved() {
    let store = store_with("wsaved", &named("Saved"));
    let mut shown = named("Shown");
    let list = catalogue(&store, "wopen", &shown);
    let slots: Vec<&str> = list.iter().map(|s| s.slot.as_str()).collect();
    assert_eq!(slots, ["wopen", "wsaved"]);
    assert_eq!(list[0].saved_at, "");
    shown.name = "Renamed, not saved yet".into();
    let list = catalogue(&store, "wsaved", &shown);
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "Renamed, not saved yet");
    assert_eq!(list[0].saved_at, NOW);
}

#[test]
fn a_workspace_that_cannot_be_created_leaves_nothing_behind() {
    let mut store = MemoryStore::new();
    let text_len = conway_format::write(&named("Big")).len();
    // Room for the workspace but not for its summary.
    store.quota = Some(text_len + 30);
    let refused = store_new(&mut store, "wbig", &named("Big"), NOW).unwrap_err();
    assert_eq!(refused.title, "Could not create the workspace");
    assert_eq!(refused.detail, StoreError::QuotaExceeded.to_string());
    assert!(store.keys_raw().unwrap().is_empty());
}

#[test]
fn a_duplicate_is_a_named_copy_in_a_new_slot() {
    let mut store = store_with("wfirst", &named("First"));
    let tab = tab_on(&mut store, "wfirst");
    duplicate(&mut store, &tab.open(), "wfirst", "wcopy", NOW).unwrap();
    let copy = stored_workspace(&store, "wcopy").unwrap();
    assert_eq!(copy.name, "First (copy)");
    assert_eq!(copy.elements, tab.workspace.elements);
    let long = "n".repeat(conway_model::MAX_NAME);
    super::super::store_new(&mut store, "wlong", &named(&long), NOW).unwrap();
    duplicate(&mut store, &tab.open(), "wlong", "wcopy2", NOW).unwrap();
    assert_eq!(stored_workspace(&store, "wcopy2").unwrap().name, long);
}

#[test]
fn a_workspace_gone_from_storage_is_not_duplicated() {
    let mut store = MemoryStore::new();
    let tab = tab_on(&mut store, "wopen");
    let refused = duplicate(&mut store, &tab.open(), "wgone", "wcopy", NOW).unwrap_err();
    assert_eq!(
        refused,
        Notice::error(
            "Could not duplicate the workspace",
            "it is no longer in browser storage"
        )
    );
}

#[test]
fn renaming_the_open_workspace_is_left_to_a_command_and_others_are_stored() {
    let mut store = store_with("wother", &named("Other"));
    assert_eq!(
        rename(&mut store, "wopen", "wopen", "  New name  ", NOW),
        Rename::Open("New name".into())
    );
    assert_eq!(
        rename(&mut store, "wopen", "wother", "Renamed", LATER),
        Rename::Stored
    );
    assert_eq!(stored_workspace(&store, "wother").unwrap().name, "Renamed");
    let summary = &store.catalogue().unwrap()[0];
    assert_eq!(
        (summary.name.as_str(), summary.saved_at.as_str()),
        ("Renamed", LATER)
    );
    assert_eq!(
        rename(&mut store, "wopen", "wother", "   ", NOW),
        Rename::Refused(Notice::error("Not renamed", "A workspace needs a name."))
    );
    assert_eq!(
        rename(&mut store, "wopen", "wgone", "Name", NOW),
        Rename::Refused(Notice::error(
            "Could not rename the workspace",
            "it is no longer in browser storage"
        ))
    );
}

#[test]
fn deleting_another_workspace_keeps_its_stored_text_downloadable() {
    let mut store = store_with("wother", &named("Other"));
    let text = store.read("wother").unwrap().unwrap().text;
    let tab = tab_on(&mut store, "wopen");
    let deleted = delete(&mut store, &tab.open(), "wother", "wfresh", NOW).unwrap();
    assert_eq!(deleted.next, None);
    assert_eq!(
        deleted.notice,
        Notice {
            kind: NoticeKind::Info,
            title: "Deleted \"Other\"".into(),
            detail: "It is gone from browser storage. Until you close this page you can still download it.".into(),
            download: Some((text, "Other.conway.json".into())),
        }
    );
    assert_eq!(store.read("wother").unwrap(), None);
    assert!(store.catalogue().unwrap().is_empty());
}

#[test]
fn deleting_the_open_workspace_keeps_what_it_shows_and_opens_the_next() {
    let mut store = store_with("wnext", &named("Next"));
    store_new(&mut store, "wopen", &named("Open"), NOW).unwrap();
    let mut tab = tab_on(&mut store, "wopen");
    tab.edit("Unsaved here");
    let Deleted { next, notice } = delete(&mut store, &tab.open(), "wopen", "wfresh", NOW).unwrap();
    assert_eq!(next.as_deref(), Some("wnext"));
    let shown = conway_format::write(&tab.workspace);
    assert_eq!(notice.download.unwrap().0, shown);
    assert_eq!(store.read("wopen").unwrap(), None);
}

#[test]
fn deleting_the_only_workspace_goes_to_a_new_blank_one() {
    let mut store = store_with("wonly", &named("Only"));
    let tab = tab_on(&mut store, "wonly");
    let deleted = delete(&mut store, &tab.open(), "wonly", "wfresh", NOW).unwrap();
    assert_eq!(deleted.next.as_deref(), Some("wfresh"));
    let blank = stored_workspace(&store, "wfresh").unwrap();
    assert_eq!(blank, named("Untitled workspace"));
}

#[test]
fn a_workspace_from_a_newer_conway_is_not_deleted() {
    let mut store = MemoryStore::new();
    store.write("wnew", &newer_file(), 0).unwrap();
    let before = raw(&store, "wnew");
    let tab = tab_on(&mut store, "wopen");
    let refused = delete(&mut store, &tab.open(), "wnew", "wfresh", NOW).unwrap_err();
    assert_eq!(refused, Notice::error("Not deleted", "This workspace was saved by a newer Conway (file version 9). Reload the page to update Conway, then delete it if you still want to."));
    assert_eq!(raw(&store, "wnew"), before);
}

#[test]
fn a_damaged_workspace_is_deleted_and_offered_exactly_as_stored() {
    let mut store = MemoryStore::new();
    let damaged = "conway-record 3\n{ damaged";
    store
        .set_raw(&conway_storage::slot_key("wbad"), damaged)
        .unwrap();
    let tab = tab_on(&mut store, "wopen");
    let deleted = delete(&mut store, &tab.open(), "wbad", "wfresh", NOW).unwrap();
    assert_eq!(deleted.notice.title, "Deleted \"Untitled workspace\"");
    assert_eq!(
        deleted.notice.download,
        Some(("{ damaged".into(), "deleted-workspace.txt".into()))
    );
    let corrupt = "no header at all";
    store
        .set_raw(&conway_storage::slot_key("wbad"), corrupt)
        .unwrap();
    let deleted = delete(&mut store, &tab.open(), "wbad", "wfresh", NOW).unwrap();
    assert_eq!(deleted.notice.download.unwrap().0, corrupt);
    assert_eq!(raw(&store, "wbad"), None);
}
