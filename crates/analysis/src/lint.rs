//! The decision linter: what a decision lacks by the framework's standards,
//! found from the decision and the map (who owns what it shapes), and the
//! scope the map suggests for it. Pure queries; nothing here changes a workspace.

use std::collections::BTreeSet;

use crate::stakeholders_touched;

use conway_model::{
    Date, Decision, DecisionStatus, Id, RelationKind, Reversibility, Scope, Stance, Workspace,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// A field the decision's status calls for is empty.
    MissingField,
    /// Scoped to one team, but what it shapes is owned by several.
    ScopeTooNarrow,
    /// An accepted one-way door with fewer than two considered options.
    OneWayWithoutOptions,
    /// Marked superseded with no successor, or superseded yet still in force.
    SupersessionMismatch,
    /// Scoped to one team, but it shapes what another team owns and that
    /// team is not among the deciders.
    DecidedForAnotherTeam,
    /// Still proposed after its review-by date.
    PastReviewDate,
    /// Proposed, and nobody is asked to review it.
    NoReviewers,
    /// Departs from a principle without a justification.
    UnjustifiedDeparture,
    /// Touches a strong concern of a high-power stakeholder who was not consulted.
    UnconsultedStakeholder,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub message: String,
}

/// The teams owning what a decision shapes (elements directly, and
/// relationships through their source element), by name.
pub fn owner_teams_of(ws: &Workspace, d: &Decision) -> BTreeSet<(Id, String)> {
    d.links
        .iter()
        .filter_map(|link| {
            let element = ws.relationship(link).map(|r| &r.source).unwrap_or(link);
            ws.owner_of(element).map(|t| (t.id.clone(), t.name.clone()))
        })
        .collect()
}

/// The scope the map suggests: several teams when what the decision
/// shapes is owned by more than one team.
pub fn suggested_scope(ws: &Workspace, d: &Decision) -> Option<Scope> {
    (owner_teams_of(ws, d).len() > 1).then_some(Scope::SeveralTeams)
}

/// Everything the linter finds about one decision, on the day `today`
/// (which review-by dates are compared with; `None` skips that rule).
pub fn lint(ws: &Workspace, d: &Decision, today: Option<Date>) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut add = |rule, message: String| found.push(Finding { rule, message });
    let decided = d.status != DecisionStatus::Proposed;
    let mut missing = Vec::new();
    if d.context.trim().is_empty() {
        missing.push("context and problem");
    }
    if decided && d.outcome.trim().is_empty() {
        missing.push("decision outcome");
    }
    if decided && d.deciders.is_empty() {
        missing.push("deciders");
    }
    if decided && d.date.is_none() {
        missing.push("date");
    }
    if d.status == DecisionStatus::Deprecated && d.deprecation_reason.trim().is_empty() {
        missing.push("reason for deprecation");
    }
    if !missing.is_empty() {
        add(
            Rule::MissingField,
            format!(
                "{} {} needs: {}.",
                d.status.label(),
                "decision",
                missing.join(", ")
            ),
        );
    }
    let owners = owner_teams_of(ws, d);
    let scope = d.category.map(|c| c.scope);
    if scope == Some(Scope::OneTeam) && owners.len() > 1 {
        let names: Vec<&str> = owners.iter().map(|(_, n)| n.as_str()).collect();
        add(
            Rule::ScopeTooNarrow,
            format!(
                "Scoped to one team, but what it shapes is owned by {}: at least several teams.",
                names.join(", ")
            ),
        );
    }
    if scope == Some(Scope::OneTeam) && owners.len() == 1 {
        let (_, team) = owners.iter().next().expect("one owner");
        let among = d
            .deciders
            .iter()
            .any(|who| who.to_lowercase().contains(&team.to_lowercase()));
        if !d.deciders.is_empty() && !among {
            add(
                Rule::DecidedForAnotherTeam,
                format!("It shapes what {team} owns, but {team} is not among the deciders."),
            );
        }
    }
    let one_way = d
        .category
        .is_some_and(|c| c.reversibility == Reversibility::OneWayDoor);
    if d.status == DecisionStatus::Accepted && one_way && d.options.len() < 2 {
        add(
            Rule::OneWayWithoutOptions,
            "An accepted one-way door should show at least two considered options.".into(),
        );
    }
    // A successor only proposed (or rejected) leaves this one in force.
    let successors: Vec<String> = ws
        .decisions_relating_to(&d.id)
        .filter(|(other, kind)| {
            *kind == RelationKind::Supersedes
                && !matches!(
                    other.status,
                    DecisionStatus::Proposed | DecisionStatus::Rejected
                )
        })
        .map(|(other, _)| other.reference())
        .collect();
    match (d.status, successors.is_empty()) {
        (DecisionStatus::Superseded, true) => add(
            Rule::SupersessionMismatch,
            "Marked superseded, but no decision says it supersedes this one.".into(),
        ),
        (DecisionStatus::Accepted | DecisionStatus::Proposed, false) => add(
            Rule::SupersessionMismatch,
            format!(
                "Superseded by {} but still {}.",
                successors.join(", "),
                d.status.label().to_lowercase()
            ),
        ),
        _ => {}
    }
    if d.status == DecisionStatus::Proposed && d.review.reviewers.is_empty() {
        add(
            Rule::NoReviewers,
            "Proposed, but nobody is asked to review it: name its reviewers.".into(),
        );
    }
    if let (DecisionStatus::Proposed, Some(due), Some(today)) =
        (d.status, d.review.review_by, today)
    {
        if due < today {
            add(
                Rule::PastReviewDate,
                format!(
                    "Review was due by {due}: accept or reject it, or set a new review-by date."
                ),
            );
        }
    }
    for t in stakeholders_touched(ws, d) {
        if t.must_consult && !t.consulted {
            add(
                Rule::UnconsultedStakeholder,
                format!(
                    "Touches what {} cares about ({}), but {} is not among the consulted.",
                    t.name,
                    t.concerns.join(", ").to_lowercase(),
                    t.name
                ),
            );
        }
    }
    for r in &d.principles {
        if r.stance == Stance::DepartsFrom && r.justification.trim().is_empty() {
            let name = ws
                .principle(&r.principle)
                .map_or(r.principle.as_str(), |p| p.name.as_str());
            add(
                Rule::UnjustifiedDeparture,
                format!("Departs from \"{name}\" without saying why."),
            );
        }
    }
    found
}

#[cfg(test)]
mod tests;
