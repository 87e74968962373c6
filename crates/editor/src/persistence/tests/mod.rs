//! The persistence policy against the in-memory store: a `Tab` plays the
//! part of the app (it applies outcomes exactly as the web half does) and
//! `Flaky` is a store whose writes can be made to fail.

use super::{Loaded, Notice, NoticeKind, Open, Outcome, SaveStatus};
use conway_model::Workspace;
use conway_storage::{MemoryStore, StoreError, WorkspaceStore};

mod list;
mod load;
mod other_tab;
mod save;

const NOW: &str = "2024-05-01T10:00:00.000Z";
const LATER: &str = "2024-05-01T11:00:00.000Z";

/// A store whose writes fail with `failure` while it is set; reads still work.
#[derive(Default)]
struct Flaky {
    inner: MemoryStore,
    failure: Option<StoreError>,
}

impl WorkspaceStore for Flaky {
    fn get_raw(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get_raw(key)
    }

    fn set_raw(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match &self.failure {
            Some(error) => Err(error.clone()),
            None => self.inner.set_raw(key, value),
        }
    }

    fn remove_raw(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove_raw(key)
    }

    fn keys_raw(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys_raw()
    }
}

/// What the app holds of the open workspace, changed only through outcomes.
#[derive(Debug)]
struct Tab {
    slot: String,
    workspace: Workspace,
    revision: u64,
    saved_text: String,
    status: SaveStatus,
    notice: Option<Notice>,
}

impl Tab {
    /// A tab that opened `loaded`, as the app does on start or on a switch.
    fn opened(loaded: Loaded) -> Tab {
        Tab {
            saved_text: conway_format::write(&loaded.workspace),
            slot: loaded.slot,
            workspace: loaded.workspace,
            revision: loaded.revision,
            status: loaded.status,
            notice: loaded.notice,
        }
    }

    fn open(&self) -> Open<'_> {
        Open {
            slot: &self.slot,
            workspace: &self.workspace,
            revision: self.revision,
            saved_text: &self.saved_text,
            status: &self.status,
            notice: self.notice.as_ref().map(|n| n.kind),
        }
    }

    /// Applies `outcome` the way `app::persistence::apply` does, and returns it.
    fn apply(&mut self, outcome: Outcome) -> Outcome {
        let kept = outcome.clone();
        if let Some(text) = outcome.saved_text {
            self.saved_text = text;
        }
        if let Some(revision) = outcome.revision {
            self.revision = revision;
        }
        if let Some(status) = outcome.status {
            self.status = status;
        }
        if let Some(workspace) = outcome.open {
            self.workspace = workspace;
        }
        if let Some(notice) = outcome.notice {
            self.notice = notice;
        }
        kept
    }

    /// An edit the user makes, as a command would; like the app, a paused
    /// tab stays paused.
    fn edit(&mut self, description: &str) {
        if !self.status.is_paused() {
            self.status = SaveStatus::Saving;
        }
        self.workspace.description = description.to_string();
    }

    fn autosave(&mut self, store: &mut (impl WorkspaceStore + ?Sized)) -> Outcome {
        let outcome = super::save(store, &self.open(), NOW);
        self.apply(outcome)
    }
}

/// A store holding `workspace` in `slot`, saved once.
fn store_with(slot: &str, workspace: &Workspace) -> MemoryStore {
    let mut store = MemoryStore::new();
    super::store_new(&mut store, slot, workspace, NOW).unwrap();
    store
}

/// A tab that opened `slot` of `store`.
fn tab_on(store: &mut (impl WorkspaceStore + ?Sized), slot: &str) -> Tab {
    Tab::opened(super::load(store, slot, NOW))
}

fn named(name: &str) -> Workspace {
    conway_model::sample::blank_workspace(name)
}

/// The raw stored value of a slot, to prove it was never touched.
fn raw(store: &(impl WorkspaceStore + ?Sized), slot: &str) -> Option<String> {
    store.get_raw(&conway_storage::slot_key(slot)).unwrap()
}

/// A workspace file of a version this Conway does not know.
fn newer_file() -> String {
    let text = conway_format::write(&named("From the future"));
    text.replacen("\"version\": 2", "\"version\": 9", 1)
}

fn conflict_notice() -> Notice {
    Notice {
        kind: NoticeKind::Conflict,
        title: "Changed in another tab".into(),
        detail: "This workspace was saved from another tab while you had unsaved changes here. Choose which copy to keep.".into(),
        download: None,
    }
}

const CONFLICT_STATUS: &str =
    "This workspace was saved from another tab. Your changes here are not saved yet.";

const NEWER_FROM_OTHER_TAB: &str = "Another tab saved this workspace with a newer Conway (file version 9). Reload the page to update; until then nothing is saved here, so the newer data stays intact. Export keeps a copy of what you see.";

#[test]
fn newer_file_is_refused_as_newer() {
    assert_eq!(
        conway_format::read(&newer_file()),
        Err(conway_format::LoadError::NewerVersion { found: 9 })
    );
}
