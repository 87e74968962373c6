//! What the gesture machine is told: a pointer pressed on something the
//! canvas hit-tested, moved, released over something, Escape, a lost
//! pointer. Plain numbers and ids; whoever reads the browser fills them in.

use conway_geometry::{Corner, Rect};
use conway_model::Id;

/// Keys held while the pointer acts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    /// Shift: a press adds to or takes from the selection.
    pub shift: bool,
    /// Alt: a drag does not snap to other elements.
    pub alt: bool,
    /// Space: a press on empty canvas pans.
    pub space: bool,
}

/// Where a pointer is, in the two coordinate systems gestures use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointer {
    /// Tells fingers and buttons apart: a gesture follows one pointer only.
    pub id: i32,
    /// Screen pixels: drags, resizes and pans follow the pointer's travel.
    pub client: (f64, f64),
    /// Canvas units under the pointer: a marquee and a rubber band end there.
    pub canvas: (f64, f64),
    /// The pane's zoom now, to turn screen travel into canvas units.
    pub zoom: f64,
    pub modifiers: Modifiers,
}

/// Which button was pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    Primary,
    Middle,
    Other,
}

impl Button {
    /// From the DOM's numbering (0 primary, 1 middle, 2 secondary, ...).
    pub fn from_index(index: i16) -> Button {
        match index {
            0 => Button::Primary,
            1 => Button::Middle,
            _ => Button::Other,
        }
    }
}

/// Which end of a relationship.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Source,
    Target,
}

/// What a press landed on, as the canvas found it.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// Empty canvas.
    Canvas,
    /// An element; `top_left` is its corner in the view (drags snap it).
    Element {
        element: Id,
        top_left: (f64, f64),
        /// Whether it is selected already (a drag then moves the whole selection).
        selected: bool,
        /// A decision's links are being picked: the press picks, nothing else.
        picking_links: bool,
    },
    /// A corner handle of an element whose box is `original`.
    Corner {
        element: Id,
        corner: Corner,
        original: Rect,
    },
    /// An end handle of the selected relationship; `fixed_centre` is the
    /// centre of the element at its other end, which stays.
    End {
        relationship: Id,
        end: End,
        fixed_centre: (f64, f64),
    },
    /// A connection handle of an element centred at `centre`.
    Handle { element: Id, centre: (f64, f64) },
}

/// One thing that happened to the canvas's pointer or keyboard.
#[derive(Clone, Debug, PartialEq)]
pub enum Input {
    Down {
        pointer: Pointer,
        button: Button,
        on: Target,
    },
    /// `grid` is the grid drags and resizes snap to, if snapping is on.
    Move {
        pointer: Pointer,
        grid: Option<f64>,
    },
    /// `element` is the element of this pane under the pointer; `team` a team
    /// under it in the other pane (only looked for while moving system elements).
    Up {
        pointer: Pointer,
        element: Option<Id>,
        team: Option<Id>,
    },
    Escape,
    /// The browser took the pointer away (pointercancel).
    Lost,
}
