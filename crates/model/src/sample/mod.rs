//! The built-in sample workspace, "Northwind Retail": a mid-size online retailer
//! mapped on both sides (C4 system views and Team Topologies org views) with the
//! decisions, principles and vocabulary that go with them. It is what a first
//! visit opens, so it must always pass `Workspace::problems` and read like real
//! documentation; it builds plain model values and never touches storage or the UI.

mod blank;
mod decisions;
mod decisions_early;
mod decisions_late;
mod decisions_middle;
mod org;
mod org_views;
mod reviews;
mod system;
mod system_views;
#[cfg(test)]
mod tests;
mod vocabulary;

use crate::{
    ConcernWeight, Date, Element, ElementKind, Id, Placement, Relationship, RelationshipKind,
    Synchrony, View, ViewKind, Workspace,
};

pub use blank::blank_workspace;

/// Northwind Retail: the workspace a first visit opens.
pub fn sample_workspace() -> Workspace {
    let mut elements = system::elements();
    elements.extend(org::elements());
    let mut relationships = system::relationships();
    relationships.extend(org::relationships());
    let mut views = system_views::views();
    views.extend(org_views::views());
    Workspace {
        name: "Northwind Retail".into(),
        description: "Northwind Retail sells homeware and garden products online across the UK \
                      and Ireland: about 2 million orders a year, 160 people in technology. This \
                      workspace maps the Online Store and the teams that build it side by side, \
                      with the decisions that shaped both."
            .into(),
        elements,
        relationships,
        views,
        decisions: decisions::decisions(),
        principles: vocabulary::principles(),
        concerns: vocabulary::concerns(),
        glossary: vocabulary::glossary(),
        ..Workspace::default()
    }
}

/// A calendar date from `YYYY-MM-DD`; `None` for anything else, including "" for "no date".
fn date(text: &str) -> Option<Date> {
    Date::parse(text)
}

/// An id from text, or none when the text is empty.
fn optional_id(text: &str) -> Option<Id> {
    (!text.is_empty()).then(|| Id::new(text))
}

/// Concern weights by short name, as the data tables write them.
type Weights = &'static [(&'static str, u8)];

/// Concern weights from short names: `("latency", 4)` weighs `concern-latency` at 4.
fn weights(list: &[(&str, u8)]) -> Vec<ConcernWeight> {
    list.iter()
        .map(|&(name, weight)| ConcernWeight {
            concern: concern_id(name),
            weight,
        })
        .collect()
}

/// The id of a concern from its short name: "delivery-speed" is `concern-delivery-speed`.
fn concern_id(name: &str) -> Id {
    Id::new(format!("concern-{name}"))
}

/// An element with its technology and one-line description.
fn el(id: &str, kind: ElementKind, name: &str, technology: &str, description: &str) -> Element {
    Element {
        description: description.into(),
        technology: technology.into(),
        ..Element::new(id, kind, name)
    }
}

/// A system-side "uses" arrow, labelled with a verb phrase and technology.
fn uses(row: &(&str, &str, &str, &str, &str, Synchrony)) -> Relationship {
    let &(id, source, target, description, technology, synchrony) = row;
    Relationship {
        description: description.into(),
        technology: technology.into(),
        synchrony: Some(synchrony),
        ..Relationship::new(id, RelationshipKind::Uses, source, target)
    }
}

/// An organisation-side arrow; only interaction modes carry start and end dates ("" for none).
fn org_link(row: &(&str, RelationshipKind, &str, &str, &str, &str, &str)) -> Relationship {
    let &(id, kind, source, target, description, starts, ends) = row;
    Relationship {
        description: description.into(),
        starts: date(starts),
        ends: date(ends),
        ..Relationship::new(id, kind, source, target)
    }
}

/// Box sizes by convention, (width, height) in canvas units.
const PERSON: (f64, f64) = (180.0, 150.0);
const BOX: (f64, f64) = (220.0, 120.0);
const STREAM: (f64, f64) = (280.0, 90.0);
const PLATFORM: (f64, f64) = (600.0, 80.0);
const ENABLING: (f64, f64) = (110.0, 220.0);
const SUBSYSTEM: (f64, f64) = (200.0, 110.0);
const ORG_PERSON: (f64, f64) = (200.0, 90.0);

/// One element's box in a view.
fn place(element: &str, x: f64, y: f64, (width, height): (f64, f64)) -> Placement {
    Placement {
        element: Id::new(element),
        x,
        y,
        width,
        height,
        pinned: false,
    }
}

/// A view with its placements, boundaries and departments first so they draw underneath.
fn view(
    id: &str,
    kind: ViewKind,
    name: &str,
    description: &str,
    placements: Vec<Placement>,
) -> View {
    View {
        description: description.into(),
        placements,
        ..View::new(id, kind, name)
    }
}
