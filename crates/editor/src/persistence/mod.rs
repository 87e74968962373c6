//! The load, save and conflict policy of the open workspace, written against
//! any `WorkspaceStore`: what the app opens with, how an autosave is written,
//! what another tab's save does here, and how the workspace list changes.
//! Every step returns what to show (a save status, a notice with its exact
//! words, a workspace to open) as plain data for the web half to put on
//! screen. It never overwrites a stored copy it could not read, never keeps
//! time or randomness of its own (the caller passes the time and new slot
//! names), and never touches the browser.

mod list;
mod load;
mod other_tab;
mod save;
mod status;

pub use list::{
    catalogue, delete, duplicate, listed, rename, store_new, stored_workspace, Deleted, Rename,
};
pub use load::{load, open_on_start, slot_name, switch, Loaded};
pub use other_tab::{keep_mine, load_theirs, other_tab_changed};
pub use save::{has_unsaved_changes, leave, save, Leave, Open};
pub use status::{Notice, NoticeKind, Outcome, SaveStatus};

#[cfg(test)]
mod tests;
