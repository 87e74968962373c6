//! The sample's org views: the team map (departments, team types and interaction
//! modes, streams above the platforms) and the reporting lines with stakeholders.

use super::{place, view, ENABLING, ORG_PERSON, PLATFORM, STREAM, SUBSYSTEM};
use crate::{Placement, View, ViewKind};

pub(super) fn views() -> Vec<View> {
    vec![
        view(
            "view-teams",
            ViewKind::Org,
            "Teams",
            "Every team by type and department, with how they interact today: \
             collaboration, X-as-a-Service and facilitating.",
            teams(),
        ),
        view(
            "view-reporting",
            ViewKind::Org,
            "Reporting & stakeholders",
            "Who reports to whom in engineering leadership, the stakeholders around it \
             and what information flows between them.",
            reporting(),
        ),
    ]
}

/// Each stream-aligned team sits above the complicated-subsystem team it
/// collaborates with; the platforms sit underneath, so every X-as-a-Service
/// arrow points down. Two columns keep the map close to a pane's shape.
fn teams() -> Vec<Placement> {
    let (top, bottom, platforms) = (90.0, 290.0, 640.0);
    let platform = (460.0, PLATFORM.1);
    vec![
        place("dept-digital-commerce", 0.0, 0.0, (740.0, 440.0)),
        place("team-discovery", 40.0, top, STREAM),
        place("team-checkout", 420.0, top, STREAM),
        place("team-search-relevance", 80.0, bottom, SUBSYSTEM),
        place("team-payments-fraud", 460.0, bottom, SUBSYSTEM),
        place("dept-operations-technology", 870.0, 0.0, (360.0, 440.0)),
        place("team-fulfilment", 910.0, top, STREAM),
        place("team-care-tools", 910.0, bottom, STREAM),
        place("dept-platform", 0.0, 540.0, (1230.0, 320.0)),
        place("team-data-platform", 40.0, platforms, platform),
        place("team-developer-platform", 560.0, platforms, platform),
        place("team-sre-enablement", 1080.0, 600.0, ENABLING),
    ]
}

/// Leadership as a tree read top-down; each stakeholder sits next to the person
/// they exchange information with, so the flows stay short.
fn reporting() -> Vec<Placement> {
    let col = |i: f64| i * 300.0;
    let row = |i: f64| i * 200.0;
    vec![
        place(
            "stakeholder-head-of-product",
            col(0.0),
            row(0.0),
            ORG_PERSON,
        ),
        place("org-vp-engineering", col(2.0), row(0.0), ORG_PERSON),
        place("stakeholder-cfo", col(4.0), row(0.0), ORG_PERSON),
        place("org-director-commerce", col(1.0), row(1.0), ORG_PERSON),
        place("org-principal-engineer", col(2.0), row(1.0), ORG_PERSON),
        place("org-em-operations", col(3.0), row(1.0), ORG_PERSON),
        place("org-head-of-platform", col(4.0), row(1.0), ORG_PERSON),
        place("stakeholder-dpo", col(0.0), row(2.0), ORG_PERSON),
        place("org-em-checkout", col(1.0), row(2.0), ORG_PERSON),
        place("stakeholder-ciso", col(2.0), row(2.0), ORG_PERSON),
        place(
            "stakeholder-head-of-customer-service",
            col(3.0),
            row(3.0),
            ORG_PERSON,
        ),
        place("stakeholder-sre-lead", col(4.0), row(3.0), ORG_PERSON),
    ]
}
