//! Decision commands undo exactly; superseding one or several decisions is one
//! change that undo reverts whole; numbering continues the log.

use super::tests::check as round_trip;
use super::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

/// The id of the sample's first decision with `status`.
fn first_with(ws: &Workspace, status: DecisionStatus) -> Id {
    ws.decisions
        .iter()
        .find(|d| d.status == status)
        .unwrap()
        .id
        .clone()
}

#[test]
fn adding_numbers_on_from_the_highest_and_undoes() {
    let ws = sample_workspace();
    let highest = ws.decisions.iter().map(|d| d.number).max().unwrap();
    assert_eq!(ws.next_decision_number(), highest + 1);
    assert_eq!(Workspace::default().next_decision_number(), 1);
    let decision = Decision::new("adr-new", ws.next_decision_number(), "Adopt OpenTelemetry");
    let changed = round_trip(DecisionCommand::Add {
        index: ws.decisions.len(),
        decision: Box::new(decision),
    });
    assert_eq!(
        changed.decision(&"adr-new".into()).unwrap().number,
        highest + 1
    );
}

#[test]
fn a_deleted_decisions_number_is_never_reused_and_undo_restores_the_counter() {
    let ws = sample_workspace();
    let newest = ws.decisions.iter().max_by_key(|d| d.number).unwrap();
    let (id, number) = (newest.id.clone(), newest.number);
    let changed = round_trip(DecisionCommand::Remove { id: id.clone() });
    assert_eq!(changed.next_decision_number(), number + 1);
    assert_eq!(changed.last_decision_number, number);
    // Deleting an older one keeps the counter where it is.
    let mut ws = changed;
    let oldest = ws
        .decisions
        .iter()
        .min_by_key(|d| d.number)
        .unwrap()
        .id
        .clone();
    apply(&mut ws, DecisionCommand::Remove { id: oldest }).unwrap();
    assert_eq!(ws.last_decision_number, number);
}

#[test]
fn deleting_a_principle_drops_the_references_and_undo_restores_them() {
    let ws = sample_workspace();
    let cited = ws
        .decisions
        .iter()
        .flat_map(|d| &d.principles)
        .next()
        .expect("the sample cites principles")
        .principle
        .clone();
    let changed = round_trip(FrameworkCommand::RemovePrinciple { id: cited.clone() });
    assert!(changed.principle(&cited).is_none());
    assert!(changed
        .decisions
        .iter()
        .all(|d| d.principles.iter().all(|r| r.principle != cited)));
    let mut edited = ws.principles[0].clone();
    edited.statement = "Changed".into();
    round_trip(FrameworkCommand::UpdatePrinciple { principle: edited });
    let added = round_trip(FrameworkCommand::AddPrinciple {
        index: 0,
        principle: Principle {
            id: "p-new".into(),
            name: "Write it down".into(),
            statement: String::new(),
            rationale: String::new(),
            implications: Vec::new(),
        },
    });
    assert_eq!(added.principles[0].name, "Write it down");
}

#[test]
fn a_guidance_cell_is_set_and_undone() {
    let cell = Category {
        reversibility: Reversibility::OneWayDoor,
        scope: Scope::OneTeam,
    };
    let changed = round_trip(FrameworkCommand::SetGuidance {
        category: cell,
        guidance: Guidance {
            decides: "The platform guild".into(),
            analysis: "An RFC".into(),
            consult: "SRE".into(),
        },
    });
    assert_eq!(changed.guidance.get(cell).decides, "The platform guild");
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
    let changed = round_trip(DecisionCommand::Remove { id: target.clone() });
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
    let changed = round_trip(DecisionCommand::Update {
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
    let new = accepted.last().unwrap().clone();
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
    let d = ws.decisions[0].clone();
    let mut citing_nothing = d.clone();
    citing_nothing.principles.push(PrincipleRef {
        principle: "no-such-principle".into(),
        stance: Stance::Follows,
        justification: String::new(),
    });
    assert!(apply(
        &mut ws,
        DecisionCommand::Update {
            decisions: vec![citing_nothing]
        }
    )
    .is_err());
    assert!(apply(
        &mut ws,
        FrameworkCommand::RemovePrinciple { id: "nope".into() }
    )
    .is_err());
    let mut ws = sample_workspace();
    let before = ws.clone();
    assert!(apply(&mut ws, DecisionCommand::Remove { id: "ghost".into() }).is_err());
    let mut broken = ws.decisions[0].clone();
    broken.links.push("no-such-element".into());
    assert!(apply(
        &mut ws,
        DecisionCommand::Update {
            decisions: vec![broken]
        }
    )
    .is_err());
    let twin = ws.decisions[0].clone();
    assert!(apply(
        &mut ws,
        DecisionCommand::Add {
            index: 0,
            decision: Box::new(twin)
        }
    )
    .is_err());
    assert_eq!(ws, before);
}

#[test]
fn accepting_a_proposal_records_who_and_when_and_undoes() {
    let ws = sample_workspace();
    let rfc = first_with(&ws, DecisionStatus::Proposed);
    let on = Date::parse("2026-11-23");
    let command = resolve(&ws, &rfc, DecisionStatus::Accepted, " Priya ", on).unwrap();
    let changed = round_trip(command);
    let d = changed.decision(&rfc).unwrap();
    assert_eq!(d.status, DecisionStatus::Accepted);
    assert_eq!(
        d.resolution,
        Some(Resolution {
            by: "Priya".into(),
            on
        })
    );
    assert_eq!(d.date, on);
    // Rejecting works the same way; nobody named, or not a proposal, is refused.
    assert!(resolve(&ws, &rfc, DecisionStatus::Rejected, "Tom", on).is_some());
    assert!(resolve(&ws, &rfc, DecisionStatus::Accepted, "  ", on).is_none());
    assert!(resolve(&ws, &rfc, DecisionStatus::Superseded, "Tom", on).is_none());
    let accepted = ws.decisions[0].id.clone();
    assert!(resolve(&ws, &accepted, DecisionStatus::Rejected, "Tom", on).is_none());
}

#[test]
fn a_proposal_supersedes_nothing_until_it_is_accepted_and_undo_restores_both() {
    let ws = sample_workspace();
    let old = first_with(&ws, DecisionStatus::Accepted);
    let rfc = first_with(&ws, DecisionStatus::Proposed);
    let proposed = round_trip(supersede(&ws, &rfc, std::slice::from_ref(&old)).unwrap());
    assert_eq!(
        proposed.decision(&old).unwrap().status,
        DecisionStatus::Accepted,
        "still in force while the successor is only proposed"
    );
    assert!(proposed
        .decision(&rfc)
        .unwrap()
        .relations
        .iter()
        .any(|r| r.kind == RelationKind::Supersedes && r.target == old));
    // Rejected, the old one stays in force; accepted, it is superseded in the same step.
    let from_proposed = |command: Command| {
        let mut ws = proposed.clone();
        let inverse = apply(&mut ws, command).unwrap();
        let changed = ws.clone();
        apply(&mut ws, inverse).unwrap();
        assert_eq!(ws, proposed, "undo restores both");
        changed
    };
    let rejected =
        from_proposed(resolve(&proposed, &rfc, DecisionStatus::Rejected, "Tom", None).unwrap());
    assert_eq!(
        rejected.decision(&old).unwrap().status,
        DecisionStatus::Accepted
    );
    let accepted =
        from_proposed(resolve(&proposed, &rfc, DecisionStatus::Accepted, "Tom", None).unwrap());
    assert_eq!(
        accepted.decision(&old).unwrap().status,
        DecisionStatus::Superseded
    );
    assert_eq!(
        accepted.decision(&rfc).unwrap().status,
        DecisionStatus::Accepted
    );
}

#[test]
fn deprecating_needs_a_reason_and_undoes() {
    let ws = sample_workspace();
    let id = first_with(&ws, DecisionStatus::Accepted);
    assert!(deprecate(&ws, &id, "   ", None).is_none());
    let changed = round_trip(deprecate(&ws, &id, "Vendor retired the API", None).unwrap());
    let d = changed.decision(&id).unwrap();
    assert_eq!(d.status, DecisionStatus::Deprecated);
    assert_eq!(d.deprecation_reason, "Vendor retired the API");
    let superseded = ws
        .decisions
        .iter()
        .find(|d| d.status == DecisionStatus::Superseded)
        .unwrap();
    assert!(deprecate(&ws, &superseded.id, "Old", None).is_none());
}
