use super::*;
use conway_model::{Placement, View, ViewKind};

fn placed(id: &str, x: f64, y: f64, width: f64, height: f64) -> Placement {
    Placement {
        element: id.into(),
        x,
        y,
        width,
        height,
        pinned: false,
    }
}

/// A boundary "b" holding "a"; "c" outside it; "loose" not in the view.
fn workspace() -> Workspace {
    let mut a = Element::new("a", ElementKind::Container, "A");
    a.parent = Some("b".into());
    let mut loose = Element::new("loose", ElementKind::Container, "Loose");
    loose.parent = Some("b".into());
    Workspace {
        elements: vec![
            Element::new("b", ElementKind::SystemBoundary, "B"),
            a,
            Element::new("c", ElementKind::Container, "C"),
            loose,
        ],
        views: vec![View {
            id: "v".into(),
            kind: ViewKind::System,
            name: "V".into(),
            description: String::new(),
            placements: vec![
                placed("b", 0.0, 0.0, 500.0, 300.0),
                placed("a", 20.0, 20.0, 100.0, 60.0),
                placed("c", 600.0, 0.0, 100.0, 60.0),
            ],
        }],
        ..Workspace::default()
    }
}

#[test]
fn boundaries_and_people_are_sized_apart_from_other_kinds() {
    assert_eq!(default_size(ElementKind::SystemBoundary), (520.0, 320.0));
    assert_eq!(default_size(ElementKind::Person), (180.0, 150.0));
    assert_eq!(default_size(ElementKind::Team), (280.0, 90.0));
    assert_eq!(default_size(ElementKind::Container), (220.0, 120.0));
}

#[test]
fn a_fresh_id_skips_suffixes_already_used() {
    let mut ws = workspace();
    ws.elements
        .push(Element::new("container-1", ElementKind::Container, "X"));
    let mut draws = [1_u64, 1, 2].into_iter();
    let id = fresh_id(&ws, "container", || draws.next().unwrap());
    assert_eq!(id.as_str(), "container-2");
    assert!(id_taken(&ws, &"container-1".into()));
    assert!(!id_taken(&ws, &id));
}

#[test]
fn a_selected_boundary_carries_the_children_drawn_in_the_view() {
    let ws = workspace();
    let moving = moving_set(&ws, &"v".into(), &["b".into()]);
    assert_eq!(moving, vec![Id::from("b"), Id::from("a")]);
    assert!(moving_set(&ws, &"v".into(), &["loose".into()]).is_empty());
    assert!(moving_set(&ws, &"nowhere".into(), &["b".into()]).is_empty());
}

#[test]
fn an_element_dropped_into_a_boundary_takes_it_as_parent_and_leaves_it_when_dragged_out() {
    let mut ws = workspace();
    ws.views[0].placements[2] = placed("c", 200.0, 100.0, 100.0, 60.0);
    let settled = settled_parents(&ws, &"v".into(), &["c".into()]);
    assert_eq!(settled.len(), 1);
    assert_eq!(settled[0].parent, Some("b".into()));

    ws.views[0].placements[1] = placed("a", 700.0, 400.0, 100.0, 60.0);
    let settled = settled_parents(&ws, &"v".into(), &["a".into()]);
    assert_eq!(settled[0].parent, None);
}

#[test]
fn nothing_changes_when_the_parent_stays_or_moves_along() {
    let ws = workspace();
    assert!(settled_parents(&ws, &"v".into(), &["a".into()]).is_empty());
    // A selected boundary dragged with the child it carries: neither changes.
    assert!(settled_parents(&ws, &"v".into(), &["b".into()]).is_empty());
}

#[test]
fn every_kind_has_a_letter_of_its_own_on_its_side() {
    use conway_model::Side;
    for side in [Side::System, Side::Org] {
        let kinds: Vec<ElementKind> = ElementKind::ALL
            .into_iter()
            .filter(|k| k.side() == side)
            .collect();
        for kind in &kinds {
            assert_eq!(
                kind_for_key(side, palette_key(*kind)),
                Some(*kind),
                "{kind:?}"
            );
            assert_eq!(
                kind_for_key(side, palette_key(*kind).to_ascii_uppercase()),
                Some(*kind)
            );
        }
    }
    assert_eq!(
        kind_for_key(Side::Org, 'c'),
        None,
        "no container in the organisation"
    );
    assert_eq!(
        kind_for_key(Side::System, 'd'),
        Some(ElementKind::DataStore)
    );
    assert_eq!(kind_for_key(Side::Org, 'd'), Some(ElementKind::Department));
}
