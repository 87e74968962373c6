//! The domain: one workspace holding elements, relationships, views, decisions,
//! principles, concerns and a glossary. Plain Rust with no browser crates, no
//! serde and no JSON: the file format lives in `format`, changes live in `edit`.

mod check;
mod check_records;
mod concern_lens;
mod conway_lens;
mod date;
mod decision;
mod decision_log;
mod element;
mod framework;
mod glossary_match;
mod id;
mod limits;
mod lint;
mod relationship;
mod review;
mod search;
mod team;
mod timeline;
mod view;
mod vocabulary;
mod workspace;

pub use check::{locate, Problem};
pub use concern_lens::{ConcernLens, Touched, HIGH_POWER, STRONG_WEIGHT};
pub use conway_lens::{CognitiveLoad, LensFinding, LensSettings, TeamDependency};
pub use date::Date;
pub use decision::{
    Category, ConsideredOption, Decision, DecisionRelation, DecisionStatus, RelationKind,
    Reversibility, Scope,
};
pub use decision_log::{LogFilter, LogOrder};
pub use element::{ConcernWeight, Element, ElementKind, Side, StakeholderProfile, TeamType};
pub use framework::{Guidance, GuidanceMatrix};
pub use glossary_match::{find_terms, glossary_pieces, TermFinder, TermMark, TermMatch, TermUse};
pub use id::Id;
pub use limits::{MAX_ELEMENTS, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT};
pub use lint::{Finding, Rule};
pub use relationship::{Relationship, RelationshipKind, Synchrony};
pub use review::{Comment, PrincipleRef, Resolution, Review, Stance};
pub use search::{Hit, HitKind};
pub use team::TeamPage;
pub use view::{Placement, View, ViewKind};
pub use vocabulary::{Concern, Principle, Term};
pub use workspace::Workspace;
