//! The table itself: every row of the `?` overlay, in the overlay's order,
//! with every key and gesture that does what the row says.

use super::ActionId::*;
use super::Group::*;
use super::{Chord, Direction, Key, KeyText, Modifier, Reach, Shortcut, Trigger, When};

const fn chord(key: Key, ctrl: Modifier, shift: Modifier) -> Chord {
    Chord {
        key,
        ctrl,
        shift,
        alt: Modifier::Either,
    }
}

/// Ctrl (or Cmd) and a letter, without Shift.
const fn with_ctrl(letter: char) -> Chord {
    chord(Key::Char(letter), Modifier::Down, Modifier::Up)
}

/// A key without Ctrl; Shift does not matter (some layouts need it to type "?" or "+").
const fn bare(key: Key) -> Chord {
    chord(key, Modifier::Up, Modifier::Either)
}

/// Shift and a physical key: the character it types differs from layout to layout.
const fn shifted(code: &'static str) -> Chord {
    chord(Key::Code(code), Modifier::Up, Modifier::Down)
}

/// A key whatever the modifiers.
const fn any(key: Key) -> Chord {
    chord(key, Modifier::Either, Modifier::Either)
}

/// A letter on its own: neither Ctrl nor Shift (Shift+P, Shift+L are others).
const fn letter(c: char) -> Chord {
    chord(Key::Char(c), Modifier::Up, Modifier::Up)
}

/// A key the canvas acts on.
const fn press(chord: Chord, action: super::ActionId) -> Trigger {
    Trigger::Press {
        chord,
        when: When::Canvas,
        action,
    }
}

/// An arrow key: a step, or with Shift a long one.
const fn arrow(name: &'static str, direction: Direction, reach: Reach) -> Trigger {
    let shift = match reach {
        Reach::Step => Modifier::Up,
        Reach::Far => Modifier::Down,
    };
    press(
        chord(Key::Named(name), Modifier::Up, shift),
        Nudge(direction, reach),
    )
}

const ESCAPE: Key = Key::Named("Escape");

/// Every row, in the overlay's order, sections kept together.
pub static SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        group: Selecting,
        does: "Select / add to or remove from the selection",
        triggers: &[Trigger::Pointer("Click"), Trigger::Pointer("Shift+click")],
        keys: KeyText::Slash,
    },
    Shortcut {
        group: Selecting,
        does: "Select the elements inside the rectangle",
        triggers: &[Trigger::Pointer("Drag empty canvas (Shift: add)")],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Selecting,
        does: "Select everything in the view",
        triggers: &[press(with_ctrl('a'), SelectAll)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: MovingAround,
        does: "Pan",
        triggers: &[
            Trigger::Hold {
                chord: bare(Key::Char(' ')),
                when: When::Canvas,
                action: HoldToPan,
                gesture: "drag",
            },
            Trigger::Pointer("middle-drag"),
            Trigger::Pointer("two-finger scroll"),
        ],
        keys: KeyText::Comma,
    },
    Shortcut {
        group: MovingAround,
        does: "Zoom around the pointer",
        triggers: &[Trigger::Pointer("Wheel"), Trigger::Pointer("Ctrl+wheel")],
        keys: KeyText::Slash,
    },
    Shortcut {
        group: MovingAround,
        does: "Zoom in / out",
        triggers: &[
            press(bare(Key::Char('+')), ZoomIn),
            Trigger::Alias {
                chord: bare(Key::Char('=')),
                when: When::Canvas,
                action: ZoomIn,
            },
            press(chord(Key::Char('-'), Modifier::Up, Modifier::Up), ZoomOut),
        ],
        keys: KeyText::Slash,
    },
    Shortcut {
        group: MovingAround,
        does: "Zoom to fit",
        triggers: &[press(shifted("Digit1"), ZoomToFit)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: MovingAround,
        does: "Reset zoom to 100%",
        triggers: &[press(shifted("Digit0"), ResetZoom)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: MovingAround,
        does: "Maximise the map you work in, or restore both (or double-click its title bar)",
        triggers: &[press(shifted("KeyM"), MaximisePane)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: MovingAround,
        does: "Hide or show the side panel",
        triggers: &[
            press(with_ctrl('\\'), ToggleSidePanel),
            // Layouts without a backslash key of their own: the key where US has it.
            Trigger::Alias {
                chord: chord(Key::Code("Backslash"), Modifier::Down, Modifier::Up),
                when: When::Canvas,
                action: ToggleSidePanel,
            },
        ],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Add an element of a kind (the letter on its palette button): person, software system, container, component, data store or department, queue, external system, boundary, group, team, stakeholder",
        triggers: &[
            press(letter('p'), AddKind('p')),
            press(letter('s'), AddKind('s')),
            press(letter('c'), AddKind('c')),
            press(letter('o'), AddKind('o')),
            press(letter('d'), AddKind('d')),
            press(letter('q'), AddKind('q')),
            press(letter('e'), AddKind('e')),
            press(letter('b'), AddKind('b')),
            press(letter('g'), AddKind('g')),
            press(letter('t'), AddKind('t')),
            press(letter('k'), AddKind('k')),
        ],
        keys: KeyText::Words("P, S, C, O, D, Q, E, B, G, T, K"),
    },
    Shortcut {
        group: Editing,
        does: "Move the selection (Escape cancels)",
        triggers: &[Trigger::Pointer("Drag an element")],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Nudge the selection",
        triggers: &[
            arrow("ArrowLeft", Direction::Left, Reach::Step),
            arrow("ArrowRight", Direction::Right, Reach::Step),
            arrow("ArrowUp", Direction::Up, Reach::Step),
            arrow("ArrowDown", Direction::Down, Reach::Step),
            arrow("ArrowLeft", Direction::Left, Reach::Far),
            arrow("ArrowRight", Direction::Right, Reach::Far),
            arrow("ArrowUp", Direction::Up, Reach::Far),
            arrow("ArrowDown", Direction::Down, Reach::Far),
        ],
        keys: KeyText::Words("Arrow keys (Shift: ×10)"),
    },
    Shortcut {
        group: Editing,
        does: "Add another element of the last kind",
        triggers: &[Trigger::Pointer("Double-click empty canvas")],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Rename the selected element",
        triggers: &[
            Trigger::Pointer("Double-click"),
            Trigger::Press {
                chord: any(Key::Named("Enter")),
                when: When::SelectedElement,
                action: Rename,
            },
            Trigger::Press {
                chord: any(Key::Named("F2")),
                when: When::Element,
                action: Rename,
            },
        ],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Remove the selection from the view",
        triggers: &[
            press(bare(Key::Named("Delete")), Remove),
            press(bare(Key::Named("Backspace")), Remove),
        ],
        keys: KeyText::Slash,
    },
    Shortcut {
        group: Editing,
        does: "Copy, cut, paste (between tabs too)",
        triggers: &[
            Trigger::Browser(with_ctrl('c')),
            Trigger::Browser(with_ctrl('x')),
            Trigger::Browser(with_ctrl('v')),
        ],
        keys: KeyText::Comma,
    },
    Shortcut {
        group: Editing,
        does: "Copy a picture of the view (PNG, with the workspace inside)",
        triggers: &[press(
            chord(Key::Char('c'), Modifier::Down, Modifier::Down),
            CopyPicture,
        )],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Print the view fitted to the page, then the decision log",
        triggers: &[press(with_ctrl('p'), Print)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Duplicate the selection",
        triggers: &[press(with_ctrl('d'), Duplicate)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Undo",
        triggers: &[press(with_ctrl('z'), Undo)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Editing,
        does: "Redo",
        triggers: &[
            press(chord(Key::Char('z'), Modifier::Down, Modifier::Down), Redo),
            press(with_ctrl('y'), Redo),
        ],
        keys: KeyText::Comma,
    },
    Shortcut {
        group: Layout,
        does: "Auto-layout the view (or the selection); pinned elements stay",
        triggers: &[press(shifted("KeyL"), AutoLayout)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: Layout,
        does: "Pin or unpin the selection",
        triggers: &[press(shifted("KeyP"), TogglePins)],
        keys: KeyText::Or,
    },
    Shortcut {
        group: General,
        does: "Cancel the gesture or a running layout, or clear the selection",
        triggers: &[
            press(any(ESCAPE), Cancel),
            Trigger::Press {
                chord: any(ESCAPE),
                when: When::Dialog,
                action: CloseDialog,
            },
        ],
        keys: KeyText::Or,
    },
    Shortcut {
        group: General,
        does: "Search elements and decisions",
        triggers: &[
            press(with_ctrl('k'), Search),
            press(bare(Key::Char('/')), Search),
        ],
        keys: KeyText::Or,
    },
    Shortcut {
        group: General,
        does: "Show or hide this list",
        triggers: &[
            press(bare(Key::Char('?')), ToggleShortcuts),
            Trigger::Press {
                chord: bare(Key::Char('?')),
                when: When::ShortcutsList,
                action: ToggleShortcuts,
            },
        ],
        keys: KeyText::Or,
    },
];
