//! One-to-one conversions between the model's enums and the file's enums.

use super::types as file;
use conway_model as model;

/// Declares that a file enum and a model enum have the same variants, and
/// converts both ways; a variant added to one side only fails to compile.
macro_rules! same_variants {
    ($model:ty, $file:ty, [$($variant:ident),+ $(,)?]) => {
        impl From<$model> for $file {
            fn from(value: $model) -> Self {
                match value { $(<$model>::$variant => <$file>::$variant),+ }
            }
        }
        impl From<$file> for $model {
            fn from(value: $file) -> Self {
                match value { $(<$file>::$variant => <$model>::$variant),+ }
            }
        }
    };
}

same_variants!(
    model::ElementKind,
    file::ElementKind,
    [
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
    ]
);
same_variants!(
    model::TeamType,
    file::TeamType,
    [StreamAligned, Platform, Enabling, ComplicatedSubsystem]
);
same_variants!(
    model::RelationshipKind,
    file::RelationshipKind,
    [
        Uses,
        ReportsTo,
        InformationFlow,
        Collaboration,
        XAsAService,
        Facilitating,
    ]
);
same_variants!(model::Synchrony, file::Synchrony, [Sync, Async]);
same_variants!(model::ViewKind, file::ViewKind, [System, Org]);
same_variants!(
    model::DecisionStatus,
    file::DecisionStatus,
    [Proposed, Accepted, Rejected, Deprecated, Superseded]
);
same_variants!(
    model::Reversibility,
    file::Reversibility,
    [TwoWayDoor, CostlyToReverse, OneWayDoor]
);
same_variants!(
    model::Scope,
    file::Scope,
    [OneTeam, SeveralTeams, WholeOrganisation]
);
same_variants!(
    model::RelationKind,
    file::RelationKind,
    [Supersedes, Amends, RelatesTo]
);
