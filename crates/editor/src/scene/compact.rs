//! Level of detail: how an element reads when the canvas is zoomed out. A
//! full card's 14 px name is unreadable below `DETAIL_ZOOM`, so there the
//! canvas draws the compact labels instead: the name alone, as large as its
//! box allows, under a small mark of its kind. Plain data; whoever shows the
//! scene picks full or compact by zoom, and this module never sees a camera.

use super::shape::Shape;
use super::text::{marked, LabelAnchor, LabelLine, LineRole, TextPiece};
use conway_analysis::TermFinder;
use conway_geometry::wrap;
use conway_model::{View, Workspace};

/// The smallest on-screen size, in CSS pixels, at which a name reads easily.
pub const READABLE_NAME_PX: f64 = 11.0;
/// A full card's name size, in canvas units (the canvas's `.label-name`).
pub const NAME_FONT: f64 = 14.0;
/// Below this zoom a full card's name is smaller than `READABLE_NAME_PX`:
/// the canvas draws compact labels.
pub const DETAIL_ZOOM: f64 = READABLE_NAME_PX / NAME_FONT;
/// The largest and smallest compact name sizes, in canvas units. The
/// smallest is still readable at a zoom well below `DETAIL_ZOOM`.
pub const COMPACT_LARGEST: f64 = 36.0;
pub const COMPACT_SMALLEST: f64 = 20.0;
/// Sizes are tried from the largest down, in steps of this much.
const COMPACT_STEP: f64 = 2.0;
/// At most this many lines of a compact name.
const COMPACT_LINES: usize = 3;
/// A line's height, as a multiple of its font size.
const LINE_HEIGHT: f64 = 1.15;
/// The kind mark's size, as a share of the name's.
const MARK_SHARE: f64 = 0.5;
/// Room kept clear around compact labels, across and down, together.
const PADDING: (f64, f64) = (20.0, 16.0);
/// A boundary's compact name: left inset, and room under the name's
/// baseline before the children (whose top margin is 48).
const BOUNDARY_X: f64 = 14.0;
const BOUNDARY_LARGEST: f64 = 28.0;
const BOUNDARY_BASELINE_GAP: f64 = 8.0;

/// The labels drawn when zoomed out: name lines (`LineRole::Name`) at
/// `font`, and the kind mark (`LineRole::Caption`) at `mark_font`.
#[derive(Clone, Debug, PartialEq)]
pub struct CompactLabels {
    pub anchor: LabelAnchor,
    pub font: f64,
    pub mark_font: f64,
    pub lines: Vec<LabelLine>,
}

/// The average width of a character of a compact name, as a share of its
/// size: wider than a full card's (`NAME_CHAR` at 14 px) because a large
/// name is read whole, so capitals and wide letters must not spill out.
const CHAR_SHARE: f64 = 0.68;

/// How wide a character of a bold name of `font` units is, on average.
fn char_width(font: f64) -> f64 {
    CHAR_SHARE * font
}

/// The sizes tried, largest first.
fn sizes(largest: f64) -> impl Iterator<Item = f64> {
    let steps = ((largest - COMPACT_SMALLEST) / COMPACT_STEP).max(0.0) as usize;
    (0..=steps).map(move |i| largest - i as f64 * COMPACT_STEP)
}

/// Whether wrapping kept every word (it ends with an ellipsis when it cut).
fn whole(name: &str, lines: &[String]) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let kept: Vec<&str> = lines.iter().flat_map(|l| l.split_whitespace()).collect();
    words == kept
}

fn line(role: LineRole, x: f64, y: f64, text: String) -> LabelLine {
    LabelLine {
        role,
        x,
        y,
        pieces: vec![TextPiece { text, term: None }],
    }
}

/// An element's compact labels in a `width` × `height` box whose labels
/// start `top` down (below a person's head): the largest name that fits
/// whole in three lines, else the smallest size, cut with an ellipsis. The
/// glossary terms in `terms` are marked in the name, as on a full card.
pub fn compact_labels(
    name: &str,
    kind: &str,
    terms: &[conway_model::Term],
    (width, height): (f64, f64),
    top: f64,
) -> CompactLabels {
    let room = (width - PADDING.0, height - top - PADDING.1);
    let fits = |font: f64| {
        let chars = (room.0 / char_width(font)).max(1.0) as usize;
        let lines = wrap(name, chars, COMPACT_LINES);
        let tall = (lines.len() as f64 + MARK_SHARE) * font * LINE_HEIGHT;
        (tall <= room.1 && whole(name, &lines)).then_some((font, lines))
    };
    let (font, lines) = sizes(COMPACT_LARGEST).find_map(fits).unwrap_or_else(|| {
        let chars = (room.0 / char_width(COMPACT_SMALLEST)).max(1.0) as usize;
        let most = ((room.1 / (COMPACT_SMALLEST * LINE_HEIGHT)) as usize).clamp(1, COMPACT_LINES);
        (COMPACT_SMALLEST, wrap(name, chars, most))
    });
    let mark_font = font * MARK_SHARE;
    let block = (lines.len() as f64 + MARK_SHARE) * font * LINE_HEIGHT;
    let x = width / 2.0;
    // Baselines sit about 0.8 of a line below the line's top.
    let mut y = top + (height - top - block) / 2.0 + mark_font * LINE_HEIGHT * 0.8;
    let mut out = vec![line(LineRole::Caption, x, y, kind.to_string())];
    y += mark_font * LINE_HEIGHT * 0.2 + font * LINE_HEIGHT * 0.8;
    let finder = TermFinder::new(terms);
    for text in lines {
        out.push(LabelLine {
            role: LineRole::Name,
            x,
            y,
            pieces: marked(&finder, &text),
        });
        y += font * LINE_HEIGHT;
    }
    CompactLabels {
        anchor: LabelAnchor::Middle,
        font,
        mark_font,
        lines: out,
    }
}

/// A boundary's compact label: its name on one line in the room above its
/// children, as large as its width allows.
pub fn compact_boundary_labels(name: &str, width: f64) -> CompactLabels {
    let room = width - 2.0 * BOUNDARY_X;
    let font = sizes(BOUNDARY_LARGEST)
        .find(|&font| name.chars().count() as f64 * char_width(font) <= room)
        .unwrap_or(COMPACT_SMALLEST);
    let chars = (room / char_width(font)).max(1.0) as usize;
    let text = wrap(name, chars, 1).concat();
    CompactLabels {
        anchor: LabelAnchor::Start,
        font,
        mark_font: font * MARK_SHARE,
        lines: vec![line(
            LineRole::Name,
            BOUNDARY_X,
            font + BOUNDARY_BASELINE_GAP,
            text,
        )],
    }
}

/// The zoom from which every compact name in `fonts` is readable: a view
/// fitted on opening is not shown further out than this.
pub fn readable_zoom(fonts: impl IntoIterator<Item = f64>) -> f64 {
    let smallest = fonts.into_iter().fold(COMPACT_LARGEST, f64::min);
    READABLE_NAME_PX / smallest.max(1.0)
}

/// The zoom from which every name in `view` reads easily when zoomed out.
pub fn view_readable_zoom(ws: &Workspace, view: &View) -> f64 {
    let elements = ws.element_index();
    let fonts = view.placements.iter().filter_map(|p| {
        let e = elements.get(&p.element)?;
        let size = (p.width, p.height);
        Some(if e.kind.is_container_of_others() {
            compact_boundary_labels(&e.name, p.width).font
        } else {
            let top = Shape::of(e.kind, e.team_type, size).label_top();
            compact_labels(&e.name, "", &[], size, top).font
        })
    });
    readable_zoom(fonts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(labels: &CompactLabels) -> Vec<String> {
        labels
            .lines
            .iter()
            .filter(|l| l.role == LineRole::Name)
            .map(|l| l.text())
            .collect()
    }

    #[test]
    fn a_short_name_is_drawn_at_the_largest_size_under_its_kind() {
        let labels = compact_labels("ERP", "Software System", &[], (200.0, 110.0), 0.0);
        assert_eq!(labels.font, COMPACT_LARGEST);
        assert_eq!(labels.lines[0].role, LineRole::Caption);
        assert_eq!(labels.lines[0].text(), "Software System");
        assert_eq!(names(&labels), ["ERP"]);
    }

    #[test]
    fn a_long_name_shrinks_until_it_fits_whole() {
        let name = "Warehouse Management System";
        let labels = compact_labels(name, "Software System", &[], (200.0, 110.0), 0.0);
        assert!(labels.font < COMPACT_LARGEST && labels.font >= COMPACT_SMALLEST);
        assert_eq!(names(&labels).join(" "), name);
        // Every line fits the box's width at its size.
        for line in names(&labels) {
            assert!(line.chars().count() as f64 * char_width(labels.font) <= 200.0 - PADDING.0);
        }
        // And the block fits its height: the last baseline is inside the box.
        let last = labels.lines.last().unwrap().y;
        assert!(last < 110.0, "{last}");
    }

    #[test]
    fn a_name_too_long_for_any_size_is_cut_at_the_smallest() {
        let name = "An extraordinarily long name that no box of this size could hold whole";
        let labels = compact_labels(name, "Container", &[], (160.0, 80.0), 0.0);
        assert_eq!(labels.font, COMPACT_SMALLEST);
        assert!(names(&labels).last().unwrap().ends_with('…'));
    }

    #[test]
    fn compact_names_are_larger_than_full_names_so_they_read_further_out() {
        let labels = compact_labels("Order Service", "Container", &[], (200.0, 110.0), 0.0);
        assert!(labels.font > NAME_FONT);
        assert!(
            char_width(NAME_FONT) > super::super::text::NAME_CHAR,
            "wider than a card's"
        );
        assert!(readable_zoom([labels.font]) < DETAIL_ZOOM);
        assert!((DETAIL_ZOOM * NAME_FONT - READABLE_NAME_PX).abs() < 1e-9);
    }

    #[test]
    fn a_boundary_name_stays_on_one_line_above_its_children() {
        let labels = compact_boundary_labels("Digital Commerce", 600.0);
        assert_eq!(labels.font, BOUNDARY_LARGEST);
        assert_eq!(names(&labels), ["Digital Commerce"]);
        assert!(
            labels.lines[0].y <= 48.0 - 4.0,
            "clear of the children's top margin"
        );
        let narrow = compact_boundary_labels("Digital Commerce and Marketplace", 220.0);
        assert!(narrow.font < BOUNDARY_LARGEST);
    }

    #[test]
    fn the_samples_views_read_from_well_below_the_detail_zoom() {
        let ws = conway_format::read(include_str!(
            "../../../../public/examples/northwind-retail.conway.json"
        ))
        .unwrap();
        for view in &ws.views {
            let zoom = view_readable_zoom(&ws, view);
            assert!(
                zoom <= READABLE_NAME_PX / COMPACT_SMALLEST,
                "{}: {zoom}",
                view.name
            );
            assert!(zoom < DETAIL_ZOOM);
        }
    }

    #[test]
    fn the_readable_zoom_follows_the_smallest_name() {
        assert_eq!(readable_zoom([22.0, 36.0]), READABLE_NAME_PX / 22.0);
        assert_eq!(readable_zoom([]), READABLE_NAME_PX / COMPACT_LARGEST);
    }
}
