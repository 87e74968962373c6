//! Decision commands undo exactly; superseding one or several decisions is one
//! change that undo reverts whole; numbering continues the log.

use super::tests::check as round_trip;
use super::*;
use crate::model::*;
use crate::sample::sample_workspace;

#[test]
fn adding_numbers_on_from_the_highest_and_undoes() {
    let ws = sample_workspace();
    let highest = ws.decisions.iter().map(|d| d.number).max().unwrap();
    assert_eq!(next_decision_number(&ws), highest + 1);
    assert_eq!(next_decision_number(&Workspace::default()), 1);
    let decision = Decision::new("adr-new", next_decision_number(&ws), "Adopt OpenTelemetry");
    let changed = round_trip(Command::AddDecision {
        index: ws.decisions.len(),
        decision: Box::new(decision),
    });
    assert_eq!(
        changed.decision(&"adr-new".into()).unwrap().number,
        highest + 1
    );
}

#[test]
fn deleting_a_related_decision_strips_the_relations_and_undo_restores_them() {
    let ws = sample_workspace();
    let target = ws
        .decisions
        .iter()
        .find(|d| ws.decisions_relating_to(&d.id).next().is_some())
        .expect("the sample has related decisions")
        .id
        .clone();
    let changed = round_trip(Command::RemoveDecision { id: target.clone() });
    assert!(changed.decision(&target).is_none());
    assert_eq!(changed.decisions_relating_to(&target).count(), 0);
}

#[test]
fn editing_several_decisions_is_one_change() {
    let ws = sample_workspace();
    let mut a = ws.decisions[0].clone();
    let mut b = ws.decisions[1].clone();
    a.title = "Renamed".into();
    b.status = DecisionStatus::Deprecated;
    let changed = round_trip(Command::UpdateDecisions {
        decisions: vec![a.clone(), b.clone()],
    });
    assert_eq!(changed.decision(&a.id).unwrap().title, "Renamed");
    assert_eq!(
        changed.decision(&b.id).unwrap().status,
        DecisionStatus::Deprecated
    );
}

#[test]
fn superseding_one_or_several_sets_both_ends_and_undoes_whole() {
    let ws = sample_workspace();
    let accepted: Vec<Id> = ws
        .decisions
        .iter()
        .filter(|d| d.status == DecisionStatus::Accepted)
        .map(|d| d.id.clone())
        .collect();
    let new = ws
        .decisions
        .iter()
        .find(|d| d.status == DecisionStatus::Proposed)
        .unwrap()
        .id
        .clone();
    for old in [&accepted[..1], &accepted[1..3]] {
        let command = supersede(&ws, &new, old).unwrap();
        let changed = round_trip(command);
        for id in old {
            assert_eq!(
                changed.decision(id).unwrap().status,
                DecisionStatus::Superseded
            );
            let by: Vec<_> = changed
                .decisions_relating_to(id)
                .filter(|(_, kind)| *kind == RelationKind::Supersedes)
                .map(|(d, _)| d.id.clone())
                .collect();
            assert!(by.contains(&new), "{id} shows it is superseded by {new}");
        }
    }
    assert!(supersede(&ws, &new, &[]).is_none());
    assert!(supersede(&ws, &new, std::slice::from_ref(&new)).is_none());
    assert!(supersede(&ws, &new, &["ghost".into()]).is_none());
}

#[test]
fn decision_commands_refuse_what_does_not_exist_or_would_break_integrity() {
    let mut ws = sample_workspace();
    let before = ws.clone();
    assert!(apply(&mut ws, Command::RemoveDecision { id: "ghost".into() }).is_err());
    let mut broken = ws.decisions[0].clone();
    broken.links.push("no-such-element".into());
    assert!(apply(
        &mut ws,
        Command::UpdateDecisions {
            decisions: vec![broken]
        }
    )
    .is_err());
    let twin = ws.decisions[0].clone();
    assert!(apply(
        &mut ws,
        Command::AddDecision {
            index: 0,
            decision: Box::new(twin)
        }
    )
    .is_err());
    assert_eq!(ws, before);
}
