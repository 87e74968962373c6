//! What floats over a pane's canvas (the palette, the minimap, the "as of"
//! bar under the organisation map, the owner legend), as the style sheets
//! place it (main.css `.palette`, `.minimap`; org.css `.as-of`,
//! `.owner-legend`), turned into the `Insets` a fit keeps clear of. The
//! browser tests check that fitted content stays clear of each.

use super::Insets;
use conway_model::{ViewKind, Workspace};

/// The minimap's size (ui/canvas/minimap.rs draws it so).
pub const MINIMAP_SIZE: (f64, f64) = (132.0, 88.0);
/// From the canvas's left edge to just right of the palette.
const PALETTE_RIGHT: f64 = 62.0;
/// From the canvas's bottom edge to just above the minimap.
const MINIMAP_TOP: f64 = MINIMAP_SIZE.1 + 18.0;
/// From the canvas's bottom edge to just above the "as of" bar.
const AS_OF_TOP: f64 = 58.0;
/// The owner legend: its head, and each row (a team, or "no owner").
const LEGEND_HEAD: f64 = 48.0;
const LEGEND_ROW: f64 = 19.0;
/// The legend scrolls beyond this share of the canvas's height.
const LEGEND_MOST: f64 = 0.45;

/// What floats over one pane's canvas.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Overlays {
    pub minimap: bool,
    /// The owner legend, with this many rows (owner teams, and "no owner").
    pub legend_rows: Option<usize>,
}

impl Overlays {
    /// The room the overlays of a `kind` pane `height` pixels tall take.
    pub fn insets(self, kind: ViewKind, height: f64) -> Insets {
        let mut bottom: f64 = 0.0;
        if self.minimap {
            bottom = bottom.max(MINIMAP_TOP);
        }
        if kind == ViewKind::Org {
            bottom = bottom.max(AS_OF_TOP);
        }
        if let Some(rows) = self.legend_rows {
            let legend = LEGEND_HEAD + LEGEND_ROW * rows as f64;
            bottom = bottom.max(legend.min(height * LEGEND_MOST));
        }
        Insets {
            left: PALETTE_RIGHT,
            bottom,
            ..Insets::default()
        }
    }
}

/// The rows of the owner legend of `view`: one per owner team of what it
/// shows, and one for what no team owns.
pub fn legend_rows(ws: &Workspace, view: &conway_model::View) -> usize {
    let mut owners: Vec<Option<&conway_model::Id>> = view
        .placements
        .iter()
        .filter_map(|p| ws.element(&p.element))
        .filter(|e| e.kind.is_ownable())
        .map(|e| e.owner.as_ref())
        .collect();
    owners.sort();
    owners.dedup();
    owners.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_is_always_on_the_left_and_the_tallest_bottom_overlay_counts() {
        let bare = Overlays::default().insets(ViewKind::System, 600.0);
        assert_eq!((bare.left, bare.bottom), (PALETTE_RIGHT, 0.0));
        let minimap = Overlays {
            minimap: true,
            legend_rows: None,
        };
        assert_eq!(minimap.insets(ViewKind::System, 600.0).bottom, MINIMAP_TOP);
        assert_eq!(
            Overlays::default().insets(ViewKind::Org, 600.0).bottom,
            AS_OF_TOP
        );
        let legend = Overlays {
            minimap: true,
            legend_rows: Some(5),
        };
        assert_eq!(
            legend.insets(ViewKind::System, 600.0).bottom,
            LEGEND_HEAD + 5.0 * LEGEND_ROW
        );
    }

    #[test]
    fn a_long_legend_takes_at_most_its_share_of_the_pane() {
        let long = Overlays {
            minimap: false,
            legend_rows: Some(40),
        };
        assert_eq!(
            long.insets(ViewKind::System, 400.0).bottom,
            400.0 * LEGEND_MOST
        );
    }

    #[test]
    fn the_samples_first_view_has_a_row_per_owner_team_and_one_for_no_owner() {
        let ws = conway_model::sample::sample_workspace();
        let view = ws
            .views
            .iter()
            .find(|v| v.name == "Online Store: Containers")
            .unwrap();
        let teams: std::collections::BTreeSet<_> = view
            .placements
            .iter()
            .filter_map(|p| ws.element(&p.element))
            .filter(|e| e.kind.is_ownable())
            .map(|e| e.owner.clone())
            .collect();
        assert_eq!(legend_rows(&ws, view), teams.len());
        assert!(
            teams.contains(&None),
            "the sample has an unowned element there"
        );
    }
}
