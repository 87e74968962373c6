//! Every command undoes exactly; random command sequences undo and redo
//! exactly and never break integrity; transactions behave as gestures; an
//! inverse that has gone stale is refused, changing nothing.

use super::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

/// Applies a command, checks it kept the workspace sound, undoes it and checks
/// the workspace is back exactly; returns the changed workspace.
pub(super) fn check(command: impl Into<Command>) -> Workspace {
    let original = sample_workspace();
    let mut ws = original.clone();
    let inverse = apply(&mut ws, command).unwrap_or_else(|e| panic!("refused: {e}"));
    assert_eq!(ws.problems(), vec![]);
    let changed = ws.clone();
    apply(&mut ws, inverse).unwrap_or_else(|e| panic!("inverse refused: {e}"));
    assert_eq!(ws, original);
    changed
}

pub(super) fn refused(command: impl Into<Command>) -> EditError {
    let original = sample_workspace();
    let mut ws = original.clone();
    let error = apply(&mut ws, command).expect_err("command was accepted");
    assert_eq!(ws, original, "a refused command changed the workspace");
    error
}

fn first_placed(ws: &Workspace, view: &str) -> Placement {
    ws.view(&view.into())
        .unwrap()
        .placements
        .last()
        .unwrap()
        .clone()
}

#[test]
fn each_command_undoes_exactly() {
    let ws = sample_workspace();
    let team = ws
        .elements
        .iter()
        .find(|e| e.kind == ElementKind::Team)
        .unwrap()
        .id
        .clone();
    let container = ws
        .elements
        .iter()
        .find(|e| e.kind == ElementKind::Container && e.owner.is_some())
        .unwrap()
        .clone();
    let mut renamed = container.clone();
    renamed.name = "Renamed".into();
    renamed.owner = Some(team.clone());
    let changed = check(ModelCommand::UpdateElement { element: renamed });
    assert_eq!(changed.element(&container.id).unwrap().name, "Renamed");

    check(ModelCommand::AddElement {
        element: Element::new("new-1", ElementKind::Queue, "Refunds"),
    });
    let removed = check(ModelCommand::Remove {
        elements: vec![team.clone()],
        relationships: vec![],
    });
    assert!(removed.element(&team).is_none());
    assert!(removed
        .elements
        .iter()
        .all(|e| e.owner.as_ref() != Some(&team)));
    let mut uses = ws
        .relationships
        .iter()
        .find(|r| r.kind == RelationshipKind::Uses)
        .unwrap()
        .clone();
    check(ModelCommand::Remove {
        elements: vec![],
        relationships: vec![uses.id.clone()],
    });
    uses.description = "Calls".into();
    check(ModelCommand::UpdateRelationship {
        relationship: uses.clone(),
    });
    uses.id = "rel-new".into();
    check(ModelCommand::AddRelationship { relationship: uses });

    let view = ws.views[0].id.clone();
    let p = first_placed(&ws, view.as_str());
    check(ViewCommand::Move {
        view: view.clone(),
        elements: vec![p.element.clone()],
        dx: 12.5,
        dy: -3.0,
    });
    check(ViewCommand::Place {
        view: view.clone(),
        placement: Placement {
            width: 300.0,
            ..p.clone()
        },
    });
    check(ViewCommand::Hide {
        view: view.clone(),
        elements: vec![p.element.clone()],
    });
    check(ViewCommand::UpdateView {
        id: view.clone(),
        name: "Context".into(),
        description: String::new(),
    });
    check(ModelCommand::UpdateWorkspace {
        name: "Northwind (draft)".into(),
        description: "A copy to try things in".into(),
    });
    check(ViewCommand::RemoveView { id: view.clone() });
    check(ViewCommand::AddView {
        index: 1,
        view: View::new("view-new", ViewKind::Org, "Draft"),
    });
}

#[test]
fn removing_an_element_takes_its_relationships_links_and_placements() {
    let ws = sample_workspace();
    let linked = ws
        .decisions
        .iter()
        .flat_map(|d| d.links.iter())
        .find(|l| ws.element(l).is_some())
        .unwrap()
        .clone();
    let after = check(ModelCommand::Remove {
        elements: vec![linked.clone()],
        relationships: vec![],
    });
    assert!(after
        .relationships
        .iter()
        .all(|r| r.source != linked && r.target != linked));
    assert!(after.decisions.iter().all(|d| !d.links.contains(&linked)));
    assert!(after.views.iter().all(|v| !v.shows(&linked)));
}

#[test]
fn commands_that_break_integrity_are_refused_unchanged() {
    let ws = sample_workspace();
    let mut element = ws.elements[0].clone();
    element.owner = Some("team-nobody".into());
    assert!(refused(ModelCommand::UpdateElement { element })
        .to_string()
        .contains("does not exist"));
    let duplicate = Element::new(ws.elements[1].id.clone(), ElementKind::Container, "Twin");
    assert!(refused(ModelCommand::AddElement { element: duplicate })
        .to_string()
        .contains("already used"));
    let view = ws.views[0].id.clone();
    let p = first_placed(&ws, view.as_str());
    refused(ViewCommand::Move {
        view: view.clone(),
        elements: vec![p.element.clone()],
        dx: f64::NAN,
        dy: 0.0,
    });
    refused(ViewCommand::Show {
        view: view.clone(),
        placements: vec![(0, p.clone())],
    });
    refused(ViewCommand::UpdateView {
        id: view,
        name: " ".into(),
        description: String::new(),
    });
    refused(ModelCommand::Remove {
        elements: vec!["ghost".into()],
        relationships: vec![],
    });
    let mut long = ws.elements[0].clone();
    long.name = "x".repeat(201);
    assert!(
        refused(ModelCommand::UpdateElement { element: long })
            .to_string()
            .contains("the limit is 200"),
        "what cannot be saved cannot be made"
    );
    let mut with_fresh = sample_workspace();
    apply(
        &mut with_fresh,
        ModelCommand::AddElement {
            element: Element::new("fresh", ElementKind::Container, "Fresh"),
        },
    )
    .unwrap();
    let twice = Placement {
        element: "fresh".into(),
        x: 0.0,
        y: 0.0,
        width: 100.0,
        height: 50.0,
        pinned: false,
    };
    let system_view = with_fresh
        .views
        .iter()
        .find(|v| v.kind == ViewKind::System)
        .unwrap()
        .id
        .clone();
    let error = apply(
        &mut with_fresh,
        ViewCommand::Show {
            view: system_view,
            placements: vec![(0, twice.clone()), (1, twice)],
        },
    )
    .unwrap_err();
    assert!(error.to_string().contains("listed twice"));
}

#[test]
fn a_gesture_is_one_step_and_cancel_leaves_nothing() {
    let original = sample_workspace();
    let mut ws = original.clone();
    let mut history = History::default();
    let view = ws.views[0].id.clone();
    let element = first_placed(&ws, view.as_str()).element;
    let step = |dx| ViewCommand::Move {
        view: view.clone(),
        elements: vec![element.clone()],
        dx,
        dy: 1.0,
    };

    history.begin("Move");
    for _ in 0..10 {
        history.apply(&mut ws, step(2.0)).unwrap();
    }
    history.commit();
    let moved = ws.clone();
    assert!(history.undo(&mut ws));
    assert_eq!(ws, original);
    assert!(!history.can_undo());
    assert!(history.redo(&mut ws));
    assert_eq!(ws, moved);

    history.begin("Move");
    history.apply(&mut ws, step(5.0)).unwrap();
    history.cancel(&mut ws);
    assert_eq!(ws, moved);
    assert_eq!(history.undo_label(), Some("Move"));

    history.begin("Move");
    history.commit();
    assert!(history.undo(&mut ws));
    assert_eq!(ws, original, "an empty gesture must not be a step");
}

/// Applies `command` to the sample, then `meanwhile`, then the inverse of
/// `command`, which must be refused with `expected` and change nothing.
fn stale_inverse(command: impl Into<Command>, meanwhile: impl Into<Command>, expected: EditError) {
    let mut ws = sample_workspace();
    let inverse = apply(&mut ws, command).unwrap();
    apply(&mut ws, meanwhile).unwrap();
    let before = ws.clone();
    assert_eq!(apply(&mut ws, inverse), Err(expected));
    assert_eq!(ws, before, "a refused inverse changed the workspace");
}

#[test]
fn an_inverse_is_refused_when_what_it_puts_back_has_come_back_since() {
    let ws = sample_workspace();
    let element = ws.elements[0].clone();
    let id = element.id.clone();
    stale_inverse(
        ModelCommand::Remove {
            elements: vec![id.clone()],
            relationships: vec![],
        },
        ModelCommand::AddElement { element },
        EditError::AlreadyExists {
            what: Thing::Element,
            id,
        },
    );
    let decision = ws.decisions[0].clone();
    stale_inverse(
        DecisionCommand::Remove {
            id: decision.id.clone(),
        },
        DecisionCommand::Add {
            index: 0,
            decision: Box::new(Decision {
                relations: Vec::new(),
                ..decision.clone()
            }),
        },
        EditError::AlreadyExists {
            what: Thing::Decision,
            id: decision.id,
        },
    );
    let concern = ws.concerns[0].clone();
    stale_inverse(
        ConcernCommand::Remove {
            id: concern.id.clone(),
        },
        ConcernCommand::Add {
            index: 0,
            concern: concern.clone(),
        },
        EditError::AlreadyExists {
            what: Thing::Concern,
            id: concern.id,
        },
    );
    let principle = ws.principles[0].clone();
    stale_inverse(
        FrameworkCommand::RemovePrinciple {
            id: principle.id.clone(),
        },
        FrameworkCommand::AddPrinciple {
            index: 0,
            principle: principle.clone(),
        },
        EditError::AlreadyExists {
            what: Thing::Principle,
            id: principle.id,
        },
    );
}

#[test]
fn an_inverse_is_refused_when_what_it_touches_has_gone_since() {
    let ws = sample_workspace();
    let view = ws.view(&"view-containers".into()).unwrap();
    let element = view.placements[0].element.clone();
    stale_inverse(
        ViewCommand::Move {
            view: view.id.clone(),
            elements: vec![element.clone()],
            dx: 5.0,
            dy: 5.0,
        },
        ViewCommand::Hide {
            view: view.id.clone(),
            elements: vec![element.clone()],
        },
        EditError::Unarrangeable { element },
    );
    stale_inverse(
        DecisionCommand::Add {
            index: 0,
            decision: Box::new(Decision::new("adr-new", ws.next_decision_number(), "New")),
        },
        DecisionCommand::Remove {
            id: "adr-new".into(),
        },
        EditError::Missing {
            what: Thing::Decision,
            id: "adr-new".into(),
        },
    );
}
