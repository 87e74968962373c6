//! The concern lens: for one concern (latency, cost, ...), who cares about it
//! and what carries it: the stakeholders weighting it, the system elements and
//! decisions tagged with it, and the teams owning those elements. Also which
//! stakeholders a decision's concerns touch, and whether they were consulted.

use std::collections::BTreeSet;

use conway_model::{Decision, ElementKind, Id, Side, Workspace};

/// Power above this (of 100) makes a stakeholder one a decision must consult.
pub const HIGH_POWER: u8 = 50;
/// A concern weighted at least this (of 5) is one the stakeholder must be asked about.
pub const STRONG_WEIGHT: u8 = 4;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ConcernLens {
    pub stakeholders: Vec<Id>,
    pub elements: Vec<Id>,
    pub decisions: Vec<Id>,
    pub teams: Vec<Id>,
}

impl ConcernLens {
    /// Everything the lens lights up on the canvas (elements of both sides).
    pub fn highlighted(&self) -> Vec<Id> {
        let mut ids: Vec<Id> = self
            .stakeholders
            .iter()
            .chain(&self.elements)
            .chain(&self.teams)
            .cloned()
            .collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

/// A stakeholder a decision's concerns touch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Touched {
    pub stakeholder: Id,
    pub name: String,
    /// The decision's concerns this stakeholder weights, by name.
    pub concerns: Vec<String>,
    /// High power, and at least one of those concerns weighted strongly:
    /// someone the decision must consult.
    pub must_consult: bool,
    /// Named among the consulted or the deciders.
    pub consulted: bool,
}

/// Whether a list of names (free text like "Daniel Ortiz (CISO)") mentions a person.
fn mentions(names: &[String], who: &str) -> bool {
    let who = who.trim().to_lowercase();
    !who.is_empty() && names.iter().any(|n| n.to_lowercase().contains(&who))
}

pub fn concern_lens(ws: &Workspace, concern: &Id) -> ConcernLens {
    let cares = |e: &&conway_model::Element| e.concerns.iter().any(|c| &c.concern == concern);
    let stakeholders = ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Stakeholder)
        .filter(cares)
        .map(|e| e.id.clone())
        .collect();
    let elements: Vec<Id> = ws
        .elements
        .iter()
        .filter(|e| e.side() == Side::System)
        .filter(cares)
        .map(|e| e.id.clone())
        .collect();
    let teams: BTreeSet<Id> = elements
        .iter()
        .filter_map(|id| ws.owner_of(id).map(|t| t.id.clone()))
        .collect();
    let decisions = ws
        .decisions
        .iter()
        .filter(|d| d.concerns.contains(concern))
        .map(|d| d.id.clone())
        .collect();
    ConcernLens {
        stakeholders,
        elements,
        decisions,
        teams: teams.into_iter().collect(),
    }
}

/// The stakeholders whose concerns a decision touches, most powerful first.
pub fn stakeholders_touched(ws: &Workspace, d: &Decision) -> Vec<Touched> {
    let mut touched: Vec<(u8, Touched)> = ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Stakeholder)
        .filter_map(|e| {
            let concerns: Vec<String> = e
                .concerns
                .iter()
                .filter(|c| d.concerns.contains(&c.concern))
                .filter_map(|c| ws.concern(&c.concern).map(|k| k.name.clone()))
                .collect();
            if concerns.is_empty() {
                return None;
            }
            let power = e.stakeholder.map_or(0, |s| s.power);
            let strongly = e
                .concerns
                .iter()
                .any(|c| d.concerns.contains(&c.concern) && c.weight >= STRONG_WEIGHT);
            Some((
                power,
                Touched {
                    stakeholder: e.id.clone(),
                    name: e.name.clone(),
                    concerns,
                    must_consult: power > HIGH_POWER && strongly,
                    consulted: mentions(&d.consulted, &e.name) || mentions(&d.deciders, &e.name),
                },
            ))
        })
        .collect();
    touched.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.name.cmp(&b.1.name)));
    touched.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use crate::*;
    use conway_model::*;

    fn workspace() -> Workspace {
        let mut ws = Workspace::new("Concerns");
        for (id, name) in [("latency", "Latency"), ("cost", "Cost")] {
            ws.concerns.push(Concern {
                id: id.into(),
                name: name.into(),
                description: String::new(),
            });
        }
        let mut team = Element::new("team", ElementKind::Team, "Checkout");
        team.team_type = Some(TeamType::StreamAligned);
        let mut api = Element::new("api", ElementKind::Container, "API");
        api.owner = Some("team".into());
        api.concerns.push(ConcernWeight {
            concern: "latency".into(),
            weight: 5,
        });
        let mut cfo = Element::new("cfo", ElementKind::Stakeholder, "Richard Hale");
        cfo.stakeholder = Some(StakeholderProfile {
            power: 90,
            interest: 40,
        });
        cfo.concerns.push(ConcernWeight {
            concern: "cost".into(),
            weight: 5,
        });
        let mut pm = Element::new("pm", ElementKind::Stakeholder, "Ana Lopez");
        pm.stakeholder = Some(StakeholderProfile {
            power: 30,
            interest: 90,
        });
        pm.concerns.push(ConcernWeight {
            concern: "latency".into(),
            weight: 4,
        });
        pm.concerns.push(ConcernWeight {
            concern: "cost".into(),
            weight: 2,
        });
        ws.elements.extend([team, api, cfo, pm]);
        let mut d = Decision::new("adr-1", 1, "Cache prices at the edge");
        d.concerns = vec!["latency".into(), "cost".into()];
        d.consulted = vec!["Ana Lopez (PM)".into()];
        ws.decisions.push(d);
        assert_eq!(ws.problems(), vec![]);
        ws
    }

    #[test]
    fn the_lens_selects_who_cares_what_carries_it_and_who_owns_that() {
        let ws = workspace();
        let lens = concern_lens(&ws, &"latency".into());
        assert_eq!(lens.stakeholders, vec![Id::new("pm")]);
        assert_eq!(lens.elements, vec![Id::new("api")]);
        assert_eq!(lens.teams, vec![Id::new("team")]);
        assert_eq!(lens.decisions, vec![Id::new("adr-1")]);
        assert_eq!(
            lens.highlighted(),
            vec![Id::new("api"), Id::new("pm"), Id::new("team")]
        );
        let cost = concern_lens(&ws, &"cost".into());
        assert_eq!(cost.stakeholders, vec![Id::new("cfo"), Id::new("pm")]);
        assert!(cost.elements.is_empty() && cost.teams.is_empty());
    }

    #[test]
    fn a_decision_knows_whose_concerns_it_touches_and_who_was_consulted() {
        let ws = workspace();
        let touched = stakeholders_touched(&ws, &ws.decisions[0]);
        let summary: Vec<_> = touched
            .iter()
            .map(|t| {
                (
                    t.name.as_str(),
                    t.concerns.join(", "),
                    t.must_consult,
                    t.consulted,
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                ("Richard Hale", "Cost".to_string(), true, false),
                ("Ana Lopez", "Latency, Cost".to_string(), false, true)
            ]
        );
    }
}
