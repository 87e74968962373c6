//! The frame around the panes: header, notices, the workspace list, search, the
//! shortcuts overlay and the overview tabs.

pub mod export_picture;
pub mod header;
pub mod menu;
pub mod notice;
pub mod overview;
pub mod print;
pub mod room;
pub mod search;
pub mod share;
pub mod shortcuts;
pub mod workspaces;
