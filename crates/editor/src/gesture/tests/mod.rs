//! The gesture machine's behaviour, one kind of gesture per file, with the
//! helpers that build its inputs.

mod cancelling;
mod connecting;
mod moving;
mod proptests;
mod selecting;

use super::*;
use conway_model::Id;

pub(super) const FINGER: i32 = 1;

pub(super) fn at(x: f64, y: f64) -> Pointer {
    Pointer {
        id: FINGER,
        client: (x, y),
        canvas: (x, y),
        zoom: 1.0,
        modifiers: Modifiers::default(),
    }
}

pub(super) fn with_shift(mut pointer: Pointer) -> Pointer {
    pointer.modifiers.shift = true;
    pointer
}

pub(super) fn down(gesture: &mut Gesture, pointer: Pointer, on: Target) -> Vec<Intent> {
    gesture.handle(Input::Down {
        pointer,
        button: Button::Primary,
        on,
    })
}

pub(super) fn moved(gesture: &mut Gesture, pointer: Pointer) -> Vec<Intent> {
    gesture.handle(Input::Move {
        pointer,
        grid: None,
    })
}

pub(super) fn up(gesture: &mut Gesture, pointer: Pointer) -> Vec<Intent> {
    up_over(gesture, pointer, None, None)
}

pub(super) fn up_over(
    gesture: &mut Gesture,
    pointer: Pointer,
    element: Option<&str>,
    team: Option<&str>,
) -> Vec<Intent> {
    gesture.handle(Input::Up {
        pointer,
        element: element.map(Id::new),
        team: team.map(Id::new),
    })
}

pub(super) fn element(id: &str, selected: bool) -> Target {
    Target::Element {
        element: Id::new(id),
        top_left: (10.0, 20.0),
        selected,
        picking_links: false,
    }
}

pub(super) fn corner(corner: Corner) -> Target {
    Target::Corner {
        element: Id::new("shop"),
        corner,
        original: Rect::new(100.0, 100.0, 200.0, 100.0),
    }
}

pub(super) fn end_of(end: End) -> Target {
    Target::End {
        relationship: Id::new("uses"),
        end,
        fixed_centre: (50.0, 60.0),
    }
}

pub(super) fn handle() -> Target {
    Target::Handle {
        element: Id::new("shop"),
        centre: (50.0, 60.0),
    }
}
