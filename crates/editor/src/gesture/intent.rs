//! What the gesture machine asks for: plain data the canvas carries out
//! (selection, camera, the undo step of a move or resize, relationships),
//! and the shapes it draws while a gesture lasts.

use conway_geometry::{Guide, Rect};
use conway_model::Id;

use super::End;

/// One thing for the canvas to do, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Links or unlinks the element to the decision being edited.
    PickLink(Id),
    /// Adds the element to the selection or takes it out.
    Toggle(Id),
    /// Selects only this element.
    Select(Id),
    /// Opens the "Move" undo step and starts drawing the selection moving.
    StartMove,
    /// Draws the moving elements shifted by `offset` (canvas units, snapped).
    MovePreview {
        offset: (f64, f64),
        guides: Vec<Guide>,
    },
    /// Moves the selection by `by` (never zero) within the open step.
    Move {
        by: (f64, f64),
    },
    /// Makes `team` the owner of the selection (its own undo step).
    DropOnTeam {
        team: Id,
    },
    /// Opens the "Resize" undo step.
    StartResize,
    /// Gives the element this box, within the open step.
    Resize {
        element: Id,
        to: Rect,
    },
    /// Closes the open undo step.
    Commit,
    /// Pans the camera by screen pixels.
    Pan {
        dx: f64,
        dy: f64,
    },
    /// Selects the elements wholly inside `area`, keeping the selection if `additive`.
    SelectInRect {
        area: Marquee,
        additive: bool,
    },
    ClearSelection,
    /// Draws a relationship from `source` to `target`, or, with no target,
    /// offers a new element at `at` (canvas units).
    Connect {
        source: Id,
        target: Option<Id>,
        at: (f64, f64),
    },
    /// Moves one end of a relationship to another element.
    Reconnect {
        relationship: Id,
        end: End,
        to: Id,
    },
    /// Abandons the gesture: the open undo step is put back and nothing of it stays drawn.
    Cancel,
}

impl Intent {
    /// Whether this intent changes the workspace or the selection for good
    /// (what a cancelled gesture must never ask for).
    pub fn is_commit(&self) -> bool {
        matches!(
            self,
            Intent::Move { .. }
                | Intent::DropOnTeam { .. }
                | Intent::Resize { .. }
                | Intent::Commit
                | Intent::SelectInRect { .. }
                | Intent::ClearSelection
                | Intent::Connect { .. }
                | Intent::Reconnect { .. }
        )
    }
}

/// A selection rectangle in canvas units, whichever way it was dragged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marquee {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Marquee {
    /// The rectangle with corners `a` and `b`, in any order.
    pub fn spanning(a: (f64, f64), b: (f64, f64)) -> Marquee {
        Marquee {
            left: a.0.min(b.0),
            top: a.1.min(b.1),
            right: a.0.max(b.0),
            bottom: a.1.max(b.1),
        }
    }

    /// Its longer side, in canvas units.
    pub fn extent(&self) -> f64 {
        (self.right - self.left).max(self.bottom - self.top)
    }

    /// (left, top, right, bottom).
    pub fn corners(&self) -> (f64, f64, f64, f64) {
        (self.left, self.top, self.right, self.bottom)
    }
}

/// The line drawn while a relationship (or one end of it) follows the pointer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rubber {
    pub from: (f64, f64),
    pub to: (f64, f64),
}

impl Rubber {
    pub fn between(from: (f64, f64), to: (f64, f64)) -> Rubber {
        Rubber { from, to }
    }
}
