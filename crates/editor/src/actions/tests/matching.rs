//! Matching key presses: letters in either case, digits by physical key,
//! contexts.

use super::*;

#[test]
fn letters_match_in_either_case_and_shift_decides() {
    let ctrl = |key: &str, shift| {
        with(
            press(key, &us_code(key.chars().next().unwrap())),
            true,
            shift,
            false,
        )
    };
    assert_eq!(
        ActionId::for_keys(&ctrl("z", false), Context::Canvas),
        Some(ActionId::Undo)
    );
    // Caps Lock: an upper-case letter without Shift.
    assert_eq!(
        ActionId::for_keys(&ctrl("Z", false), Context::Canvas),
        Some(ActionId::Undo)
    );
    assert_eq!(
        ActionId::for_keys(&ctrl("Z", true), Context::Canvas),
        Some(ActionId::Redo)
    );
    assert_eq!(
        ActionId::for_keys(&ctrl("y", false), Context::Canvas),
        Some(ActionId::Redo)
    );
    assert_eq!(ActionId::for_keys(&ctrl("a", true), Context::Canvas), None);
    assert_eq!(
        ActionId::for_keys(&press("z", "KeyZ"), Context::Canvas),
        None
    );
    let shift_l = with(press("L", "KeyL"), false, true, false);
    assert_eq!(
        ActionId::for_keys(&shift_l, Context::Canvas),
        Some(ActionId::AutoLayout)
    );
    assert_eq!(
        ActionId::for_keys(&press("l", "KeyL"), Context::Canvas),
        None
    );
    assert_eq!(
        ActionId::for_keys(
            &with(press("L", "KeyL"), true, true, false),
            Context::Canvas
        ),
        None
    );
    assert_eq!(
        ActionId::for_keys(
            &with(press("zz", "KeyZ"), true, false, false),
            Context::Canvas
        ),
        None
    );
}

#[test]
fn digits_match_by_physical_key_whatever_they_type() {
    let shifted = |key: &str, code: &str| with(press(key, code), false, true, false);
    assert_eq!(
        ActionId::for_keys(&shifted("!", "Digit1"), Context::Canvas),
        Some(ActionId::ZoomToFit)
    );
    // AZERTY types the digit with Shift; Swiss German types "+", which must not zoom in.
    assert_eq!(
        ActionId::for_keys(&shifted("1", "Digit1"), Context::Canvas),
        Some(ActionId::ZoomToFit)
    );
    assert_eq!(
        ActionId::for_keys(&shifted("+", "Digit1"), Context::Canvas),
        Some(ActionId::ZoomToFit)
    );
    assert_eq!(
        ActionId::for_keys(&shifted(")", "Digit0"), Context::Canvas),
        Some(ActionId::ResetZoom)
    );
    assert_eq!(
        ActionId::for_keys(&press("1", "Digit1"), Context::Canvas),
        None
    );
    assert_eq!(
        ActionId::for_keys(
            &with(press("!", "Digit1"), true, true, false),
            Context::Canvas
        ),
        None
    );
    assert_eq!(
        ActionId::for_keys(&shifted("+", "Equal"), Context::Canvas),
        Some(ActionId::ZoomIn)
    );
    assert_eq!(
        ActionId::for_keys(&press("=", "Equal"), Context::Canvas),
        Some(ActionId::ZoomIn)
    );
    assert_eq!(
        ActionId::for_keys(&press("-", "Minus"), Context::Canvas),
        Some(ActionId::ZoomOut)
    );
    assert_eq!(
        ActionId::for_keys(&shifted("_", "Minus"), Context::Canvas),
        None
    );
}

#[test]
fn behind_a_dialog_only_the_closing_keys_count() {
    let escape = press("Escape", "Escape");
    let question = with(press("?", "Slash"), false, true, false);
    assert_eq!(
        ActionId::for_keys(&escape, Context::Canvas),
        Some(ActionId::Cancel)
    );
    assert_eq!(
        ActionId::for_keys(&escape, Context::Dialog),
        Some(ActionId::CloseDialog)
    );
    assert_eq!(
        ActionId::for_keys(&escape, Context::ShortcutsList),
        Some(ActionId::CloseDialog)
    );
    assert_eq!(
        ActionId::for_keys(&question, Context::Canvas),
        Some(ActionId::ToggleShortcuts)
    );
    assert_eq!(
        ActionId::for_keys(&question, Context::ShortcutsList),
        Some(ActionId::ToggleShortcuts)
    );
    assert_eq!(ActionId::for_keys(&question, Context::Dialog), None);
    for key in ["Delete", "ArrowLeft"] {
        assert_eq!(ActionId::for_keys(&press(key, key), Context::Dialog), None);
    }
    assert_eq!(
        ActionId::for_keys(
            &with(press("z", "KeyZ"), true, false, false),
            Context::Dialog
        ),
        None
    );
}

#[test]
fn rename_keys_work_on_a_focused_element_only() {
    let f2 = press("F2", "F2");
    let enter = press("Enter", "Enter");
    let focused = Context::Element { selected: false };
    let selected = Context::Element { selected: true };
    assert_eq!(ActionId::for_keys(&f2, focused), Some(ActionId::Rename));
    assert_eq!(ActionId::for_keys(&f2, selected), Some(ActionId::Rename));
    assert_eq!(ActionId::for_keys(&enter, selected), Some(ActionId::Rename));
    assert_eq!(ActionId::for_keys(&enter, focused), None);
    assert_eq!(ActionId::for_keys(&f2, Context::Canvas), None);
    assert_eq!(ActionId::for_keys(&enter, Context::Canvas), None);
    // The canvas's own keys come from the page's listener, not the element's.
    assert_eq!(
        ActionId::for_keys(&press("Delete", "Delete"), selected),
        None
    );
}

#[test]
fn arrows_nudge_a_step_or_with_shift_far() {
    let arrows = [
        ("ArrowLeft", Direction::Left),
        ("ArrowRight", Direction::Right),
        ("ArrowUp", Direction::Up),
        ("ArrowDown", Direction::Down),
    ];
    for (key, direction) in arrows {
        let step = ActionId::for_keys(&press(key, key), Context::Canvas);
        let far = ActionId::for_keys(&with(press(key, key), false, true, false), Context::Canvas);
        assert_eq!(step, Some(ActionId::Nudge(direction, Reach::Step)));
        assert_eq!(far, Some(ActionId::Nudge(direction, Reach::Far)));
        assert_eq!(
            ActionId::for_keys(&with(press(key, key), true, false, false), Context::Canvas),
            None
        );
    }
    assert_eq!(Direction::Left.unit(), (-1.0, 0.0));
    assert_eq!(Direction::Down.unit(), (0.0, 1.0));
}

#[test]
fn the_browsers_clipboard_keys_are_listed_but_never_claimed() {
    for letter in ["c", "x", "v"] {
        let key = with(
            press(letter, &us_code(letter.chars().next().unwrap())),
            true,
            false,
            false,
        );
        assert_eq!(ActionId::for_keys(&key, Context::Canvas), None);
    }
    let space = press(" ", "Space");
    assert_eq!(
        ActionId::for_keys(&space, Context::Canvas),
        Some(ActionId::HoldToPan)
    );
}
