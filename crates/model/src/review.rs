//! What a decision carries beyond MADR's sections: the RFC review while it is
//! proposed (reviewers, open questions, comments, a review-by date), who
//! accepted or rejected it and when, and the principles it follows or departs from.

use super::{Date, Id};

/// One comment in an RFC's thread.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Comment {
    pub author: String,
    pub date: Option<Date>,
    /// Markdown.
    pub text: String,
}

/// The review of a proposed decision (an RFC). Kept once decided, as the record
/// of how the decision was reached.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct Review {
    pub reviewers: Vec<String>,
    pub open_questions: Vec<String>,
    pub comments: Vec<Comment>,
    /// When reviewers are asked to have answered; a proposal past it is flagged.
    pub review_by: Option<Date>,
}

impl Review {
    pub fn is_empty(&self) -> bool {
        *self == Review::default()
    }
}

/// Who accepted or rejected a proposal, and when.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Resolution {
    pub by: String,
    pub on: Option<Date>,
}

/// Whether a decision follows a principle or departs from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stance {
    Follows,
    DepartsFrom,
}

impl Stance {
    pub const ALL: [Stance; 2] = [Stance::Follows, Stance::DepartsFrom];

    pub fn label(self) -> &'static str {
        match self {
            Stance::Follows => "Follows",
            Stance::DepartsFrom => "Departs from",
        }
    }
}

/// A principle a decision answers to; a departure needs its justification.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PrincipleRef {
    pub principle: Id,
    pub stance: Stance,
    /// Why the decision departs (markdown); may be empty when it follows.
    pub justification: String,
}
