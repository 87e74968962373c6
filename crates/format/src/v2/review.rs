//! The parts version 2 added to the file: a decision's RFC review, who
//! resolved it, the principles it answers to, and the workspace's guidance
//! matrix; their serde types and their conversions both ways.

use serde::{Deserialize, Serialize};

#[cfg(test)]
use schemars::JsonSchema;

use super::types::{Reversibility, Scope};
use conway_model as model;
use conway_model::{locate, GuidanceMatrix, Problem};

fn is_empty(text: &str) -> bool {
    text.is_empty()
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comment {
    pub author: String,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub text: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Default)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Review {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviewers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub open_questions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_by: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    pub by: String,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub on: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    Follows,
    DepartsFrom,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrincipleRef {
    pub principle: String,
    pub stance: Stance,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub justification: String,
}

/// One cell of the guidance matrix; cells not in the file keep Conway's default.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GuidanceCell {
    pub reversibility: Reversibility,
    pub scope: Scope,
    pub decides: String,
    pub analysis: String,
    pub consult: String,
}

pub fn review_to_file(r: &model::Review) -> Option<Review> {
    (!r.is_empty()).then(|| Review {
        reviewers: r.reviewers.clone(),
        open_questions: r.open_questions.clone(),
        comments: r
            .comments
            .iter()
            .map(|c| Comment {
                author: c.author.clone(),
                date: c.date.map(|d| d.to_string()),
                text: c.text.clone(),
            })
            .collect(),
        review_by: r.review_by.map(|d| d.to_string()),
    })
}

pub fn resolution_to_file(r: &Option<model::Resolution>) -> Option<Resolution> {
    r.as_ref().map(|r| Resolution {
        by: r.by.clone(),
        on: r.on.map(|d| d.to_string()),
    })
}

pub fn principles_to_file(refs: &[model::PrincipleRef]) -> Vec<PrincipleRef> {
    refs.iter()
        .map(|r| PrincipleRef {
            principle: r.principle.to_string(),
            stance: match r.stance {
                model::Stance::Follows => Stance::Follows,
                model::Stance::DepartsFrom => Stance::DepartsFrom,
            },
            justification: r.justification.clone(),
        })
        .collect()
}

pub fn principles_from_file(refs: Vec<PrincipleRef>) -> Vec<model::PrincipleRef> {
    refs.into_iter()
        .map(|r| model::PrincipleRef {
            principle: r.principle.into(),
            stance: match r.stance {
                Stance::Follows => model::Stance::Follows,
                Stance::DepartsFrom => model::Stance::DepartsFrom,
            },
            justification: r.justification,
        })
        .collect()
}

/// Only the cells that differ from Conway's default are written.
pub fn guidance_to_file(matrix: &GuidanceMatrix) -> Vec<GuidanceCell> {
    let shipped = GuidanceMatrix::default();
    matrix
        .cells()
        .filter(|(category, g)| shipped.get(*category) != *g)
        .map(|(category, g)| GuidanceCell {
            reversibility: category.reversibility.into(),
            scope: category.scope.into(),
            decides: g.decides.clone(),
            analysis: g.analysis.clone(),
            consult: g.consult.clone(),
        })
        .collect()
}

pub fn guidance_from_file(cells: Vec<GuidanceCell>) -> Result<GuidanceMatrix, Vec<Problem>> {
    let mut matrix = GuidanceMatrix::default();
    let mut seen = Vec::new();
    let mut problems = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        let category = model::Category {
            reversibility: cell.reversibility.into(),
            scope: cell.scope.into(),
        };
        if seen.contains(&category) {
            problems.push(Problem {
                location: locate("guidance", i, ""),
                message: format!(
                    "the cell ({}, {}) is given twice",
                    category.reversibility.label(),
                    category.scope.label()
                ),
            });
        }
        seen.push(category);
        matrix.set(
            category,
            model::Guidance {
                decides: cell.decides,
                analysis: cell.analysis,
                consult: cell.consult,
            },
        );
    }
    if problems.is_empty() {
        Ok(matrix)
    } else {
        Err(problems)
    }
}
