//! Light and dark themes: follow the system (also when it changes while
//! Conway is open) until the user picks one, then remember it.

use super::LocalStore;
use conway_storage::WorkspaceStore;

const THEME_KEY: &str = "conway/theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The remembered choice, else the system setting.
    pub fn initial() -> Theme {
        match LocalStore.get_raw(THEME_KEY).ok().flatten().as_deref() {
            Some("dark") => Theme::Dark,
            Some("light") => Theme::Light,
            _ => system_theme(),
        }
    }

    pub fn remember(self) {
        // A theme that cannot be remembered still applies for this visit.
        let _ = LocalStore.set_raw(THEME_KEY, self.name());
    }
}

const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

/// Whether the user picked a theme in Conway (then the system's is ignored).
fn chosen() -> bool {
    matches!(
        LocalStore.get_raw(THEME_KEY).ok().flatten().as_deref(),
        Some("dark" | "light")
    )
}

/// Keeps `theme` on the system's setting as that changes, unless the user
/// picked one.
pub fn follow_system_theme(theme: leptos::prelude::RwSignal<Theme>) {
    use leptos::prelude::Set;
    use wasm_bindgen::{closure::Closure, JsCast};
    let Some(query) = web_sys::window().and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
    else {
        return;
    };
    let changed = Closure::<dyn FnMut()>::new(move || {
        if !chosen() {
            theme.set(system_theme());
        }
    });
    let _ = query.add_event_listener_with_callback("change", changed.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    changed.forget();
}

fn system_theme() -> Theme {
    let dark = web_sys::window()
        .and_then(|w| w.match_media(DARK_QUERY).ok().flatten())
        .is_some_and(|m| m.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Sets `data-theme` on the root element, which the style sheet keys on.
pub fn apply_theme(theme: Theme) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", theme.name());
    }
}
