//! The header's room controls: which maps are shown (both, or one alone) and
//! whether the side panel is. Markup only; `app::room` keeps the state.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_editor::session::PaneLayout;
use conway_model::ViewKind;

/// Three small pictures: the left map alone, both, the right map alone.
fn layout_icon(layout: PaneLayout) -> impl IntoView {
    let (left, right) = match layout {
        PaneLayout::Both => ("filled", "filled"),
        PaneLayout::Only(ViewKind::System) => ("filled", "empty"),
        PaneLayout::Only(ViewKind::Org) => ("empty", "filled"),
    };
    view! {
        <svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true">
            <rect class=left x="1.5" y="3" width="6" height="10" rx="1.5" />
            <rect class=right x="8.5" y="3" width="6" height="10" rx="1.5" />
        </svg>
    }
}

#[component]
pub fn RoomControls() -> impl IntoView {
    let state = expect_context::<AppState>();
    let layout = state.session.layout;
    let panel = state.session.panel_shown;
    view! {
        <div class="room-controls" role="group" aria-label="Maps shown">
            {PaneLayout::ALL.into_iter().map(|choice| view! {
                <button type="button" class="button icon" class:active=move || layout.get() == choice
                    aria-label=choice.label() title=choice.label() aria-pressed=move || (layout.get() == choice).to_string()
                    on:click=move |_| state.set_layout(choice)>{layout_icon(choice)}</button>
            }).collect_view()}
        </div>
        <button type="button" class="button icon panel-toggle" data-testid="panel-toggle"
            aria-label=move || if panel.get() { "Hide the side panel" } else { "Show the side panel" }
            aria-pressed=move || panel.get().to_string() aria-controls="side-panel"
            {..keys_of(ActionId::ToggleSidePanel)} on:click=move |_| state.toggle_side_panel()>
            <svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true">
                <rect class="empty" x="1.5" y="2.5" width="13" height="11" rx="1.5" />
                <rect class=move || if panel.get() { "filled" } else { "empty" } x="10" y="2.5" width="4.5" height="11" rx="1" />
            </svg>
        </button>
    }
}
