//! How the window's room is shared: both maps side by side, or one of them
//! alone (maximised), and whether the side panel is shown. Plain values; the
//! web crate keeps them in signals and remembers the panel per browser.

use conway_model::ViewKind;

/// Which maps the window shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PaneLayout {
    /// The system map and the organisation map side by side.
    #[default]
    Both,
    /// One map alone, with all the room.
    Only(ViewKind),
}

impl PaneLayout {
    /// Every layout, in the order the layout switch offers them.
    pub const ALL: [PaneLayout; 3] = [
        PaneLayout::Only(ViewKind::System),
        PaneLayout::Both,
        PaneLayout::Only(ViewKind::Org),
    ];

    pub fn shows(self, kind: ViewKind) -> bool {
        self == PaneLayout::Both || self == PaneLayout::Only(kind)
    }

    /// Whether `kind` has the room to itself.
    pub fn maximised(self, kind: ViewKind) -> bool {
        self == PaneLayout::Only(kind)
    }

    /// Maximise `kind`, or restore both if it already is.
    pub fn toggle_maximised(self, kind: ViewKind) -> PaneLayout {
        if self.maximised(kind) {
            PaneLayout::Both
        } else {
            PaneLayout::Only(kind)
        }
    }

    /// The layout switch's name for it.
    pub fn label(self) -> &'static str {
        match self {
            PaneLayout::Both => "Both maps",
            PaneLayout::Only(ViewKind::System) => "System map only",
            PaneLayout::Only(ViewKind::Org) => "Organisation map only",
        }
    }

    /// The pane shortcuts act on when `active` was last used: the one shown.
    pub fn active(self, active: ViewKind) -> ViewKind {
        match self {
            PaneLayout::Only(kind) => kind,
            PaneLayout::Both => active,
        }
    }
}

/// A remembered side-panel setting, as kept in the browser: shown unless
/// the user hid it.
pub fn panel_shown(remembered: Option<&str>) -> bool {
    remembered != Some("hidden")
}

/// How the side-panel setting is remembered.
pub fn panel_setting(shown: bool) -> &'static str {
    if shown {
        "shown"
    } else {
        "hidden"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maximising_a_pane_gives_it_the_room_and_again_restores_both() {
        let one = PaneLayout::Both.toggle_maximised(ViewKind::Org);
        assert_eq!(one, PaneLayout::Only(ViewKind::Org));
        assert!(one.shows(ViewKind::Org) && !one.shows(ViewKind::System));
        assert_eq!(
            one.active(ViewKind::System),
            ViewKind::Org,
            "shortcuts act on the pane shown"
        );
        assert_eq!(one.toggle_maximised(ViewKind::Org), PaneLayout::Both);
        assert_eq!(
            one.toggle_maximised(ViewKind::System),
            PaneLayout::Only(ViewKind::System)
        );
        assert!(PaneLayout::Both.shows(ViewKind::System) && PaneLayout::Both.shows(ViewKind::Org));
    }

    #[test]
    fn the_panel_is_shown_unless_the_user_hid_it() {
        assert!(panel_shown(None));
        assert!(panel_shown(Some("junk")));
        assert!(!panel_shown(Some(panel_setting(false))));
        assert!(panel_shown(Some(panel_setting(true))));
    }
}
