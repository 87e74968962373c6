//! One test per Conway-lens finding, the cognitive-load score and the
//! team-by-team dependencies, each on a small workspace made for it.

use crate::*;
use conway_model::*;

fn on(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn today() -> Date {
    on("2026-11-23")
}

/// Teams `a` and `b`; `a` owns `a1`, `b` owns `b1`..`b3` (all containers).
fn two_teams() -> Workspace {
    let mut ws = Workspace::new("Lens");
    for team in ["a", "b"] {
        let mut t = Element::new(team, ElementKind::Team, format!("Team {team}"));
        t.team_type = Some(TeamType::StreamAligned);
        ws.elements.push(t);
    }
    for (id, owner) in [("a1", "a"), ("b1", "b"), ("b2", "b"), ("b3", "b")] {
        let mut e = Element::new(id, ElementKind::Container, id.to_uppercase());
        e.owner = Some(owner.into());
        ws.elements.push(e);
    }
    ws
}

fn uses(ws: &mut Workspace, id: &str, from: &str, to: &str) {
    ws.relationships
        .push(Relationship::new(id, RelationshipKind::Uses, from, to));
}

fn interaction(ws: &mut Workspace, kind: RelationshipKind, starts: &str, ends: &str) {
    let mut r = Relationship::new(format!("ix-{}", ws.relationships.len()), kind, "a", "b");
    r.starts = Date::parse(starts);
    r.ends = Date::parse(ends);
    ws.relationships.push(r);
}

fn findings(ws: &Workspace, date: Date) -> Vec<LensFinding> {
    assert_eq!(ws.problems(), vec![]);
    conway_lens(ws, date, &LensSettings::default())
}

#[test]
fn heavy_dependencies_without_a_declared_interaction_are_flagged() {
    let mut ws = two_teams();
    for (i, b) in ["b1", "b2", "b3"].iter().enumerate() {
        uses(&mut ws, &format!("r{i}"), "a1", b);
    }
    let found = findings(&ws, today());
    let LensFinding::UndeclaredDependency {
        teams,
        relationships,
    } = &found[0]
    else {
        panic!("{found:?}");
    };
    assert_eq!(teams, &(Id::new("a"), Id::new("b")));
    assert_eq!(relationships.len(), 3);
    assert!(found[0].message(&ws).contains("declare no interaction"));
    assert_eq!(
        found[0].elements(&ws).len(),
        6,
        "both teams and the related elements"
    );
    // Declared as X-as-a-Service: nothing to say. Once that has ended, flagged again.
    interaction(&mut ws, RelationshipKind::XAsAService, "2025-01-01", "");
    assert!(!findings(&ws, today())
        .iter()
        .any(|f| matches!(f, LensFinding::UndeclaredDependency { .. })));
    ws.relationships.last_mut().unwrap().ends = Date::parse("2026-01-01");
    assert!(findings(&ws, today())
        .iter()
        .any(|f| matches!(f, LensFinding::UndeclaredDependency { .. })));
    // Two relationships are not yet heavy.
    ws.relationships.retain(|r| r.id.as_str() != "r2");
    assert!(!findings(&ws, today())
        .iter()
        .any(|f| matches!(f, LensFinding::UndeclaredDependency { .. })));
}

#[test]
fn a_collaboration_past_its_end_date_is_flagged() {
    let mut ws = two_teams();
    interaction(
        &mut ws,
        RelationshipKind::Collaboration,
        "2026-02-02",
        "2026-05-29",
    );
    let found = findings(&ws, today());
    assert_eq!(
        found,
        vec![LensFinding::CollaborationOverdue {
            interaction: "ix-0".into(),
            ended: on("2026-05-29")
        }]
    );
    assert_eq!(found[0].elements(&ws), vec![Id::new("a"), Id::new("b")]);
    assert!(
        findings(&ws, on("2026-05-29")).is_empty(),
        "on its last day it is still due"
    );
    // Facilitating and X-as-a-Service have their own end dates but are not collaborations.
    ws.relationships[0].kind = RelationshipKind::Facilitating;
    assert!(findings(&ws, today()).is_empty());
}

#[test]
fn a_pair_of_teams_gets_one_finding_and_the_matrix_the_same_state() {
    let mut ws = two_teams();
    for (i, b) in ["b1", "b2", "b3"].iter().enumerate() {
        uses(&mut ws, &format!("r{i}"), "a1", b);
    }
    interaction(
        &mut ws,
        RelationshipKind::Collaboration,
        "2026-02-02",
        "2026-05-29",
    );
    // The findings about the pair (a1's ownership is another matter).
    let about_pair: Vec<LensFinding> = findings(&ws, today())
        .into_iter()
        .filter(|f| {
            matches!(
                f,
                LensFinding::CollaborationOverdue { .. } | LensFinding::UndeclaredDependency { .. }
            )
        })
        .collect();
    assert_eq!(about_pair.len(), 1, "{about_pair:?}");
    assert!(matches!(
        about_pair[0],
        LensFinding::CollaborationOverdue { .. }
    ));
    let pair = &team_dependencies(&ws, today())[0];
    let settings = LensSettings::default();
    assert_eq!(
        pair_state(&ws, pair, today(), &settings),
        PairState::Overdue
    );
    // Before its end date it is declared; without it, heavy and undeclared.
    let during = &team_dependencies(&ws, on("2026-03-01"))[0];
    assert_eq!(
        pair_state(&ws, during, on("2026-03-01"), &settings),
        PairState::Declared
    );
    ws.relationships
        .retain(|r| r.kind != RelationshipKind::Collaboration);
    let pair = &team_dependencies(&ws, today())[0];
    assert_eq!(
        pair_state(&ws, pair, today(), &settings),
        PairState::Undeclared
    );
    let stricter = LensSettings {
        heavy_dependency: 4,
        ..settings
    };
    assert_eq!(pair_state(&ws, pair, today(), &stricter), PairState::Light);
    assert!(
        !conway_lens(&ws, today(), &stricter)
            .iter()
            .any(|f| matches!(f, LensFinding::UndeclaredDependency { .. })),
        "below the threshold: no finding, and the matrix says light"
    );
}

#[test]
fn containers_and_components_owned_by_no_team_are_flagged() {
    let mut ws = two_teams();
    ws.elements
        .push(Element::new("orphan", ElementKind::Component, "Orphan"));
    ws.elements.push(Element::new(
        "vendor",
        ElementKind::ExternalSystem,
        "Vendor",
    ));
    ws.elements
        .push(Element::new("store", ElementKind::SoftwareSystem, "Store"));
    let found = findings(&ws, today());
    assert_eq!(
        found,
        vec![LensFinding::Unowned {
            element: "orphan".into()
        }]
    );
    assert_eq!(found[0].message(&ws), "Orphan is owned by no team.");
}

#[test]
fn an_element_whose_relationships_mostly_cross_to_one_team_is_a_candidate_for_moving() {
    let mut ws = two_teams();
    let mut a2 = Element::new("a2", ElementKind::Container, "A2");
    a2.owner = Some("a".into());
    ws.elements.push(a2);
    uses(&mut ws, "r0", "a1", "b1");
    uses(&mut ws, "r1", "b2", "a1");
    uses(&mut ws, "r2", "a1", "a2");
    interaction(&mut ws, RelationshipKind::XAsAService, "", "");
    // Two of its three relationships cross to what b owns: most of them.
    let found = findings(&ws, today());
    assert_eq!(
        found,
        vec![LensFinding::OwnershipCandidate {
            element: "a1".into(),
            toward: "b".into(),
            crossing: 2,
            total: 3
        }]
    );
    assert!(found[0]
        .message(&ws)
        .starts_with("2 of 3 relationships of A1 go to what Team b owns"));
    // A fourth relationship inside the team makes it half: no longer most.
    let mut a3 = Element::new("a3", ElementKind::Container, "A3");
    a3.owner = Some("a".into());
    ws.elements.push(a3);
    uses(&mut ws, "r3", "a3", "a1");
    assert!(findings(&ws, today()).is_empty());
}

#[test]
fn the_cognitive_load_follows_its_formula_and_flags_over_the_threshold() {
    let mut ws = two_teams();
    uses(&mut ws, "r0", "a1", "b1");
    uses(&mut ws, "r1", "a1", "b2");
    uses(&mut ws, "r2", "b3", "a1");
    interaction(
        &mut ws,
        RelationshipKind::Collaboration,
        "2026-01-01",
        "2027-01-01",
    );
    let load = cognitive_load(&ws, &"a".into(), today());
    assert_eq!(
        (load.owned, load.crossing_out, load.collaborations),
        (1, 2, 1)
    );
    assert_eq!(load.score, 1.0 + 2.0 / 2.0 + 4.0);
    assert!(CognitiveLoad::FORMULA.contains("4 × ongoing collaborations"));
    // After the collaboration ends it no longer counts.
    assert_eq!(
        cognitive_load(&ws, &"a".into(), on("2027-02-01")).collaborations,
        0
    );
    // Sixteen owned elements are over the default threshold of 15.
    for i in 0..15 {
        let mut e = Element::new(format!("x{i}"), ElementKind::Queue, "Q");
        e.owner = Some("a".into());
        ws.elements.push(e);
    }
    let overloaded: Vec<_> = findings(&ws, today())
        .into_iter()
        .filter_map(|f| match f {
            LensFinding::Overloaded { load } => Some(load),
            _ => None,
        })
        .collect();
    assert_eq!(overloaded.len(), 1);
    assert_eq!(overloaded[0].team, Id::new("a"));
    assert_eq!(overloaded[0].owned, 16);
}

#[test]
fn team_dependencies_count_relationships_both_ways_with_declared_modes() {
    let mut ws = two_teams();
    uses(&mut ws, "r0", "a1", "b1");
    uses(&mut ws, "r1", "b2", "a1");
    uses(&mut ws, "r2", "b1", "b2");
    interaction(&mut ws, RelationshipKind::Facilitating, "", "");
    let pairs = team_dependencies(&ws, today());
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0].relationships, vec![Id::new("r0"), Id::new("r1")]);
    assert_eq!(pairs[0].declared, vec![RelationshipKind::Facilitating]);
}

#[test]
fn the_sample_shows_what_the_lens_is_for() {
    let ws = conway_model::sample::sample_workspace();
    let found = conway_lens(&ws, today(), &LensSettings::default());
    assert!(found.contains(&LensFinding::Unowned {
        element: "notifications-service".into()
    }));
    assert!(found.iter().any(|f| matches!(f, LensFinding::CollaborationOverdue { interaction, .. } if interaction.as_str() == "ix-checkout-payments")));
}
