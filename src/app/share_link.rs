//! Share links: the whole workspace in the address's fragment, which never
//! reaches a server (`conway_share::link`). Copying one shows its length and
//! warns or refuses when it is too long; opening one shows that workspace
//! read-only, in no slot and saving nothing, until the user saves it to
//! their workspaces as a new one (never over another). A link is untrusted
//! input: decoding and `conway_format::read` refuse what a file would be
//! refused for, with the same messages.

use leptos::prelude::*;

use super::{AppState, SaveStatus};
use conway_format as format;
use conway_share::link::{self, LinkLength};

/// Why the open workspace cannot be changed, for the refusal and the status.
const READ_ONLY: &str =
    "This shared workspace is read-only. Save it to your workspaces to change it.";

/// A link to the open workspace, and how the dialog should treat its length.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareLink {
    pub url: String,
    pub length: LinkLength,
}

impl AppState {
    /// The share link of the open workspace as it is now.
    pub fn share_link(&self) -> ShareLink {
        let fragment = super::timing::measured("conway:share-link", || {
            link::encode(&self.doc.workspace.with_untracked(format::write))
        });
        let url = format!("{}#{fragment}", page_address());
        ShareLink {
            length: link::advice(url.len()),
            url,
        }
    }

    /// While a shared workspace is shown, says it cannot be changed; true then.
    pub(super) fn read_only_refusal(&self) -> bool {
        let shared = self.doc.shared.get_untracked();
        if shared {
            self.show_info("Read-only", READ_ONLY);
        }
        shared
    }
}

/// The page's address without its fragment or query.
fn page_address() -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_else(|_| "/".into());
    format!("{origin}{path}")
}

/// Forgets the link in the address bar (without reloading), so a reload
/// opens the user's own workspaces again.
fn clear_address() {
    if let Ok(history) = window().history() {
        let _ =
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_address()));
    }
}

/// The workspace a share link in the address carries, if the address has
/// one: `Err` says why it cannot be opened (the caller opens the user's own
/// workspaces instead, unchanged).
pub fn open_shared_link() -> Option<Result<conway_model::Workspace, String>> {
    let hash = window().location().hash().ok()?;
    if !hash.trim_start_matches('#').starts_with("w=") {
        return None;
    }
    let result = link::decode(&hash)
        .map_err(|e| e.to_string())
        .and_then(|text| format::read(&text).map_err(|e| e.to_string()));
    if result.is_err() {
        clear_address();
    }
    Some(result)
}

/// A share link pasted into the address of an open Conway (only the fragment
/// changes, so the page does not reload): the open workspace is saved, then
/// the link's is shown read-only; a link that cannot be opened says why.
pub fn follow_shared_link(state: AppState) {
    match open_shared_link() {
        None => {}
        Some(Err(reason)) => state.show_error(
            "This share link could not be opened",
            format!("{reason}\nYour workspace is unchanged."),
        ),
        Some(Ok(workspace))
            if state.doc.shared.get_untracked() || super::persistence::leave(state) =>
        {
            show_shared(state, workspace);
        }
        // The open workspace could not be saved: it stays, and says why.
        Some(Ok(_)) => {}
    }
}

/// Shows a workspace from a link read-only: in a slot of its own that is
/// never written, with saving paused.
pub fn show_shared(state: AppState, workspace: conway_model::Workspace) {
    state.doc.last_saved.set_value(format::write(&workspace));
    state.doc.slot.set(super::persistence::new_slot());
    state.doc.revision.set(0);
    state
        .doc
        .save_status
        .set(SaveStatus::Paused(READ_ONLY.into()));
    state.doc.shared.set(true);
    state.open(workspace);
}

/// Adds the shared workspace to the user's workspaces, as a new one.
pub fn save_shared(state: AppState) {
    let workspace = state.doc.workspace.get_untracked();
    let name = workspace.name.clone();
    state.doc.shared.set(false);
    if super::create_workspace(state, workspace) {
        clear_address();
        state.show_info(
            format!("Saved \"{name}\" to your workspaces"),
            "It is yours now: changes are saved as you make them.",
        );
    } else {
        state.doc.shared.set(true);
    }
}

/// Leaves the shared workspace for the user's own, as they left them.
pub fn close_shared(state: AppState) {
    clear_address();
    state.doc.shared.set(false);
    super::workspaces::show_loaded(state, super::initial_workspace());
}
