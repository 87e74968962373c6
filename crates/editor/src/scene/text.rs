//! Where an element's words go: the text metrics the canvas's fonts are
//! judged by, and the label lines after wrapping, each with its baseline.
//! It never measures a font (there is none here): the metrics are average
//! character widths that keep text inside its box in the canvas's styles.

use conway_analysis::{TermFinder, TermUse};
use conway_geometry::wrap;

/// Average width of a character of an element's name (14 px bold).
pub const NAME_CHAR: f64 = 8.6;
/// Average width of a character of a caption or description (11.5 px).
pub const DETAIL_CHAR: f64 = 7.4;
/// Room kept clear left and right of centred labels, together.
pub const SIDE_PADDING: f64 = 16.0;
/// Room kept clear above and below centred labels, together.
pub const VERTICAL_PADDING: f64 = 16.0;
/// Room kept clear left and right of a boundary's label, together.
pub const BOUNDARY_PADDING: f64 = 24.0;
/// Line heights of a name, a caption and a description.
pub const NAME_LINE: f64 = 18.0;
pub const CAPTION_LINE: f64 = 16.0;
pub const DESCRIPTION_LINE: f64 = 15.0;
/// At most this many lines of name and of description.
pub const NAME_LINES: usize = 2;
pub const DESCRIPTION_LINES: usize = 3;
/// A line is given at least this many characters, however narrow its box.
const MIN_CHARS: f64 = 4.0;
/// Gap between the caption and the description.
const DESCRIPTION_GAP: f64 = 4.0;
/// From the top of a block of lines to its first baseline.
const BASELINE: f64 = 13.0;
/// A caption sits this much above its line's baseline, closer to the name.
const CAPTION_RAISE: f64 = 2.0;
/// A boundary's name and caption baselines, from its top-left corner.
const BOUNDARY_TEXT_X: f64 = 14.0;
const BOUNDARY_NAME_Y: f64 = 24.0;
const BOUNDARY_CAPTION_Y: f64 = 40.0;

/// What a line of a label says about its element, which sets its style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineRole {
    Name,
    Caption,
    Description,
}

/// A run of a line's text; `term` when it is a glossary word (agreed, or a
/// synonym to avoid).
#[derive(Clone, Debug, PartialEq)]
pub struct TextPiece {
    pub text: String,
    pub term: Option<TermUse>,
}

/// One line of a label: its text at a baseline point, in the box's units.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLine {
    pub role: LineRole,
    pub x: f64,
    pub y: f64,
    pub pieces: Vec<TextPiece>,
}

impl LabelLine {
    /// The line's whole text.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// How a label's lines are anchored on their points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelAnchor {
    /// Centred in the box (every element but boundaries).
    Middle,
    /// From the top-left corner, so that a boundary's children stay readable.
    Start,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NodeLabels {
    pub anchor: LabelAnchor,
    pub lines: Vec<LabelLine>,
}

/// What a box says: its name, caption and description.
pub struct LabelText<'a> {
    pub name: &'a str,
    pub caption: &'a str,
    pub description: &'a str,
    /// The glossary terms the name uses, marked wherever a line shows them.
    pub name_terms: &'a [conway_model::Term],
}

/// Name, caption and (unless `with_description` is false) description,
/// wrapped to a `width` × `height` box and centred in it below `top` (the
/// head of a person).
pub fn centred_labels(
    text: &LabelText,
    (width, height): (f64, f64),
    top: f64,
    with_description: bool,
) -> NodeLabels {
    let inner_h = height - top;
    let chars = chars_in(width - SIDE_PADDING, DETAIL_CHAR);
    let name = wrap(
        text.name,
        chars_in(width - SIDE_PADDING, NAME_CHAR),
        NAME_LINES,
    );
    let caption = wrap(text.caption, chars + 2, 1);
    let room = ((inner_h - VERTICAL_PADDING - name.len() as f64 * NAME_LINE - CAPTION_LINE)
        / DESCRIPTION_LINE)
        .max(0.0) as usize;
    let description = if with_description {
        wrap(text.description, chars, room.min(DESCRIPTION_LINES))
    } else {
        Vec::new()
    };
    let mut y = top + (inner_h - block_height(name.len(), description.len())) / 2.0 + BASELINE;
    let x = width / 2.0;
    let finder = TermFinder::new(text.name_terms);
    let mut lines = Vec::new();
    for line in name {
        lines.push(LabelLine {
            role: LineRole::Name,
            x,
            y,
            pieces: marked(&finder, &line),
        });
        y += NAME_LINE;
    }
    for line in caption {
        lines.push(plain(LineRole::Caption, x, y - CAPTION_RAISE, line));
        y += CAPTION_LINE;
    }
    y += DESCRIPTION_GAP;
    for line in description {
        lines.push(plain(LineRole::Description, x, y, line));
        y += DESCRIPTION_LINE;
    }
    NodeLabels {
        anchor: LabelAnchor::Middle,
        lines,
    }
}

/// A boundary's name (one line) and caption at its top-left corner.
pub fn boundary_labels(name: &str, caption: &str, width: f64) -> NodeLabels {
    let name = wrap(name, chars_in(width - BOUNDARY_PADDING, NAME_CHAR), 1);
    NodeLabels {
        anchor: LabelAnchor::Start,
        lines: vec![
            plain(
                LineRole::Name,
                BOUNDARY_TEXT_X,
                BOUNDARY_NAME_Y,
                name.concat(),
            ),
            plain(
                LineRole::Caption,
                BOUNDARY_TEXT_X,
                BOUNDARY_CAPTION_Y,
                caption.to_string(),
            ),
        ],
    }
}

/// The height of a name, a caption and a description of so many lines.
fn block_height(name_lines: usize, description_lines: usize) -> f64 {
    let gap = if description_lines == 0 {
        0.0
    } else {
        DESCRIPTION_GAP
    };
    name_lines as f64 * NAME_LINE + CAPTION_LINE + description_lines as f64 * DESCRIPTION_LINE + gap
}

/// How many characters of `per_char` width fit in `room`.
fn chars_in(room: f64, per_char: f64) -> usize {
    (room / per_char).max(MIN_CHARS) as usize
}

fn plain(role: LineRole, x: f64, y: f64, text: String) -> LabelLine {
    LabelLine {
        role,
        x,
        y,
        pieces: vec![TextPiece { text, term: None }],
    }
}

/// A line cut into plain runs and glossary words (looked for in the line
/// itself: a term wrapped across two lines is not marked).
pub(super) fn marked(finder: &TermFinder, line: &str) -> Vec<TextPiece> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for m in finder.find(line) {
        if m.start > at {
            pieces.push(TextPiece {
                text: line[at..m.start].to_string(),
                term: None,
            });
        }
        pieces.push(TextPiece {
            text: line[m.start..m.end].to_string(),
            term: Some(m.usage),
        });
        at = m.end;
    }
    if at < line.len() {
        pieces.push(TextPiece {
            text: line[at..].to_string(),
            term: None,
        });
    }
    pieces
}

/// A relationship's description is wrapped at this many characters.
pub const RELATIONSHIP_CHARS: usize = 30;
/// Average width of a character of a relationship's label (11 px).
pub const RELATIONSHIP_CHAR: f64 = 6.4;
/// Line height of a relationship's label.
pub const RELATIONSHIP_LINE: f64 = 14.0;
/// Room around a relationship label's text inside its box, across and down.
const RELATIONSHIP_PADDING: (f64, f64) = (12.0, 6.0);

/// One line of a relationship's label; `technology` for the bracketed
/// technology line (set in italics).
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeLabelLine {
    pub text: String,
    pub technology: bool,
    /// The baseline, down from the label's centre.
    pub y: f64,
}

/// A relationship's label: its lines on a box of `width` × `height`
/// centred on the label's point.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeLabel {
    pub lines: Vec<EdgeLabelLine>,
    pub width: f64,
    pub height: f64,
}

/// The label box for `lines` (text, and whether it is the technology line);
/// `None` when there is nothing to say.
pub fn edge_label(lines: Vec<(String, bool)>) -> Option<EdgeLabel> {
    if lines.is_empty() {
        return None;
    }
    let longest = lines
        .iter()
        .map(|(text, _)| text.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let width = longest * RELATIONSHIP_CHAR + RELATIONSHIP_PADDING.0;
    let height = lines.len() as f64 * RELATIONSHIP_LINE + RELATIONSHIP_PADDING.1;
    let top = -height / 2.0;
    Some(EdgeLabel {
        lines: lines
            .into_iter()
            .enumerate()
            .map(|(i, (text, technology))| EdgeLabelLine {
                text,
                technology,
                y: top + RELATIONSHIP_LINE + i as f64 * RELATIONSHIP_LINE,
            })
            .collect(),
        width,
        height,
    })
}
