//! Menu buttons, the WAI-ARIA way: one menu open at a time; it closes on a
//! click outside, on Escape (focus back on its button), on Tab and once an
//! item is chosen; arrows, Home and End move through the items (which item
//! comes next is `conway_editor::actions::menu_focus`'s business).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use conway_editor::actions::{menu_focus, menu_opens_at, MenuStart};

/// Which menu of the page is open (each menu button has a number).
#[derive(Clone, Copy)]
pub struct OpenMenu(RwSignal<Option<usize>>);

impl OpenMenu {
    pub fn provide() {
        provide_context(OpenMenu(RwSignal::new(None)));
    }
}

static NEXT_MENU: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The items of a menu, in order (`menuitem`, `menuitemcheckbox` and links
/// marked as items).
fn items(menu: &web_sys::HtmlElement) -> Vec<web_sys::HtmlElement> {
    let Ok(list) = menu.query_selector_all("[role^=menuitem]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

fn focus_item(menu: &web_sys::HtmlElement, start: MenuStart) {
    let list = items(menu);
    if let Some(item) = list.get(start.index(list.len())) {
        let _ = item.focus();
    }
}

/// A button that opens a menu of `children` (elements with a `menuitem` role).
#[component]
pub fn MenuButton(
    /// The menu's name for assistive technology, and the button's tooltip.
    #[prop(into)]
    label: String,
    /// What the button shows.
    #[prop(into)]
    face: ViewFn,
    #[prop(optional, into)] button_class: String,
    /// Extra classes of the menu ("end" aligns it with the button's right edge).
    #[prop(optional, into)]
    menu_class: String,
    /// The button's own accessible name, when its face is only a symbol.
    #[prop(optional, into)]
    button_label: Option<String>,
    children: ChildrenFn,
) -> impl IntoView {
    let OpenMenu(open_menu) = expect_context::<OpenMenu>();
    let me = NEXT_MENU.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let open = Memo::new(move |_| open_menu.get() == Some(me));
    let root = NodeRef::<leptos::html::Div>::new();
    let button = NodeRef::<leptos::html::Button>::new();
    let menu = NodeRef::<leptos::html::Div>::new();
    // The item to focus once the menu is drawn.
    let focus_at = StoredValue::new(MenuStart::First);
    let show = move |at: MenuStart| {
        focus_at.set_value(at);
        open_menu.set(Some(me));
    };
    let close = move |refocus: bool| {
        if open.get_untracked() {
            open_menu.set(None);
            if refocus {
                if let Some(b) = button.get_untracked() {
                    let _ = b.focus();
                }
            }
        }
    };
    Effect::new(move |_| {
        if let Some(menu) = menu.get() {
            focus_item(&menu, focus_at.get_value());
        }
    });
    // A press anywhere outside closes it.
    let outside = window_event_listener(leptos::ev::pointerdown, move |ev| {
        let inside = root.get_untracked().is_some_and(|r| {
            ev.target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .is_some_and(|t| r.contains(Some(&t)))
        });
        if !inside {
            close(false);
        }
    });
    on_cleanup(move || outside.remove());

    let on_button_key = move |ev: leptos::ev::KeyboardEvent| {
        if open.get_untracked() {
            return;
        }
        if let Some(at) = menu_opens_at(&ev.key()) {
            // The canvas's keys (arrows nudge) must not see it.
            ev.prevent_default();
            ev.stop_propagation();
            show(at);
        }
    };
    let on_menu_key = move |ev: leptos::ev::KeyboardEvent| {
        let Some(menu) = menu.get_untracked() else {
            return;
        };
        let list = items(&menu);
        let current = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|a| list.iter().position(|i| **i == a));
        match ev.key().as_str() {
            "Escape" => {
                ev.prevent_default();
                ev.stop_propagation();
                close(true);
            }
            "Tab" => close(false),
            key => {
                if let Some(next) = menu_focus(key, current, list.len()) {
                    ev.prevent_default();
                    ev.stop_propagation();
                    let _ = list[next].focus();
                }
            }
        }
    };
    // Choosing an item closes the menu (its own handler has run by then).
    let on_menu_click = move |ev: leptos::ev::MouseEvent| {
        let chose = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[role^=menuitem]").ok().flatten())
            .is_some();
        if chose {
            close(true);
        }
    };
    let name = label.clone();
    let aria = button_label.unwrap_or_else(|| label.clone());
    view! {
        <div class="menu-anchor" node_ref=root>
            <button type="button" class=format!("button {button_class}") node_ref=button aria-haspopup="menu"
                aria-label=aria title=label aria-expanded=move || open.get().to_string()
                on:click=move |_| if open.get_untracked() { close(false) } else { show(MenuStart::First) }
                on:keydown=on_button_key>{face.run()}</button>
            {move || open.get().then(|| {
                let children = children.clone();
                view! {
                    <div class=format!("menu dropdown {menu_class}") role="menu" aria-label=name.clone() node_ref=menu
                        on:keydown=on_menu_key on:click=on_menu_click>
                        {children()}
                    </div>
                }
            })}
        </div>
    }
}
