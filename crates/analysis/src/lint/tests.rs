//! One test per linter rule, each on a decision made to break just that rule,
//! and the scope suggestion from ownership.

use crate::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

/// A workspace with one decision `adr-x` linked to `links`, built by `shape`.
fn with_decision(links: &[&str], shape: impl FnOnce(&mut Decision)) -> (Workspace, Decision) {
    let mut ws = sample_workspace();
    let mut d = Decision::new("adr-x", 99, "Test decision");
    d.context = "Why we decide".into();
    d.review.reviewers = vec!["Platform".into()];
    d.links = links.iter().map(|l| Id::new(*l)).collect();
    shape(&mut d);
    ws.decisions.push(d.clone());
    (ws, d)
}

/// The day the tests lint on.
fn today() -> Option<Date> {
    Date::parse("2026-11-23")
}

fn rules(ws: &Workspace, d: &Decision) -> Vec<Rule> {
    lint(ws, d, today()).into_iter().map(|f| f.rule).collect()
}

/// Two elements of the sample owned by different teams, and one team's element with that team.
fn two_owners(ws: &Workspace) -> (Id, Id) {
    let owned: Vec<&Element> = ws.elements.iter().filter(|e| e.owner.is_some()).collect();
    let a = owned[0];
    let b = owned.iter().find(|e| e.owner != a.owner).unwrap();
    (a.id.clone(), b.id.clone())
}

#[test]
fn a_complete_proposal_has_no_findings() {
    let (ws, d) = with_decision(&[], |_| {});
    assert_eq!(lint(&ws, &d, today()), vec![]);
}

#[test]
fn a_proposal_nobody_is_asked_to_review_is_flagged_and_a_decided_one_is_not() {
    let (ws, d) = with_decision(&[], |d| d.review.reviewers.clear());
    let findings = lint(&ws, &d, today());
    assert_eq!(
        findings.iter().map(|f| f.rule).collect::<Vec<_>>(),
        vec![Rule::NoReviewers]
    );
    assert!(findings[0].message.contains("reviewers"));
    let (ws, d) = with_decision(&[], |d| {
        d.review.reviewers.clear();
        d.status = DecisionStatus::Rejected;
        d.outcome = "No".into();
        d.deciders = vec!["Platform".into()];
        d.date = Date::parse("2026-11-01");
    });
    assert!(!rules(&ws, &d).contains(&Rule::NoReviewers));
}

#[test]
fn missing_fields_follow_the_status() {
    let (ws, d) = with_decision(&[], |d| d.context.clear());
    assert_eq!(rules(&ws, &d), vec![Rule::MissingField]);
    let (ws, d) = with_decision(&[], |d| d.status = DecisionStatus::Accepted);
    let findings = lint(&ws, &d, today());
    assert_eq!(findings[0].rule, Rule::MissingField);
    assert!(
        findings[0]
            .message
            .contains("decision outcome, deciders, date"),
        "{}",
        findings[0].message
    );
}

#[test]
fn one_team_scope_on_several_teams_elements_is_too_narrow_and_the_map_suggests_more() {
    let ws = sample_workspace();
    let (a, b) = two_owners(&ws);
    let (ws, d) = with_decision(&[a.as_str(), b.as_str()], |d| {
        d.category = Some(Category {
            reversibility: Reversibility::TwoWayDoor,
            scope: Scope::OneTeam,
        })
    });
    assert_eq!(rules(&ws, &d), vec![Rule::ScopeTooNarrow]);
    assert_eq!(suggested_scope(&ws, &d), Some(Scope::SeveralTeams));
    let (ws, d) = with_decision(&[a.as_str()], |_| {});
    assert_eq!(suggested_scope(&ws, &d), None);
}

#[test]
fn a_one_team_decision_on_another_teams_element_is_flagged() {
    let ws = sample_workspace();
    let (a, _) = two_owners(&ws);
    let owner = ws.owner_of(&a).unwrap().name.clone();
    let category = Some(Category {
        reversibility: Reversibility::TwoWayDoor,
        scope: Scope::OneTeam,
    });
    let (ws, d) = with_decision(&[a.as_str()], |d| {
        d.category = category;
        d.deciders = vec!["Someone Else (Other team)".into()];
    });
    assert_eq!(rules(&ws, &d), vec![Rule::DecidedForAnotherTeam]);
    let (ws, d) = with_decision(&[a.as_str()], |d| {
        d.category = category;
        d.deciders = vec![format!("Lead of {owner}")];
    });
    assert_eq!(rules(&ws, &d), vec![]);
}

#[test]
fn an_accepted_one_way_door_needs_two_options() {
    let complete = |d: &mut Decision| {
        d.status = DecisionStatus::Accepted;
        d.outcome = "Chosen".into();
        d.deciders = vec!["CTO".into()];
        d.date = Date::parse("2026-01-01");
        d.category = Some(Category {
            reversibility: Reversibility::OneWayDoor,
            scope: Scope::WholeOrganisation,
        });
    };
    let (ws, d) = with_decision(&[], complete);
    assert_eq!(rules(&ws, &d), vec![Rule::OneWayWithoutOptions]);
    let (ws, d) = with_decision(&[], |d| {
        complete(d);
        d.options = vec![ConsideredOption::default(), ConsideredOption::default()];
    });
    assert_eq!(rules(&ws, &d), vec![]);
}

#[test]
fn supersession_must_agree_on_both_ends() {
    let (ws, d) = with_decision(&[], |d| d.status = DecisionStatus::Superseded);
    assert!(rules(&ws, &d).contains(&Rule::SupersessionMismatch));
    // Another decision supersedes adr-x while adr-x is still proposed.
    let (mut ws, d) = with_decision(&[], |_| {});
    ws.decisions[0].relations.push(DecisionRelation {
        kind: RelationKind::Supersedes,
        target: "adr-x".into(),
    });
    let findings = lint(&ws, &d, today());
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::SupersessionMismatch);
    assert!(findings[0].message.starts_with("Superseded by ADR-"));
    // A successor that is only proposed leaves it in force: nothing to flag.
    ws.decisions[0].status = DecisionStatus::Proposed;
    assert!(!rules(&ws, &d).contains(&Rule::SupersessionMismatch));
}

#[test]
fn a_deprecated_decision_needs_its_reason() {
    let (ws, d) = with_decision(&[], |d| {
        d.status = DecisionStatus::Deprecated;
        d.outcome = "Chosen".into();
        d.deciders = vec!["Ana".into()];
        d.date = today();
    });
    let findings = lint(&ws, &d, today());
    assert_eq!(findings.len(), 1);
    assert!(findings[0].message.contains("reason for deprecation"));
    let (ws, d) = with_decision(&[], |d| {
        d.status = DecisionStatus::Deprecated;
        d.outcome = "Chosen".into();
        d.deciders = vec!["Ana".into()];
        d.date = today();
        d.deprecation_reason = "The vendor retired the API".into();
    });
    assert_eq!(rules(&ws, &d), vec![]);
}

#[test]
fn a_proposal_past_its_review_date_is_flagged() {
    let (ws, d) = with_decision(&[], |d| d.review.review_by = Date::parse("2026-11-22"));
    assert_eq!(rules(&ws, &d), vec![Rule::PastReviewDate]);
    // Due today is not late yet; without a date to compare, nothing is said.
    let (ws, d) = with_decision(&[], |d| d.review.review_by = today());
    assert_eq!(rules(&ws, &d), vec![]);
    assert_eq!(lint(&ws, &d, None), vec![]);
    // Once decided, the review date no longer matters.
    let (ws, d) = with_decision(&[], |d| {
        d.review.review_by = Date::parse("2026-01-01");
        d.status = DecisionStatus::Rejected;
        d.outcome = "No".into();
        d.deciders = vec!["Ana".into()];
        d.date = today();
    });
    assert_eq!(rules(&ws, &d), vec![]);
}

#[test]
fn departing_from_a_principle_needs_a_justification() {
    let principle = sample_workspace().principles[0].clone();
    let cite = |stance, justification: &str| PrincipleRef {
        principle: principle.id.clone(),
        stance,
        justification: justification.into(),
    };
    let (ws, d) = with_decision(&[], |d| d.principles = vec![cite(Stance::DepartsFrom, " ")]);
    let findings = lint(&ws, &d, today());
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::UnjustifiedDeparture);
    assert!(findings[0].message.contains(&principle.name));
    let (ws, d) = with_decision(&[], |d| {
        d.principles = vec![cite(Stance::DepartsFrom, "Latency needs it")]
    });
    assert_eq!(rules(&ws, &d), vec![]);
    let (ws, d) = with_decision(&[], |d| d.principles = vec![cite(Stance::Follows, "")]);
    assert_eq!(rules(&ws, &d), vec![]);
}

#[test]
fn a_decision_touching_a_powerful_stakeholders_concern_must_consult_them() {
    let sample = sample_workspace();
    let powerful = sample
        .elements
        .iter()
        .find(|e| {
            e.stakeholder.is_some_and(|s| s.power > HIGH_POWER)
                && e.concerns.iter().any(|c| c.weight >= STRONG_WEIGHT)
        })
        .expect("the sample has a powerful stakeholder with a strong concern")
        .clone();
    let concern = powerful
        .concerns
        .iter()
        .find(|c| c.weight >= STRONG_WEIGHT)
        .unwrap()
        .concern
        .clone();
    let (ws, d) = with_decision(&[], |d| d.concerns = vec![concern.clone()]);
    let findings = lint(&ws, &d, today());
    let unconsulted: Vec<_> = findings
        .iter()
        .filter(|f| f.rule == Rule::UnconsultedStakeholder)
        .collect();
    assert!(
        unconsulted
            .iter()
            .any(|f| f.message.contains(&powerful.name)),
        "{findings:?}"
    );
    let (ws, d) = with_decision(&[], |d| {
        d.concerns = vec![concern.clone()];
        d.consulted = stakeholders_touched(&ws, d)
            .into_iter()
            .map(|t| t.name)
            .collect();
    });
    assert!(!rules(&ws, &d).contains(&Rule::UnconsultedStakeholder));
}
