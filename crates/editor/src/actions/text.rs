//! How the table's keys are written: the `?` overlay's rows in full, the
//! tooltips tersely ("Undo (Ctrl+Z)"), and the `aria-keyshortcuts` values in
//! the syntax ARIA defines. Every text is made from the chords, never typed.

use super::{ActionId, Chord, Group, Key, KeyText, Modifier, Trigger, SHORTCUTS};

/// The overlay spells Ctrl/Cmd and Escape out; tooltips are short.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    Overlay,
    Tooltip,
}

/// A row of the overlay: the keys, and what they do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverlayRow {
    pub keys: String,
    pub does: &'static str,
}

/// A section of the overlay, titled by its group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverlaySection {
    pub title: &'static str,
    pub rows: Vec<OverlayRow>,
}

/// The overlay: every row of the table in order, sectioned by group.
pub fn overlay() -> Vec<OverlaySection> {
    let mut sections: Vec<(Group, OverlaySection)> = Vec::new();
    for row in SHORTCUTS {
        let line = OverlayRow {
            keys: join(pieces(row.triggers.iter(), Style::Overlay), row.keys),
            does: row.does,
        };
        match sections.last_mut() {
            Some((group, section)) if *group == row.group => section.rows.push(line),
            _ => sections.push((
                row.group,
                OverlaySection {
                    title: row.group.title(),
                    rows: vec![line],
                },
            )),
        }
    }
    sections.into_iter().map(|(_, section)| section).collect()
}

impl ActionId {
    /// The keys of the action as a tooltip names them ("Ctrl+K or /"), or
    /// `None` for an action no key triggers.
    pub fn key_hint(self) -> Option<String> {
        let row = self.row()?;
        let own = row.triggers.iter().filter(|t| is_shown_for(t, self));
        let keys = match row.keys {
            // Words describe the whole row; one action of it lists its own keys.
            KeyText::Words(_) => KeyText::Or,
            keys => keys,
        };
        let hint = join(pieces(own, Style::Tooltip), keys);
        (!hint.is_empty()).then_some(hint)
    }

    /// The action's tooltip: its label and its keys ("Zoom to fit (Shift+1)").
    pub fn tooltip(self) -> String {
        self.tooltip_with(self.label())
    }

    /// A tooltip in other words, still naming the action's keys ("Close (Esc)").
    pub fn tooltip_with(self, text: &str) -> String {
        match self.key_hint() {
            Some(hint) => format!("{text} ({hint})"),
            None => text.to_string(),
        }
    }

    /// The first key of the action, as a tooltip writes it ("Ctrl+K").
    pub fn primary_key(self) -> Option<String> {
        let row = self.row()?;
        let first = row.triggers.iter().find(|t| is_shown_for(t, self))?;
        pieces(std::iter::once(first), Style::Tooltip).pop()
    }

    /// The `aria-keyshortcuts` value: every key of the action, Ctrl as both
    /// Control and Meta ("Control+Z Meta+Z").
    pub fn aria_keyshortcuts(self) -> String {
        let chords = SHORTCUTS
            .iter()
            .flat_map(|row| row.triggers)
            .filter(|t| is_shown_for(t, self))
            .filter_map(Trigger::chord);
        chords.flat_map(aria).collect::<Vec<_>>().join(" ")
    }
}

/// Whether a trigger performs `action` and is one the texts name.
fn is_shown_for(trigger: &Trigger, action: ActionId) -> bool {
    !matches!(trigger, Trigger::Alias { .. })
        && trigger.binding().is_some_and(|(_, _, a)| a == action)
}

/// One text per trigger the texts show, in order, each said once. A chord
/// with the same modifiers as the chord before it drops them ("Ctrl/Cmd+C, X, V").
fn pieces<'a>(triggers: impl Iterator<Item = &'a Trigger>, style: Style) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut texts = Vec::new();
    let mut previous_modifiers: Option<String> = None;
    for trigger in triggers {
        let (full, short, modifiers) = match *trigger {
            Trigger::Alias { .. } => continue,
            Trigger::Pointer(words) => (words.to_string(), words.to_string(), None),
            Trigger::Hold { chord, gesture, .. } => {
                let text = format!("{}+{gesture}", chord_text(&chord, style));
                (text.clone(), text, None)
            }
            Trigger::Press { chord, .. } | Trigger::Browser(chord) => {
                let modifiers = modifier_text(&chord, style);
                let name = key_name(chord.key, style);
                (format!("{modifiers}{name}"), name, Some(modifiers))
            }
        };
        if seen.contains(&full) {
            continue;
        }
        let shared =
            modifiers.as_ref().is_some_and(|m| !m.is_empty()) && modifiers == previous_modifiers;
        texts.push(if shared { short } else { full.clone() });
        seen.push(full);
        previous_modifiers = modifiers;
    }
    texts
}

fn join(pieces: Vec<String>, keys: KeyText) -> String {
    match keys {
        KeyText::Words(words) => words.to_string(),
        KeyText::Slash => pieces.join(" / "),
        KeyText::Comma => pieces.join(", "),
        KeyText::Or => match pieces.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => pieces.concat(),
        },
    }
}

fn chord_text(chord: &Chord, style: Style) -> String {
    format!(
        "{}{}",
        modifier_text(chord, style),
        key_name(chord.key, style)
    )
}

/// The modifiers a chord needs, in the usual order, each followed by "+".
fn modifier_text(chord: &Chord, style: Style) -> String {
    let ctrl = match style {
        Style::Overlay => "Ctrl/Cmd+",
        Style::Tooltip => "Ctrl+",
    };
    [
        (chord.ctrl, ctrl),
        (chord.alt, "Alt+"),
        (chord.shift, "Shift+"),
    ]
    .into_iter()
    .filter(|(modifier, _)| *modifier == Modifier::Down)
    .map(|(_, text)| text)
    .collect()
}

fn key_name(key: Key, style: Style) -> String {
    match key {
        Key::Char(' ') => "Space".to_string(),
        // The minus sign, not the hyphen, reads as "zoom out".
        Key::Char('-') => "−".to_string(),
        Key::Char(c) => c.to_ascii_uppercase().to_string(),
        Key::Named("Escape") if style == Style::Tooltip => "Esc".to_string(),
        Key::Named("ArrowLeft") => "←".to_string(),
        Key::Named("ArrowRight") => "→".to_string(),
        Key::Named("ArrowUp") => "↑".to_string(),
        Key::Named("ArrowDown") => "↓".to_string(),
        Key::Named(name) => name.to_string(),
        Key::Code(code) => physical_name(code).to_string(),
    }
}

/// "Digit1" is the key marked 1, "KeyL" the key marked L.
fn physical_name(code: &str) -> &str {
    code.strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Key"))
        .unwrap_or(code)
}

/// A chord in ARIA's syntax: key names as `KeyboardEvent.key` gives them,
/// "Plus" for "+", which ARIA uses as the separator.
fn aria(chord: Chord) -> Vec<String> {
    let key = match chord.key {
        Key::Char(' ') => "Space".to_string(),
        Key::Char('+') => "Plus".to_string(),
        Key::Char(c) => c.to_ascii_uppercase().to_string(),
        Key::Named(name) => name.to_string(),
        Key::Code(code) => physical_name(code).to_string(),
    };
    let mut rest = String::new();
    if chord.alt == Modifier::Down {
        rest.push_str("Alt+");
    }
    if chord.shift == Modifier::Down {
        rest.push_str("Shift+");
    }
    rest.push_str(&key);
    if chord.ctrl == Modifier::Down {
        vec![format!("Control+{rest}"), format!("Meta+{rest}")]
    } else {
        vec![rest]
    }
}

/// A key's name as the overlay writes it, for the table's tests.
#[cfg(test)]
pub(super) fn key_name_for_tests(key: Key) -> String {
    key_name(key, Style::Overlay)
}
