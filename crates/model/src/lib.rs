//! The domain: one workspace holding elements, relationships, views, decisions,
//! principles, concerns and a glossary. Plain Rust with no browser crates, no
//! serde and no JSON: the file format lives in `format`, changes live in `edit`,
//! and what is read off a workspace (lenses, linter, search) in `analysis`.
//! `sample` is the built-in sample workspace that opens on a first visit.

mod check;
mod check_records;
mod date;
mod decision;
mod element;
mod framework;
mod id;
mod limits;
mod relationship;
mod review;
pub mod sample;
mod view;
mod vocabulary;
mod workspace;

pub use check::{locate, Problem};
pub use date::Date;
pub use decision::{
    Category, ConsideredOption, Decision, DecisionRelation, DecisionStatus, RelationKind,
    Reversibility, Scope,
};
pub use element::{ConcernWeight, Element, ElementKind, Side, StakeholderProfile, TeamType};
pub use framework::{Guidance, GuidanceMatrix};
pub use id::Id;
pub use limits::{MAX_ELEMENTS, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT};
pub use relationship::{Relationship, RelationshipKind, Synchrony};
pub use review::{Comment, PrincipleRef, Resolution, Review, Stance};
pub use view::{Placement, View, ViewKind};
pub use vocabulary::{Concern, Principle, Term};
pub use workspace::Workspace;
