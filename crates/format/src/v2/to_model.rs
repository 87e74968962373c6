//! File version 2 → model. Only the conversions the type system cannot do are
//! checked here (dates, stakeholder pairs); references are checked on the model.

use super::review::{self, guidance_from_file, principles_from_file};
use super::types as file;
use conway_model as model;
use conway_model::{locate, Date, Id, Problem, Workspace};

struct Converter {
    problems: Vec<Problem>,
}

impl Converter {
    fn date(&mut self, at: &str, field: &str, text: Option<String>) -> Option<Date> {
        let text = text?;
        let date = Date::parse(&text);
        if date.is_none() {
            self.problems.push(Problem {
                location: at.to_string(),
                message: format!(
                    "{field} \"{}\" is not a date written YYYY-MM-DD",
                    text.chars().take(40).collect::<String>()
                ),
            });
        }
        date
    }

    fn review(&mut self, at: &str, review: Option<review::Review>) -> model::Review {
        let Some(r) = review else {
            return model::Review::default();
        };
        let comments = r
            .comments
            .into_iter()
            .enumerate()
            .map(|(j, c)| model::Comment {
                date: self.date(&format!("{at}: review.comments[{j}]"), "date", c.date),
                author: c.author,
                text: c.text,
            })
            .collect();
        model::Review {
            reviewers: r.reviewers,
            open_questions: r.open_questions,
            comments,
            review_by: self.date(at, "review.review_by", r.review_by),
        }
    }

    fn stakeholder(
        &mut self,
        at: &str,
        power: Option<u8>,
        interest: Option<u8>,
    ) -> Option<model::StakeholderProfile> {
        match (power, interest) {
            (Some(power), Some(interest)) => Some(model::StakeholderProfile { power, interest }),
            (None, None) => None,
            _ => {
                self.problems.push(Problem {
                    location: at.to_string(),
                    message: "power and interest come together: give both or neither".into(),
                });
                None
            }
        }
    }
}

fn ids(list: Vec<String>) -> Vec<Id> {
    list.into_iter().map(Id::from).collect()
}

/// Builds the model from a parsed file, or says what could not be converted and where.
pub fn workspace_from(f: file::File) -> Result<Workspace, Vec<Problem>> {
    let mut c = Converter {
        problems: Vec::new(),
    };
    let elements = f
        .elements
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let at = locate("elements", i, &e.name);
            model::Element {
                stakeholder: c.stakeholder(&at, e.power, e.interest),
                id: e.id.into(),
                kind: e.kind.into(),
                name: e.name,
                description: e.description,
                technology: e.technology,
                team_type: e.team_type.map(Into::into),
                role: e.role,
                owner: e.owner.map(Id::from),
                parent: e.parent.map(Id::from),
                concerns: e
                    .concerns
                    .into_iter()
                    .map(|w| model::ConcernWeight {
                        concern: w.concern.into(),
                        weight: w.weight,
                    })
                    .collect(),
            }
        })
        .collect();
    let relationships = f
        .relationships
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let at = locate("relationships", i, &r.description);
            model::Relationship {
                starts: c.date(&at, "starts", r.starts),
                ends: c.date(&at, "ends", r.ends),
                id: r.id.into(),
                kind: r.kind.into(),
                source: r.source.into(),
                target: r.target.into(),
                description: r.description,
                technology: r.technology,
                synchrony: r.synchrony.map(Into::into),
            }
        })
        .collect();
    let decisions = f
        .decisions
        .into_iter()
        .enumerate()
        .map(|(i, d)| {
            let at = locate("decisions", i, &d.title);
            model::Decision {
                date: c.date(&at, "date", d.date),
                id: d.id.into(),
                number: d.number,
                title: d.title,
                status: d.status.into(),
                deciders: d.deciders,
                consulted: d.consulted,
                informed: d.informed,
                context: d.context,
                drivers: d.drivers,
                options: d
                    .options
                    .into_iter()
                    .map(|o| model::ConsideredOption {
                        name: o.name,
                        description: o.description,
                        pros: o.pros,
                        cons: o.cons,
                    })
                    .collect(),
                outcome: d.outcome,
                good_consequences: d.good_consequences,
                bad_consequences: d.bad_consequences,
                confirmation: d.confirmation,
                category: d.category.map(|k| model::Category {
                    reversibility: k.reversibility.into(),
                    scope: k.scope.into(),
                }),
                relations: d
                    .relations
                    .into_iter()
                    .map(|r| model::DecisionRelation {
                        kind: r.kind.into(),
                        target: r.target.into(),
                    })
                    .collect(),
                links: ids(d.links),
                concerns: ids(d.concerns),
                review: c.review(&at, d.review),
                resolution: d.resolution.map(|r| model::Resolution {
                    on: c.date(&at, "resolution.on", r.on),
                    by: r.by,
                }),
                deprecation_reason: d.deprecation_reason,
                principles: principles_from_file(d.principles),
            }
        })
        .collect();
    let workspace = Workspace {
        name: f.name,
        description: f.description,
        elements,
        relationships,
        views: f
            .views
            .into_iter()
            .map(|v| model::View {
                id: v.id.into(),
                kind: v.kind.into(),
                name: v.name,
                description: v.description,
                placements: v
                    .placements
                    .into_iter()
                    .map(|p| model::Placement {
                        element: p.element.into(),
                        x: p.x,
                        y: p.y,
                        width: p.width,
                        height: p.height,
                        pinned: p.pinned,
                    })
                    .collect(),
            })
            .collect(),
        decisions,
        principles: f
            .principles
            .into_iter()
            .map(|p| model::Principle {
                id: p.id.into(),
                name: p.name,
                statement: p.statement,
                rationale: p.rationale,
                implications: p.implications,
            })
            .collect(),
        concerns: f
            .concerns
            .into_iter()
            .map(|k| model::Concern {
                id: k.id.into(),
                name: k.name,
                description: k.description,
            })
            .collect(),
        glossary: f
            .glossary
            .into_iter()
            .map(|t| model::Term {
                id: t.id.into(),
                term: t.term,
                definition: t.definition,
                avoid: t.avoid,
            })
            .collect(),
        guidance: guidance_from_file(f.guidance).unwrap_or_else(|problems| {
            c.problems.extend(problems);
            model::GuidanceMatrix::default()
        }),
        last_decision_number: f.last_decision_number,
    };
    if c.problems.is_empty() {
        Ok(workspace)
    } else {
        Err(c.problems)
    }
}
