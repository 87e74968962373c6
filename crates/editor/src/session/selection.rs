//! What is selected and the rules that change it. A selection of elements is
//! never empty (no selection is `None`), keeps the order things were selected
//! in, and never holds an element twice.

use conway_model::{ElementKind, Id, Side, ViewKind, Workspace};

/// What the details panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// One or more elements, in the order they were selected (never empty).
    Elements(Vec<Id>),
    Relationship(Id),
    Decision(Id),
}

impl Selection {
    /// The selected elements (none when a relationship or decision is).
    pub fn elements(&self) -> &[Id] {
        match self {
            Selection::Elements(ids) => ids,
            _ => &[],
        }
    }

    /// Whether everything selected is still in `workspace` (after another
    /// tab's save or a load replaced it).
    pub fn survives_in(&self, workspace: &Workspace) -> bool {
        match self {
            Selection::Elements(ids) => ids.iter().all(|id| workspace.element(id).is_some()),
            Selection::Decision(id) => workspace.decision(id).is_some(),
            Selection::Relationship(id) => workspace.relationship(id).is_some(),
        }
    }

    fn of_elements(ids: Vec<Id>) -> Option<Selection> {
        (!ids.is_empty()).then_some(Selection::Elements(ids))
    }
}

/// Shift-click: `id` joins the selected elements, or leaves them if it was
/// one (a relationship or decision selected before is replaced).
pub fn toggled(selection: Option<&Selection>, id: Id) -> Option<Selection> {
    let mut ids = selection.map(|s| s.elements().to_vec()).unwrap_or_default();
    match ids.iter().position(|i| i == &id) {
        Some(at) => {
            ids.remove(at);
        }
        None => ids.push(id),
    }
    Selection::of_elements(ids)
}

/// The marquee's selection: the elements of `view` lying wholly inside the
/// rectangle `(x0, y0, x1, y1)` (normalised: x0 <= x1, y0 <= y1), after the
/// current ones when `additive` (Shift).
pub fn marquee(
    workspace: &Workspace,
    view: &Id,
    rect: (f64, f64, f64, f64),
    current: Option<&Selection>,
    additive: bool,
) -> Option<Selection> {
    let mut ids = match (additive, current) {
        (true, Some(s)) => s.elements().to_vec(),
        _ => Vec::new(),
    };
    let placements = workspace.view(view).map_or(&[][..], |v| &v.placements[..]);
    for p in placements {
        let inside =
            p.x >= rect.0 && p.y >= rect.1 && p.x + p.width <= rect.2 && p.y + p.height <= rect.3;
        if inside && !ids.contains(&p.element) {
            ids.push(p.element.clone());
        }
    }
    Selection::of_elements(ids)
}

/// What the selection highlights in the other pane: the owner teams of
/// selected system elements, and what selected teams own.
pub fn cross_highlight(workspace: &Workspace, selected: &[Id]) -> Vec<Id> {
    let mut found = Vec::new();
    for element in selected.iter().filter_map(|id| workspace.element(id)) {
        if element.kind == ElementKind::Team {
            found.extend(workspace.owned_by(&element.id).map(|e| e.id.clone()));
        } else {
            found.extend(element.owner.iter().cloned());
        }
    }
    found
}

/// The pane an element is drawn in: teams and people in the organisation's,
/// everything else (and what no longer exists) in the system's.
pub fn pane_showing(workspace: &Workspace, id: &Id) -> ViewKind {
    match workspace.element(id).map(|e| e.side()) {
        Some(Side::Org) => ViewKind::Org,
        _ => ViewKind::System,
    }
}
