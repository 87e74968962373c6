//! Application state and the work behind the UI: which workspace is open, what
//! is selected, saving and loading, import and export, theme. Components read
//! this state and call these functions; they hold no logic of their own.

mod camera;
mod clipboard;
mod concerns;
mod connecting;
mod decisions;
mod editing;
mod elements;
mod files;
mod framework;
mod glossary;
mod keymap;
mod launch;
mod layout;
mod layout_job;
mod local_store;
mod madr;
mod ownership;
mod persistence;
mod picture;
mod print;
mod publish;
mod room;
mod selection;
mod share_link;
mod state;
mod theme;
mod timing;
mod views;
mod worker_job;
mod workspaces;

pub use connecting::kinds_between;
pub use decisions::today;
pub use editing::{BIG_NUDGE, NUDGE};
pub use files::{download as files_download, export_workspace, import_file};
pub use keymap::{handle_key, key_press, perform};
pub use launch::accept_launches;
pub use layout_job::LayoutRun;
pub use local_store::LocalStore;
pub use madr::{chosen_files, export_madr, import_madr};
pub use persistence::{initial_workspace, keep_mine, load_theirs, start_autosave};
pub use picture::{export_all_views, PictureChoice, PictureFormat};
pub use print::print;
pub use publish::publish_page;
pub use share_link::{
    close_shared, follow_shared_link, open_shared_link, save_shared, show_shared, ShareLink,
};
pub use state::{AppState, Notice, NoticeKind, SaveStatus, Selection};
pub use theme::{apply_theme, follow_system_theme, Theme};
pub use workspaces::{
    catalogue, create_workspace, delete_workspace, duplicate_workspace, open_workspace,
    refresh_catalogue, rename_workspace,
};
