//! Dragging elements (and dropping them on a team), resizing, panning.

use super::*;

#[test]
fn a_drag_previews_the_move_and_commits_it_once_on_release() {
    let mut g = Gesture::default();
    assert_eq!(
        down(&mut g, at(100.0, 100.0), element("shop", false)),
        vec![Intent::Select(Id::new("shop")), Intent::StartMove]
    );
    assert!(g.is_moving());
    let zoomed = |x, y| Pointer {
        zoom: 2.0,
        ..at(x, y)
    };
    assert_eq!(
        moved(&mut g, zoomed(140.0, 120.0)),
        vec![Intent::MovePreview {
            offset: (20.0, 10.0),
            guides: vec![]
        }]
    );
    assert_eq!(
        up(&mut g, zoomed(300.0, 300.0)),
        vec![Intent::Move { by: (20.0, 10.0) }, Intent::Commit]
    );
}

#[test]
fn a_drag_of_a_selected_element_keeps_the_selection_and_a_still_one_moves_nothing() {
    let mut g = Gesture::default();
    assert_eq!(
        down(&mut g, at(100.0, 100.0), element("shop", true)),
        vec![Intent::StartMove]
    );
    assert_eq!(up(&mut g, at(100.0, 100.0)), vec![Intent::Commit]);
}

#[test]
fn a_drag_snaps_its_anchor_to_the_grid() {
    let mut g = Gesture::default();
    down(&mut g, at(0.0, 0.0), element("shop", true));
    let intents = g.handle(Input::Move {
        pointer: at(27.2, 14.6),
        grid: Some(10.0),
    });
    // The anchor (10, 20) lands on (40, 30).
    assert_eq!(
        intents,
        vec![Intent::MovePreview {
            offset: (30.0, 10.0),
            guides: vec![]
        }]
    );
}

fn view_with_neighbour() -> conway_model::View {
    let place = |id: &str, x: f64| conway_model::Placement {
        element: Id::new(id),
        x,
        y: 0.0,
        width: 100.0,
        height: 50.0,
        pinned: false,
    };
    conway_model::View {
        placements: vec![place("shop", 0.0), place("bank", 300.0)],
        ..conway_model::View::new(Id::new("v"), conway_model::ViewKind::System, "Context")
    }
}

#[test]
fn a_drag_snaps_to_other_elements_unless_alt_is_held() {
    let snapping = Snapping::new(&view_with_neighbour(), &[Id::new("shop")]);
    assert!(snapping.is_some());
    for (alt, expected) in [(false, 200.0), (true, 197.0)] {
        let mut g = Gesture::default();
        down(&mut g, at(0.0, 0.0), element("shop", true));
        g.snap_to(snapping.clone());
        let mut pointer = at(197.0, 0.0);
        pointer.modifiers.alt = alt;
        let Some(Intent::MovePreview { offset, guides }) = moved(&mut g, pointer).pop() else {
            panic!("a drag previews");
        };
        assert_eq!(offset.0, expected, "alt {alt}");
        assert_eq!(guides.is_empty(), alt);
        assert_eq!(
            up(&mut g, pointer)[0],
            Intent::Move {
                by: (expected, 0.0)
            }
        );
    }
}

#[test]
fn dropping_on_a_team_assigns_the_owner_instead_of_moving() {
    let mut g = Gesture::default();
    down(&mut g, at(0.0, 0.0), element("shop", true));
    moved(&mut g, at(400.0, 30.0));
    assert_eq!(
        up_over(&mut g, at(400.0, 30.0), None, Some("team-checkout")),
        vec![
            Intent::Cancel,
            Intent::DropOnTeam {
                team: Id::new("team-checkout")
            }
        ]
    );
}

#[test]
fn middle_button_or_space_pans_by_the_screen_travel() {
    for (button, space) in [(Button::Middle, false), (Button::Primary, true)] {
        let mut g = Gesture::default();
        let mut pointer = at(10.0, 10.0);
        pointer.modifiers.space = space;
        g.handle(Input::Down {
            pointer,
            button,
            on: Target::Canvas,
        });
        let zoomed = Pointer {
            zoom: 3.0,
            ..at(15.0, 7.0)
        };
        assert_eq!(
            moved(&mut g, zoomed),
            vec![Intent::Pan { dx: 5.0, dy: -3.0 }]
        );
        assert_eq!(
            moved(&mut g, at(16.0, 7.0)),
            vec![Intent::Pan { dx: 1.0, dy: 0.0 }]
        );
        assert_eq!(g.marquee(), None);
        assert_eq!(up(&mut g, at(16.0, 7.0)), vec![]);
        assert!(g.is_idle());
    }
}

#[test]
fn a_corner_resizes_by_the_travel_in_canvas_units_and_commits_on_release() {
    let mut g = Gesture::default();
    assert_eq!(
        down(&mut g, at(0.0, 0.0), corner(Corner::BottomRight)),
        vec![Intent::StartResize]
    );
    let intents = g.handle(Input::Move {
        pointer: Pointer {
            zoom: 2.0,
            ..at(94.0, 46.0)
        },
        grid: Some(10.0),
    });
    let to = resized(
        Rect::new(100.0, 100.0, 200.0, 100.0),
        Corner::BottomRight,
        (47.0, 23.0),
        Some(10.0),
    );
    assert_eq!(to, Rect::new(100.0, 100.0, 250.0, 120.0));
    assert_eq!(
        intents,
        vec![Intent::Resize {
            element: Id::new("shop"),
            to
        }]
    );
    assert_eq!(up(&mut g, at(94.0, 46.0)), vec![Intent::Commit]);
}
