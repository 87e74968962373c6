//! Saving the open workspace: serialised once, written only if it changed,
//! and only over the revision this tab last read or wrote, so another tab's
//! newer save is never overwritten silently. A failed write leaves the
//! stored copy exactly as it was.

use super::{Notice, NoticeKind, Outcome, SaveStatus};
use conway_model::Workspace;
use conway_storage::{StoreError, Summary, WorkspaceStore};

/// What this tab shows and knows of the stored copy of its workspace.
#[derive(Clone, Copy, Debug)]
pub struct Open<'a> {
    pub slot: &'a str,
    pub workspace: &'a Workspace,
    /// The stored revision this tab last read or wrote (0: never saved).
    pub revision: u64,
    /// The workspace as this tab last saved or loaded it, as `format::write` gives it.
    pub saved_text: &'a str,
    pub status: &'a SaveStatus,
    /// The kind of notice shown, if any.
    pub notice: Option<NoticeKind>,
}

impl Open<'_> {
    fn text(&self) -> String {
        conway_format::write(self.workspace)
    }
}

/// Whether the open workspace differs from what this tab last saved or loaded.
pub fn has_unsaved_changes(open: &Open) -> bool {
    open.text() != open.saved_text
}

/// An autosave: writes the workspace if it changed and saving is not paused.
pub fn save(store: &mut (impl WorkspaceStore + ?Sized), open: &Open, now: &str) -> Outcome {
    let text = (!open.status.is_paused()).then(|| open.text());
    match text {
        Some(text) if text != open.saved_text => write_text(store, open, text, now),
        _ => Outcome {
            status: (*open.status == SaveStatus::Saving).then_some(SaveStatus::Saved),
            ..Outcome::default()
        },
    }
}

/// Stores `text`, the open workspace as `format::write` gives it, and the
/// summary the workspace list shows of it.
fn write_text(
    store: &mut (impl WorkspaceStore + ?Sized),
    open: &Open,
    text: String,
    now: &str,
) -> Outcome {
    match store.write(open.slot, &text, open.revision) {
        Ok(revision) => {
            // The list's summary is derived data; failing to write it loses nothing.
            let _ = store.write_summary(&Summary {
                slot: open.slot.to_string(),
                name: open.workspace.name.clone(),
                saved_at: now.to_string(),
                elements: open.workspace.elements.len(),
            });
            Outcome {
                status: Some(SaveStatus::Saved),
                revision: Some(revision),
                saved_text: Some(text),
                catalogue_changed: true,
                ..Outcome::default()
            }
        }
        Err(StoreError::Conflict { .. }) => Outcome::conflict(),
        Err(error) => Outcome {
            status: Some(SaveStatus::Failed(error.to_string())),
            ..Outcome::default()
        },
    }
}

/// The open workspace saved before another one is opened.
#[derive(Debug, PartialEq)]
pub struct Leave {
    pub outcome: Outcome,
    /// Whether everything shown is in storage, so the tab may open another workspace.
    pub safe: bool,
}

/// Saves the open workspace before another one is opened, including one never
/// saved (the sample of a first visit), so it stays in the list. When it
/// cannot be saved, the outcome says why, unless a conflict notice already
/// offers the way out (keep mine, load theirs).
pub fn leave(store: &mut (impl WorkspaceStore + ?Sized), open: &Open, now: &str) -> Leave {
    let text = open.text();
    let unsaved = text != open.saved_text;
    let (outcome, safe) = if open.status.is_paused() {
        (Outcome::default(), !unsaved)
    } else if unsaved || open.revision == 0 {
        let outcome = write_text(store, open, text, now);
        let safe = outcome.saved_text.is_some();
        (outcome, safe)
    } else {
        (Outcome::default(), true)
    };
    if safe {
        return Leave { outcome, safe };
    }
    let notice = match &outcome.notice {
        Some(shown) => shown.as_ref().map(|n| n.kind),
        None => open.notice,
    };
    if notice == Some(NoticeKind::Conflict) {
        return Leave { outcome, safe };
    }
    let refusal = Notice::error(
        "The open workspace could not be saved",
        "Opening another workspace now would lose it or its latest changes. Export it first, or free browser storage, then try again.",
    );
    Leave {
        outcome: Outcome {
            notice: Some(Some(refusal)),
            ..outcome
        },
        safe,
    }
}
