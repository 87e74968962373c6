//! Commands on the model itself: elements, relationships, owners, deleting
//! with everything that would dangle (and its exact undo), and the
//! workspace's name. Views, decisions and vocabularies are other areas'; this
//! module must never touch what they own except through what a deletion takes.

use super::apply::checked;
use super::removal::{restore, take};
use super::{EditError, Removal, Thing};
use conway_model::{Element, Id, Relationship, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum ModelCommand {
    /// Adds a new element to the model (and to no view).
    AddElement { element: Element },
    /// Replaces an element's fields (rename, description, owner, kind, ...); the id stays.
    UpdateElement { element: Element },
    /// Sets the owner team of several elements at once (`None`: no owner);
    /// its inverse puts back each element's previous owner.
    SetOwners { owners: Vec<(Id, Option<Id>)> },
    /// Adds a new relationship.
    AddRelationship { relationship: Relationship },
    /// Replaces a relationship's fields; the id stays.
    UpdateRelationship { relationship: Relationship },
    /// Deletes elements and relationships from the model, with everything that
    /// would dangle: relationships of removed elements, placements, decision
    /// links, owner and parent references to them.
    Remove {
        elements: Vec<Id>,
        relationships: Vec<Id>,
    },
    /// Puts back exactly what a `Remove` took out (only ever its inverse).
    Reinsert(Box<Removal>),
    /// Renames or re-describes the workspace itself.
    UpdateWorkspace { name: String, description: String },
}

impl ModelCommand {
    /// A short description for the undo history.
    pub fn label(&self) -> &'static str {
        match self {
            ModelCommand::AddElement { .. } => "Add element",
            ModelCommand::UpdateElement { .. } => "Edit element",
            ModelCommand::SetOwners { .. } => "Set owner",
            ModelCommand::AddRelationship { .. } => "Add relationship",
            ModelCommand::UpdateRelationship { .. } => "Edit relationship",
            ModelCommand::Remove { .. } => "Delete",
            ModelCommand::Reinsert(_) => "Restore",
            ModelCommand::UpdateWorkspace { .. } => "Rename workspace",
        }
    }
}

pub(super) fn apply(ws: &mut Workspace, command: ModelCommand) -> Result<ModelCommand, EditError> {
    match command {
        ModelCommand::AddElement { element } => {
            let id = element.id.clone();
            checked(ws, |ws| ws.elements.push(element))?;
            Ok(removing(vec![id], Vec::new()))
        }
        ModelCommand::UpdateElement { element } => update_element(ws, element),
        ModelCommand::SetOwners { owners } => set_owners(ws, owners),
        ModelCommand::AddRelationship { relationship } => {
            let id = relationship.id.clone();
            checked(ws, |ws| ws.relationships.push(relationship))?;
            Ok(removing(Vec::new(), vec![id]))
        }
        ModelCommand::UpdateRelationship { relationship } => update_relationship(ws, relationship),
        ModelCommand::Remove {
            elements,
            relationships,
        } => remove(ws, elements, relationships),
        ModelCommand::Reinsert(removal) => reinsert(ws, &removal),
        ModelCommand::UpdateWorkspace { name, description } => {
            update_workspace(ws, name, description)
        }
    }
}

fn removing(elements: Vec<Id>, relationships: Vec<Id>) -> ModelCommand {
    ModelCommand::Remove {
        elements,
        relationships,
    }
}

fn update_element(ws: &mut Workspace, element: Element) -> Result<ModelCommand, EditError> {
    let index = ws
        .elements
        .iter()
        .position(|e| e.id == element.id)
        .ok_or_else(|| EditError::missing(Thing::Element, &element.id))?;
    let old = ws.elements[index].clone();
    checked(ws, |ws| ws.elements[index] = element)?;
    Ok(ModelCommand::UpdateElement { element: old })
}

fn set_owners(
    ws: &mut Workspace,
    owners: Vec<(Id, Option<Id>)>,
) -> Result<ModelCommand, EditError> {
    let mut old = Vec::with_capacity(owners.len());
    for (id, _) in &owners {
        let e = ws
            .element(id)
            .ok_or_else(|| EditError::missing(Thing::Element, id))?;
        old.push((id.clone(), e.owner.clone()));
    }
    checked(ws, |ws| {
        for (id, owner) in owners {
            if let Some(e) = ws.elements.iter_mut().find(|e| e.id == id) {
                e.owner = owner;
            }
        }
    })?;
    Ok(ModelCommand::SetOwners { owners: old })
}

fn update_relationship(
    ws: &mut Workspace,
    relationship: Relationship,
) -> Result<ModelCommand, EditError> {
    let index = ws
        .relationships
        .iter()
        .position(|r| r.id == relationship.id)
        .ok_or_else(|| EditError::missing(Thing::Relationship, &relationship.id))?;
    let old = ws.relationships[index].clone();
    checked(ws, |ws| ws.relationships[index] = relationship)?;
    Ok(ModelCommand::UpdateRelationship { relationship: old })
}

fn remove(
    ws: &mut Workspace,
    elements: Vec<Id>,
    relationships: Vec<Id>,
) -> Result<ModelCommand, EditError> {
    if let Some(id) = elements.iter().find(|id| ws.element(id).is_none()) {
        return Err(EditError::missing(Thing::Element, id));
    }
    if let Some(id) = relationships
        .iter()
        .find(|id| ws.relationship(id).is_none())
    {
        return Err(EditError::missing(Thing::Relationship, id));
    }
    let removal = take(ws, &elements, &relationships);
    Ok(ModelCommand::Reinsert(Box::new(removal)))
}

fn reinsert(ws: &mut Workspace, removal: &Removal) -> Result<ModelCommand, EditError> {
    if let Some((_, e)) = removal
        .elements
        .iter()
        .find(|(_, e)| ws.element(&e.id).is_some())
    {
        return Err(EditError::AlreadyExists {
            what: Thing::Element,
            id: e.id.clone(),
        });
    }
    restore(ws, removal);
    Ok(removing(
        removal.elements.iter().map(|(_, e)| e.id.clone()).collect(),
        removal
            .relationships
            .iter()
            .map(|(_, r)| r.id.clone())
            .collect(),
    ))
}

fn update_workspace(
    ws: &mut Workspace,
    name: String,
    description: String,
) -> Result<ModelCommand, EditError> {
    if name.trim().is_empty() {
        return Err(EditError::NameRequired(Thing::Workspace));
    }
    let old_name = ws.name.clone();
    let old_description = ws.description.clone();
    checked(ws, |ws| {
        ws.name = name;
        ws.description = description;
    })?;
    Ok(ModelCommand::UpdateWorkspace {
        name: old_name,
        description: old_description,
    })
}
