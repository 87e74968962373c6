//! What a deletion took out of a workspace, recorded with original positions
//! so that putting it back restores the workspace exactly. It must never
//! decide whether a deletion is allowed: `model.rs` checks before taking.

use std::collections::HashSet;

use conway_model::{Element, Id, Placement, Relationship, Workspace};

/// What a `ModelCommand::Remove` took out, which its inverse
/// (`ModelCommand::Reinsert`) puts back. Only `apply` makes one: outside this
/// crate a removal can be matched and passed on, never built.
///
/// ```
/// use conway_edit::ModelCommand;
/// fn restores(command: &ModelCommand) -> bool {
///     matches!(command, ModelCommand::Reinsert(_))
/// }
/// ```
///
/// ```compile_fail,E0451
/// use conway_edit::{ModelCommand, Removal};
/// let forged = ModelCommand::Reinsert(Box::new(Removal {
///     elements: Vec::new(),
///     relationships: Vec::new(),
///     placements: Vec::new(),
///     links: Vec::new(),
///     owners: Vec::new(),
///     parents: Vec::new(),
/// }));
/// ```
///
/// ```compile_fail,E0277
/// let forged = conway_edit::ModelCommand::Reinsert(Box::default());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    pub(crate) elements: Vec<(usize, Element)>,
    pub(crate) relationships: Vec<(usize, Relationship)>,
    /// (view, index in that view, placement)
    pub(crate) placements: Vec<(Id, usize, Placement)>,
    /// (decision, index in its links, link)
    pub(crate) links: Vec<(Id, usize, Id)>,
    /// Elements whose owner was removed: (element, former owner).
    pub(crate) owners: Vec<(Id, Id)>,
    /// Elements whose parent was removed: (element, former parent).
    pub(crate) parents: Vec<(Id, Id)>,
}

/// Removes elements, relationships and everything that would dangle.
pub(super) fn take(ws: &mut Workspace, elements: &[Id], relationships: &[Id]) -> Removal {
    let gone: HashSet<&Id> = elements.iter().collect();
    let mut removal = Removal {
        elements: Vec::new(),
        relationships: Vec::new(),
        placements: Vec::new(),
        links: Vec::new(),
        owners: Vec::new(),
        parents: Vec::new(),
    };
    let rel_gone: HashSet<Id> = ws
        .relationships
        .iter()
        .filter(|r| {
            relationships.contains(&r.id) || gone.contains(&r.source) || gone.contains(&r.target)
        })
        .map(|r| r.id.clone())
        .collect();
    for e in ws.elements.iter_mut() {
        if gone.contains(&e.id) {
            continue;
        }
        if let Some(owner) = e.owner.take_if(|o| gone.contains(o)) {
            removal.owners.push((e.id.clone(), owner));
        }
        if let Some(parent) = e.parent.take_if(|p| gone.contains(p)) {
            removal.parents.push((e.id.clone(), parent));
        }
    }
    for view in ws.views.iter_mut() {
        removal.placements.extend(
            extract(&mut view.placements, |p| gone.contains(&p.element))
                .into_iter()
                .map(|(i, p)| (view.id.clone(), i, p)),
        );
    }
    for decision in ws.decisions.iter_mut() {
        removal.links.extend(
            extract(&mut decision.links, |l| {
                gone.contains(l) || rel_gone.contains(l)
            })
            .into_iter()
            .map(|(i, l)| (decision.id.clone(), i, l)),
        );
    }
    removal.relationships = extract(&mut ws.relationships, |r| rel_gone.contains(&r.id));
    removal.elements = extract(&mut ws.elements, |e| gone.contains(&e.id));
    removal
}

/// Puts back what `take` removed, each at its original index.
pub(super) fn restore(ws: &mut Workspace, removal: &Removal) {
    insert_all(&mut ws.elements, &removal.elements);
    insert_all(&mut ws.relationships, &removal.relationships);
    for view in ws.views.iter_mut() {
        let mine: Vec<(usize, Placement)> = removal
            .placements
            .iter()
            .filter(|(v, _, _)| v == &view.id)
            .map(|(_, i, p)| (*i, p.clone()))
            .collect();
        insert_all(&mut view.placements, &mine);
    }
    for decision in ws.decisions.iter_mut() {
        let mine: Vec<(usize, Id)> = removal
            .links
            .iter()
            .filter(|(d, _, _)| d == &decision.id)
            .map(|(_, i, l)| (*i, l.clone()))
            .collect();
        insert_all(&mut decision.links, &mine);
    }
    for e in ws.elements.iter_mut() {
        if let Some((_, owner)) = removal.owners.iter().find(|(id, _)| id == &e.id) {
            e.owner = Some(owner.clone());
        }
        if let Some((_, parent)) = removal.parents.iter().find(|(id, _)| id == &e.id) {
            e.parent = Some(parent.clone());
        }
    }
}

/// Removes the items matching `pred`, returning them with their original indexes.
pub(super) fn extract<T>(list: &mut Vec<T>, pred: impl Fn(&T) -> bool) -> Vec<(usize, T)> {
    let mut taken = Vec::new();
    let mut kept = Vec::with_capacity(list.len());
    for (i, item) in list.drain(..).enumerate() {
        if pred(&item) {
            taken.push((i, item));
        } else {
            kept.push(item);
        }
    }
    *list = kept;
    taken
}

/// Inserts items at their recorded indexes, in ascending order, so each lands where it was.
pub(super) fn insert_all<T: Clone>(list: &mut Vec<T>, items: &[(usize, T)]) {
    let mut sorted: Vec<&(usize, T)> = items.iter().collect();
    sorted.sort_by_key(|(i, _)| *i);
    for (i, item) in sorted {
        let at = (*i).min(list.len());
        list.insert(at, item.clone());
    }
}
