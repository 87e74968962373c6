//! The commands: one variant per kind of change, each carrying all it needs.

use super::Removal;
use conway_model::{
    Category, Concern, Decision, Element, Guidance, Id, Placement, Principle, Relationship, Term,
    View,
};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
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
    /// Puts back exactly what a `Remove` took out (the inverse of `Remove`).
    Reinsert { removal: Box<Removal> },
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
    /// Sets the positions of elements of one view exactly (the inverse of a
    /// move, since adding and subtracting a delta is not exact in floating point).
    Arrange {
        view: Id,
        positions: Vec<(Id, f64, f64)>,
    },
    /// Pins or unpins elements of a view (auto-layout never moves a pinned one).
    Pin { view: Id, pins: Vec<(Id, bool)> },
    /// Replaces the placements of several elements of a view at once, by
    /// element (an auto-layout's result: positions and boundary sizes).
    Layout {
        view: Id,
        placements: Vec<Placement>,
    },
    /// Sets the position and size of one element in one view.
    Place { view: Id, placement: Placement },
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
    /// Renames or re-describes the workspace itself.
    UpdateWorkspace { name: String, description: String },
    /// Adds a decision at an index of the decision log.
    AddDecision {
        index: usize,
        decision: Box<Decision>,
    },
    /// Replaces several decisions at once, by id (an edit, a status change, or
    /// superseding: the new decision and the ones it supersedes together).
    UpdateDecisions { decisions: Vec<Decision> },
    /// Takes back a decision just added (the inverse of `AddDecision`): unlike
    /// deleting, its number is free again, as if it had never been given.
    WithdrawDecision { id: Id },
    /// Deletes a decision, and the relations other decisions have to it; its
    /// number is remembered as given, so no new decision reuses it.
    RemoveDecision { id: Id },
    /// Puts back what a `RemoveDecision` took out (its inverse): the decision
    /// at its index, the other decisions and the number counter as they were.
    ReinsertDecision {
        index: usize,
        decision: Box<Decision>,
        others: Vec<Decision>,
        last_number: u32,
    },
    /// Adds a glossary term at an index.
    AddTerm { index: usize, term: Term },
    /// Replaces a glossary term's fields, by id.
    UpdateTerm { term: Term },
    /// Deletes a glossary term (its inverse adds it back where it was).
    RemoveTerm { id: Id },
    /// Adds a concern to the workspace's vocabulary at an index.
    AddConcern { index: usize, concern: Concern },
    /// Renames or re-describes a concern, by id.
    UpdateConcern { concern: Concern },
    /// Deletes a concern, and every element's weight of it and decision's tag.
    RemoveConcern { id: Id },
    /// Puts back what a `RemoveConcern` took out (its inverse).
    ReinsertConcern {
        index: usize,
        concern: Concern,
        elements: Vec<Element>,
        decisions: Vec<Decision>,
    },
    /// Replaces one cell of the decision framework's guidance matrix.
    SetGuidance {
        category: Category,
        guidance: Guidance,
    },
    /// Adds a principle at an index of the list.
    AddPrinciple { index: usize, principle: Principle },
    /// Replaces a principle's fields, by id.
    UpdatePrinciple { principle: Principle },
    /// Deletes a principle, and every decision's reference to it.
    RemovePrinciple { id: Id },
    /// Puts back what a `RemovePrinciple` took out (its inverse).
    ReinsertPrinciple {
        index: usize,
        principle: Principle,
        decisions: Vec<Decision>,
    },
}

impl Command {
    /// A short description for the undo history ("Undo Move").
    pub fn label(&self) -> &'static str {
        match self {
            Command::AddElement { .. } => "Add element",
            Command::UpdateElement { .. } => "Edit element",
            Command::SetOwners { .. } => "Set owner",
            Command::AddRelationship { .. } => "Add relationship",
            Command::UpdateRelationship { .. } => "Edit relationship",
            Command::Remove { .. } => "Delete",
            Command::Reinsert { .. } => "Restore",
            Command::Show { .. } => "Add to view",
            Command::Hide { .. } => "Remove from view",
            Command::Move { .. } | Command::Arrange { .. } => "Move",
            Command::Place { .. } => "Resize",
            Command::Pin { .. } => "Pin",
            Command::Layout { .. } => "Auto-layout",
            Command::AddView { .. } => "Add view",
            Command::RemoveView { .. } => "Delete view",
            Command::UpdateView { .. } => "Rename view",
            Command::UpdateWorkspace { .. } => "Rename workspace",
            Command::AddDecision { .. } | Command::WithdrawDecision { .. } => "Add decision",
            Command::UpdateDecisions { .. } => "Edit decision",
            Command::RemoveDecision { .. } | Command::ReinsertDecision { .. } => "Delete decision",
            Command::SetGuidance { .. } => "Edit guidance",
            Command::AddTerm { .. } => "Add term",
            Command::UpdateTerm { .. } => "Edit term",
            Command::RemoveTerm { .. } => "Delete term",
            Command::AddConcern { .. } => "Add concern",
            Command::UpdateConcern { .. } => "Edit concern",
            Command::RemoveConcern { .. } | Command::ReinsertConcern { .. } => "Delete concern",
            Command::AddPrinciple { .. } => "Add principle",
            Command::UpdatePrinciple { .. } => "Edit principle",
            Command::RemovePrinciple { .. } | Command::ReinsertPrinciple { .. } => {
                "Delete principle"
            }
        }
    }
}
