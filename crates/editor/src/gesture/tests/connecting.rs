//! Drawing a relationship from a handle, and reconnecting either end.

use super::*;

#[test]
fn a_relationship_can_be_reconnected_at_either_end() {
    for end in [End::Source, End::Target] {
        let mut g = Gesture::default();
        assert_eq!(down(&mut g, at(5.0, 5.0), end_of(end)), vec![]);
        assert_eq!(
            g.rubber(),
            Some(Rubber {
                from: (50.0, 60.0),
                to: (5.0, 5.0)
            })
        );
        moved(&mut g, at(200.0, 210.0));
        assert_eq!(g.rubber().map(|r| r.to), Some((200.0, 210.0)));
        assert!(g.ends_on_element());
        assert_eq!(
            up_over(&mut g, at(200.0, 210.0), Some("bank"), None),
            vec![Intent::Reconnect {
                relationship: Id::new("uses"),
                end,
                to: Id::new("bank")
            }]
        );
        assert_eq!(g.rubber(), None);
    }
}

#[test]
fn a_reconnect_released_over_nothing_changes_nothing() {
    let mut g = Gesture::default();
    down(&mut g, at(5.0, 5.0), end_of(End::Source));
    assert_eq!(up(&mut g, at(5.0, 5.0)), vec![]);
    assert!(g.is_idle());
}

#[test]
fn connecting_ends_on_another_element_or_offers_a_new_one_where_the_pointer_last_was() {
    let released_over = |over: Option<&str>| {
        let mut g = Gesture::default();
        // Any button draws from a handle.
        g.handle(Input::Down {
            pointer: at(0.0, 0.0),
            button: Button::Other,
            on: handle(),
        });
        moved(&mut g, at(120.0, 80.0));
        up_over(&mut g, at(130.0, 90.0), over, None)
    };
    let connect = |target: Option<&str>| {
        vec![Intent::Connect {
            source: Id::new("shop"),
            target: target.map(Id::new),
            at: (120.0, 80.0),
        }]
    };
    assert_eq!(released_over(Some("bank")), connect(Some("bank")));
    assert_eq!(released_over(Some("shop")), connect(None), "not to itself");
    assert_eq!(released_over(None), connect(None));
}
