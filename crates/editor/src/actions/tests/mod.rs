//! The table's invariants: one action per key and context, the overlay and
//! the tooltips made from it.

use super::*;

mod matching;

const CONTEXTS: [Context; 5] = [
    Context::Canvas,
    Context::Dialog,
    Context::ShortcutsList,
    Context::Element { selected: false },
    Context::Element { selected: true },
];

fn press(key: &str, code: &str) -> KeyPress {
    KeyPress {
        key: key.into(),
        code: code.into(),
        ..KeyPress::default()
    }
}

fn with(mut press: KeyPress, ctrl: bool, shift: bool, alt: bool) -> KeyPress {
    (press.ctrl, press.shift, press.alt) = (ctrl, shift, alt);
    press
}

/// The physical key that types a character on a US layout, as far as the table needs.
fn us_code(c: char) -> String {
    match c {
        'a'..='z' | 'A'..='Z' => format!("Key{}", c.to_ascii_uppercase()),
        '0'..='9' => format!("Digit{c}"),
        '/' | '?' => "Slash".into(),
        '+' | '=' => "Equal".into(),
        '-' => "Minus".into(),
        ' ' => "Space".into(),
        _ => String::new(),
    }
}

/// Every key press a chord of the table could come from: both cases of a
/// letter, every combination of modifiers.
fn presses_for(chord: Chord) -> Vec<KeyPress> {
    let keys: Vec<(String, String)> = match chord.key {
        Key::Char(c) => [c.to_ascii_lowercase(), c.to_ascii_uppercase()]
            .into_iter()
            .map(|k| (k.to_string(), us_code(k)))
            .collect(),
        Key::Named(name) => vec![(name.into(), name.into())],
        Key::Code(code) => {
            let name = code.trim_start_matches("Digit").trim_start_matches("Key");
            vec![
                (name.to_lowercase(), code.into()),
                (name.into(), code.into()),
            ]
        }
    };
    let mut presses = Vec::new();
    for (key, code) in keys {
        for bits in 0..8 {
            let base = press(&key, &code);
            presses.push(with(base, bits & 1 != 0, bits & 2 != 0, bits & 4 != 0));
        }
    }
    presses
}

fn all_chords() -> Vec<Chord> {
    SHORTCUTS
        .iter()
        .flat_map(|row| row.triggers)
        .filter_map(Trigger::chord)
        .collect()
}

fn bound_actions() -> Vec<ActionId> {
    let mut actions: Vec<ActionId> = Vec::new();
    for (_, _, action) in SHORTCUTS
        .iter()
        .flat_map(|row| row.triggers)
        .filter_map(Trigger::binding)
    {
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    actions
}

#[test]
fn no_two_bindings_share_a_key_in_one_context() {
    for context in CONTEXTS {
        for press in all_chords().into_iter().flat_map(presses_for) {
            let claims: Vec<&Trigger> = SHORTCUTS
                .iter()
                .flat_map(|row| row.triggers)
                .filter(|t| match t {
                    Trigger::Browser(chord) => context == Context::Canvas && chord.matches(&press),
                    _ => t
                        .binding()
                        .is_some_and(|(c, when, _)| when.holds(context) && c.matches(&press)),
                })
                .collect();
            assert!(
                claims.len() <= 1,
                "{press:?} in {context:?} is claimed by {claims:?}"
            );
        }
    }
}

#[test]
fn every_action_is_bound_in_one_row_only() {
    for action in bound_actions() {
        let rows = SHORTCUTS
            .iter()
            .filter(|row| {
                row.triggers
                    .iter()
                    .any(|t| t.binding().is_some_and(|(_, _, a)| a == action))
            })
            .count();
        assert_eq!(rows, 1, "{action:?}");
    }
}

#[test]
fn the_overlay_lists_exactly_the_table_in_order() {
    let sections = overlay();
    let rows: Vec<&OverlayRow> = sections.iter().flat_map(|s| &s.rows).collect();
    assert_eq!(rows.len(), SHORTCUTS.len());
    for (line, row) in rows.iter().zip(SHORTCUTS) {
        assert_eq!(line.does, row.does);
        assert!(!line.keys.is_empty(), "{}", row.does);
    }
    let titles: Vec<&str> = sections.iter().map(|s| s.title).collect();
    let mut unique = titles.clone();
    unique.dedup();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        titles.len(),
        "each group is one section: {titles:?}"
    );
}

#[test]
fn every_action_a_key_can_trigger_is_in_the_overlay_and_nothing_else() {
    let listed = bound_actions();
    for context in CONTEXTS {
        for press in all_chords().into_iter().flat_map(presses_for) {
            if let Some(action) = ActionId::for_keys(&press, context) {
                assert!(listed.contains(&action), "{action:?} is not listed");
            }
        }
    }
    for action in listed {
        let reachable = SHORTCUTS
            .iter()
            .flat_map(|r| r.triggers)
            .filter_map(Trigger::binding)
            .any(|(chord, when, a)| {
                a == action
                    && CONTEXTS.iter().any(|&context| {
                        when.holds(context)
                            && presses_for(chord)
                                .iter()
                                .any(|p| ActionId::for_keys(p, context) == Some(action))
                    })
            });
        assert!(reachable, "{action:?} is listed but no key reaches it");
    }
}

#[test]
fn overlay_rows_name_every_shown_key() {
    for (line, row) in overlay().iter().flat_map(|s| &s.rows).zip(SHORTCUTS) {
        if matches!(row.keys, KeyText::Words(_)) {
            continue;
        }
        for trigger in row.triggers {
            let named = match trigger {
                Trigger::Press { chord, .. }
                | Trigger::Browser(chord)
                | Trigger::Hold { chord, .. } => text::key_name_for_tests(chord.key),
                Trigger::Pointer(words) => words.to_string(),
                Trigger::Alias { .. } => continue,
            };
            assert!(
                line.keys.contains(&named),
                "{:?} does not name {named}",
                line.keys
            );
        }
    }
}

#[test]
fn overlay_keeps_the_texts_people_and_tests_know() {
    let keys: Vec<String> = overlay()
        .into_iter()
        .flat_map(|s| s.rows)
        .map(|r| r.keys)
        .collect();
    for text in [
        "Ctrl/Cmd+Z",
        "Shift+1",
        "Delete / Backspace",
        "Escape",
        "Ctrl/Cmd+C, X, V",
        "Double-click, Enter or F2",
        "Ctrl/Cmd+K or /",
        "+ / −",
        "Space+drag, middle-drag, two-finger scroll",
        "Arrow keys (Shift: ×10)",
        "?",
    ] {
        assert_eq!(
            keys.iter().filter(|k| *k == text).count(),
            1,
            "{text} once in {keys:?}"
        );
    }
}

#[test]
fn tooltips_are_derived_from_the_table() {
    for action in bound_actions() {
        let Some(hint) = action.key_hint() else {
            panic!("{action:?} has keys but no hint");
        };
        assert_eq!(action.tooltip(), format!("{} ({hint})", action.label()));
        let primary = action.primary_key().expect("a first key");
        assert!(hint.starts_with(&primary), "{hint} starts with {primary}");
    }
    assert_eq!(ActionId::Undo.tooltip(), "Undo (Ctrl+Z)");
    assert_eq!(ActionId::Redo.tooltip(), "Redo (Ctrl+Shift+Z, Ctrl+Y)");
    assert_eq!(ActionId::ZoomToFit.tooltip(), "Zoom to fit (Shift+1)");
    assert_eq!(
        ActionId::ResetZoom.tooltip(),
        "Reset zoom to 100% (Shift+0)"
    );
    assert_eq!(ActionId::ZoomIn.tooltip(), "Zoom in (+)");
    assert_eq!(ActionId::ZoomOut.tooltip(), "Zoom out (−)");
    assert_eq!(
        ActionId::Search.tooltip(),
        "Search elements and decisions (Ctrl+K or /)"
    );
    assert_eq!(
        ActionId::ToggleShortcuts.tooltip(),
        "Keyboard shortcuts (?)"
    );
    assert_eq!(ActionId::CloseDialog.tooltip(), "Close (Esc)");
    assert_eq!(
        ActionId::Cancel.tooltip_with("Clear selection"),
        "Clear selection (Esc)"
    );
    assert_eq!(ActionId::Rename.key_hint().as_deref(), Some("Enter or F2"));
    assert_eq!(
        ActionId::Nudge(Direction::Left, Reach::Far)
            .key_hint()
            .as_deref(),
        Some("Shift+←")
    );
    assert_eq!(ActionId::Search.primary_key().as_deref(), Some("Ctrl+K"));
}

#[test]
fn aria_keyshortcuts_name_every_key_in_arias_syntax() {
    assert_eq!(ActionId::Undo.aria_keyshortcuts(), "Control+Z Meta+Z");
    assert_eq!(
        ActionId::Redo.aria_keyshortcuts(),
        "Control+Shift+Z Meta+Shift+Z Control+Y Meta+Y"
    );
    assert_eq!(ActionId::ZoomIn.aria_keyshortcuts(), "Plus");
    assert_eq!(ActionId::ZoomToFit.aria_keyshortcuts(), "Shift+1");
    assert_eq!(ActionId::Search.aria_keyshortcuts(), "Control+K Meta+K /");
    assert_eq!(ActionId::CloseDialog.aria_keyshortcuts(), "Escape");
    for action in bound_actions() {
        assert!(!action.aria_keyshortcuts().is_empty(), "{action:?}");
    }
}
