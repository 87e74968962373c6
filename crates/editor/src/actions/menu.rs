//! Moving through a menu by key, as the WAI-ARIA menu pattern has it: arrows
//! step and wrap round, Home and End jump to the ends. Which item has focus
//! is all it decides; the page moves the focus.

/// The item a key moves the focus to, among `count` items, from `current`
/// (`None` when no item has focus yet); `None` when the key is not a move.
pub fn menu_focus(key: &str, current: Option<usize>, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    let last = count - 1;
    match key {
        "ArrowDown" => Some(current.map_or(0, |i| if i >= last { 0 } else { i + 1 })),
        "ArrowUp" => Some(current.map_or(last, |i| if i == 0 { last } else { i - 1 })),
        "Home" | "PageUp" => Some(0),
        "End" | "PageDown" => Some(last),
        _ => None,
    }
}

/// Which item a menu opened from the keyboard starts on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuStart {
    First,
    Last,
}

impl MenuStart {
    /// The index among `count` items.
    pub fn index(self, count: usize) -> usize {
        match self {
            MenuStart::First => 0,
            MenuStart::Last => count.saturating_sub(1),
        }
    }
}

/// Whether a key on a menu's button opens the menu, and where: on the first
/// item, or (ArrowUp) on the last.
pub fn menu_opens_at(key: &str) -> Option<MenuStart> {
    match key {
        "ArrowDown" | "Enter" | " " => Some(MenuStart::First),
        "ArrowUp" => Some(MenuStart::Last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_step_through_the_items_and_wrap_round() {
        assert_eq!(menu_focus("ArrowDown", Some(0), 3), Some(1));
        assert_eq!(menu_focus("ArrowDown", Some(2), 3), Some(0));
        assert_eq!(menu_focus("ArrowUp", Some(0), 3), Some(2));
        assert_eq!(menu_focus("ArrowUp", Some(2), 3), Some(1));
        assert_eq!(menu_focus("ArrowDown", None, 3), Some(0));
        assert_eq!(menu_focus("ArrowUp", None, 3), Some(2));
    }

    #[test]
    fn home_and_end_jump_to_the_ends_and_other_keys_do_not_move() {
        assert_eq!(menu_focus("Home", Some(2), 4), Some(0));
        assert_eq!(menu_focus("End", Some(0), 4), Some(3));
        assert_eq!(menu_focus("a", Some(1), 4), None);
        assert_eq!(menu_focus("ArrowDown", None, 0), None);
    }

    #[test]
    fn the_button_opens_the_menu_on_the_first_item_or_with_arrow_up_the_last() {
        for key in ["Enter", " ", "ArrowDown"] {
            assert_eq!(menu_opens_at(key).map(|s| s.index(5)), Some(0));
        }
        assert_eq!(menu_opens_at("ArrowUp").map(|s| s.index(5)), Some(4));
        assert_eq!(MenuStart::Last.index(0), 0);
        assert_eq!(menu_opens_at("Tab"), None);
    }
}
