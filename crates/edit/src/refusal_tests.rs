//! Refusals are typed: each bad command, of every area, yields the variant
//! that says what went wrong, and changes nothing.

use super::tests::refused;
use super::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

fn missing(what: Thing, id: &str) -> EditError {
    EditError::Missing {
        what,
        id: id.into(),
    }
}

/// The first integrity problem `change` would cause.
fn problem(change: impl FnOnce(&mut Workspace)) -> EditError {
    let mut ws = sample_workspace();
    change(&mut ws);
    EditError::Integrity(ws.problems().remove(0))
}

fn placed(view: &View, element: &Id) -> Placement {
    view.placements
        .iter()
        .find(|p| &p.element == element)
        .unwrap()
        .clone()
}

fn model_cases(ws: &Workspace) -> Vec<(Command, EditError)> {
    let mut stray_owner = ws.elements[0].clone();
    stray_owner.owner = Some("team-nobody".into());
    let ghost = Element::new("ghost", ElementKind::Container, "Ghost");
    vec![
        (
            ModelCommand::UpdateElement { element: ghost }.into(),
            missing(Thing::Element, "ghost"),
        ),
        (
            ModelCommand::SetOwners {
                owners: vec![("ghost".into(), None)],
            }
            .into(),
            missing(Thing::Element, "ghost"),
        ),
        (
            ModelCommand::Remove {
                elements: vec![ws.elements[0].id.clone()],
                relationships: vec!["ghost".into()],
            }
            .into(),
            missing(Thing::Relationship, "ghost"),
        ),
        (
            ModelCommand::UpdateWorkspace {
                name: " ".into(),
                description: String::new(),
            }
            .into(),
            EditError::NameRequired(Thing::Workspace),
        ),
        (
            ModelCommand::UpdateElement {
                element: stray_owner,
            }
            .into(),
            problem(|ws| ws.elements[0].owner = Some("team-nobody".into())),
        ),
    ]
}

/// A view of the sample, with an element it shows first, another it shows,
/// a system element it does not show, and a team (which it cannot show).
struct Fixture {
    view: View,
    shown: Placement,
    other: Id,
    hidden: Id,
    team: Id,
}

impl Fixture {
    fn new(ws: &Workspace) -> Fixture {
        let view = ws.view(&"view-containers".into()).unwrap().clone();
        let hidden = ws
            .elements
            .iter()
            .find(|e| e.side() == view.kind.side() && !view.shows(&e.id))
            .expect("the sample has a system element the containers view leaves out");
        let team = ws.elements.iter().find(|e| e.kind == ElementKind::Team);
        Fixture {
            shown: view.placements[0].clone(),
            other: view.placements[1].element.clone(),
            hidden: hidden.id.clone(),
            team: team.unwrap().id.clone(),
            view,
        }
    }

    fn v(&self) -> Id {
        self.view.id.clone()
    }

    /// A sane placement of `element`, where the first shown one is.
    fn at(&self, element: &Id) -> Placement {
        Placement {
            element: element.clone(),
            ..self.shown.clone()
        }
    }
}

fn unplaced(action: ViewAction, element: &Id) -> EditError {
    EditError::Unplaced {
        action,
        element: element.clone(),
    }
}

fn view_cases(f: &Fixture) -> Vec<(Command, EditError)> {
    let (view, shown, hidden) = (&f.view, &f.shown, &f.hidden);
    vec![
        (
            ViewCommand::RemoveView { id: "ghost".into() }.into(),
            missing(Thing::View, "ghost"),
        ),
        (
            ViewCommand::UpdateView {
                id: f.v(),
                name: "\t".into(),
                description: String::new(),
            }
            .into(),
            EditError::NameRequired(Thing::View),
        ),
        (
            ViewCommand::Show {
                view: f.v(),
                placements: vec![(0, f.at(&f.team))],
            }
            .into(),
            EditError::WrongSide {
                element: f.team.clone(),
                kind: ElementKind::Team,
            },
        ),
        (
            ViewCommand::Show {
                view: f.v(),
                placements: vec![(0, f.at(&shown.element))],
            }
            .into(),
            EditError::AlreadyInView {
                element: shown.element.clone(),
                view_name: view.name.clone(),
            },
        ),
        (
            ViewCommand::Show {
                view: f.v(),
                placements: vec![(0, f.at(hidden)), (1, f.at(hidden))],
            }
            .into(),
            EditError::ListedTwice {
                element: hidden.clone(),
            },
        ),
        (
            ViewCommand::Show {
                view: f.v(),
                placements: vec![(
                    0,
                    Placement {
                        width: f64::NAN,
                        ..f.at(hidden)
                    },
                )],
            }
            .into(),
            EditError::OutOfRange {
                element: hidden.clone(),
            },
        ),
    ]
}

fn placement_cases(f: &Fixture) -> Vec<(Command, EditError)> {
    let (view, shown, other, hidden) = (&f.view, &f.shown, &f.other, &f.hidden);
    vec![
        (
            ViewCommand::Hide {
                view: f.v(),
                elements: vec![shown.element.clone(), hidden.clone()],
            }
            .into(),
            EditError::NotInView {
                element: hidden.clone(),
                view_name: view.name.clone(),
            },
        ),
        (
            ViewCommand::Move {
                view: "ghost".into(),
                elements: vec![shown.element.clone()],
                dx: 1.0,
                dy: 1.0,
            }
            .into(),
            missing(Thing::View, "ghost"),
        ),
        (
            ViewCommand::Move {
                view: f.v(),
                elements: vec![other.clone(), shown.element.clone(), other.clone()],
                dx: 1.0,
                dy: 1.0,
            }
            .into(),
            unplaced(ViewAction::Move, other),
        ),
        (
            ViewCommand::Move {
                view: f.v(),
                elements: vec![shown.element.clone(), other.clone()],
                dx: 0.0,
                dy: f64::INFINITY,
            }
            .into(),
            EditError::LeavesCanvas {
                element: shown.element.clone(),
            },
        ),
        (
            ViewCommand::Place {
                view: f.v(),
                placement: Placement {
                    height: 0.0,
                    ..shown.clone()
                },
            }
            .into(),
            EditError::OutOfRange {
                element: shown.element.clone(),
            },
        ),
        (
            ViewCommand::Place {
                view: f.v(),
                placement: f.at(hidden),
            }
            .into(),
            missing(Thing::Placement, hidden.as_str()),
        ),
        (
            ViewCommand::Pin {
                view: f.v(),
                pins: vec![(shown.element.clone(), true), (hidden.clone(), true)],
            }
            .into(),
            unplaced(ViewAction::Pin, hidden),
        ),
        (
            ViewCommand::Layout {
                view: f.v(),
                placements: vec![f.at(hidden)],
            }
            .into(),
            unplaced(ViewAction::LayOut, hidden),
        ),
        (
            ViewCommand::Layout {
                view: f.v(),
                placements: vec![
                    placed(view, other),
                    Placement {
                        x: f64::NAN,
                        ..shown.clone()
                    },
                ],
            }
            .into(),
            EditError::LaidOutOfRange {
                element: shown.element.clone(),
            },
        ),
    ]
}

fn decision_cases(ws: &Workspace) -> Vec<(Command, EditError)> {
    let mut ghost_decision = ws.decisions[0].clone();
    ghost_decision.id = "ghost".into();
    let twin = ws.decisions[0].clone();
    let mut ghost_term = ws.glossary[0].clone();
    ghost_term.id = "ghost".into();
    let mut nameless_term = ws.glossary[0].clone();
    nameless_term.term = " ".into();
    let nameless_at_0 = nameless_term.clone();
    vec![
        (
            DecisionCommand::Remove { id: "ghost".into() }.into(),
            missing(Thing::Decision, "ghost"),
        ),
        (
            DecisionCommand::Update {
                decisions: vec![ws.decisions[1].clone(), ghost_decision],
            }
            .into(),
            missing(Thing::Decision, "ghost"),
        ),
        (
            DecisionCommand::Add {
                index: 0,
                decision: Box::new(twin.clone()),
            }
            .into(),
            problem(|ws| ws.decisions.insert(0, twin)),
        ),
        (
            GlossaryCommand::Update { term: ghost_term }.into(),
            missing(Thing::Term, "ghost"),
        ),
        (
            GlossaryCommand::Remove { id: "ghost".into() }.into(),
            missing(Thing::Term, "ghost"),
        ),
        (
            GlossaryCommand::Update {
                term: nameless_term,
            }
            .into(),
            problem(|ws| ws.glossary[0] = nameless_at_0),
        ),
    ]
}

fn vocabulary_cases(ws: &Workspace) -> Vec<(Command, EditError)> {
    let mut ghost_concern = ws.concerns[0].clone();
    ghost_concern.id = "ghost".into();
    ghost_concern.name = "Nothing like it".into();
    let mut twin_concern = ghost_concern.clone();
    twin_concern.name = format!("  {}  ", ws.concerns[1].name.to_lowercase());
    let mut nameless_principle = ws.principles[0].clone();
    nameless_principle.name = String::new();
    let mut ghost_principle = ws.principles[0].clone();
    ghost_principle.id = "ghost".into();
    vec![
        (
            ConcernCommand::Update {
                concern: ghost_concern,
            }
            .into(),
            missing(Thing::Concern, "ghost"),
        ),
        (
            ConcernCommand::Add {
                index: 0,
                concern: Concern {
                    id: "concern-new".into(),
                    name: String::new(),
                    description: String::new(),
                },
            }
            .into(),
            EditError::NameRequired(Thing::Concern),
        ),
        (
            ConcernCommand::Add {
                index: 0,
                concern: twin_concern,
            }
            .into(),
            EditError::NameTaken {
                what: Thing::Concern,
                name: ws.concerns[1].name.to_lowercase(),
            },
        ),
        (
            ConcernCommand::Remove { id: "ghost".into() }.into(),
            missing(Thing::Concern, "ghost"),
        ),
        (
            FrameworkCommand::AddPrinciple {
                index: 0,
                principle: nameless_principle,
            }
            .into(),
            EditError::NameRequired(Thing::Principle),
        ),
        (
            FrameworkCommand::UpdatePrinciple {
                principle: ghost_principle,
            }
            .into(),
            missing(Thing::Principle, "ghost"),
        ),
        (
            FrameworkCommand::RemovePrinciple { id: "ghost".into() }.into(),
            missing(Thing::Principle, "ghost"),
        ),
    ]
}

#[test]
fn each_refusal_says_what_went_wrong_and_changes_nothing() {
    let ws = sample_workspace();
    let f = Fixture::new(&ws);
    let cases = [
        model_cases(&ws),
        view_cases(&f),
        placement_cases(&f),
        decision_cases(&ws),
        vocabulary_cases(&ws),
    ]
    .concat();
    for (i, (command, expected)) in cases.into_iter().enumerate() {
        let label = command.label();
        assert_eq!(refused(command), expected, "case {i} ({label})");
    }
}
