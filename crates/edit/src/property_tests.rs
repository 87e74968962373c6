//! Random command sequences undo and redo exactly and never break integrity.

use proptest::prelude::*;

use super::*;
use conway_model::sample::sample_workspace;
use conway_model::*;

#[derive(Clone, Debug)]
enum Op {
    Rename(usize, String),
    Remove(usize),
    RemoveRelationship(usize),
    Add(usize),
    Move(usize, usize, f64, f64),
    Hide(usize, usize),
    Show(usize, usize),
    Resize(usize, usize, f64),
    Owner(usize, usize),
    AddDecision,
    RemoveDecision(usize),
    RemovePrinciple(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let n = 0..10_000usize;
    prop_oneof![
        (n.clone(), "[a-z ]{1,12}").prop_map(|(i, s)| Op::Rename(i, s)),
        n.clone().prop_map(Op::Remove),
        n.clone().prop_map(Op::RemoveRelationship),
        n.clone().prop_map(Op::Add),
        (n.clone(), n.clone(), -500.0..500.0f64, -500.0..500.0f64)
            .prop_map(|(v, i, x, y)| Op::Move(v, i, x, y)),
        (n.clone(), n.clone()).prop_map(|(v, i)| Op::Hide(v, i)),
        (n.clone(), n.clone()).prop_map(|(v, i)| Op::Show(v, i)),
        (n.clone(), n.clone(), 20.0..900.0f64).prop_map(|(v, i, w)| Op::Resize(v, i, w)),
        (n.clone(), n.clone()).prop_map(|(i, t)| Op::Owner(i, t)),
        Just(Op::AddDecision),
        n.clone().prop_map(Op::RemoveDecision),
        n.prop_map(Op::RemovePrinciple),
    ]
}

/// Turns a random op into a command against the current workspace.
fn command(ws: &Workspace, op: Op, serial: usize) -> Option<Command> {
    let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
    Some(match op {
        Op::Rename(i, name) => {
            let mut e = ws.elements[pick(ws.elements.len(), i)?].clone();
            e.name = format!("x{name}");
            ModelCommand::UpdateElement { element: e }.into()
        }
        Op::Remove(i) => ModelCommand::Remove {
            elements: vec![ws.elements[pick(ws.elements.len(), i)?].id.clone()],
            relationships: vec![],
        }
        .into(),
        Op::RemoveRelationship(i) => ModelCommand::Remove {
            elements: vec![],
            relationships: vec![ws.relationships[pick(ws.relationships.len(), i)?]
                .id
                .clone()],
        }
        .into(),
        Op::Add(i) => ModelCommand::AddElement {
            element: Element::new(
                format!("gen-{serial}"),
                ElementKind::ALL[i % ElementKind::ALL.len()],
                "Generated",
            ),
        }
        .into(),
        Op::Move(v, i, dx, dy) => {
            let view = &ws.views[pick(ws.views.len(), v)?];
            let p = &view.placements[pick(view.placements.len(), i)?];
            ViewCommand::Move {
                view: view.id.clone(),
                elements: vec![p.element.clone()],
                dx,
                dy,
            }
            .into()
        }
        Op::Hide(v, i) => {
            let view = &ws.views[pick(ws.views.len(), v)?];
            ViewCommand::Hide {
                view: view.id.clone(),
                elements: vec![view.placements[pick(view.placements.len(), i)?]
                    .element
                    .clone()],
            }
            .into()
        }
        Op::Show(v, i) => {
            let view = &ws.views[pick(ws.views.len(), v)?];
            let hidden: Vec<&Element> = ws
                .elements
                .iter()
                .filter(|e| e.side() == view.kind.side() && !view.shows(&e.id))
                .collect();
            let e = hidden[pick(hidden.len(), i)?];
            ViewCommand::Show {
                view: view.id.clone(),
                placements: vec![(
                    i % (view.placements.len() + 1),
                    Placement {
                        element: e.id.clone(),
                        x: 10.0,
                        y: 20.0,
                        width: 200.0,
                        height: 100.0,
                        pinned: false,
                    },
                )],
            }
            .into()
        }
        Op::Resize(v, i, width) => {
            let view = &ws.views[pick(ws.views.len(), v)?];
            let p = &view.placements[pick(view.placements.len(), i)?];
            ViewCommand::Place {
                view: view.id.clone(),
                placement: Placement { width, ..p.clone() },
            }
            .into()
        }
        Op::Owner(i, t) => {
            let teams: Vec<&Element> = ws
                .elements
                .iter()
                .filter(|e| e.kind == ElementKind::Team)
                .collect();
            let mut e = ws.elements[pick(ws.elements.len(), i)?].clone();
            e.owner = Some(teams[pick(teams.len(), t)?].id.clone());
            ModelCommand::UpdateElement { element: e }.into()
        }
        Op::AddDecision => DecisionCommand::Add {
            index: ws.decisions.len(),
            decision: Box::new(Decision::new(
                format!("gen-adr-{serial}"),
                ws.next_decision_number(),
                "Generated",
            )),
        }
        .into(),
        Op::RemoveDecision(i) => DecisionCommand::Remove {
            id: ws.decisions[pick(ws.decisions.len(), i)?].id.clone(),
        }
        .into(),
        Op::RemovePrinciple(i) => FrameworkCommand::RemovePrinciple {
            id: ws.principles[pick(ws.principles.len(), i)?].id.clone(),
        }
        .into(),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_sequences_undo_and_redo_exactly(ops in proptest::collection::vec(op(), 1..25)) {
        let original = sample_workspace();
        let mut ws = original.clone();
        let mut history = History::default();
        let mut steps = 0;
        let mut highest_seen = 0;
        for (serial, op) in ops.into_iter().enumerate() {
            highest_seen = ws.decisions.iter().map(|d| d.number).fold(highest_seen, u32::max);
            let Some(command) = command(&ws, op, serial) else { continue };
            if let Command::Decision(DecisionCommand::Add { decision, .. }) = &command {
                prop_assert!(decision.number > highest_seen, "decision number reused");
            }
            if history.apply(&mut ws, command).is_ok() {
                steps += 1;
            }
            prop_assert_eq!(ws.problems(), vec![]);
        }
        let last = ws.clone();
        for _ in 0..steps {
            prop_assert!(history.undo(&mut ws));
        }
        prop_assert_eq!(&ws, &original);
        for _ in 0..steps {
            prop_assert!(history.redo(&mut ws));
        }
        prop_assert_eq!(&ws, &last);
    }
}
