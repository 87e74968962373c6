//! Clicks, Shift and picking on elements, and the marquee.

use super::*;

#[test]
fn a_press_on_empty_canvas_that_moves_less_than_the_slop_is_a_click() {
    let mut g = Gesture::default();
    down(&mut g, at(100.0, 100.0), Target::Canvas);
    moved(&mut g, at(102.0, 103.0));
    assert_eq!(up(&mut g, at(102.0, 103.0)), vec![Intent::ClearSelection]);
    // Shift-click on empty canvas keeps the selection.
    down(&mut g, with_shift(at(100.0, 100.0)), Target::Canvas);
    assert_eq!(up(&mut g, at(100.0, 100.0)), vec![]);
    assert!(g.is_idle());
}

#[test]
fn a_press_that_moves_the_slop_or_more_draws_a_marquee_and_selects_in_it() {
    let mut g = Gesture::default();
    down(&mut g, with_shift(at(100.0, 100.0)), Target::Canvas);
    moved(&mut g, at(100.0 + CLICK_SLOP, 101.0));
    let area = Marquee::spanning((100.0, 100.0), (104.0, 101.0));
    assert_eq!(g.marquee(), Some(area));
    assert_eq!(
        up(&mut g, at(100.0 + CLICK_SLOP, 101.0)),
        vec![Intent::SelectInRect {
            area,
            additive: true
        }]
    );
    assert_eq!(g.marquee(), None);
}

#[test]
fn the_slop_is_measured_on_screen_at_the_zoom_of_the_release() {
    let mut g = Gesture::default();
    down(&mut g, at(0.0, 0.0), Target::Canvas);
    moved(&mut g, at(2.5, 0.0));
    let zoomed = Pointer {
        zoom: 2.0,
        ..at(2.5, 0.0)
    };
    assert!(matches!(
        up(&mut g, zoomed).as_slice(),
        [Intent::SelectInRect { .. }]
    ));
}

#[test]
fn the_marquee_is_normalised_whichever_way_it_is_dragged() {
    let expected = Marquee {
        left: 100.0,
        top: 50.0,
        right: 300.0,
        bottom: 200.0,
    };
    let corners = [(100.0, 50.0), (300.0, 50.0), (300.0, 200.0), (100.0, 200.0)];
    for (i, start) in corners.iter().enumerate() {
        let opposite = corners[(i + 2) % 4];
        let mut g = Gesture::default();
        down(&mut g, at(start.0, start.1), Target::Canvas);
        assert_eq!(g.marquee(), None, "nothing drawn before the pointer moves");
        moved(&mut g, at(opposite.0, opposite.1));
        assert_eq!(g.marquee(), Some(expected));
        assert_eq!(expected.corners(), (100.0, 50.0, 300.0, 200.0));
    }
}

#[test]
fn the_marquee_ends_where_the_pointer_last_moved() {
    let mut g = Gesture::default();
    down(&mut g, at(0.0, 0.0), Target::Canvas);
    moved(&mut g, at(50.0, 40.0));
    let released = up(&mut g, at(500.0, 400.0));
    let area = Marquee::spanning((0.0, 0.0), (50.0, 40.0));
    assert_eq!(
        released,
        vec![Intent::SelectInRect {
            area,
            additive: false
        }]
    );
}

#[test]
fn shift_or_picking_links_on_an_element_is_a_click_not_a_drag() {
    let mut g = Gesture::default();
    assert_eq!(
        down(&mut g, with_shift(at(0.0, 0.0)), element("shop", true)),
        vec![Intent::Toggle(Id::new("shop"))]
    );
    assert!(g.is_idle());
    let picking = Target::Element {
        element: Id::new("shop"),
        top_left: (0.0, 0.0),
        selected: false,
        picking_links: true,
    };
    assert_eq!(
        down(&mut g, with_shift(at(0.0, 0.0)), picking),
        vec![Intent::PickLink(Id::new("shop"))]
    );
    assert!(g.is_idle());
}

#[test]
fn one_gesture_at_a_time_follows_only_its_own_pointer() {
    let mut g = Gesture::default();
    down(&mut g, at(0.0, 0.0), Target::Canvas);
    let second = Pointer {
        id: 2,
        ..at(50.0, 50.0)
    };
    assert_eq!(down(&mut g, second, element("shop", false)), vec![]);
    assert_eq!(moved(&mut g, second), vec![]);
    assert_eq!(g.marquee(), None);
    assert_eq!(up(&mut g, second), vec![]);
    assert_eq!(g.pointer(), Some(FINGER));
    assert_eq!(up(&mut g, at(0.0, 0.0)), vec![Intent::ClearSelection]);
    assert_eq!(g.pointer(), None);
}

#[test]
fn buttons_follow_the_dom_numbering() {
    assert_eq!(Button::from_index(0), Button::Primary);
    assert_eq!(Button::from_index(1), Button::Middle);
    assert_eq!(Button::from_index(2), Button::Other);
}
