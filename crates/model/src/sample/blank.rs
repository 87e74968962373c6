//! A new, empty workspace: one system view, one org view and the common
//! quality attributes to start from. Plain model values, like the sample.

use super::concern_id;
use crate::{Concern, View, ViewKind, Workspace};

/// (short name, name, description) of the concerns every workspace starts with.
#[rustfmt::skip]
const CONCERNS: &[(&str, &str, &str)] = &[
    ("latency", "Latency", "How long users wait for pages, APIs and jobs."),
    ("cost", "Cost", "Infrastructure, licence and vendor spend, and the engineering time a choice ties up."),
    ("delivery-speed", "Delivery speed", "Lead time from an idea to a change in production, and how often teams release."),
    ("reliability", "Reliability", "Availability against objectives, durability of data, time to recover."),
    ("security", "Security", "Data stays confidential and untampered; access is limited to those who need it."),
    ("compliance", "Compliance", "Legal and regulatory obligations are met and can be shown to be met."),
    ("maintainability", "Maintainability", "A team can understand, change and operate what it owns without heroics."),
];

/// An empty workspace called `name`, ready to draw in.
pub fn blank_workspace(name: &str) -> Workspace {
    Workspace {
        name: name.to_string(),
        views: vec![
            View::new("view-system", ViewKind::System, "System landscape"),
            View::new("view-teams", ViewKind::Org, "Teams"),
        ],
        concerns: CONCERNS
            .iter()
            .map(|&(short, name, description)| Concern {
                id: concern_id(short),
                name: name.into(),
                description: description.into(),
            })
            .collect(),
        ..Workspace::default()
    }
}
