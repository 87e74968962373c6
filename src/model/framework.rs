//! The decision framework: for each category (reversibility × scope), who
//! decides, how much analysis is expected and who must be consulted. Conway
//! ships this default matrix; the questions of a new decision lead to a cell.

use super::{Category, Reversibility, Scope};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub decides: &'static str,
    pub analysis: &'static str,
    pub consult: &'static str,
}

/// The default guidance for a category.
pub fn default_guidance(category: Category) -> Guidance {
    use Reversibility::*;
    use Scope::*;
    let (decides, analysis, consult) = match (category.reversibility, category.scope) {
        (TwoWayDoor, OneTeam) => (
            "The team",
            "A note in the log, within a day",
            "No one beyond the team",
        ),
        (TwoWayDoor, SeveralTeams) => (
            "The teams involved",
            "A short ADR within a week",
            "Tech leads of the teams involved",
        ),
        (TwoWayDoor, WholeOrganisation) => (
            "The architecture forum",
            "An ADR within a week",
            "The architecture forum and the platform team",
        ),
        (CostlyToReverse, OneTeam) => (
            "The team, with an architecture forum member",
            "An ADR with considered options within a week",
            "Owners of the services that depend on it",
        ),
        (CostlyToReverse, SeveralTeams) => (
            "The architecture forum",
            "An ADR with considered options within a week",
            "Tech leads of the affected teams and the platform team",
        ),
        (CostlyToReverse, WholeOrganisation) => (
            "The org-wide architecture group",
            "An RFC with review",
            "Engineering leadership, security, and finance if cost moves",
        ),
        (OneWayDoor, OneTeam) => (
            "The architecture forum",
            "An RFC with review",
            "Leads of the affected teams and security",
        ),
        (OneWayDoor, SeveralTeams) => (
            "The org-wide architecture group",
            "An RFC with review and a time-boxed spike",
            "Every affected team, security and product",
        ),
        (OneWayDoor, WholeOrganisation) => (
            "The CTO with the org-wide architecture group",
            "An RFC with review and an explicit go/no-go",
            "Engineering leadership, product, security and finance",
        ),
    };
    Guidance {
        decides,
        analysis,
        consult,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn harder_to_reverse_and_wider_asks_for_more() {
        for scope in Scope::ALL {
            let easy = default_guidance(Category {
                reversibility: Reversibility::TwoWayDoor,
                scope,
            });
            let hard = default_guidance(Category {
                reversibility: Reversibility::OneWayDoor,
                scope,
            });
            assert!(
                !easy.analysis.contains("RFC"),
                "a two-way door never needs an RFC"
            );
            assert!(
                hard.analysis.contains("RFC"),
                "a one-way door always needs an RFC"
            );
        }
        let mine = default_guidance(Category {
            reversibility: Reversibility::TwoWayDoor,
            scope: Scope::OneTeam,
        });
        assert_eq!(mine.decides, "The team");
        for reversibility in Reversibility::ALL {
            for scope in Scope::ALL {
                let g = default_guidance(Category {
                    reversibility,
                    scope,
                });
                assert!(!g.decides.is_empty() && !g.analysis.is_empty() && !g.consult.is_empty());
            }
        }
    }
}
