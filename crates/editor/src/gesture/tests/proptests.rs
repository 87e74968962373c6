//! Any sequence of inputs: undo steps open and close in pairs, nothing is
//! moved or resized outside one, and Escape always leaves nothing.

use proptest::prelude::*;

use crate::gesture::*;
use conway_model::Id;

fn modifiers() -> impl Strategy<Value = Modifiers> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(shift, alt, space)| Modifiers {
        shift,
        alt,
        space,
    })
}

fn pointer() -> impl Strategy<Value = Pointer> {
    (
        1..3i32,
        -500.0..500.0f64,
        -500.0..500.0f64,
        0.1..4.0f64,
        modifiers(),
    )
        .prop_map(|(id, x, y, zoom, modifiers)| Pointer {
            id,
            client: (x, y),
            canvas: (x / zoom, y / zoom),
            zoom,
            modifiers,
        })
}

fn some_id() -> impl Strategy<Value = Option<Id>> {
    prop::option::of(prop::sample::select(vec!["shop", "bank", "team"]).prop_map(Id::new))
}

fn target() -> impl Strategy<Value = Target> {
    let id = || prop::sample::select(vec!["shop", "bank"]).prop_map(Id::new);
    prop_oneof![
        Just(Target::Canvas),
        (id(), any::<bool>(), any::<bool>()).prop_map(|(element, selected, picking_links)| {
            Target::Element {
                element,
                top_left: (0.0, 0.0),
                selected,
                picking_links,
            }
        }),
        (id(), prop::sample::select(Corner::ALL.to_vec())).prop_map(|(element, corner)| {
            Target::Corner {
                element,
                corner,
                original: Rect::new(0.0, 0.0, 120.0, 60.0),
            }
        }),
        any::<bool>().prop_map(|source| Target::End {
            relationship: Id::new("uses"),
            end: if source { End::Source } else { End::Target },
            fixed_centre: (10.0, 10.0),
        }),
        id().prop_map(|element| Target::Handle {
            element,
            centre: (10.0, 10.0),
        }),
    ]
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        (pointer(), 0..3i16, target()).prop_map(|(pointer, button, on)| Input::Down {
            pointer,
            button: Button::from_index(button),
            on,
        }),
        (pointer(), prop::option::of(Just(10.0)))
            .prop_map(|(pointer, grid)| Input::Move { pointer, grid }),
        (pointer(), some_id(), some_id()).prop_map(|(pointer, element, team)| Input::Up {
            pointer,
            element,
            team,
        }),
        Just(Input::Escape),
        Just(Input::Lost),
    ]
}

/// Follows the undo steps the intents open and close; true while one is open.
fn track(open: &mut bool, intent: &Intent) {
    match intent {
        Intent::StartMove | Intent::StartResize => {
            assert!(!*open, "a step opens while none is open");
            *open = true;
        }
        Intent::Commit => {
            assert!(*open, "only an open step is committed");
            *open = false;
        }
        Intent::Cancel => *open = false,
        Intent::Move { .. } | Intent::Resize { .. } | Intent::MovePreview { .. } => {
            assert!(*open, "{intent:?} outside an undo step")
        }
        _ => {}
    }
}

proptest! {
    #[test]
    fn any_inputs_then_escape_leave_nothing(inputs in prop::collection::vec(input(), 0..40)) {
        let mut gesture = Gesture::default();
        let mut open = false;
        for input in inputs {
            for intent in gesture.handle(input) {
                track(&mut open, &intent);
            }
        }
        let last = gesture.handle(Input::Escape);
        prop_assert!(last.is_empty() || last == vec![Intent::Cancel]);
        prop_assert!(!last.iter().any(Intent::is_commit));
        for intent in &last {
            track(&mut open, intent);
        }
        prop_assert!(!open, "the undo step is closed");
        prop_assert!(gesture.is_idle());
        prop_assert_eq!((gesture.marquee(), gesture.rubber()), (None, None));
    }
}
