//! A team's page: what it owns, the relationships that cross from what it
//! owns to other teams, its interactions, its decisions and the stakeholders
//! whose concerns its elements carry. Pure queries.

use std::collections::{BTreeSet, HashSet};

use conway_model::{ElementKind, Id, RelationshipKind, Workspace};

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TeamPage {
    pub owned: Vec<Id>,
    /// System relationships between what the team owns and what another team owns.
    pub crossing: Vec<Id>,
    /// Interaction-mode relationships the team takes part in.
    pub interactions: Vec<Id>,
    /// Decisions linked to the team or to what it owns, in log order.
    pub decisions: Vec<Id>,
    /// Stakeholders caring about a concern the team's elements carry.
    pub stakeholders: Vec<Id>,
}

pub fn team_page(ws: &Workspace, team: &Id) -> TeamPage {
    let owned: Vec<Id> = ws.owned_by(team).map(|e| e.id.clone()).collect();
    // Indexed, so a published page, which asks for every team's, stays
    // linear in the workspace's size.
    let elements = ws.element_index();
    let owned_set: HashSet<&Id> = owned.iter().collect();
    let owner = |id: &Id| elements.get(id).and_then(|e| e.owner.as_ref());
    let mine = |id: &Id| owner(id) == Some(team);
    let theirs = |id: &Id| owner(id).is_some_and(|o| o != team);
    let crossing = ws
        .relationships
        .iter()
        .filter(|r| r.kind == RelationshipKind::Uses)
        .filter(|r| {
            (mine(&r.source) && theirs(&r.target)) || (theirs(&r.source) && mine(&r.target))
        })
        .map(|r| r.id.clone())
        .collect();
    let interactions = ws
        .relationships
        .iter()
        .filter(|r| r.kind.is_interaction_mode() && (&r.source == team || &r.target == team))
        .map(|r| r.id.clone())
        .collect();
    let decisions = ws
        .decisions
        .iter()
        .filter(|d| d.links.iter().any(|l| l == team || owned_set.contains(l)))
        .map(|d| d.id.clone())
        .collect();
    let concerns: BTreeSet<&Id> = owned
        .iter()
        .filter_map(|id| elements.get(id))
        .flat_map(|e| e.concerns.iter().map(|c| &c.concern))
        .collect();
    let stakeholders = ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Stakeholder)
        .filter(|e| e.concerns.iter().any(|c| concerns.contains(&c.concern)))
        .map(|e| e.id.clone())
        .collect();
    TeamPage {
        owned,
        crossing,
        interactions,
        decisions,
        stakeholders,
    }
}

#[cfg(test)]
mod tests {
    use crate::*;
    use conway_model::sample::sample_workspace;
    use conway_model::*;

    #[test]
    fn a_teams_page_gathers_what_it_owns_crosses_decides_and_who_cares() {
        let ws = sample_workspace();
        let team = Id::new("team-search-relevance");
        let page = team_page(&ws, &team);
        assert!(page.owned.contains(&Id::new("search-service")));
        assert!(page
            .owned
            .iter()
            .all(|id| ws.element(id).unwrap().owner.as_ref() == Some(&team)));
        for r in page.crossing.iter().map(|id| ws.relationship(id).unwrap()) {
            let owners = [&r.source, &r.target].map(|e| ws.element(e).unwrap().owner.clone());
            assert!(
                owners.contains(&Some(team.clone()))
                    && owners
                        .iter()
                        .any(|o| o.as_ref().is_some_and(|o| *o != team))
            );
        }
        assert!(!page.crossing.is_empty());
        assert!(page.interactions.iter().all(|id| ws
            .relationship(id)
            .unwrap()
            .kind
            .is_interaction_mode()));
        assert!(
            page.decisions.contains(&Id::new("adr-0007")),
            "Split search into its own service"
        );
        assert!(
            page.stakeholders
                .contains(&Id::new("stakeholder-head-of-product")),
            "cares about latency"
        );
    }
}
