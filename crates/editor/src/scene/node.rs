//! How one element of a view is drawn: its shape, colours, label lines and
//! badges, as plain data. `node_facts` gathers what every element's drawing
//! depends on in one cheap pass over a view (no wrapping); `node_scene`
//! turns one element's facts into its drawing, so that a change redraws only
//! the elements whose facts changed. Neither ever reads a selection or a
//! drag: those belong to whoever shows the scene.

use std::collections::HashMap;

use super::compact::{compact_boundary_labels, compact_labels, CompactLabels};
use super::shape::Shape;
use super::text::{boundary_labels, centred_labels, LabelText, NodeLabels};
use conway_geometry::Rect;
use conway_model::{DecisionStatus, Element, ElementKind, Id, TeamType, Term, View, Workspace};

/// How many owner colours the palette has.
pub const OWNER_COLOURS: usize = 10;
/// The decision badge's centre, from the box's top-right corner.
const DECISION_BADGE_INSET: (f64, f64) = (-8.0, -8.0);
/// The pin badge's top-left corner, in the box.
const PIN_BADGE_AT: (f64, f64) = (2.0, 2.0);

/// The decisions linked to an element: how many, the most important status,
/// and their references and titles, one a line (for hovering).
#[derive(Clone, Debug, PartialEq)]
pub struct LinkedDecisions {
    pub count: usize,
    pub status: DecisionStatus,
    pub titles: String,
}

/// An element's colour when a view is coloured by owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnerColour {
    /// The owner team's colour (for a team, its own): an index into the
    /// palette of `OWNER_COLOURS`.
    Team(usize),
    /// No team owns the element.
    Unowned,
}

/// What one element's drawing depends on.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeFacts {
    pub id: Id,
    pub kind: ElementKind,
    pub team_type: Option<TeamType>,
    pub name: String,
    /// The bracketed C4 line: "[Container: Rust, axum]", "[Stream-aligned team]".
    pub caption: String,
    /// What kind of thing it is, without the brackets or the technology:
    /// "Container", "Stream-aligned team", a person's role.
    pub kind_label: String,
    pub description: String,
    /// The element's box in the view.
    pub bounds: Rect,
    pub decisions: Option<LinkedDecisions>,
    /// Only when the view is coloured by owner, and only for what a team can own.
    pub owner: Option<OwnerColour>,
    /// Pinned in this view: auto-layout leaves it where it is.
    pub pinned: bool,
    /// The glossary terms whose words the name uses.
    pub name_terms: Vec<Term>,
}

/// The decision count at the box's top-right corner, coloured by `status`.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionBadge {
    pub linked: LinkedDecisions,
    pub centre: (f64, f64),
}

/// The mark of an element pinned in its view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PinBadge {
    pub corner: (f64, f64),
}

/// Everything drawn for one element, in its own units (its box's top-left
/// corner at 0, 0; `bounds` says where that is in the view).
#[derive(Clone, Debug, PartialEq)]
pub struct NodeScene {
    pub id: Id,
    pub kind: ElementKind,
    pub team_type: Option<TeamType>,
    pub bounds: Rect,
    pub shape: Shape,
    pub labels: NodeLabels,
    /// The labels drawn instead when zoomed out (below `DETAIL_ZOOM`).
    pub compact: CompactLabels,
    /// What the element is called to a screen reader: "name, caption".
    pub accessible_name: String,
    /// Shown on hover: the name, then the definition of each glossary term it uses.
    pub hover: String,
    pub owner: Option<OwnerColour>,
    pub decisions: Option<DecisionBadge>,
    pub pin: Option<PinBadge>,
    /// Where a relationship can be started from: the middle of each side,
    /// top, right, bottom, left; none on a boundary.
    pub connection_points: Vec<(f64, f64)>,
}

/// Each team's colour: its place among the workspace's teams, round the palette.
pub fn team_colours(ws: &Workspace) -> HashMap<&Id, usize> {
    ws.elements
        .iter()
        .filter(|e| e.kind == ElementKind::Team)
        .enumerate()
        .map(|(i, t)| (&t.id, i % OWNER_COLOURS))
        .collect()
}

/// The facts of every element `view` places, in drawing order; `by_owner`
/// when the view is coloured by owner.
pub fn node_facts(ws: &Workspace, view: &View, by_owner: bool) -> Vec<NodeFacts> {
    let elements = ws.element_index();
    let decisions = ws.decisions_by_link();
    let glossary = conway_analysis::TermFinder::new(&ws.glossary);
    let colours = if by_owner {
        team_colours(ws)
    } else {
        HashMap::new()
    };
    view.placements
        .iter()
        .filter_map(|p| {
            let e = *elements.get(&p.element)?;
            Some(NodeFacts {
                id: e.id.clone(),
                kind: e.kind,
                team_type: e.team_type,
                name: e.name.clone(),
                caption: caption(e),
                kind_label: kind_label(e),
                description: e.description.clone(),
                bounds: Rect::from(p),
                decisions: decisions.get(&e.id).and_then(|list| linked(list)),
                owner: by_owner.then(|| owner_colour(e, &colours)).flatten(),
                pinned: p.pinned,
                name_terms: glossary.terms_in(&e.name).into_iter().cloned().collect(),
            })
        })
        .collect()
}

/// One element's drawing.
pub fn node_scene(facts: &NodeFacts) -> NodeScene {
    let size = (facts.bounds.width, facts.bounds.height);
    let (w, h) = size;
    let shape = Shape::of(facts.kind, facts.team_type, size);
    let boundary = facts.kind.is_container_of_others();
    let (labels, compact) = if boundary {
        (
            boundary_labels(&facts.name, &facts.caption, w),
            compact_boundary_labels(&facts.name, w),
        )
    } else {
        let text = LabelText {
            name: &facts.name,
            caption: &facts.caption,
            description: &facts.description,
            name_terms: &facts.name_terms,
        };
        (
            centred_labels(
                &text,
                size,
                shape.label_top(),
                facts.kind != ElementKind::Team,
            ),
            compact_labels(
                &facts.name,
                &facts.kind_label,
                &facts.name_terms,
                size,
                shape.label_top(),
            ),
        )
    };
    NodeScene {
        id: facts.id.clone(),
        kind: facts.kind,
        team_type: facts.team_type,
        bounds: facts.bounds,
        shape,
        labels,
        compact,
        accessible_name: format!("{}, {}", facts.name, facts.caption),
        hover: hover(facts),
        owner: facts.owner,
        decisions: facts.decisions.clone().map(|linked| DecisionBadge {
            linked,
            centre: (w + DECISION_BADGE_INSET.0, DECISION_BADGE_INSET.1),
        }),
        pin: facts.pinned.then_some(PinBadge {
            corner: PIN_BADGE_AT,
        }),
        connection_points: if boundary {
            Vec::new()
        } else {
            vec![(w / 2.0, 0.0), (w, h / 2.0), (w / 2.0, h), (0.0, h / 2.0)]
        },
    }
}

/// What kind of thing `e` is: "Container", "Stream-aligned team", a role.
pub fn kind_label(e: &Element) -> String {
    match (e.kind, e.team_type) {
        (ElementKind::Team, Some(t)) => format!("{} team", t.label()),
        (ElementKind::OrgPerson | ElementKind::Stakeholder, _) if !e.role.is_empty() => {
            e.role.clone()
        }
        (kind, _) => kind.label().to_string(),
    }
}

/// The bracketed C4 line: "[Container: Rust, axum]", "[Stream-aligned team]".
pub fn caption(e: &Element) -> String {
    let kind = kind_label(e);
    if e.technology.is_empty() {
        format!("[{kind}]")
    } else {
        format!("[{kind}: {}]", e.technology)
    }
}

fn linked(list: &[&conway_model::Decision]) -> Option<LinkedDecisions> {
    let status = list
        .iter()
        .map(|d| d.status)
        .max_by_key(|s| s.importance())?;
    let titles = list
        .iter()
        .map(|d| format!("{} {} ({})", d.reference(), d.title, d.status.label()))
        .collect::<Vec<_>>()
        .join("\n");
    Some(LinkedDecisions {
        count: list.len(),
        status,
        titles,
    })
}

/// A team's own colour, or its owner's for what a team can own.
fn owner_colour(e: &Element, colours: &HashMap<&Id, usize>) -> Option<OwnerColour> {
    let colour = |id: Option<&Id>| match id.and_then(|id| colours.get(id)) {
        Some(i) => OwnerColour::Team(*i),
        None => OwnerColour::Unowned,
    };
    match e.kind {
        ElementKind::Team => Some(colour(Some(&e.id))),
        kind if kind.is_ownable() => Some(colour(e.owner.as_ref())),
        _ => None,
    }
}

fn hover(facts: &NodeFacts) -> String {
    let mut text = facts.name.clone();
    for t in &facts.name_terms {
        text.push_str(&format!("\n{}: {}", t.term, t.definition));
    }
    text
}
