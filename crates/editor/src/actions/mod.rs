//! The actions table: every action the keyboard (and the pointer gestures the
//! `?` overlay explains) can trigger, with its label, its section in the
//! overlay and its keys as data. The keymap matches key presses against it,
//! the overlay lists it and tooltips name its keys, so a binding is written
//! once. What an action does stays with the app, which owns the state it
//! changes; this module never performs anything and never touches a browser.

mod menu;
mod table;
mod text;

#[cfg(test)]
mod tests;

pub use menu::{menu_focus, menu_opens_at, MenuStart};
pub use table::SHORTCUTS;
pub use text::{overlay, OverlayRow, OverlaySection};

/// One thing the user can ask for by key. The app maps each to what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionId {
    /// Escape on the canvas: cancel the gesture or layout, or clear the selection.
    Cancel,
    /// Escape while a dialog is open.
    CloseDialog,
    Undo,
    Redo,
    SelectAll,
    Duplicate,
    /// Remove the selection from the view (the elements stay in the workspace).
    Remove,
    /// Rename the selected element in place.
    Rename,
    Nudge(Direction, Reach),
    ZoomIn,
    ZoomOut,
    ZoomToFit,
    ResetZoom,
    /// Space held: a drag pans instead of selecting.
    HoldToPan,
    AutoLayout,
    TogglePins,
    Search,
    ToggleShortcuts,
    /// Copy a PNG of the active pane's view (with the workspace inside).
    CopyPicture,
    /// Print the active pane's view fitted to the page, then the decision log.
    Print,
    /// Give the active map the whole room, or restore both maps.
    MaximisePane,
    /// Hide the side panel for more room, or show it again.
    ToggleSidePanel,
    /// Add an element of the kind whose palette letter this is, to the
    /// active pane's view (`elements::kind_for_key`).
    AddKind(char),
}

/// Which way a nudge moves the selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// How far a nudge goes: one step, or (with Shift) a long one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reach {
    Step,
    Far,
}

impl Direction {
    /// The unit vector on screen (y grows downwards).
    pub fn unit(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }
}

/// Where a key press happens, which decides what it may mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// The page with no dialog open: the canvas's shortcuts.
    Canvas,
    /// A dialog other than the shortcuts list is open: the canvas does not react.
    Dialog,
    /// The `?` list of shortcuts is open.
    ShortcutsList,
    /// On an element of the canvas that has the keyboard focus.
    Element { selected: bool },
}

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    Canvas,
    /// Any dialog, the shortcuts list included.
    Dialog,
    ShortcutsList,
    /// A focused element, selected or not.
    Element,
    SelectedElement,
}

impl When {
    pub fn holds(self, context: Context) -> bool {
        match self {
            When::Canvas => context == Context::Canvas,
            When::Dialog => matches!(context, Context::Dialog | Context::ShortcutsList),
            When::ShortcutsList => context == Context::ShortcutsList,
            When::Element => matches!(context, Context::Element { .. }),
            When::SelectedElement => context == Context::Element { selected: true },
        }
    }
}

/// A key press as the browser reports it (`ctrl` is Ctrl or Cmd).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeyPress {
    /// The character or key name the layout produced ("z", "Z", "?", "Escape").
    pub key: String,
    /// The physical key ("KeyZ", "Digit1"), the same on every layout.
    pub code: String,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
}

/// Which key a chord means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// A character, letters in either case (Caps Lock must not change the
    /// meaning). Only ASCII letters fold: Unicode's case tables would cost the
    /// page 13 KB.
    Char(char),
    /// A key with a name ("Escape", "F2", "ArrowLeft").
    Named(&'static str),
    /// A physical key ("Digit1", "KeyL"), for chords with Shift, which changes
    /// the character differently on every layout.
    Code(&'static str),
}

/// Whether a modifier must be up, down, or does not matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modifier {
    Up,
    Down,
    Either,
}

impl Modifier {
    fn admits(self, pressed: bool) -> bool {
        match self {
            Modifier::Up => !pressed,
            Modifier::Down => pressed,
            Modifier::Either => true,
        }
    }
}

/// A key with the state of each modifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    pub key: Key,
    /// Ctrl, or Cmd on a Mac.
    pub ctrl: Modifier,
    pub shift: Modifier,
    pub alt: Modifier,
}

impl Chord {
    pub fn matches(&self, press: &KeyPress) -> bool {
        let key = match self.key {
            Key::Char(c) => {
                let mut chars = press.key.chars();
                chars.next().is_some_and(|k| k.eq_ignore_ascii_case(&c)) && chars.next().is_none()
            }
            Key::Named(name) => press.key == name,
            Key::Code(code) => press.code == code,
        };
        key && self.ctrl.admits(press.ctrl)
            && self.shift.admits(press.shift)
            && self.alt.admits(press.alt)
    }
}

/// One way to trigger what a row of the table describes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Trigger {
    /// A key press the keymap acts on.
    Press {
        chord: Chord,
        when: When,
        action: ActionId,
    },
    /// Another key for the same action that the texts leave out ("=" is "+"
    /// without Shift on most layouts).
    Alias {
        chord: Chord,
        when: When,
        action: ActionId,
    },
    /// A key held during a pointer gesture ("Space+drag"); pressing it is the action.
    Hold {
        chord: Chord,
        when: When,
        action: ActionId,
        gesture: &'static str,
    },
    /// A key the browser turns into an event of its own (copy, cut, paste),
    /// handled where that event arrives: listed, never matched.
    Browser(Chord),
    /// A pointer gesture, described; the canvas recognises it.
    Pointer(&'static str),
}

impl Trigger {
    /// The chord, the context and the action of a trigger the keymap matches.
    pub fn binding(&self) -> Option<(Chord, When, ActionId)> {
        match *self {
            Trigger::Press {
                chord,
                when,
                action,
            }
            | Trigger::Alias {
                chord,
                when,
                action,
            }
            | Trigger::Hold {
                chord,
                when,
                action,
                ..
            } => Some((chord, when, action)),
            Trigger::Browser(_) | Trigger::Pointer(_) => None,
        }
    }

    /// The chord of any trigger made with a key, matched or not.
    pub fn chord(&self) -> Option<Chord> {
        match *self {
            Trigger::Browser(chord) => Some(chord),
            _ => self.binding().map(|(chord, _, _)| chord),
        }
    }
}

/// A section of the `?` overlay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Selecting,
    MovingAround,
    Editing,
    Layout,
    General,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::Selecting => "Selecting",
            Group::MovingAround => "Moving around",
            Group::Editing => "Editing",
            Group::Layout => "Layout",
            Group::General => "General",
        }
    }
}

/// How a row's keys read when listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyText {
    /// Alternatives: "a, b or c".
    Or,
    /// Parallel to the description's "in / out": "a / b".
    Slash,
    /// Parallel to the description's list: "a, b, c".
    Comma,
    /// Keys that read better in words than one by one (the four arrows).
    Words(&'static str),
}

/// A row of the table: what is done, and every way to do it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shortcut {
    pub group: Group,
    /// What the row does, as the overlay says it.
    pub does: &'static str,
    pub triggers: &'static [Trigger],
    pub keys: KeyText,
}

impl ActionId {
    /// The action a key press means where it happens, if any. A chord on a
    /// physical key wins over one on a character: it is the more specific.
    pub fn for_keys(press: &KeyPress, context: Context) -> Option<ActionId> {
        let mut by_character = None;
        let bindings = SHORTCUTS.iter().flat_map(|row| row.triggers);
        for (chord, when, action) in bindings.filter_map(Trigger::binding) {
            if !when.holds(context) || !chord.matches(press) {
                continue;
            }
            if matches!(chord.key, Key::Code(_)) {
                return Some(action);
            }
            by_character.get_or_insert(action);
        }
        by_character
    }

    /// The action's name in tooltips and labels.
    pub fn label(self) -> &'static str {
        match self {
            ActionId::Cancel => "Cancel",
            ActionId::CloseDialog => "Close",
            ActionId::Undo => "Undo",
            ActionId::Redo => "Redo",
            ActionId::SelectAll => "Select all",
            ActionId::Duplicate => "Duplicate",
            ActionId::Remove => "Remove from the view",
            ActionId::Rename => "Rename",
            ActionId::Nudge(..) => "Nudge",
            ActionId::ZoomIn => "Zoom in",
            ActionId::ZoomOut => "Zoom out",
            ActionId::ZoomToFit => "Zoom to fit",
            ActionId::ResetZoom => "Reset zoom to 100%",
            ActionId::HoldToPan => "Pan",
            ActionId::AutoLayout => "Auto-layout",
            ActionId::TogglePins => "Pin or unpin",
            ActionId::Search => "Search elements and decisions",
            ActionId::ToggleShortcuts => "Keyboard shortcuts",
            ActionId::CopyPicture => "Copy picture",
            ActionId::Print => "Print",
            ActionId::MaximisePane => "Maximise or restore the map",
            ActionId::ToggleSidePanel => "Show or hide the side panel",
            ActionId::AddKind(_) => "Add an element",
        }
    }

    /// The row of the table that binds this action, if any.
    pub fn row(self) -> Option<&'static Shortcut> {
        SHORTCUTS.iter().find(|row| {
            row.triggers
                .iter()
                .any(|t| t.binding().is_some_and(|(_, _, action)| action == self))
        })
    }
}
