//! What a decision's link and relation editors list: the elements and
//! relationships it shapes, those it could be linked to, and its relations to
//! other decisions, each with the name a reader knows it by.

use conway_model::{Decision, Id, RelationKind, Workspace};

/// An element's name, or a relationship's as "source → target".
fn name(ws: &Workspace, id: &Id) -> Option<String> {
    ws.element(id).map(|e| e.name.clone()).or_else(|| {
        ws.relationship(id).map(|r| {
            let end = |x: &Id| ws.element(x).map(|e| e.name.clone()).unwrap_or_default();
            format!("{} → {}", end(&r.source), end(&r.target))
        })
    })
}

/// What the decision shapes, in its order; a link to what no longer exists
/// shows its id.
pub fn linked(ws: &Workspace, d: &Decision) -> Vec<(Id, String)> {
    d.links
        .iter()
        .map(|l| (l.clone(), name(ws, l).unwrap_or_else(|| l.to_string())))
        .collect()
}

/// Every element and relationship the decision is not linked to yet, by name
/// (case-insensitive).
pub fn link_candidates(ws: &Workspace, d: &Decision) -> Vec<(Id, String)> {
    let mut candidates: Vec<(Id, String)> = ws
        .elements
        .iter()
        .map(|e| &e.id)
        .chain(ws.relationships.iter().map(|r| &r.id))
        .filter(|id| !d.links.contains(id))
        .filter_map(|id| name(ws, id).map(|n| (id.clone(), n)))
        .collect();
    candidates.sort_by_key(|(_, n)| n.to_lowercase());
    candidates
}

/// The decision's amends and relates-to relations (superseding has its own
/// control) to decisions that exist, each labelled "Amends ADR-0003 Title".
pub fn relations_shown(ws: &Workspace, d: &Decision) -> Vec<(RelationKind, Id, String)> {
    d.relations
        .iter()
        .filter(|r| r.kind != RelationKind::Supersedes)
        .filter_map(|r| {
            ws.decision(&r.target).map(|t| {
                let label = format!("{} {} {}", r.kind.label(), t.reference(), t.title);
                (r.kind, r.target.clone(), label)
            })
        })
        .collect()
}
