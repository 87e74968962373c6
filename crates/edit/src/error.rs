//! Why a command was refused, as data: what it named that is missing or
//! already there, which element is out of place or out of range, or the
//! integrity problem the change would have caused. `Display` gives the
//! sentence the UI shows (browser tests read it, so it must not drift); this
//! module only describes refusals and must never decide one.

use std::fmt;

use conway_model::{ElementKind, Id, Problem};

/// A command that was refused; the workspace was left exactly as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// The command names a record that does not exist.
    Missing { what: Thing, id: Id },
    /// An inverse would put back a record that has come back since.
    AlreadyExists { what: Thing, id: Id },
    /// Hiding an element the view does not show.
    NotInView { element: Id, view_name: String },
    /// Showing an element the view already shows.
    AlreadyInView { element: Id, view_name: String },
    /// Showing the same element twice in one command.
    ListedTwice { element: Id },
    /// Moving, pinning or laying out an element the view does not show, or
    /// naming one twice.
    Unplaced { action: ViewAction, element: Id },
    /// Arranging (undoing a move) an element the view does not show, naming
    /// one twice, or putting one beyond the canvas.
    Unarrangeable { element: Id },
    /// A move would take an element beyond the canvas.
    LeavesCanvas { element: Id },
    /// A position or size that is not a number within the canvas's limits.
    OutOfRange { element: Id },
    /// The same, in the result of an auto-layout.
    LaidOutOfRange { element: Id },
    /// An element of one side (system or organisation) in a view of the other.
    WrongSide { element: Id, kind: ElementKind },
    /// A view, the workspace, a concern or a principle with a blank name.
    NameRequired(Thing),
    /// A name another record of the same kind has (in any case).
    NameTaken { what: Thing, name: String },
    /// The change would leave the workspace inconsistent.
    Integrity(Problem),
}

/// The kinds of record a refusal names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Thing {
    Element,
    Relationship,
    View,
    /// An element's placement in a view, named by the element's id.
    Placement,
    Decision,
    Term,
    Concern,
    Principle,
    Workspace,
}

/// What a command does to elements of one view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewAction {
    Move,
    Pin,
    LayOut,
}

impl EditError {
    /// `what` named by `id` does not exist.
    pub(crate) fn missing(what: Thing, id: &Id) -> EditError {
        EditError::Missing {
            what,
            id: id.clone(),
        }
    }
}

impl Thing {
    fn noun(self) -> &'static str {
        match self {
            Thing::Element => "element",
            Thing::Relationship => "relationship",
            Thing::View => "view",
            Thing::Placement => "placement of element",
            Thing::Decision => "decision",
            Thing::Term => "term",
            Thing::Concern => "concern",
            Thing::Principle => "principle",
            Thing::Workspace => "workspace",
        }
    }
}

impl fmt::Display for Thing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.noun())
    }
}

impl ViewAction {
    fn verb(self) -> &'static str {
        match self {
            ViewAction::Move => "move",
            ViewAction::Pin => "pin",
            ViewAction::LayOut => "lay out",
        }
    }
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use EditError::*;
        match self {
            Missing { what, id } => write!(f, "{what} \"{id}\" does not exist"),
            AlreadyExists { what, id } => write!(f, "{what} \"{id}\" already exists"),
            NotInView { element, view_name } => {
                write!(f, "element \"{element}\" is not in view \"{view_name}\"")
            }
            AlreadyInView { element, view_name } => {
                write!(
                    f,
                    "element \"{element}\" is already in view \"{view_name}\""
                )
            }
            ListedTwice { element } => write!(f, "element \"{element}\" is listed twice"),
            Unplaced { action, .. } => {
                write!(f, "an element to {} is not in this view", action.verb())
            }
            Unarrangeable { .. } => {
                f.write_str("an element to arrange is not in this view or would leave the canvas")
            }
            LeavesCanvas { element } => {
                write!(f, "element \"{element}\" would leave the canvas")
            }
            OutOfRange { .. } => f.write_str("position or size out of range"),
            LaidOutOfRange { .. } => f.write_str("a laid-out position or size is out of range"),
            WrongSide { kind, .. } => {
                write!(f, "a {} cannot appear in this view", kind.label())
            }
            NameRequired(what) => {
                let article = if *what == Thing::Element { "an" } else { "a" };
                write!(f, "{article} {what} needs a name")
            }
            NameTaken { what, name } => write!(f, "there is already a {what} called \"{name}\""),
            Integrity(problem) => problem.fmt(f),
        }
    }
}

impl std::error::Error for EditError {}
