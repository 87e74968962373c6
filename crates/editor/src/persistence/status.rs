//! What the policy asks the app to show: the save status in the header, the
//! notice above the panes, and the `Outcome` of one step, which says only
//! what changes so the app can apply it without deciding anything.

use conway_model::Workspace;
use conway_storage::StoreError;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The last save failed; the message says why and what still works.
    Failed(String),
    /// Saving is off because storage holds data this Conway must not overwrite.
    Paused(String),
}

impl SaveStatus {
    pub fn is_paused(&self) -> bool {
        matches!(self, SaveStatus::Paused(_))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
    /// Another tab saved this workspace; the user chooses whose copy wins.
    Conflict,
}

/// A message shown above the panes until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: String,
    pub detail: String,
    /// Raw text the user can download, e.g. a damaged saved copy.
    pub download: Option<(String, String)>,
}

impl Notice {
    pub fn error(title: impl Into<String>, detail: impl Into<String>) -> Notice {
        Notice {
            kind: NoticeKind::Error,
            title: title.into(),
            detail: detail.into(),
            download: None,
        }
    }
}

/// What one step of the policy changes in the app; `None` leaves a thing as it is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub status: Option<SaveStatus>,
    /// `Some(None)` takes the notice away.
    pub notice: Option<Option<Notice>>,
    /// The stored revision this tab now works from.
    pub revision: Option<u64>,
    /// The workspace text the slot now holds as this tab knows it, so later
    /// saves can tell whether anything changed.
    pub saved_text: Option<String>,
    /// A workspace to open in place of the one shown (another tab's copy).
    pub open: Option<Workspace>,
    /// Whether the workspace list must read storage again.
    pub catalogue_changed: bool,
}

impl Outcome {
    pub(super) fn notice(notice: Notice) -> Outcome {
        Outcome {
            notice: Some(Some(notice)),
            ..Outcome::default()
        }
    }

    /// Another tab saved while this one has changes: the user chooses.
    pub(super) fn conflict() -> Outcome {
        let error = StoreError::Conflict {
            stored: 0,
            expected: 0,
        };
        Outcome {
            status: Some(SaveStatus::Failed(error.to_string())),
            notice: Some(Some(Notice {
                kind: NoticeKind::Conflict,
                title: "Changed in another tab".into(),
                detail: "This workspace was saved from another tab while you had unsaved changes here. Choose which copy to keep.".into(),
                download: None,
            })),
            ..Outcome::default()
        }
    }

    /// Storage now holds a workspace from a newer Conway: saving pauses.
    pub(super) fn paused_for_newer(found: u64) -> Outcome {
        let why = format!("Another tab saved this workspace with a newer Conway (file version {found}). Reload the page to update; until then nothing is saved here, so the newer data stays intact. Export keeps a copy of what you see.");
        Outcome {
            status: Some(SaveStatus::Paused(why.clone())),
            notice: Some(Some(Notice::error("Saved by a newer Conway", why))),
            ..Outcome::default()
        }
    }
}
