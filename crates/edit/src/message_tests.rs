//! What the UI reads of `edit`: refusal messages word for word as they have
//! always been (browser tests assert them), and the labels of undo steps.

use super::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

fn missing(what: Thing, id: &str) -> EditError {
    EditError::Missing {
        what,
        id: id.into(),
    }
}

#[test]
fn messages_read_as_they_always_have() {
    let id = |s: &str| Id::from(s);
    let cases = [
        (
            missing(Thing::Element, "api"),
            "element \"api\" does not exist",
        ),
        (
            missing(Thing::Placement, "api"),
            "placement of element \"api\" does not exist",
        ),
        (
            EditError::AlreadyExists {
                what: Thing::Decision,
                id: id("adr-1"),
            },
            "decision \"adr-1\" already exists",
        ),
        (
            EditError::NotInView {
                element: id("api"),
                view_name: "Containers".into(),
            },
            "element \"api\" is not in view \"Containers\"",
        ),
        (
            EditError::AlreadyInView {
                element: id("api"),
                view_name: "Containers".into(),
            },
            "element \"api\" is already in view \"Containers\"",
        ),
        (
            EditError::ListedTwice { element: id("api") },
            "element \"api\" is listed twice",
        ),
        (
            EditError::Unplaced {
                action: ViewAction::Move,
                element: id("api"),
            },
            "an element to move is not in this view",
        ),
        (
            EditError::Unplaced {
                action: ViewAction::Pin,
                element: id("api"),
            },
            "an element to pin is not in this view",
        ),
        (
            EditError::Unplaced {
                action: ViewAction::LayOut,
                element: id("api"),
            },
            "an element to lay out is not in this view",
        ),
        (
            EditError::Unarrangeable { element: id("api") },
            "an element to arrange is not in this view or would leave the canvas",
        ),
        (
            EditError::LeavesCanvas { element: id("api") },
            "element \"api\" would leave the canvas",
        ),
        (
            EditError::OutOfRange { element: id("api") },
            "position or size out of range",
        ),
        (
            EditError::LaidOutOfRange { element: id("api") },
            "a laid-out position or size is out of range",
        ),
        (
            EditError::WrongSide {
                element: id("t"),
                kind: ElementKind::Team,
            },
            "a Team cannot appear in this view",
        ),
        (
            EditError::NameRequired(Thing::Workspace),
            "a workspace needs a name",
        ),
        (
            EditError::NameRequired(Thing::Principle),
            "a principle needs a name",
        ),
        (
            EditError::NameTaken {
                what: Thing::Concern,
                name: "Latency".into(),
            },
            "there is already a concern called \"Latency\"",
        ),
        (
            EditError::Integrity(Problem {
                location: "elements[3] \"API\"".into(),
                message: "owner \"team-x\" does not exist".into(),
            }),
            "elements[3] \"API\": owner \"team-x\" does not exist",
        ),
    ];
    for (error, text) in cases {
        assert_eq!(error.to_string(), text);
    }
    let boxed: Box<dyn std::error::Error> = Box::new(missing(Thing::View, "v"));
    assert_eq!(boxed.to_string(), "view \"v\" does not exist");
}

#[test]
fn labels_name_the_step_for_undo_including_inverses() {
    let mut ws = sample_workspace();
    let view = ws.views[0].id.clone();
    let element = ws.views[0].placements[0].element.clone();
    let moved = ViewCommand::Move {
        view,
        elements: vec![element.clone()],
        dx: 1.0,
        dy: 0.0,
    };
    assert_eq!(Command::from(moved.clone()).label(), "Move");
    assert_eq!(apply(&mut ws, moved).unwrap().label(), "Move");
    let removed = apply(
        &mut ws,
        ModelCommand::Remove {
            elements: vec![element],
            relationships: vec![],
        },
    )
    .unwrap();
    assert_eq!(removed.label(), "Restore");
    let decision = Decision::new("adr-new", ws.next_decision_number(), "New");
    let added = DecisionCommand::Add {
        index: 0,
        decision: Box::new(decision),
    };
    assert_eq!(Command::from(added.clone()).label(), "Add decision");
    let withdraw = apply(&mut ws, added).unwrap();
    assert_eq!(withdraw.label(), "Add decision");
    let concern = ws.concerns[0].id.clone();
    let deleted = apply(&mut ws, ConcernCommand::Remove { id: concern }).unwrap();
    assert_eq!(deleted.label(), "Delete concern");
    let term = GlossaryCommand::Remove {
        id: ws.glossary[0].id.clone(),
    };
    assert_eq!(Command::from(term).label(), "Delete term");
}
