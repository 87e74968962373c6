//! The owner legend of a view coloured by owner, as
//! `src/ui/org/owner_legend.rs` shows it over the canvas: each team owning
//! something the view shows, with its colour and how many it owns, then
//! what no team owns. In a picture it sits under the drawing, at its left
//! (the canvas floats it at the pane's bottom left); its close button is
//! the editor's and stays out.

use conway_editor::scene::team_colours;
use conway_geometry::Rect;
use conway_model::{Id, View, Workspace};

use super::theme::{fixed, Palette};
use super::xml::{num, translate, Attrs, Xml};

/// Padding inside the legend's box, across and down (`.owner-legend`).
const PADDING: (f64, f64) = (10.0, 8.0);
/// The heading's row (its close button is 22 px high) and the gap under it.
const HEAD: f64 = 22.0;
const HEAD_GAP: f64 = 4.0;
/// A row's height (12 px text, 1 px padding) and the gap between rows.
const ROW: f64 = 17.0;
const ROW_GAP: f64 = 4.0;
/// The swatch (`.swatch`) and the gap after it.
const SWATCH: (f64, f64) = (14.0, 10.0);
const SWATCH_GAP: f64 = 6.0;
/// Average width of a 12 px character of the system UI font.
const LEGEND_CHAR: f64 = 6.6;
/// Room between the drawing and the legend under it.
pub(super) const LEGEND_GAP: f64 = 16.0;

/// One line of the legend: a team's colour (or none, for "No owner"), its
/// name and how many of the view's elements it owns.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LegendEntry {
    pub colour: Option<usize>,
    pub name: String,
    pub count: usize,
}

/// The legend's lines for `view`: owning teams by name, then "No owner".
/// Teams are told apart by id (the canvas's legend groups them by name).
pub(super) fn legend_entries(ws: &Workspace, view: &View) -> Vec<LegendEntry> {
    let colours = team_colours(ws);
    let mut teams: Vec<(&Id, LegendEntry)> = Vec::new();
    let mut unowned = 0;
    for p in &view.placements {
        let Some(e) = ws.element(&p.element).filter(|e| e.kind.is_ownable()) else {
            continue;
        };
        let owner = e
            .owner
            .as_ref()
            .and_then(|o| Some((o, *colours.get(o)?, ws.element(o)?)));
        match owner {
            Some((id, colour, team)) => match teams.iter_mut().find(|(t, _)| *t == id) {
                Some((_, entry)) => entry.count += 1,
                None => teams.push((
                    id,
                    LegendEntry {
                        colour: Some(colour),
                        name: team.name.clone(),
                        count: 1,
                    },
                )),
            },
            None => unowned += 1,
        }
    }
    teams.sort_by_key(|(_, t)| t.name.to_lowercase());
    let mut entries: Vec<LegendEntry> = teams.into_iter().map(|(_, t)| t).collect();
    if unowned > 0 {
        entries.push(LegendEntry {
            colour: None,
            name: "No owner".to_string(),
            count: unowned,
        });
    }
    entries
}

/// The legend's box when its top-left corner is at `at`.
pub(super) fn legend_box(entries: &[LegendEntry], at: (f64, f64)) -> Rect {
    let longest = entries
        .iter()
        .map(|e| e.name.chars().count() + 1 + e.count.to_string().len())
        .max()
        .unwrap_or(0) as f64;
    let row_width = SWATCH.0 + SWATCH_GAP + longest * LEGEND_CHAR;
    let n = entries.len() as f64;
    Rect::new(
        at.0,
        at.1,
        (row_width + 2.0 * PADDING.0).max(100.0),
        2.0 * PADDING.1 + HEAD + HEAD_GAP + n * ROW + (n - 1.0).max(0.0) * ROW_GAP,
    )
}

/// `.owner-legend` (style/org.css): a box in `--surface` with a
/// `--border` line, "Owner" in bold, one row per entry.
pub(super) fn draw_legend(xml: &mut Xml, entries: &[LegendEntry], frame: Rect, p: &Palette) {
    xml.open(
        "g",
        Attrs::new()
            .with("class", "owner-legend")
            .with("transform", translate((frame.x, frame.y)))
            .num("font-size", 12.0),
    );
    xml.text("title", Attrs::new(), "Owners");
    xml.empty(
        "rect",
        Attrs::new()
            .num("width", frame.width)
            .num("height", frame.height)
            .num("rx", 10.0)
            .fill(p.surface)
            .stroke(p.border),
    );
    let baseline = PADDING.1 + HEAD / 2.0 + 4.0;
    let head = Attrs::new().num("x", PADDING.0).num("y", baseline);
    xml.text(
        "text",
        head.with("font-weight", "700").fill(p.text),
        "Owner",
    );
    for (i, entry) in entries.iter().enumerate() {
        let top = PADDING.1 + HEAD + HEAD_GAP + i as f64 * (ROW + ROW_GAP);
        legend_row(xml, entry, top, p);
    }
    xml.close();
}

fn legend_row(xml: &mut Xml, entry: &LegendEntry, top: f64, p: &Palette) {
    let swatch = Attrs::new()
        .num("x", PADDING.0)
        .num("y", top + (ROW - SWATCH.1) / 2.0)
        .num("width", SWATCH.0)
        .num("height", SWATCH.1)
        .num("rx", 3.0);
    // `.swatch` takes the owner's colours; `.swatch.unowned` is a dashed outline.
    let swatch = match entry.colour {
        Some(i) => {
            let (fill, line) = fixed::OWNERS[i % fixed::OWNERS.len()];
            swatch.fill(fill).stroke(line)
        }
        None => swatch
            .with("fill", "none")
            .stroke(fixed::UNOWNED_LINE)
            .with("stroke-dasharray", "3 2"),
    };
    xml.empty("rect", swatch);
    let x = PADDING.0 + SWATCH.0 + SWATCH_GAP;
    xml.open(
        "text",
        Attrs::new().num("x", x).num("y", top + 12.5).fill(p.text),
    );
    // The space goes before the count's tspan, not in it: some renderers
    // drop white space that starts a tspan.
    xml.chars(&entry.name);
    xml.chars(" ");
    xml.text(
        "tspan",
        Attrs::new().fill(p.muted),
        &num(entry.count as f64),
    );
    xml.close();
}
