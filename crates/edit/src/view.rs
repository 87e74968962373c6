//! Commands on views: adding, renaming and deleting views, and what a view
//! shows where (show, hide, move, resize; pins and layouts are `layout.rs`).
//! A view only places elements the model has; this module must never change
//! the model itself, only views.

use std::collections::HashSet;

use super::apply::checked;
use super::layout::{lay_out, pin};
use super::removal::{extract, insert_all};
use super::{EditError, Thing, ViewAction};
use conway_model::{Id, Placement, View, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum ViewCommand {
    /// Adds a view at an index.
    AddView { index: usize, view: View },
    /// Removes a view.
    RemoveView { id: Id },
    /// Renames or re-describes a view (its placements are unchanged).
    UpdateView {
        id: Id,
        name: String,
        description: String,
    },
    /// Shows elements in a view, each placement at its index (or at the end).
    Show {
        view: Id,
        placements: Vec<(usize, Placement)>,
    },
    /// Hides elements from one view; the model keeps them.
    Hide { view: Id, elements: Vec<Id> },
    /// Moves elements of one view by a delta.
    Move {
        view: Id,
        elements: Vec<Id>,
        dx: f64,
        dy: f64,
    },
    /// Sets the exact positions a `Move` started from (only ever its inverse).
    Arrange(Arrangement),
    /// Sets the position and size of one element in one view.
    Place { view: Id, placement: Placement },
    /// Pins or unpins elements of a view (auto-layout never moves a pinned one).
    Pin { view: Id, pins: Vec<(Id, bool)> },
    /// Replaces the placements of several elements of a view at once, by
    /// element (an auto-layout's result: positions and boundary sizes).
    Layout {
        view: Id,
        placements: Vec<Placement>,
    },
}

/// The positions of elements of one view before a move, which undoing it
/// sets exactly (adding and subtracting a delta is not exact in floating
/// point). Only `apply` makes one: outside this crate it can be matched and
/// passed on, never built.
///
/// ```
/// use conway_edit::ViewCommand;
/// fn puts_back(command: &ViewCommand) -> bool {
///     matches!(command, ViewCommand::Arrange(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{Arrangement, ViewCommand};
/// let forged = ViewCommand::Arrange(Arrangement {
///     view: "view-containers".into(),
///     positions: Vec::new(),
/// });
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Arrangement {
    view: Id,
    positions: Vec<(Id, f64, f64)>,
}

impl ViewCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            ViewCommand::AddView { .. } => "Add view",
            ViewCommand::RemoveView { .. } => "Delete view",
            ViewCommand::UpdateView { .. } => "Rename view",
            ViewCommand::Show { .. } => "Add to view",
            ViewCommand::Hide { .. } => "Remove from view",
            ViewCommand::Move { .. } | ViewCommand::Arrange(_) => "Move",
            ViewCommand::Place { .. } => "Resize",
            ViewCommand::Pin { .. } => "Pin",
            ViewCommand::Layout { .. } => "Auto-layout",
        }
    }
}

pub(super) fn apply(ws: &mut Workspace, command: ViewCommand) -> Result<ViewCommand, EditError> {
    match command {
        ViewCommand::AddView { index, view } => {
            let id = view.id.clone();
            let at = index.min(ws.views.len());
            checked(ws, |ws| ws.views.insert(at, view))?;
            Ok(ViewCommand::RemoveView { id })
        }
        ViewCommand::RemoveView { id } => {
            let index = ws
                .views
                .iter()
                .position(|v| v.id == id)
                .ok_or_else(|| EditError::missing(Thing::View, &id))?;
            let view = ws.views.remove(index);
            Ok(ViewCommand::AddView { index, view })
        }
        ViewCommand::UpdateView {
            id,
            name,
            description,
        } => update_view(ws, id, name, description),
        ViewCommand::Show { view, placements } => show(ws, view, placements),
        ViewCommand::Hide { view, elements } => hide(ws, view, elements),
        ViewCommand::Move {
            view,
            elements,
            dx,
            dy,
        } => move_by(ws, view, elements, (dx, dy)),
        ViewCommand::Arrange(arrangement) => arrange(ws, arrangement),
        ViewCommand::Place { view, placement } => place(ws, view, placement),
        ViewCommand::Pin { view, pins } => pin(ws, view, pins),
        ViewCommand::Layout { view, placements } => lay_out(ws, view, placements),
    }
}

pub(super) fn view_mut<'a>(ws: &'a mut Workspace, id: &Id) -> Result<&'a mut View, EditError> {
    ws.views
        .iter_mut()
        .find(|v| &v.id == id)
        .ok_or_else(|| EditError::missing(Thing::View, id))
}

/// Whether a placement's position and size are numbers within the canvas's limits.
pub(super) fn sane(p: &Placement) -> bool {
    let coordinate = |v: f64| v.is_finite() && v.abs() <= Placement::MAX_COORDINATE;
    let size = |v: f64| v.is_finite() && (Placement::MIN_SIZE..=Placement::MAX_SIZE).contains(&v);
    coordinate(p.x) && coordinate(p.y) && size(p.width) && size(p.height)
}

fn update_view(
    ws: &mut Workspace,
    id: Id,
    name: String,
    description: String,
) -> Result<ViewCommand, EditError> {
    if name.trim().is_empty() {
        return Err(EditError::NameRequired(Thing::View));
    }
    let v = view_mut(ws, &id)?;
    let old_name = std::mem::replace(&mut v.name, name);
    let old_description = std::mem::replace(&mut v.description, description);
    Ok(ViewCommand::UpdateView {
        id,
        name: old_name,
        description: old_description,
    })
}

fn show(
    ws: &mut Workspace,
    view: Id,
    placements: Vec<(usize, Placement)>,
) -> Result<ViewCommand, EditError> {
    let kind = ws
        .view(&view)
        .ok_or_else(|| EditError::missing(Thing::View, &view))?
        .kind;
    for (_, p) in &placements {
        let element = ws
            .element(&p.element)
            .ok_or_else(|| EditError::missing(Thing::Element, &p.element))?;
        if element.side() != kind.side() {
            return Err(EditError::WrongSide {
                element: p.element.clone(),
                kind: element.kind,
            });
        }
        if !sane(p) {
            return Err(EditError::OutOfRange {
                element: p.element.clone(),
            });
        }
    }
    let mut distinct = HashSet::new();
    if let Some((_, p)) = placements
        .iter()
        .find(|(_, p)| !distinct.insert(&p.element))
    {
        return Err(EditError::ListedTwice {
            element: p.element.clone(),
        });
    }
    let v = view_mut(ws, &view)?;
    if let Some((_, p)) = placements.iter().find(|(_, p)| v.shows(&p.element)) {
        return Err(EditError::AlreadyInView {
            element: p.element.clone(),
            view_name: v.name.clone(),
        });
    }
    let elements = placements.iter().map(|(_, p)| p.element.clone()).collect();
    insert_all(&mut v.placements, &placements);
    Ok(ViewCommand::Hide { view, elements })
}

fn hide(ws: &mut Workspace, view: Id, elements: Vec<Id>) -> Result<ViewCommand, EditError> {
    let v = view_mut(ws, &view)?;
    if let Some(id) = elements.iter().find(|id| !v.shows(id)) {
        return Err(EditError::NotInView {
            element: id.clone(),
            view_name: v.name.clone(),
        });
    }
    let taken = extract(&mut v.placements, |p| elements.contains(&p.element));
    Ok(ViewCommand::Show {
        view,
        placements: taken,
    })
}

fn move_by(
    ws: &mut Workspace,
    view: Id,
    elements: Vec<Id>,
    (dx, dy): (f64, f64),
) -> Result<ViewCommand, EditError> {
    let v = view_mut(ws, &view)?;
    let mut distinct = HashSet::new();
    if let Some(id) = elements
        .iter()
        .find(|id| !v.shows(id) || !distinct.insert(*id))
    {
        return Err(EditError::Unplaced {
            action: ViewAction::Move,
            element: id.clone(),
        });
    }
    let moving = |p: &&Placement| elements.contains(&p.element);
    if let Some(p) = v.placements.iter().filter(moving).find(|p| {
        !sane(&Placement {
            x: p.x + dx,
            y: p.y + dy,
            ..Placement::clone(p)
        })
    }) {
        return Err(EditError::LeavesCanvas {
            element: p.element.clone(),
        });
    }
    let mut old = Vec::with_capacity(elements.len());
    for p in v
        .placements
        .iter_mut()
        .filter(|p| elements.contains(&p.element))
    {
        old.push((p.element.clone(), p.x, p.y));
        p.x += dx;
        p.y += dy;
    }
    Ok(ViewCommand::Arrange(Arrangement {
        view,
        positions: old,
    }))
}

fn arrange(ws: &mut Workspace, arrangement: Arrangement) -> Result<ViewCommand, EditError> {
    let Arrangement { view, positions } = arrangement;
    let v = view_mut(ws, &view)?;
    let finite = |x: f64| x.is_finite() && x.abs() <= Placement::MAX_COORDINATE;
    let mut distinct = HashSet::new();
    if let Some((id, _, _)) = positions
        .iter()
        .find(|(id, x, y)| !v.shows(id) || !finite(*x) || !finite(*y) || !distinct.insert(id))
    {
        return Err(EditError::Unarrangeable {
            element: id.clone(),
        });
    }
    let mut old = Vec::with_capacity(positions.len());
    for (id, x, y) in positions {
        if let Some(p) = v.placements.iter_mut().find(|p| p.element == id) {
            old.push((id, p.x, p.y));
            p.x = x;
            p.y = y;
        }
    }
    Ok(ViewCommand::Arrange(Arrangement {
        view,
        positions: old,
    }))
}

fn place(ws: &mut Workspace, view: Id, placement: Placement) -> Result<ViewCommand, EditError> {
    if !sane(&placement) {
        return Err(EditError::OutOfRange {
            element: placement.element,
        });
    }
    let v = view_mut(ws, &view)?;
    let slot = v
        .placements
        .iter_mut()
        .find(|p| p.element == placement.element)
        .ok_or_else(|| EditError::missing(Thing::Placement, &placement.element))?;
    let old = std::mem::replace(slot, placement);
    Ok(ViewCommand::Place {
        view,
        placement: old,
    })
}
