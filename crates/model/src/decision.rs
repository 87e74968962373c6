//! Decisions: ADRs (and RFCs while proposed) in the shape of MADR 4, with their
//! category in the decision framework and their relations to other decisions.

use super::{Date, Id, PrincipleRef, Resolution, Review};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DecisionStatus {
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded,
}

impl DecisionStatus {
    pub const ALL: [DecisionStatus; 5] = [
        DecisionStatus::Proposed,
        DecisionStatus::Accepted,
        DecisionStatus::Rejected,
        DecisionStatus::Deprecated,
        DecisionStatus::Superseded,
    ];

    /// How much a status matters on a badge: a proposal awaiting a decision
    /// first, then what is in force, then what was replaced.
    pub fn importance(self) -> u8 {
        match self {
            DecisionStatus::Proposed => 4,
            DecisionStatus::Accepted => 3,
            DecisionStatus::Superseded => 2,
            DecisionStatus::Deprecated => 1,
            DecisionStatus::Rejected => 0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DecisionStatus::Proposed => "Proposed",
            DecisionStatus::Accepted => "Accepted",
            DecisionStatus::Rejected => "Rejected",
            DecisionStatus::Deprecated => "Deprecated",
            DecisionStatus::Superseded => "Superseded",
        }
    }
}

/// How costly a decision is to undo ("two-way door" to "one-way door").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reversibility {
    TwoWayDoor,
    CostlyToReverse,
    OneWayDoor,
}

impl Reversibility {
    pub const ALL: [Reversibility; 3] = [
        Reversibility::TwoWayDoor,
        Reversibility::CostlyToReverse,
        Reversibility::OneWayDoor,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Reversibility::TwoWayDoor => "Two-way door",
            Reversibility::CostlyToReverse => "Costly to reverse",
            Reversibility::OneWayDoor => "One-way door",
        }
    }
}

/// Who a decision affects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    OneTeam,
    SeveralTeams,
    WholeOrganisation,
}

impl Scope {
    pub const ALL: [Scope; 3] = [
        Scope::OneTeam,
        Scope::SeveralTeams,
        Scope::WholeOrganisation,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Scope::OneTeam => "One team",
            Scope::SeveralTeams => "Several teams",
            Scope::WholeOrganisation => "Whole organisation",
        }
    }
}

/// A decision's cell in the decision framework.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Category {
    pub reversibility: Reversibility,
    pub scope: Scope,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationKind {
    Supersedes,
    Amends,
    RelatesTo,
}

impl RelationKind {
    /// How the relation reads from this decision's side.
    pub fn label(self) -> &'static str {
        match self {
            RelationKind::Supersedes => "Supersedes",
            RelationKind::Amends => "Amends",
            RelationKind::RelatesTo => "Relates to",
        }
    }

    /// How the relation reads from the other decision's side.
    pub fn inverse_label(self) -> &'static str {
        match self {
            RelationKind::Supersedes => "Superseded by",
            RelationKind::Amends => "Amended by",
            RelationKind::RelatesTo => "Relates to",
        }
    }
}

/// A relation from this decision to another; stored once, on the newer decision.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct DecisionRelation {
    pub kind: RelationKind,
    pub target: Id,
}

/// One option the deciders considered, with its pros and cons.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct ConsideredOption {
    pub name: String,
    pub description: String,
    pub pros: Vec<String>,
    pub cons: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub id: Id,
    /// ADR number, assigned in order and never reused.
    pub number: u32,
    pub title: String,
    pub status: DecisionStatus,
    pub date: Option<Date>,
    pub deciders: Vec<String>,
    pub consulted: Vec<String>,
    pub informed: Vec<String>,
    /// Context and problem statement (markdown).
    pub context: String,
    pub drivers: Vec<String>,
    pub options: Vec<ConsideredOption>,
    /// The decision outcome: chosen option and justification (markdown).
    pub outcome: String,
    pub good_consequences: Vec<String>,
    pub bad_consequences: Vec<String>,
    /// How compliance with the decision is confirmed (markdown).
    pub confirmation: String,
    pub category: Option<Category>,
    pub relations: Vec<DecisionRelation>,
    /// Elements and relationships this decision shapes.
    pub links: Vec<Id>,
    /// Concerns (quality attributes) this decision touches.
    pub concerns: Vec<Id>,
    /// The RFC review, while proposed and after.
    pub review: Review,
    /// Who accepted or rejected the proposal, and when.
    pub resolution: Option<Resolution>,
    /// Why the decision no longer applies, when deprecated.
    pub deprecation_reason: String,
    /// Principles the decision follows or departs from.
    pub principles: Vec<PrincipleRef>,
}

impl Decision {
    pub fn new(id: impl Into<Id>, number: u32, title: impl Into<String>) -> Self {
        Decision {
            id: id.into(),
            number,
            title: title.into(),
            status: DecisionStatus::Proposed,
            date: None,
            deciders: Vec::new(),
            consulted: Vec::new(),
            informed: Vec::new(),
            context: String::new(),
            drivers: Vec::new(),
            options: Vec::new(),
            outcome: String::new(),
            good_consequences: Vec::new(),
            bad_consequences: Vec::new(),
            confirmation: String::new(),
            category: None,
            relations: Vec::new(),
            links: Vec::new(),
            concerns: Vec::new(),
            review: Review::default(),
            resolution: None,
            deprecation_reason: String::new(),
            principles: Vec::new(),
        }
    }

    /// "ADR-0007", the way teams cite decisions.
    pub fn reference(&self) -> String {
        format!("ADR-{:04}", self.number)
    }
}
