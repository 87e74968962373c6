//! Elements: the boxes of both maps, system (C4) and organisation (Team Topologies).

use super::Id;

/// Which map an element belongs to; a view of one side shows only that side's elements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    System,
    Org,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElementKind {
    // System side (C4).
    Person,
    SoftwareSystem,
    Container,
    Component,
    DataStore,
    Queue,
    ExternalSystem,
    SystemBoundary,
    GroupBoundary,
    // Organisation side.
    Team,
    OrgPerson,
    Stakeholder,
    Department,
}

impl ElementKind {
    pub const ALL: [ElementKind; 13] = [
        ElementKind::Person,
        ElementKind::SoftwareSystem,
        ElementKind::Container,
        ElementKind::Component,
        ElementKind::DataStore,
        ElementKind::Queue,
        ElementKind::ExternalSystem,
        ElementKind::SystemBoundary,
        ElementKind::GroupBoundary,
        ElementKind::Team,
        ElementKind::OrgPerson,
        ElementKind::Stakeholder,
        ElementKind::Department,
    ];

    pub fn side(self) -> Side {
        use ElementKind::*;
        match self {
            Team | OrgPerson | Stakeholder | Department => Side::Org,
            _ => Side::System,
        }
    }

    /// Boundaries and departments contain other elements of their side.
    pub fn is_container_of_others(self) -> bool {
        matches!(
            self,
            ElementKind::SystemBoundary | ElementKind::GroupBoundary | ElementKind::Department
        )
    }

    /// Elements a team can own: everything on the system side except people and boundaries.
    pub fn is_ownable(self) -> bool {
        self.side() == Side::System && !self.is_container_of_others() && self != ElementKind::Person
    }

    /// What a team builds and runs: containers, components, stores and
    /// queues (systems may span teams; external systems are a vendor's).
    pub fn is_built_by_a_team(self) -> bool {
        use ElementKind::*;
        matches!(self, Container | Component | DataStore | Queue)
    }

    /// The label users read, as in "[Container: Rust]".
    pub fn label(self) -> &'static str {
        use ElementKind::*;
        match self {
            Person => "Person",
            SoftwareSystem => "Software System",
            Container => "Container",
            Component => "Component",
            DataStore => "Data Store",
            Queue => "Queue",
            ExternalSystem => "External System",
            SystemBoundary => "System Boundary",
            GroupBoundary => "Group",
            Team => "Team",
            OrgPerson => "Person",
            Stakeholder => "Stakeholder",
            Department => "Department",
        }
    }
}

/// Team Topologies' four fundamental team types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TeamType {
    StreamAligned,
    Platform,
    Enabling,
    ComplicatedSubsystem,
}

impl TeamType {
    pub const ALL: [TeamType; 4] = [
        TeamType::StreamAligned,
        TeamType::Platform,
        TeamType::Enabling,
        TeamType::ComplicatedSubsystem,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TeamType::StreamAligned => "Stream-aligned",
            TeamType::Platform => "Platform",
            TeamType::Enabling => "Enabling",
            TeamType::ComplicatedSubsystem => "Complicated-subsystem",
        }
    }
}

/// Where a stakeholder sits on the power/interest grid, each from 0 to 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StakeholderProfile {
    pub power: u8,
    pub interest: u8,
}

impl StakeholderProfile {
    pub const MAX: u8 = 100;

    /// The classic quadrant name of the power/interest grid.
    pub fn quadrant(self) -> &'static str {
        match (self.power > 50, self.interest > 50) {
            (true, true) => "Manage closely",
            (true, false) => "Keep satisfied",
            (false, true) => "Keep informed",
            (false, false) => "Monitor",
        }
    }
}

/// A concern (quality attribute) an element cares about or is tagged with, weighted 1 to 5.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ConcernWeight {
    pub concern: Id,
    pub weight: u8,
}

impl ConcernWeight {
    pub const MAX_WEIGHT: u8 = 5;
}

#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    pub id: Id,
    pub kind: ElementKind,
    pub name: String,
    pub description: String,
    /// C4 technology ("Rust service", "PostgreSQL"); empty when not applicable.
    pub technology: String,
    /// Only for teams.
    pub team_type: Option<TeamType>,
    /// Job title of an organisation person or stakeholder.
    pub role: String,
    /// Only for stakeholders.
    pub stakeholder: Option<StakeholderProfile>,
    /// The team that owns this system element.
    pub owner: Option<Id>,
    /// The boundary or department this element sits in.
    pub parent: Option<Id>,
    pub concerns: Vec<ConcernWeight>,
}

impl Element {
    /// A bare element of a kind, with the kind's required extras filled with defaults.
    pub fn new(id: impl Into<Id>, kind: ElementKind, name: impl Into<String>) -> Self {
        Element {
            id: id.into(),
            kind,
            name: name.into(),
            description: String::new(),
            technology: String::new(),
            team_type: (kind == ElementKind::Team).then_some(TeamType::StreamAligned),
            role: String::new(),
            stakeholder: (kind == ElementKind::Stakeholder).then_some(StakeholderProfile {
                power: 50,
                interest: 50,
            }),
            owner: None,
            parent: None,
            concerns: Vec::new(),
        }
    }

    pub fn side(&self) -> Side {
        self.kind.side()
    }
}
