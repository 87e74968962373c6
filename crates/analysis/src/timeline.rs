//! The decision timeline: decisions in date order, and which of them were in
//! force as of a given decision (the log up to and including its number).

use conway_model::{Decision, DecisionStatus, RelationKind, Workspace};

/// Decisions by date (undated last), then number.
pub fn timeline(ws: &Workspace) -> Vec<&Decision> {
    let mut list: Vec<&Decision> = ws.decisions.iter().collect();
    list.sort_by(|a, b| {
        a.date
            .is_none()
            .cmp(&b.date.is_none())
            .then(a.date.cmp(&b.date))
            .then(a.number.cmp(&b.number))
    });
    list
}

/// Whether decision `d` was in force once the log reached number `as_of`:
/// decided (accepted, since superseded or deprecated) by then, and not yet
/// superseded by a decided decision numbered up to `as_of`. The log does
/// not record when a decision was deprecated, so a deprecated decision
/// counts as in force until the newest decision of the log.
pub fn in_force(ws: &Workspace, d: &Decision, as_of: u32) -> bool {
    let decided = matches!(
        d.status,
        DecisionStatus::Accepted | DecisionStatus::Superseded | DecisionStatus::Deprecated
    );
    if !decided || d.number > as_of {
        return false;
    }
    let replaced = ws.decisions_relating_to(&d.id).any(|(other, kind)| {
        kind == RelationKind::Supersedes
            && other.number <= as_of
            && !matches!(
                other.status,
                DecisionStatus::Proposed | DecisionStatus::Rejected
            )
    });
    let newest = ws.decisions.iter().map(|x| x.number).max().unwrap_or(0);
    let deprecated_now = d.status == DecisionStatus::Deprecated && as_of >= newest;
    !replaced && !deprecated_now
}

#[cfg(test)]
mod tests {
    use crate::*;
    use conway_model::sample::sample_workspace;
    use conway_model::*;

    #[test]
    fn superseded_decisions_leave_force_when_their_successor_arrives() {
        let ws = sample_workspace();
        let (old, new) = ws
            .decisions
            .iter()
            .find_map(|d| {
                d.relations
                    .iter()
                    .find(|r| r.kind == RelationKind::Supersedes)
                    .and_then(|r| ws.decision(&r.target))
                    .map(|old| (old, d))
            })
            .expect("the sample supersedes a decision");
        assert!(
            in_force(&ws, old, new.number - 1),
            "in force before its successor"
        );
        assert!(
            !in_force(&ws, old, new.number),
            "replaced once the successor is in the log"
        );
        assert!(
            !in_force(&ws, old, old.number - 1),
            "not yet decided before its own number"
        );
        let newest = ws.decisions.iter().map(|d| d.number).max().unwrap();
        for d in &ws.decisions {
            if matches!(
                d.status,
                DecisionStatus::Proposed | DecisionStatus::Rejected
            ) {
                assert!(
                    !in_force(&ws, d, newest),
                    "{} was never in force",
                    d.reference()
                );
            }
            if d.status == DecisionStatus::Accepted
                && ws
                    .decisions_relating_to(&d.id)
                    .all(|(_, k)| k != RelationKind::Supersedes)
            {
                assert!(
                    in_force(&ws, d, newest),
                    "{} is in force now",
                    d.reference()
                );
            }
            if d.status == DecisionStatus::Deprecated {
                assert!(!in_force(&ws, d, newest));
                assert!(in_force(&ws, d, newest - 1) || d.number == newest);
            }
        }
    }

    #[test]
    fn the_timeline_runs_by_date_with_undated_last() {
        let mut ws = sample_workspace();
        ws.decisions[0].date = None;
        let timeline = timeline(&ws);
        assert_eq!(timeline.last().unwrap().id, ws.decisions[0].id);
        assert!(timeline[..timeline.len() - 1]
            .windows(2)
            .all(|w| w[0].date <= w[1].date));
    }
}
