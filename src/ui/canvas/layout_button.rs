//! The pane header's auto-layout controls: "Layout" lays out the view, or the
//! selection when two or more elements are selected (Shift+L), and a button
//! beside it flips the direction between top-down and left-right; and, over
//! the canvas, the progress of a layout running in the background, with Cancel.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::shell::shortcuts::keys_of_with;
use conway_autolayout::{Direction, Progress};
use conway_editor::actions::ActionId;
use conway_format::grouped;
use conway_model::ViewKind;

#[component]
pub fn LayoutButton(kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let direction = state.session.layout_direction;
    let part = move || {
        let n = state.selected_elements().len();
        if n >= 2 {
            format!("the {n} selected elements")
        } else {
            "the whole view".to_string()
        }
    };
    view! {
        <div class="layout-controls" role="group" aria-label="Auto-layout">
            <button type="button" class="button icon" aria-label="Auto-layout"
                aria-disabled=move || state.session.layout_run.with(|r| r.is_some()).to_string() data-testid=if kind == ViewKind::System { "layout-system" } else { "layout-org" }
                title=move || format!("Auto-layout {} {} ({}); pinned elements stay", part(), describe(direction.get()).1, ActionId::AutoLayout.key_hint().unwrap_or_default())
                aria-keyshortcuts=ActionId::AutoLayout.aria_keyshortcuts()
                on:pointerenter=move |_| state.warm_layout_worker()
                on:focus=move |_| state.warm_layout_worker()
                on:click=move |_| state.auto_layout(kind)>
                // Three boxes in two layers, joined: the usual picture of a layered layout.
                <svg class="layout-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                    <rect x="5" y="1" width="6" height="4" rx="1" />
                    <rect x="1" y="11" width="6" height="4" rx="1" />
                    <rect x="9" y="11" width="6" height="4" rx="1" />
                    <path d="M8 5v3M4 11V8h8v3" />
                </svg>
            </button>
            <button type="button" class="button icon direction"
                aria-label=move || format!("Layout direction: {}", describe(direction.get()).1)
                title=move || format!("Lay out {} (click for {})", describe(direction.get()).1, describe(describe(direction.get()).2).1)
                on:click=move |_| state.set_layout_direction(describe(direction.get_untracked()).2)>
                {move || describe(direction.get()).0}
            </button>
        </div>
    }
}

/// (arrow, words, the other direction)
fn describe(d: Direction) -> (&'static str, &'static str, Direction) {
    match d {
        Direction::TopDown => ("↓", "top-down", Direction::LeftRight),
        Direction::LeftRight => ("→", "left-right", Direction::TopDown),
    }
}

/// The progress of a layout of this pane's view, with Cancel (Escape). It
/// fades in only after a moment (style/layout.css), so quick layouts never
/// flash it. A view without boundaries is placed in one go, so its bar only
/// says that work goes on; with boundaries it fills level by level.
#[component]
pub fn LayoutProgress(kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let run = move || state.session.layout_run.get().filter(|r| r.pane == kind);
    move || {
        run().map(|r| {
            let Progress { done, total } = r.progress;
            let label = format!(
                "Laying out {} element{}",
                grouped(total),
                if total == 1 { "" } else { "s" }
            );
            let counted = done > 0 && done < total;
            let detail = counted.then(|| format!("{} of {} placed", grouped(done), grouped(total)));
            view! {
                <div class="layout-progress" role="status" data-testid="layout-progress">
                    <span class="layout-progress-label">{label}"…"</span>
                    <progress aria-label="Layout progress" max=total.max(1)
                        value=counted.then_some(done)></progress>
                    {detail.map(|d| view! { <span class="layout-progress-count">{d}</span> })}
                    <button type="button" class="button" {..keys_of_with(ActionId::Cancel, "Stop the layout; nothing moves")}
                        on:click=move |_| state.cancel_layout()>"Cancel"</button>
                </div>
            }
        })
    }
}
