//! The words a MADR file uses for Conway's enums (`accepted`, `one-way-door`,
//! `supersedes`, ...), both ways. Only names: it must never read or write files.

use conway_model::{DecisionStatus, RelationKind, Reversibility, Scope, Stance};

pub(super) const STATUSES: [(DecisionStatus, &str); 5] = [
    (DecisionStatus::Proposed, "proposed"),
    (DecisionStatus::Accepted, "accepted"),
    (DecisionStatus::Rejected, "rejected"),
    (DecisionStatus::Deprecated, "deprecated"),
    (DecisionStatus::Superseded, "superseded"),
];

pub(super) const REVERSIBILITIES: [(Reversibility, &str); 3] = [
    (Reversibility::TwoWayDoor, "two-way-door"),
    (Reversibility::CostlyToReverse, "costly-to-reverse"),
    (Reversibility::OneWayDoor, "one-way-door"),
];

pub(super) const SCOPES: [(Scope, &str); 3] = [
    (Scope::OneTeam, "one-team"),
    (Scope::SeveralTeams, "several-teams"),
    (Scope::WholeOrganisation, "whole-organisation"),
];

pub(super) const RELATION_KINDS: [(RelationKind, &str); 3] = [
    (RelationKind::Supersedes, "supersedes"),
    (RelationKind::Amends, "amends"),
    (RelationKind::RelatesTo, "relates-to"),
];

pub(super) const STANCES: [(Stance, &str); 2] = [
    (Stance::Follows, "follows"),
    (Stance::DepartsFrom, "departs-from"),
];

/// The word for a value.
pub(super) fn word<T: PartialEq + Copy>(table: &[(T, &'static str)], value: T) -> &'static str {
    table
        .iter()
        .find(|(v, _)| *v == value)
        .map_or("", |(_, w)| w)
}

/// The value for a word, ignoring case and surrounding spaces.
pub(super) fn value<T: Copy>(table: &[(T, &'static str)], text: &str) -> Option<T> {
    let text = text.trim();
    table
        .iter()
        .find(|(_, w)| w.eq_ignore_ascii_case(text))
        .map(|(v, _)| *v)
}

/// "a, b or c", for messages.
pub(super) fn choices<T>(table: &[(T, &'static str)]) -> String {
    let words: Vec<&str> = table.iter().map(|(_, w)| *w).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => words.join(""),
    }
}

/// `field "text" is not one of a, b or c`, for messages.
pub(super) fn not_one_of<T>(field: &str, text: &str, table: &[(T, &'static str)]) -> String {
    format!("{field} {} is not one of {}", quote(text), choices(table))
}

/// Text quoted for a message, shortened to 60 characters.
pub(super) fn quote(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    let more = if short.len() < text.len() { "…" } else { "" };
    format!("\"{short}{more}\"")
}
