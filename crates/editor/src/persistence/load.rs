//! What a tab opens: the workspace open last time, else the most recently
//! saved one, else (first visit) the sample. A slot it cannot read is set
//! aside before anything else happens to it, and one written by a newer
//! Conway is left exactly as it is, with saving paused.

use super::{Notice, NoticeKind, SaveStatus};
use conway_format::LoadError;
use conway_model::Workspace;
use conway_storage::{StoreError, WorkspaceStore};

/// What the app opens with, and what to tell the user about it.
#[derive(Debug, PartialEq)]
pub struct Loaded {
    /// The storage slot the workspace lives in.
    pub slot: String,
    pub workspace: Workspace,
    pub revision: u64,
    pub status: SaveStatus,
    pub notice: Option<Notice>,
}

/// The slot a tab opens on start, remembered as the last open one, and what
/// it holds. `fresh_slot` is used on a first visit; `now` stamps a set-aside copy.
pub fn open_on_start(
    store: &mut (impl WorkspaceStore + ?Sized),
    fresh_slot: &str,
    now: &str,
) -> Loaded {
    let stored: Vec<String> = store
        .catalogue()
        .unwrap_or_default()
        .into_iter()
        .map(|s| s.slot)
        .collect();
    // The last one open, even if never saved: a second tab of a first visit
    // then works on the same workspace as the first.
    let last = store.last_open().filter(|slot| {
        conway_storage::valid_slot(slot) && (stored.contains(slot) || stored.is_empty())
    });
    let slot = last
        .or_else(|| stored.first().cloned())
        .unwrap_or_else(|| fresh_slot.to_string());
    let _ = store.set_last_open(&slot);
    load(store, &slot, now)
}

/// Opens `slot` in place of the open workspace and remembers it as the last open one.
pub fn switch(store: &mut (impl WorkspaceStore + ?Sized), slot: &str, now: &str) -> Loaded {
    let loaded = load(store, slot, now);
    let _ = store.set_last_open(slot);
    loaded
}

/// Reads the workspace in `slot`, or the sample when the slot is empty.
/// Older files are migrated in memory; the slot keeps them until the next save.
pub fn load(store: &mut (impl WorkspaceStore + ?Sized), slot: &str, now: &str) -> Loaded {
    let fresh = |status, notice| Loaded {
        slot: slot.to_string(),
        workspace: conway_model::sample::sample_workspace(),
        revision: 0,
        status,
        notice,
    };
    match store.read(slot) {
        Ok(None) => fresh(SaveStatus::Saved, None),
        Ok(Some(record)) => match conway_format::read(&record.text) {
            Ok(workspace) => Loaded {
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
                Loaded {
                    revision: record.revision,
                    ..fresh(SaveStatus::Paused(why), Some(notice))
                }
            }
            Err(error) => set_aside(store, slot, &record.text, &error.to_string(), now),
        },
        Err(StoreError::Corrupt(raw)) => {
            set_aside(store, slot, &raw, "the stored record is damaged", now)
        }
        Err(error) => fresh(SaveStatus::Failed(error.to_string()), None),
    }
}

/// Keeps unreadable stored data under a new key, then starts from the sample.
/// If it cannot be kept, the slot stays as it is and saving pauses.
fn set_aside(
    store: &mut (impl WorkspaceStore + ?Sized),
    slot: &str,
    raw: &str,
    why: &str,
    now: &str,
) -> Loaded {
    let kept = store
        .set_aside(slot, raw, now)
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
    Loaded {
        slot: slot.to_string(),
        workspace: conway_model::sample::sample_workspace(),
        revision: 0,
        status,
        notice: Some(notice),
    }
}

/// A slot name no other workspace uses, from the time in milliseconds and a
/// random number below 36^4.
pub fn slot_name(millis: u64, random: u64) -> String {
    format!("w{}{}", base36(millis), base36(random))
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
