//! The Conway lens: the two maps compared. For each pair of teams, how many
//! system relationships join what they own, against the interaction modes
//! they declare; and what that comparison finds: heavy dependencies with no
//! declared interaction, collaborations past their end date, elements no team
//! owns, elements whose relationships mostly cross to one other team, and
//! teams whose cognitive load is over a threshold. Pure queries on a date.

use std::collections::{BTreeMap, HashMap};

use conway_model::{Date, ElementKind, Id, RelationshipKind, Workspace};

/// The thresholds the lens judges by.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LensSettings {
    /// Relationships between two teams' elements that call for a declared interaction.
    pub heavy_dependency: usize,
    /// An element needs at least this many relationships before its share
    /// crossing to one other team is judged.
    pub min_relationships: usize,
    /// The cognitive-load score above which a team is flagged.
    pub load_threshold: f64,
}

impl Default for LensSettings {
    fn default() -> Self {
        LensSettings {
            heavy_dependency: 3,
            min_relationships: 3,
            load_threshold: 15.0,
        }
    }
}

/// Two teams (in id order) and what joins them.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamDependency {
    pub teams: (Id, Id),
    /// System relationships from an element one team owns to one the other owns.
    pub relationships: Vec<Id>,
    /// Interaction modes declared between them, in force on the date.
    pub declared: Vec<RelationshipKind>,
}

/// How a pair of teams stands, as the lens's matrix and bands colour it and
/// as its findings judge it: one state, so that a pair is one finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairState {
    /// Nothing joins them.
    Unrelated,
    /// Some relationships, fewer than the heavy threshold, nothing declared.
    Light,
    /// At least the heavy threshold of relationships, nothing declared: a finding.
    Undeclared,
    /// Nothing in force, but a collaboration that should have ended is still
    /// on the map: the overdue collaboration is the finding.
    Overdue,
    /// An interaction mode in force.
    Declared,
}

/// The state of `pair` on `on` under `settings`.
pub fn pair_state(
    ws: &Workspace,
    pair: &TeamDependency,
    on: Date,
    settings: &LensSettings,
) -> PairState {
    if !pair.declared.is_empty() {
        return PairState::Declared;
    }
    let overdue = ws.relationships.iter().any(|r| {
        r.kind == RelationshipKind::Collaboration
            && r.ends.is_some_and(|ended| ended < on)
            && ordered(&r.source, &r.target) == pair.teams
    });
    match pair.relationships.len() {
        _ if overdue => PairState::Overdue,
        0 => PairState::Unrelated,
        n if n >= settings.heavy_dependency => PairState::Undeclared,
        _ => PairState::Light,
    }
}

/// A team's cognitive load, in parts and as one score.
#[derive(Clone, Debug, PartialEq)]
pub struct CognitiveLoad {
    pub team: Id,
    pub owned: usize,
    pub crossing_out: usize,
    pub collaborations: usize,
    pub score: f64,
}

impl CognitiveLoad {
    /// How the score is computed, as the lens shows it.
    pub const FORMULA: &'static str =
        "owned elements + ½ × relationships crossing to other teams + 4 × ongoing collaborations";
}

#[derive(Clone, Debug, PartialEq)]
pub enum LensFinding {
    /// Many relationships between two teams' elements, and no interaction declared.
    UndeclaredDependency {
        teams: (Id, Id),
        relationships: Vec<Id>,
    },
    /// A collaboration still on the map after the date it was meant to end.
    CollaborationOverdue { interaction: Id, ended: Date },
    /// A container, component, data store or queue no team owns.
    Unowned { element: Id },
    /// Most of an element's relationships go to what one other team owns.
    OwnershipCandidate {
        element: Id,
        toward: Id,
        crossing: usize,
        total: usize,
    },
    /// A team's cognitive load is over the threshold.
    Overloaded { load: CognitiveLoad },
}

impl LensFinding {
    /// What selecting the finding selects.
    pub fn elements(&self, ws: &Workspace) -> Vec<Id> {
        match self {
            LensFinding::UndeclaredDependency {
                teams,
                relationships,
            } => {
                let mut ids = vec![teams.0.clone(), teams.1.clone()];
                for r in relationships.iter().filter_map(|r| ws.relationship(r)) {
                    for end in [&r.source, &r.target] {
                        if !ids.contains(end) {
                            ids.push(end.clone());
                        }
                    }
                }
                ids
            }
            LensFinding::CollaborationOverdue { interaction, .. } => ws
                .relationship(interaction)
                .map(|r| vec![r.source.clone(), r.target.clone()])
                .unwrap_or_default(),
            LensFinding::Unowned { element } => vec![element.clone()],
            LensFinding::OwnershipCandidate {
                element, toward, ..
            } => vec![element.clone(), toward.clone()],
            LensFinding::Overloaded { load } => {
                let mut ids = vec![load.team.clone()];
                ids.extend(ws.owned_by(&load.team).map(|e| e.id.clone()));
                ids
            }
        }
    }

    /// The finding in words.
    pub fn message(&self, ws: &Workspace) -> String {
        let name = |id: &Id| {
            ws.element(id)
                .map_or(id.as_str(), |e| e.name.as_str())
                .to_string()
        };
        match self {
            LensFinding::UndeclaredDependency {
                teams,
                relationships,
            } => format!(
                "{} and {} depend on each other through {} relationships, but declare no interaction.",
                name(&teams.0),
                name(&teams.1),
                relationships.len()
            ),
            LensFinding::CollaborationOverdue { interaction, ended } => {
                let (a, b) = ws
                    .relationship(interaction)
                    .map(|r| (name(&r.source), name(&r.target)))
                    .unwrap_or_default();
                format!("The collaboration of {a} and {b} was planned to end on {ended}: end it, or set a new date.")
            }
            LensFinding::Unowned { element } => format!("{} is owned by no team.", name(element)),
            LensFinding::OwnershipCandidate {
                element,
                toward,
                crossing,
                total,
            } => format!(
                "{crossing} of {total} relationships of {} go to what {} owns: a candidate for moving ownership.",
                name(element),
                name(toward)
            ),
            LensFinding::Overloaded { load } => format!(
                "{} carries a cognitive load of {:.1} ({} owned, {} crossing out, {} collaborations).",
                name(&load.team),
                load.score,
                load.owned,
                load.crossing_out,
                load.collaborations
            ),
        }
    }
}

fn ordered(a: &Id, b: &Id) -> (Id, Id) {
    if a <= b {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    }
}

fn empty_pair(teams: (Id, Id)) -> TeamDependency {
    TeamDependency {
        teams,
        relationships: Vec::new(),
        declared: Vec::new(),
    }
}

/// Owner team of each owned element.
fn owners(ws: &Workspace) -> HashMap<&Id, &Id> {
    ws.elements
        .iter()
        .filter_map(|e| Some((&e.id, e.owner.as_ref()?)))
        .collect()
}

/// Every pair of teams joined by system relationships or a declared
/// interaction (in force on `on`), in team-id order.
pub fn team_dependencies(ws: &Workspace, on: Date) -> Vec<TeamDependency> {
    let owners = owners(ws);
    let mut pairs: BTreeMap<(Id, Id), TeamDependency> = BTreeMap::new();
    for r in &ws.relationships {
        if r.kind == RelationshipKind::Uses {
            let (Some(a), Some(b)) = (owners.get(&r.source), owners.get(&r.target)) else {
                continue;
            };
            if a != b {
                let key = ordered(a, b);
                pairs
                    .entry(key.clone())
                    .or_insert_with(|| empty_pair(key))
                    .relationships
                    .push(r.id.clone());
            }
        } else if r.kind.is_interaction_mode() && r.in_force_on(on) {
            let key = ordered(&r.source, &r.target);
            pairs
                .entry(key.clone())
                .or_insert_with(|| empty_pair(key))
                .declared
                .push(r.kind);
        }
    }
    pairs.into_values().collect()
}

/// A team's cognitive load on a date (see `CognitiveLoad::FORMULA`).
pub fn cognitive_load(ws: &Workspace, team: &Id, on: Date) -> CognitiveLoad {
    let owners = owners(ws);
    let owned = ws.owned_by(team).count();
    let crossing_out = ws
        .relationships
        .iter()
        .filter(|r| r.kind == RelationshipKind::Uses)
        .filter(|r| owners.get(&r.source) == Some(&team))
        .filter(|r| owners.get(&r.target).is_some_and(|t| *t != team))
        .count();
    let collaborations = ws
        .relationships
        .iter()
        .filter(|r| r.kind == RelationshipKind::Collaboration && r.in_force_on(on))
        .filter(|r| &r.source == team || &r.target == team)
        .count();
    CognitiveLoad {
        team: team.clone(),
        owned,
        crossing_out,
        collaborations,
        score: owned as f64 + crossing_out as f64 / 2.0 + 4.0 * collaborations as f64,
    }
}

/// Everything the Conway lens finds on a date, in a stable order: undeclared
/// dependencies, overdue collaborations, unowned elements, ownership
/// candidates, overloaded teams.
pub fn conway_lens(ws: &Workspace, on: Date, settings: &LensSettings) -> Vec<LensFinding> {
    let mut found = Vec::new();
    for pair in team_dependencies(ws, on) {
        // An overdue collaboration between them is their one finding, below.
        if pair_state(ws, &pair, on, settings) == PairState::Undeclared {
            found.push(LensFinding::UndeclaredDependency {
                teams: pair.teams,
                relationships: pair.relationships,
            });
        }
    }
    for r in &ws.relationships {
        if let (RelationshipKind::Collaboration, Some(ended)) = (r.kind, r.ends) {
            if ended < on {
                found.push(LensFinding::CollaborationOverdue {
                    interaction: r.id.clone(),
                    ended,
                });
            }
        }
    }
    let owners = owners(ws);
    for e in ws.elements.iter().filter(|e| e.kind.is_built_by_a_team()) {
        let Some(owner) = e.owner.as_ref() else {
            found.push(LensFinding::Unowned {
                element: e.id.clone(),
            });
            continue;
        };
        let mut toward: BTreeMap<&Id, usize> = BTreeMap::new();
        let mut total = 0;
        for r in ws
            .relationships_of(&e.id)
            .filter(|r| r.kind == RelationshipKind::Uses)
        {
            total += 1;
            let other = if r.source == e.id {
                &r.target
            } else {
                &r.source
            };
            if let Some(team) = owners.get(other).filter(|t| **t != owner) {
                *toward.entry(team).or_default() += 1;
            }
        }
        let top = toward.into_iter().max_by_key(|(_, n)| *n);
        if let Some((team, crossing)) = top {
            if total >= settings.min_relationships && crossing * 2 > total {
                found.push(LensFinding::OwnershipCandidate {
                    element: e.id.clone(),
                    toward: team.clone(),
                    crossing,
                    total,
                });
            }
        }
    }
    for team in ws.elements.iter().filter(|e| e.kind == ElementKind::Team) {
        let load = cognitive_load(ws, &team.id, on);
        if load.score > settings.load_threshold {
            found.push(LensFinding::Overloaded { load });
        }
    }
    found
}

#[cfg(test)]
mod tests;
