//! The store keeps the last good copy through every failure.

use super::*;

#[test]
fn write_then_read_gives_back_the_text_and_revision() {
    let mut store = MemoryStore::new();
    assert_eq!(store.read("current"), Ok(None));
    let revision = store.write("current", "{\"a\":1}\n", 0).unwrap();
    assert_eq!(
        store.read("current"),
        Ok(Some(Record {
            revision,
            text: "{\"a\":1}\n".into()
        }))
    );
    assert_eq!(store.write("current", "second", revision), Ok(revision + 1));
}

#[test]
fn a_stale_writer_gets_a_conflict_and_changes_nothing() {
    let mut store = MemoryStore::new();
    let first = store.write("current", "from tab A", 0).unwrap();
    store.write("current", "from tab B", first).unwrap();
    assert_eq!(
        store.write("current", "late tab A", first),
        Err(StoreError::Conflict {
            stored: first + 1,
            expected: first
        })
    );
    assert_eq!(store.read("current").unwrap().unwrap().text, "from tab B");
}

#[test]
fn a_full_quota_keeps_the_previous_copy() {
    let mut store = MemoryStore::new();
    let revision = store.write("current", "small", 0).unwrap();
    store.quota = Some(40);
    assert_eq!(
        store.write("current", &"x".repeat(100), revision),
        Err(StoreError::QuotaExceeded)
    );
    assert_eq!(
        store.read("current").unwrap(),
        Some(Record {
            revision,
            text: "small".into()
        })
    );
}

#[test]
fn a_corrupt_record_is_reported_with_its_raw_text_and_never_overwritten() {
    let mut store = MemoryStore::new();
    store
        .set_raw("conway/workspace/current", "garbage")
        .unwrap();
    assert_eq!(
        store.read("current"),
        Err(StoreError::Corrupt("garbage".into()))
    );
    assert!(store.write("current", "new", 0).is_err());
    let key = store
        .set_aside("current", "garbage", "2026-11-23T10:00:00Z")
        .unwrap();
    assert_eq!(store.get_raw(&key).unwrap().as_deref(), Some("garbage"));
    assert_eq!(store.set_aside_keys("current").unwrap(), vec![key]);
}

#[test]
fn records_survive_text_that_looks_like_a_header() {
    let record = Record {
        revision: 3,
        text: "conway-record 9\nline two\n".into(),
    };
    assert_eq!(Record::decode(&record.encode()), Ok(record));
}

#[test]
fn workspace_round_trips_through_the_store() {
    let ws = conway_model::Workspace::new("Stored");
    let mut store = MemoryStore::new();
    store
        .write("current", &conway_format::write(&ws), 0)
        .unwrap();
    let back = conway_format::read(&store.read("current").unwrap().unwrap().text).unwrap();
    assert_eq!(back, ws);
}

#[test]
fn the_catalogue_lists_every_workspace_newest_first_and_survives_damaged_summaries() {
    let mut store = MemoryStore::new();
    store.write("a", "text a", 0).unwrap();
    store.write("b", "text b", 0).unwrap();
    store.write("c", "text c", 0).unwrap();
    let summary = |slot: &str, name: &str, at: &str| Summary {
        slot: slot.into(),
        name: name.into(),
        saved_at: at.into(),
        elements: 3,
    };
    store
        .write_summary(&summary("a", "Older", "2026-11-01T10:00:00Z"))
        .unwrap();
    store
        .write_summary(&summary(
            "b",
            "Newer\nwith a line break",
            "2026-11-20T10:00:00Z",
        ))
        .unwrap();
    store.set_raw("conway/summary/c", "garbage").unwrap();
    store.set_raw("conway/set-aside/a/x", "kept").unwrap();
    let list = store.catalogue().unwrap();
    assert_eq!(
        list,
        vec![
            summary("b", "Newer\nwith a line break", "2026-11-20T10:00:00Z"),
            summary("a", "Older", "2026-11-01T10:00:00Z"),
            Summary::unknown("c"),
        ]
    );
}

#[test]
fn deleting_a_workspace_leaves_the_others_and_remembers_the_last_open() {
    let mut store = MemoryStore::new();
    store.write("a", "text a", 0).unwrap();
    store.write("b", "text b", 0).unwrap();
    assert_eq!(store.last_open(), None);
    store.set_last_open("b").unwrap();
    assert_eq!(store.last_open().as_deref(), Some("b"));
    store.delete("a").unwrap();
    assert_eq!(store.read("a"), Ok(None));
    assert_eq!(store.read("b").unwrap().unwrap().text, "text b");
    let slots: Vec<String> = store
        .catalogue()
        .unwrap()
        .into_iter()
        .map(|s| s.slot)
        .collect();
    assert_eq!(slots, vec!["b".to_string()]);
}

#[test]
fn slot_names_are_safe_key_parts() {
    assert!(valid_slot("w-20261123-abc_1"));
    assert!(!valid_slot(""));
    assert!(!valid_slot("a/b"));
    assert!(!valid_slot(&"x".repeat(65)));
}
