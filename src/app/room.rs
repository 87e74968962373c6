//! The window's room: maximising a map or showing both, and hiding the side
//! panel and the minimaps, the last two remembered in this browser. What the
//! layouts mean is `conway_editor::session::PaneLayout`'s; this module only
//! keeps the signals and the remembered settings.

use leptos::prelude::*;

use super::{AppState, LocalStore};
use conway_editor::session::{panel_setting, panel_shown, PaneLayout};
use conway_model::ViewKind;
use conway_storage::WorkspaceStore;

pub const PANEL_KEY: &str = "conway/side-panel";
pub const MINIMAP_KEY: &str = "conway/minimap";

/// Whether the thing remembered under `key` is shown (it is unless hidden).
pub fn remembered(key: &str) -> bool {
    panel_shown(LocalStore.get_raw(key).ok().flatten().as_deref())
}

fn remember(key: &str, shown: bool) {
    // A setting that cannot be remembered still applies for this visit.
    let _ = LocalStore.set_raw(key, panel_setting(shown));
}

impl AppState {
    pub fn toggle_side_panel(&self) {
        let shown = !self.session.panel_shown.get_untracked();
        remember(PANEL_KEY, shown);
        self.session.panel_shown.set(shown);
    }

    pub fn toggle_minimap(&self) {
        let shown = !self.session.minimap_shown.get_untracked();
        remember(MINIMAP_KEY, shown);
        self.session.minimap_shown.set(shown);
    }

    /// Shows `layout`; the map left on its own becomes the one shortcuts act on.
    pub fn set_layout(&self, layout: PaneLayout) {
        if let PaneLayout::Only(kind) = layout {
            self.session.active_pane.set(kind);
        }
        self.session.layout.set(layout);
    }

    /// Maximises `kind`'s map, or restores both if it is maximised.
    pub fn toggle_maximised(&self, kind: ViewKind) {
        self.set_layout(self.session.layout.get_untracked().toggle_maximised(kind));
    }
}
