//! The shared vocabulary of a workspace: concerns (quality attributes),
//! principles that guide decisions, and glossary terms.

use super::Id;

/// A quality attribute stakeholders care about: latency, cost, delivery speed, ...
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Concern {
    pub id: Id,
    pub name: String,
    pub description: String,
}

/// A named guardrail with its rationale ("Prefer managed services over self-hosting").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Principle {
    pub id: Id,
    pub name: String,
    pub statement: String,
    pub rationale: String,
    pub implications: Vec<String>,
}

/// A glossary entry: the word teams agree to use, and the words to avoid.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub id: Id,
    pub term: String,
    pub definition: String,
    pub avoid: Vec<String>,
}
