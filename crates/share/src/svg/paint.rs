//! The canvas's CSS cascade for elements and relationships, resolved in
//! Rust: which colour, stroke width and dash pattern each part gets for its
//! kind, team type, owner colour and line style. Each rule names the CSS
//! rule it mirrors (style/main.css unless said otherwise). It never looks at
//! a selection, a hover or a lens: an exported picture shows none of them.

use super::theme::{fixed, Colour, Palette};
use conway_editor::scene::{LabelAnchor, LineRole, NodeScene, OwnerColour};
use conway_model::{DecisionStatus, ElementKind, RelationshipKind, TeamType};

/// How an element's outline is painted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct ShapePaint {
    pub fill: Colour,
    pub stroke: Colour,
    pub width: f64,
    pub dash: Option<&'static str>,
}

/// How a relationship's line is painted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct LinePaint {
    pub stroke: Colour,
    pub width: f64,
    pub dash: Option<&'static str>,
    pub opacity: Option<f64>,
    pub round_caps: bool,
}

/// `.node .shape` (width 1.5) and the kind's rule, then `.node.by-owner`
/// (style/org.css), which keeps the kind's width.
pub(super) fn shape_paint(node: &NodeScene, p: &Palette) -> ShapePaint {
    let base = kind_paint(node.kind, node.team_type, p);
    match node.owner {
        None => base,
        Some(OwnerColour::Team(i)) => {
            let (fill, stroke) = fixed::OWNERS[i % fixed::OWNERS.len()];
            ShapePaint {
                fill,
                stroke,
                ..base
            }
        }
        Some(OwnerColour::Unowned) => ShapePaint {
            fill: p.unowned_fill,
            stroke: fixed::UNOWNED_LINE,
            dash: Some("6 4"),
            ..base
        },
    }
}

fn kind_paint(kind: ElementKind, team_type: Option<TeamType>, p: &Palette) -> ShapePaint {
    let plain = |fill, stroke| ShapePaint {
        fill,
        stroke,
        width: 1.5,
        dash: None,
    };
    let dashed = |fill, dash| ShapePaint {
        dash: Some(dash),
        ..plain(fill, p.boundary)
    };
    match kind {
        ElementKind::Person => plain(p.c4_person, fixed::PERSON_LINE),
        ElementKind::SoftwareSystem => plain(p.c4_system, fixed::SYSTEM_LINE),
        ElementKind::Container | ElementKind::DataStore | ElementKind::Queue => {
            plain(p.c4_container, fixed::CONTAINER_LINE)
        }
        ElementKind::Component => plain(p.c4_component, fixed::COMPONENT_LINE),
        ElementKind::ExternalSystem => plain(p.c4_external, fixed::EXTERNAL_LINE),
        // `.kind-systemboundary .shape, .kind-groupboundary .shape`
        ElementKind::SystemBoundary | ElementKind::GroupBoundary => {
            dashed(fixed::BOUNDARY_FILL, "8 5")
        }
        // `.kind-department .shape`
        ElementKind::Department => dashed(p.department, "3 4"),
        // `.team-streamaligned .shape` and the other three team types; a
        // team always has a type in a valid workspace, and without one is
        // drawn like a person of the organisation rather than black.
        ElementKind::Team => match team_colours(team_type, p) {
            Some((fill, stroke)) => ShapePaint {
                width: 2.0,
                ..plain(fill, stroke)
            },
            None => plain(p.org_person, p.org_line),
        },
        ElementKind::OrgPerson => plain(p.org_person, p.org_line),
        ElementKind::Stakeholder => plain(p.stakeholder, p.stakeholder_line),
    }
}

fn team_colours(team_type: Option<TeamType>, p: &Palette) -> Option<(Colour, Colour)> {
    Some(match team_type? {
        TeamType::StreamAligned => p.tt_stream,
        TeamType::Platform => p.tt_platform,
        TeamType::Enabling => p.tt_enabling,
        TeamType::ComplicatedSubsystem => p.tt_complicated,
    })
}

/// A label line's colour: `.node.by-owner text` (style/org.css) over a
/// boundary's `.boundary-label text` and `.boundary-label .label-caption`,
/// over the kind's `text` rule.
pub(super) fn text_fill(node: &NodeScene, role: LineRole, p: &Palette) -> Colour {
    match node.owner {
        Some(OwnerColour::Team(_)) => return fixed::OWNED_TEXT,
        Some(OwnerColour::Unowned) => return p.unowned_text,
        None => {}
    }
    if node.labels.anchor == LabelAnchor::Start {
        return if role == LineRole::Caption {
            p.muted
        } else {
            p.text
        };
    }
    match node.kind {
        ElementKind::Component => p.c4_on_light,
        ElementKind::Team | ElementKind::OrgPerson | ElementKind::Stakeholder => p.text,
        ElementKind::Department | ElementKind::SystemBoundary | ElementKind::GroupBoundary => {
            p.text
        }
        _ => p.c4_on_dark,
    }
}

/// `.label-name`, `.label-caption`, `.label-description`: size, weight and opacity.
pub(super) fn text_style(role: LineRole) -> (f64, Option<&'static str>, Option<f64>) {
    match role {
        LineRole::Name => (14.0, Some("700"), None),
        LineRole::Caption => (11.0, None, Some(0.85)),
        LineRole::Description => (11.5, None, None),
    }
}

/// `.edge-line`, `.edge.async .edge-line`, then the kind's `.edge.kind-*`
/// rule (later in the sheet, so its dash wins over the async one).
pub(super) fn line_paint(kind: RelationshipKind, dashed: bool, p: &Palette) -> LinePaint {
    let base = LinePaint {
        stroke: p.edge,
        width: 1.5,
        dash: dashed.then_some("7 5"),
        opacity: None,
        round_caps: false,
    };
    match kind {
        RelationshipKind::Uses => base,
        RelationshipKind::ReportsTo => LinePaint {
            stroke: p.org_line,
            ..base
        },
        RelationshipKind::InformationFlow => LinePaint {
            stroke: p.stakeholder_line,
            dash: Some("5 4"),
            ..base
        },
        RelationshipKind::Collaboration => LinePaint {
            stroke: p.stakeholder_line,
            width: 16.0,
            opacity: Some(0.28),
            round_caps: true,
            ..base
        },
        RelationshipKind::XAsAService => LinePaint {
            stroke: p.tt_platform.1,
            width: 2.5,
            ..base
        },
        RelationshipKind::Facilitating => LinePaint {
            stroke: p.tt_enabling.1,
            width: 2.0,
            dash: Some("2 5"),
            round_caps: true,
            ..base
        },
    }
}

/// style/decisions.css, `.decision-badge.status-*`: the badge's fill and its text.
pub(super) fn badge_colours(status: DecisionStatus) -> (Colour, Colour) {
    match status {
        DecisionStatus::Proposed => fixed::PROPOSED,
        DecisionStatus::Accepted => fixed::ACCEPTED,
        DecisionStatus::Superseded => fixed::SUPERSEDED,
        DecisionStatus::Deprecated | DecisionStatus::Rejected => fixed::RETIRED,
    }
}
