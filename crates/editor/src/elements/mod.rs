//! Decisions about elements that every way of creating or moving them shares:
//! the size a new element gets, a fresh id no record uses, what a drag carries
//! (a container brings its children), and which boundary a moved element now
//! sits in. Pure: it reads a workspace and returns values; the caller turns
//! them into commands. It never draws randomness itself (the caller passes
//! its source) and never mutates a workspace.

mod spot;

pub use spot::free_spot;

use conway_model::{Element, ElementKind, Id, Workspace};

/// The letter that adds a kind from the keyboard (shown on its palette
/// button's tooltip); the same letter on both sides where the kinds match.
pub fn palette_key(kind: ElementKind) -> char {
    match kind {
        ElementKind::Person | ElementKind::OrgPerson => 'p',
        ElementKind::SoftwareSystem => 's',
        ElementKind::Container => 'c',
        ElementKind::Component => 'o',
        ElementKind::DataStore | ElementKind::Department => 'd',
        ElementKind::Queue => 'q',
        ElementKind::ExternalSystem => 'e',
        ElementKind::SystemBoundary => 'b',
        ElementKind::GroupBoundary => 'g',
        ElementKind::Team => 't',
        ElementKind::Stakeholder => 'k',
    }
}

/// The kind of `side` that `key` adds, if any.
pub fn kind_for_key(side: conway_model::Side, key: char) -> Option<ElementKind> {
    ElementKind::ALL
        .into_iter()
        .find(|k| k.side() == side && palette_key(*k) == key.to_ascii_lowercase())
}

/// The size a new element of a kind gets, following the sample's conventions.
pub fn default_size(kind: ElementKind) -> (f64, f64) {
    match kind {
        ElementKind::Person => (180.0, 150.0),
        ElementKind::SystemBoundary | ElementKind::GroupBoundary | ElementKind::Department => {
            (520.0, 320.0)
        }
        ElementKind::Team => (280.0, 90.0),
        ElementKind::OrgPerson | ElementKind::Stakeholder => (200.0, 90.0),
        _ => (220.0, 120.0),
    }
}

/// Whether any record of the workspace already uses `id`.
pub fn id_taken(ws: &Workspace, id: &Id) -> bool {
    ws.element(id).is_some()
        || ws.relationship(id).is_some()
        || ws.view(id).is_some()
        || ws.decision(id).is_some()
        || ws.principle(id).is_some()
        || ws.concern(id).is_some()
        || ws.glossary.iter().any(|t| &t.id == id)
}

/// A fresh id no record of the workspace uses: `stem` and a suffix drawn from
/// `random` until one is free.
pub fn fresh_id(ws: &Workspace, stem: &str, mut random: impl FnMut() -> u64) -> Id {
    loop {
        let id = Id::new(format!("{stem}-{:x}", random()));
        if !id_taken(ws, &id) {
            return id;
        }
    }
}

/// The selected elements placed in `view`, plus everything inside selected
/// boundaries and departments placed there, so containers carry their children.
pub fn moving_set(ws: &Workspace, view: &Id, selected: &[Id]) -> Vec<Id> {
    let Some(v) = ws.view(view) else {
        return Vec::new();
    };
    let mut moving: Vec<Id> = selected.iter().filter(|id| v.shows(id)).cloned().collect();
    let mut i = 0;
    while i < moving.len() {
        let is_container = ws
            .element(&moving[i])
            .is_some_and(|e| ElementKind::is_container_of_others(e.kind));
        if is_container {
            let parent = moving[i].clone();
            for child in ws.children_of(&parent) {
                if v.shows(&child.id) && !moving.contains(&child.id) {
                    moving.push(child.id.clone());
                }
            }
        }
        i += 1;
    }
    moving
}

/// After a drag: the moved elements whose parent changes, each now in the
/// innermost boundary (or department) of `view` that holds its centre, or in
/// none if it was dragged out. A parent not drawn in this view is kept: this
/// view cannot tell.
pub fn settled_parents(ws: &Workspace, view: &Id, moved: &[Id]) -> Vec<Element> {
    let Some(v) = ws.view(view) else {
        return Vec::new();
    };
    moved
        .iter()
        .filter_map(|id| {
            let element = ws.element(id)?;
            let (cx, cy) = v.placement(id)?.centre();
            let inside = v
                .placements
                .iter()
                .filter(|p| &p.element != id && p.contains_point(cx, cy))
                .filter(|p| {
                    ws.element(&p.element).is_some_and(|c| {
                        c.kind.is_container_of_others() && c.side() == element.side()
                    })
                })
                .filter(|p| !moved.contains(&p.element))
                .min_by(|a, b| (a.width * a.height).total_cmp(&(b.width * b.height)))
                .map(|p| p.element.clone());
            let parent_here = element.parent.as_ref().is_none_or(|p| v.shows(p));
            (parent_here && inside != element.parent).then(|| Element {
                parent: inside,
                ..element.clone()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
