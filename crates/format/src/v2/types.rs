//! The serde types of file version 2. Field order here is the key order in the
//! file, so output is deterministic; changing a field here changes the format.

use serde::{Deserialize, Serialize};

#[cfg(test)]
use schemars::JsonSchema;

use super::review::{GuidanceCell, PrincipleRef, Resolution, Review};

fn is_empty(text: &str) -> bool {
    text.is_empty()
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct File {
    pub format: String,
    pub version: u32,
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
    #[serde(default)]
    pub concerns: Vec<Concern>,
    #[serde(default)]
    pub elements: Vec<Element>,
    #[serde(default)]
    pub relationships: Vec<Relationship>,
    #[serde(default)]
    pub views: Vec<View>,
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// The highest decision number ever given, deleted decisions included.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub last_decision_number: u32,
    #[serde(default)]
    pub principles: Vec<Principle>,
    #[serde(default)]
    pub glossary: Vec<Term>,
    /// Cells of the decision framework that differ from Conway's default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guidance: Vec<GuidanceCell>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ElementKind {
    Person,
    SoftwareSystem,
    Container,
    Component,
    DataStore,
    Queue,
    ExternalSystem,
    SystemBoundary,
    GroupBoundary,
    Team,
    OrgPerson,
    Stakeholder,
    Department,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum TeamType {
    StreamAligned,
    Platform,
    Enabling,
    ComplicatedSubsystem,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConcernWeight {
    pub concern: String,
    pub weight: u8,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Element {
    pub id: String,
    pub kind: ElementKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub technology: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_type: Option<TeamType>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub role: String,
    /// Stakeholders only: 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub power: Option<u8>,
    /// Stakeholders only: 0 to 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concerns: Vec<ConcernWeight>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RelationshipKind {
    Uses,
    ReportsTo,
    InformationFlow,
    Collaboration,
    XAsAService,
    Facilitating,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Synchrony {
    Sync,
    Async,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub id: String,
    pub kind: RelationshipKind,
    pub source: String,
    pub target: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub technology: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub synchrony: Option<Synchrony>,
    /// `YYYY-MM-DD`, interaction modes only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts: Option<String>,
    /// `YYYY-MM-DD`, interaction modes only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends: Option<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ViewKind {
    System,
    Org,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Placement {
    pub element: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Auto-layout never moves a pinned element.
    #[serde(default, skip_serializing_if = "is_false")]
    pub pinned: bool,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct View {
    pub id: String,
    pub kind: ViewKind,
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
    #[serde(default)]
    pub placements: Vec<Placement>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum DecisionStatus {
    Proposed,
    Accepted,
    Rejected,
    Deprecated,
    Superseded,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Reversibility {
    TwoWayDoor,
    CostlyToReverse,
    OneWayDoor,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Scope {
    OneTeam,
    SeveralTeams,
    WholeOrganisation,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub reversibility: Reversibility,
    pub scope: Scope,
}

#[derive(Serialize, Deserialize, Debug, PartialEq, Clone, Copy)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum RelationKind {
    Supersedes,
    Amends,
    RelatesTo,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecisionRelation {
    pub kind: RelationKind,
    pub target: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ConsideredOption {
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pros: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cons: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub id: String,
    pub number: u32,
    pub title: String,
    pub status: DecisionStatus,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deciders: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub consulted: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub informed: Vec<String>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub context: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drivers: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ConsideredOption>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub outcome: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub good_consequences: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bad_consequences: Vec<String>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub confirmation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<DecisionRelation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concerns: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<Resolution>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub deprecation_reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<PrincipleRef>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Concern {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub description: String,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Principle {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub statement: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub rationale: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub implications: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, PartialEq)]
#[cfg_attr(test, derive(JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub definition: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
}
