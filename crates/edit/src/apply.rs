//! Applies one command and returns its inverse. A command that names what does
//! not exist, or that would leave the workspace inconsistent, is refused and
//! the workspace is left exactly as it was.

use std::fmt;

use super::removal::{extract, insert_all, restore, take};
use super::Command;
use conway_model::{Id, Placement, Workspace};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EditError(pub String);

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub(super) fn refuse<T>(message: impl Into<String>) -> Result<T, EditError> {
    Err(EditError(message.into()))
}

pub(super) fn missing(what: &str, id: &Id) -> EditError {
    EditError(format!("{what} \"{id}\" does not exist"))
}

/// Applies `command` to `ws` and returns the command that undoes it.
pub fn apply(ws: &mut Workspace, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddElement { element } => {
            let id = element.id.clone();
            checked(ws, |ws| ws.elements.push(element))?;
            Ok(Command::Remove {
                elements: vec![id],
                relationships: Vec::new(),
            })
        }
        Command::UpdateElement { element } => {
            let index = ws
                .elements
                .iter()
                .position(|e| e.id == element.id)
                .ok_or_else(|| missing("element", &element.id))?;
            let old = ws.elements[index].clone();
            checked(ws, |ws| ws.elements[index] = element)?;
            Ok(Command::UpdateElement { element: old })
        }
        Command::SetOwners { owners } => {
            let mut old = Vec::with_capacity(owners.len());
            for (id, _) in &owners {
                let e = ws.element(id).ok_or_else(|| missing("element", id))?;
                old.push((id.clone(), e.owner.clone()));
            }
            checked(ws, |ws| {
                for (id, owner) in owners {
                    if let Some(e) = ws.elements.iter_mut().find(|e| e.id == id) {
                        e.owner = owner;
                    }
                }
            })?;
            Ok(Command::SetOwners { owners: old })
        }
        Command::AddRelationship { relationship } => {
            let id = relationship.id.clone();
            checked(ws, |ws| ws.relationships.push(relationship))?;
            Ok(Command::Remove {
                elements: Vec::new(),
                relationships: vec![id],
            })
        }
        Command::UpdateRelationship { relationship } => {
            let index = ws
                .relationships
                .iter()
                .position(|r| r.id == relationship.id)
                .ok_or_else(|| missing("relationship", &relationship.id))?;
            let old = ws.relationships[index].clone();
            checked(ws, |ws| ws.relationships[index] = relationship)?;
            Ok(Command::UpdateRelationship { relationship: old })
        }
        Command::Remove {
            elements,
            relationships,
        } => {
            for id in &elements {
                ws.element(id).ok_or_else(|| missing("element", id))?;
            }
            for id in &relationships {
                ws.relationship(id)
                    .ok_or_else(|| missing("relationship", id))?;
            }
            let removal = take(ws, &elements, &relationships);
            Ok(Command::Reinsert {
                removal: Box::new(removal),
            })
        }
        Command::Reinsert { removal } => {
            if let Some((_, e)) = removal
                .elements
                .iter()
                .find(|(_, e)| ws.element(&e.id).is_some())
            {
                return refuse(format!("element \"{}\" already exists", e.id));
            }
            restore(ws, &removal);
            Ok(Command::Remove {
                elements: removal.elements.iter().map(|(_, e)| e.id.clone()).collect(),
                relationships: removal
                    .relationships
                    .iter()
                    .map(|(_, r)| r.id.clone())
                    .collect(),
            })
        }
        Command::Show { view, placements } => show(ws, view, placements),
        Command::Hide { view, elements } => {
            let v = view_mut(ws, &view)?;
            if let Some(id) = elements.iter().find(|id| !v.shows(id)) {
                return refuse(format!("element \"{id}\" is not in view \"{}\"", v.name));
            }
            let taken = extract(&mut v.placements, |p| elements.contains(&p.element));
            Ok(Command::Show {
                view,
                placements: taken,
            })
        }
        Command::Move {
            view,
            elements,
            dx,
            dy,
        } => {
            let v = view_mut(ws, &view)?;
            let moved: Vec<Placement> = v
                .placements
                .iter()
                .filter(|p| elements.contains(&p.element))
                .map(|p| Placement {
                    x: p.x + dx,
                    y: p.y + dy,
                    ..p.clone()
                })
                .collect();
            if moved.len() != elements.len() {
                return refuse("an element to move is not in this view");
            }
            if let Some(p) = moved.iter().find(|p| !sane(p)) {
                return refuse(format!("element \"{}\" would leave the canvas", p.element));
            }
            let mut old = Vec::with_capacity(moved.len());
            for p in v
                .placements
                .iter_mut()
                .filter(|p| elements.contains(&p.element))
            {
                old.push((p.element.clone(), p.x, p.y));
                p.x += dx;
                p.y += dy;
            }
            Ok(Command::Arrange {
                view,
                positions: old,
            })
        }
        Command::Arrange { view, positions } => {
            let v = view_mut(ws, &view)?;
            let finite = |x: f64| x.is_finite() && x.abs() <= Placement::MAX_COORDINATE;
            let mut distinct = std::collections::HashSet::new();
            if positions.iter().any(|(id, x, y)| {
                !v.shows(id) || !finite(*x) || !finite(*y) || !distinct.insert(id)
            }) {
                return refuse(
                    "an element to arrange is not in this view or would leave the canvas",
                );
            }
            let mut old = Vec::with_capacity(positions.len());
            for (id, x, y) in positions {
                if let Some(p) = v.placements.iter_mut().find(|p| p.element == id) {
                    old.push((id, p.x, p.y));
                    p.x = x;
                    p.y = y;
                }
            }
            Ok(Command::Arrange {
                view,
                positions: old,
            })
        }
        Command::Place { view, placement } => {
            if !sane(&placement) {
                return refuse("position or size out of range");
            }
            let v = view_mut(ws, &view)?;
            let slot = v
                .placements
                .iter_mut()
                .find(|p| p.element == placement.element)
                .ok_or_else(|| missing("placement of element", &placement.element))?;
            let old = std::mem::replace(slot, placement);
            Ok(Command::Place {
                view,
                placement: old,
            })
        }
        Command::AddView { index, view } => {
            let id = view.id.clone();
            let at = index.min(ws.views.len());
            checked(ws, |ws| ws.views.insert(at, view))?;
            Ok(Command::RemoveView { id })
        }
        Command::RemoveView { id } => {
            let index = ws
                .views
                .iter()
                .position(|v| v.id == id)
                .ok_or_else(|| missing("view", &id))?;
            let view = ws.views.remove(index);
            Ok(Command::AddView { index, view })
        }
        Command::UpdateView {
            id,
            name,
            description,
        } => {
            if name.trim().is_empty() {
                return refuse("a view needs a name");
            }
            let v = view_mut(ws, &id)?;
            let old_name = std::mem::replace(&mut v.name, name);
            let old_description = std::mem::replace(&mut v.description, description);
            Ok(Command::UpdateView {
                id,
                name: old_name,
                description: old_description,
            })
        }
        Command::AddDecision { .. }
        | Command::UpdateDecisions { .. }
        | Command::WithdrawDecision { .. }
        | Command::RemoveDecision { .. }
        | Command::ReinsertDecision { .. } => super::decisions::apply_decision(ws, command),
        Command::AddTerm { .. } | Command::UpdateTerm { .. } | Command::RemoveTerm { .. } => {
            super::glossary::apply_glossary(ws, command)
        }
        Command::Pin { .. } | Command::Layout { .. } => super::layout::apply_layout(ws, command),
        Command::AddConcern { .. }
        | Command::UpdateConcern { .. }
        | Command::RemoveConcern { .. }
        | Command::ReinsertConcern { .. } => super::concerns::apply_concern(ws, command),
        Command::SetGuidance { .. }
        | Command::AddPrinciple { .. }
        | Command::UpdatePrinciple { .. }
        | Command::RemovePrinciple { .. }
        | Command::ReinsertPrinciple { .. } => super::framework::apply_framework(ws, command),
        Command::UpdateWorkspace { name, description } => {
            if name.trim().is_empty() {
                return refuse("a workspace needs a name");
            }
            let old_name = ws.name.clone();
            let old_description = ws.description.clone();
            checked(ws, |ws| {
                ws.name = name;
                ws.description = description;
            })?;
            Ok(Command::UpdateWorkspace {
                name: old_name,
                description: old_description,
            })
        }
    }
}

pub(super) fn view_mut<'a>(
    ws: &'a mut Workspace,
    id: &Id,
) -> Result<&'a mut conway_model::View, EditError> {
    ws.views
        .iter_mut()
        .find(|v| &v.id == id)
        .ok_or_else(|| missing("view", id))
}

pub(super) fn sane(p: &Placement) -> bool {
    let coordinate = |v: f64| v.is_finite() && v.abs() <= Placement::MAX_COORDINATE;
    let size = |v: f64| v.is_finite() && (Placement::MIN_SIZE..=Placement::MAX_SIZE).contains(&v);
    coordinate(p.x) && coordinate(p.y) && size(p.width) && size(p.height)
}

fn show(
    ws: &mut Workspace,
    view: Id,
    placements: Vec<(usize, Placement)>,
) -> Result<Command, EditError> {
    let kind = ws.view(&view).ok_or_else(|| missing("view", &view))?.kind;
    for (_, p) in &placements {
        let element = ws
            .element(&p.element)
            .ok_or_else(|| missing("element", &p.element))?;
        if element.side() != kind.side() {
            return refuse(format!(
                "a {} cannot appear in this view",
                element.kind.label()
            ));
        }
        if !sane(p) {
            return refuse("position or size out of range");
        }
    }
    let mut distinct = std::collections::HashSet::new();
    if let Some((_, p)) = placements
        .iter()
        .find(|(_, p)| !distinct.insert(&p.element))
    {
        return refuse(format!("element \"{}\" is listed twice", p.element));
    }
    let v = view_mut(ws, &view)?;
    if let Some((_, p)) = placements.iter().find(|(_, p)| v.shows(&p.element)) {
        return refuse(format!(
            "element \"{}\" is already in view \"{}\"",
            p.element, v.name
        ));
    }
    let elements = placements.iter().map(|(_, p)| p.element.clone()).collect();
    insert_all(&mut v.placements, &placements);
    Ok(Command::Hide { view, elements })
}

/// Makes a structural change, keeping it only if the workspace stays sound.
pub(super) fn checked(
    ws: &mut Workspace,
    change: impl FnOnce(&mut Workspace),
) -> Result<(), EditError> {
    let before = ws.clone();
    change(ws);
    match ws.problems().into_iter().next() {
        None => Ok(()),
        Some(problem) => {
            *ws = before;
            Err(EditError(problem.to_string()))
        }
    }
}
