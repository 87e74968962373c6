//! What Conway reads off a workspace without changing it: the Conway lens
//! (team dependencies, cognitive load), the concern lens, the decision linter
//! and log, search, the decision timeline, team pages and glossary matching.
//! Plain data in and out: it must never mutate a workspace, know about CSS or
//! the browser, or read a clock (today's date is always passed in).

mod concern_lens;
mod conway_lens;
mod decision_log;
mod glossary_match;
mod lint;
mod search;
mod team;
mod timeline;

pub use concern_lens::{
    concern_lens, stakeholders_touched, ConcernLens, Touched, HIGH_POWER, STRONG_WEIGHT,
};
pub use conway_lens::{
    cognitive_load, conway_lens, pair_state, team_dependencies, CognitiveLoad, LensFinding,
    LensSettings, PairState, TeamDependency,
};
pub use decision_log::{decision_log, LogFilter, LogOrder};
pub use glossary_match::{find_terms, glossary_pieces, TermFinder, TermMark, TermMatch, TermUse};
pub use lint::{lint, owner_teams_of, suggested_scope, Finding, Rule};
pub use search::{search, Hit, HitKind};
pub use team::{team_page, TeamPage};
pub use timeline::{in_force, timeline};
