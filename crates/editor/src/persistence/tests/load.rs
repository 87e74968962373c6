//! What a tab opens with: the sample on a first visit, the last open slot,
//! damaged data set aside, newer data left alone, older data migrated.

use super::*;
use crate::persistence::{load, open_on_start, slot_name};

#[test]
fn a_first_visit_opens_the_sample_in_a_fresh_slot_and_remembers_it() {
    let mut store = MemoryStore::new();
    let loaded = open_on_start(&mut store, "wfresh", NOW);
    assert_eq!(loaded.slot, "wfresh");
    assert_eq!(loaded.workspace, conway_model::sample::sample_workspace());
    assert_eq!(loaded.revision, 0);
    assert_eq!(loaded.status, SaveStatus::Saved);
    assert_eq!(loaded.notice, None);
    assert_eq!(store.last_open().as_deref(), Some("wfresh"));
    // Nothing is written until there is something to save.
    assert_eq!(raw(&store, "wfresh"), None);
}

#[test]
fn the_last_open_slot_reopens_even_when_another_was_saved_later() {
    let mut store = store_with("wolder", &named("Older"));
    super::super::store_new(&mut store, "wnewer", &named("Newer"), LATER).unwrap();
    store.set_last_open("wolder").unwrap();
    let loaded = open_on_start(&mut store, "wfresh", LATER);
    assert_eq!(loaded.slot, "wolder");
    assert_eq!(loaded.workspace.name, "Older");
    assert_eq!(loaded.revision, 1);
}

#[test]
fn without_a_usable_last_open_slot_the_most_recently_saved_opens() {
    let mut store = store_with("wolder", &named("Older"));
    super::super::store_new(&mut store, "wnewer", &named("Newer"), LATER).unwrap();
    for last in ["wdeleted", "not a slot/../x"] {
        store.set_last_open(last).unwrap();
        let loaded = open_on_start(&mut store, "wfresh", LATER);
        assert_eq!(loaded.workspace.name, "Newer", "last open {last:?}");
        assert_eq!(store.last_open().as_deref(), Some("wnewer"));
    }
}

#[test]
fn a_second_tab_of_a_first_visit_opens_the_same_unsaved_slot() {
    let mut store = MemoryStore::new();
    let first = open_on_start(&mut store, "wfirst", NOW);
    let second = open_on_start(&mut store, "wsecond", NOW);
    assert_eq!(first.slot, "wfirst");
    assert_eq!(second.slot, "wfirst");
}

#[test]
fn a_damaged_record_is_set_aside_never_overwritten_and_the_user_is_told() {
    let mut store = MemoryStore::new();
    let damaged = "conway-record garbage";
    store
        .set_raw(&conway_storage::slot_key("wbad"), damaged)
        .unwrap();
    let mut tab = tab_on(&mut store, "wbad");
    let key = format!("conway/set-aside/wbad/{NOW}");
    let notice = tab.notice.clone().unwrap();
    assert_eq!(notice.kind, NoticeKind::Error);
    assert_eq!(notice.title, "Saved workspace could not be opened");
    assert_eq!(notice.detail, format!("Conway could not read the saved workspace (the stored record is damaged). The damaged copy is kept in browser storage under \"{key}\"; download it below. The sample workspace is open instead."));
    assert_eq!(
        notice.download,
        Some((damaged.to_string(), "damaged-workspace.txt".to_string()))
    );
    assert_eq!(tab.workspace, conway_model::sample::sample_workspace());
    assert_eq!(tab.status, SaveStatus::Saved);
    assert_eq!(store.set_aside_keys("wbad").unwrap(), vec![key.clone()]);
    // Saving afterwards starts a new copy; the damaged one stays as it was.
    tab.edit("Fresh start");
    assert_eq!(tab.autosave(&mut store).revision, Some(1));
    assert_eq!(store.get_raw(&key).unwrap().as_deref(), Some(damaged));
}

#[test]
fn a_file_this_conway_cannot_read_is_set_aside_with_the_reason() {
    let mut store = MemoryStore::new();
    store.write("wbad", "{ not json", 0).unwrap();
    let loaded = load(&mut store, "wbad", NOW);
    let why = conway_format::read("{ not json").unwrap_err().to_string();
    let detail = loaded.notice.unwrap().detail;
    assert!(detail.starts_with(&format!(
        "Conway could not read the saved workspace ({why})."
    )));
    let kept = store.set_aside_keys("wbad").unwrap();
    assert_eq!(
        store.get_raw(&kept[0]).unwrap().as_deref(),
        Some("{ not json")
    );
    assert_eq!(store.read("wbad").unwrap(), None);
}

#[test]
fn a_damaged_copy_that_cannot_be_set_aside_pauses_saving_and_stays_intact() {
    let mut store = Flaky::default();
    let damaged = "conway-record 3\n{ damaged";
    store
        .inner
        .set_raw(&conway_storage::slot_key("wbad"), damaged)
        .unwrap();
    store.failure = Some(StoreError::QuotaExceeded);
    let mut tab = tab_on(&mut store, "wbad");
    let full = StoreError::QuotaExceeded.to_string();
    assert_eq!(tab.status, SaveStatus::Paused(full.clone()));
    let notice = tab.notice.clone().unwrap();
    assert!(notice.detail.contains(&format!(
        "and could not set it aside ({full}), so saving is paused to keep it intact. Download it below."
    )));
    // The record itself was readable, so what is offered is the text it holds.
    assert_eq!(notice.download.unwrap().0, "{ damaged");
    // Even with storage free again, a paused tab writes nothing over it.
    store.failure = None;
    tab.edit("Mine");
    tab.autosave(&mut store);
    assert_eq!(raw(&store, "wbad").as_deref(), Some(damaged));
}

#[test]
fn data_from_a_newer_conway_pauses_saving_and_is_never_overwritten() {
    let mut store = MemoryStore::new();
    store.write("wnew", &newer_file(), 0).unwrap();
    let before = raw(&store, "wnew");
    let mut tab = tab_on(&mut store, "wnew");
    let why = "The saved workspace was written by a newer Conway (file version 9). Reload the page to update Conway; until then nothing is saved here, so the newer data stays intact.";
    assert_eq!(tab.status, SaveStatus::Paused(why.into()));
    assert_eq!(
        tab.notice,
        Some(Notice {
            kind: NoticeKind::Error,
            title: "Saved workspace needs a newer Conway".into(),
            detail: why.into(),
            download: Some((newer_file(), "saved-workspace.conway.json".into())),
        })
    );
    assert_eq!(tab.revision, 1);
    tab.edit("Edited while paused");
    assert_eq!(tab.autosave(&mut store), Outcome::default());
    assert_eq!(raw(&store, "wnew"), before);
    assert!(store.set_aside_keys("wnew").unwrap().is_empty());
}

#[test]
fn older_data_is_migrated_and_rewritten_only_by_the_next_change() {
    let old = r#"{"format": "conway-workspace", "version": 1, "name": "Old", "decisions": []}"#;
    let mut store = MemoryStore::new();
    store.write("wold", old, 0).unwrap();
    let mut tab = tab_on(&mut store, "wold");
    assert_eq!(tab.workspace.name, "Old");
    assert_eq!(tab.status, SaveStatus::Saved);
    assert_eq!(tab.autosave(&mut store), Outcome::default());
    assert_eq!(store.read("wold").unwrap().unwrap().text, old);
    tab.edit("Now in version 2");
    tab.autosave(&mut store);
    let stored = store.read("wold").unwrap().unwrap();
    assert!(stored.text.contains("\"version\": 2"));
    assert_eq!(stored.revision, 2);
}

#[test]
fn unavailable_storage_opens_the_sample_and_says_saving_fails() {
    struct Refusing;
    impl WorkspaceStore for Refusing {
        fn get_raw(&self, _: &str) -> Result<Option<String>, StoreError> {
            Err(StoreError::Unavailable("SecurityError".into()))
        }
        fn set_raw(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable("SecurityError".into()))
        }
        fn remove_raw(&mut self, _: &str) -> Result<(), StoreError> {
            Ok(())
        }
        fn keys_raw(&self) -> Result<Vec<String>, StoreError> {
            Err(StoreError::Unavailable("SecurityError".into()))
        }
    }
    let loaded = open_on_start(&mut Refusing, "wfresh", NOW);
    assert_eq!(loaded.slot, "wfresh");
    assert_eq!(loaded.workspace, conway_model::sample::sample_workspace());
    assert_eq!(loaded.status, SaveStatus::Failed("Browser storage is unavailable (SecurityError). Your work stays open here; export it to keep a copy.".into()));
}

#[test]
fn slot_names_are_the_time_and_the_random_part_in_base_36() {
    assert_eq!(slot_name(0, 0), "w00");
    assert_eq!(slot_name(35, 36), "wz10");
    let name = slot_name(1_714_557_600_000, 1_679_615);
    assert_eq!(name, "wlvnnbr40zzzz");
    assert!(conway_storage::valid_slot(&name));
}
