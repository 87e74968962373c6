//! The decision framework: for each category (reversibility × scope), who
//! decides, how much analysis is expected and who must be consulted. Each
//! workspace holds its own matrix, starting from the one Conway ships; the
//! questions of a new decision lead to a cell.

use super::{Category, Reversibility, Scope};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Guidance {
    pub decides: String,
    pub analysis: String,
    pub consult: String,
}

/// The nine cells of the framework, one per category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuidanceMatrix {
    /// Indexed by reversibility, then scope, in their `ALL` order.
    cells: [[Guidance; 3]; 3],
}

fn index(category: Category) -> (usize, usize) {
    let r = Reversibility::ALL
        .iter()
        .position(|r| *r == category.reversibility)
        .unwrap_or(0);
    let s = Scope::ALL
        .iter()
        .position(|s| *s == category.scope)
        .unwrap_or(0);
    (r, s)
}

impl GuidanceMatrix {
    pub fn get(&self, category: Category) -> &Guidance {
        let (r, s) = index(category);
        &self.cells[r][s]
    }

    /// Replaces one cell and returns what it held.
    pub fn set(&mut self, category: Category, guidance: Guidance) -> Guidance {
        let (r, s) = index(category);
        std::mem::replace(&mut self.cells[r][s], guidance)
    }

    /// Every category with its guidance, row by row.
    pub fn cells(&self) -> impl Iterator<Item = (Category, &Guidance)> {
        Reversibility::ALL
            .into_iter()
            .flat_map(move |reversibility| {
                Scope::ALL.into_iter().map(move |scope| {
                    let category = Category {
                        reversibility,
                        scope,
                    };
                    (category, self.get(category))
                })
            })
    }

    pub fn is_default(&self) -> bool {
        *self == GuidanceMatrix::default()
    }
}

impl Default for GuidanceMatrix {
    /// The matrix Conway ships.
    fn default() -> Self {
        let cell = |reversibility, scope| {
            default_guidance(Category {
                reversibility,
                scope,
            })
        };
        let row = |r| {
            [
                cell(r, Scope::OneTeam),
                cell(r, Scope::SeveralTeams),
                cell(r, Scope::WholeOrganisation),
            ]
        };
        GuidanceMatrix {
            cells: [
                row(Reversibility::TwoWayDoor),
                row(Reversibility::CostlyToReverse),
                row(Reversibility::OneWayDoor),
            ],
        }
    }
}

/// The guidance Conway ships for a category.
fn default_guidance(category: Category) -> Guidance {
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
        decides: decides.into(),
        analysis: analysis.into(),
        consult: consult.into(),
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
        let matrix = GuidanceMatrix::default();
        assert_eq!(matrix.cells().count(), 9);
        for (category, g) in matrix.cells() {
            assert_eq!(*g, default_guidance(category));
            assert!(!g.decides.is_empty() && !g.analysis.is_empty() && !g.consult.is_empty());
        }
    }

    #[test]
    fn setting_a_cell_changes_only_that_cell() {
        let mut matrix = GuidanceMatrix::default();
        let cell = Category {
            reversibility: Reversibility::CostlyToReverse,
            scope: Scope::SeveralTeams,
        };
        let mine = Guidance {
            decides: "Platform guild".into(),
            analysis: "An ADR".into(),
            consult: "SRE".into(),
        };
        let old = matrix.set(cell, mine.clone());
        assert_eq!(old, default_guidance(cell));
        assert_eq!(*matrix.get(cell), mine);
        assert!(!matrix.is_default());
        let changed = matrix
            .cells()
            .filter(|(c, g)| **g != default_guidance(*c))
            .count();
        assert_eq!(changed, 1);
    }
}
