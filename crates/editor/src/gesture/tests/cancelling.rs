//! Escape and a lost pointer, for every kind of gesture; buttons that start nothing.

use super::*;

/// Starts each kind of gesture and moves the pointer once.
fn every_gesture_under_way() -> Vec<(&'static str, Gesture)> {
    let starts: Vec<(&str, Button, Pointer, Target)> = vec![
        ("pan", Button::Middle, at(10.0, 10.0), Target::Canvas),
        (
            "space pan",
            Button::Primary,
            Pointer {
                modifiers: Modifiers {
                    space: true,
                    ..Modifiers::default()
                },
                ..at(10.0, 10.0)
            },
            Target::Canvas,
        ),
        ("marquee", Button::Primary, at(10.0, 10.0), Target::Canvas),
        (
            "drag",
            Button::Primary,
            at(10.0, 10.0),
            element("shop", true),
        ),
        (
            "resize",
            Button::Primary,
            at(10.0, 10.0),
            corner(Corner::TopLeft),
        ),
        ("connect", Button::Primary, at(10.0, 10.0), handle()),
        (
            "reconnect",
            Button::Primary,
            at(10.0, 10.0),
            end_of(End::Target),
        ),
    ];
    starts
        .into_iter()
        .map(|(name, button, pointer, on)| {
            let mut g = Gesture::default();
            g.handle(Input::Down {
                pointer,
                button,
                on,
            });
            moved(&mut g, at(80.0, 90.0));
            assert!(!g.is_idle(), "{name} started");
            (name, g)
        })
        .collect()
}

#[test]
fn escape_or_a_lost_pointer_cancels_every_gesture_and_leaves_nothing() {
    for cancel in [Input::Escape, Input::Lost] {
        for (name, mut g) in every_gesture_under_way() {
            assert_eq!(g.handle(cancel.clone()), vec![Intent::Cancel], "{name}");
            assert!(g.is_idle(), "{name}");
            assert_eq!((g.marquee(), g.rubber()), (None, None), "{name}");
            assert!(!g.is_moving(), "{name}");
            // The release that follows asks for nothing.
            assert_eq!(
                up_over(&mut g, at(80.0, 90.0), Some("bank"), Some("team")),
                vec![]
            );
            assert_eq!(moved(&mut g, at(90.0, 90.0)), vec![], "{name}");
        }
    }
    assert_eq!(Gesture::default().handle(Input::Escape), vec![]);
}

#[test]
fn only_the_primary_button_drags_resizes_or_reconnects() {
    for on in [
        element("shop", false),
        corner(Corner::TopLeft),
        end_of(End::Source),
    ] {
        for button in [Button::Middle, Button::Other] {
            let mut g = Gesture::default();
            let pointer = at(0.0, 0.0);
            assert_eq!(
                g.handle(Input::Down {
                    pointer,
                    button,
                    on: on.clone()
                }),
                vec![]
            );
            assert!(g.is_idle());
        }
    }
    let mut g = Gesture::default();
    let other = Input::Down {
        pointer: at(0.0, 0.0),
        button: Button::Other,
        on: Target::Canvas,
    };
    assert_eq!(g.handle(other), vec![]);
    assert!(g.is_idle());
}
