//! Relationships: the arrows of both maps, from "uses" to Team Topologies interaction modes.

use super::{Date, ElementKind, Id, Side};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RelationshipKind {
    /// System side: one element uses or calls another.
    Uses,
    /// Organisation side: a person or team reports to another.
    ReportsTo,
    /// Organisation side: information flows from source to target (what flows is the description).
    InformationFlow,
    /// Team Topologies interaction modes between two teams.
    Collaboration,
    XAsAService,
    Facilitating,
}

impl RelationshipKind {
    pub const ALL: [RelationshipKind; 6] = [
        RelationshipKind::Uses,
        RelationshipKind::ReportsTo,
        RelationshipKind::InformationFlow,
        RelationshipKind::Collaboration,
        RelationshipKind::XAsAService,
        RelationshipKind::Facilitating,
    ];

    pub fn side(self) -> Side {
        match self {
            RelationshipKind::Uses => Side::System,
            _ => Side::Org,
        }
    }

    pub fn is_interaction_mode(self) -> bool {
        matches!(
            self,
            RelationshipKind::Collaboration
                | RelationshipKind::XAsAService
                | RelationshipKind::Facilitating
        )
    }

    /// Whether this kind may join elements of these kinds.
    pub fn fits(self, source: ElementKind, target: ElementKind) -> bool {
        let side = self.side();
        if source.side() != side || target.side() != side {
            return false;
        }
        if self.is_interaction_mode() {
            return source == ElementKind::Team && target == ElementKind::Team;
        }
        true
    }

    pub fn label(self) -> &'static str {
        match self {
            RelationshipKind::Uses => "Uses",
            RelationshipKind::ReportsTo => "Reports to",
            RelationshipKind::InformationFlow => "Information flow",
            RelationshipKind::Collaboration => "Collaboration",
            RelationshipKind::XAsAService => "X-as-a-Service",
            RelationshipKind::Facilitating => "Facilitating",
        }
    }
}

/// Whether a call waits for its answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Synchrony {
    Sync,
    Async,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Relationship {
    pub id: Id,
    pub kind: RelationshipKind,
    pub source: Id,
    pub target: Id,
    /// The verb phrase ("Reads orders from") or, for an information flow, what flows.
    pub description: String,
    pub technology: String,
    /// Only for `Uses`.
    pub synchrony: Option<Synchrony>,
    /// Only for interaction modes: when the interaction is planned to start and end.
    pub starts: Option<Date>,
    pub ends: Option<Date>,
}

impl Relationship {
    pub fn new(
        id: impl Into<Id>,
        kind: RelationshipKind,
        source: impl Into<Id>,
        target: impl Into<Id>,
    ) -> Self {
        Relationship {
            id: id.into(),
            kind,
            source: source.into(),
            target: target.into(),
            description: String::new(),
            technology: String::new(),
            synchrony: (kind == RelationshipKind::Uses).then_some(Synchrony::Sync),
            starts: None,
            ends: None,
        }
    }

    /// Whether an interaction is in force on a date (open ends count as unbounded).
    pub fn in_force_on(&self, date: Date) -> bool {
        self.starts.is_none_or(|s| s <= date) && self.ends.is_none_or(|e| date <= e)
    }

    /// Whether a view drawn as of `date` shows this relationship: interaction
    /// modes only while in force, everything else always.
    pub fn shown_on(&self, date: Option<Date>) -> bool {
        !self.kind.is_interaction_mode() || date.is_none_or(|d| self.in_force_on(d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interactions_are_in_force_between_their_dates_inclusive() {
        let on = |t: &str| Date::parse(t).unwrap();
        let mut r = Relationship::new("ix", RelationshipKind::Collaboration, "a", "b");
        assert!(r.in_force_on(on("1999-01-01")), "no dates: always");
        r.starts = Some(on("2026-02-02"));
        r.ends = Some(on("2026-05-29"));
        assert!(!r.in_force_on(on("2026-02-01")));
        assert!(r.in_force_on(on("2026-02-02")));
        assert!(r.in_force_on(on("2026-05-29")));
        assert!(!r.in_force_on(on("2026-05-30")));
        assert!(r.shown_on(None), "without a date every interaction shows");
        assert!(!r.shown_on(Some(on("2026-11-23"))));
        let uses = Relationship::new("u", RelationshipKind::Uses, "x", "y");
        assert!(
            uses.shown_on(Some(on("2026-11-23"))),
            "only interactions have dates"
        );
    }
}
