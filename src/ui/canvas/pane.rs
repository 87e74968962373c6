//! One pane: a picker for the views of its kind, zoom controls and the canvas.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::canvas::layout_button::{LayoutButton, LayoutProgress};
use crate::ui::canvas::minimap::Minimap;
use crate::ui::canvas::palette::Palette;
use crate::ui::canvas::svg::Canvas;
use crate::ui::canvas::view_menu::ViewMenu;
use crate::ui::org::as_of::InteractionsAsOf;
use crate::ui::org::owner_legend::OwnerLegend;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_editor::session::ZoomAction;
use conway_model::{Id, ViewKind};

#[component]
pub fn Pane(kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pane = state.session.pane(kind);
    let current = pane.view;
    let camera = pane.camera;
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let (title, testid) = match kind {
        ViewKind::System => ("System", "view-system"),
        ViewKind::Org => ("Organisation", "view-org"),
    };
    let views = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            ws.views_of(kind)
                .map(|v| (v.id.clone(), v.name.clone()))
                .collect::<Vec<_>>()
        })
    });

    let empty = move || {
        current.get().is_some_and(|id| {
            state
                .doc
                .workspace
                .with(|ws| ws.view(&id).is_some_and(|v| v.placements.is_empty()))
        })
    };
    // The canvas's size, watched rather than measured: a fit right after a
    // large redraw (auto-layout) must not force the browser to lay out.
    crate::ui::canvas::screen_size::watch_size(svg, pane.screen);
    // A resized pane (the window, the side panel, a maximised map) keeps its view steady.
    Effect::new(move |before: Option<(f64, f64)>| {
        let now = pane.screen.get();
        if let Some(before) = before.filter(|b| *b != now && b.0 > 0.0) {
            state.resized(kind, before);
        }
        now
    });
    let layout = state.session.layout;
    let maximised = move || layout.get().maximised(kind);
    // Each newly shown view starts fitted to the pane, once the pane has a size.
    Effect::new(move |_| {
        current.track();
        pane.framed.track();
        pane.screen.track();
        state.frame_if_new(kind);
    });
    let zoom = move |action| state.zoom(kind, action);

    view! {
        <section class="pane" data-testid=testid aria-label=format!("{title} map")
            class:maximised=maximised hidden=move || !layout.get().shows(kind)>
            // Double-clicking the bar itself (not a control on it) maximises or restores.
            <div class="pane-toolbar" on:dblclick=move |ev| {
                if ev.target() == ev.current_target() || ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).is_some_and(|el| el.class_name() == "pane-title") {
                    state.toggle_maximised(kind);
                }
            }>
                <h2 class="pane-title">{title}</h2>
                <label class="view-picker">
                    <span class="visually-hidden">{format!("{title} view")}</span>
                    <select aria-label=format!("{title} view") data-testid=format!("{testid}-picker")
                        on:change=move |ev| current.set(Some(Id::new(event_target_value(&ev))))
                        prop:value=move || current.get().map(|id| id.to_string()).unwrap_or_default()>
                        // Keyed by id so a rename updates the option in place and the choice stays.
                        <For each=move || views.get() key=|(id, _)| id.clone() let((id, _name))>
                            {
                                let label_id = id.clone();
                                let label = move || views.with(|all| all.iter().find(|(i, _)| *i == label_id).map(|(_, n)| n.clone()).unwrap_or_default());
                                let value_id = id.clone();
                                view! { <option value=id.to_string() selected=move || current.get().as_ref() == Some(&value_id)>{label}</option> }
                            }
                        </For>
                    </select>
                </label>
                <ViewMenu kind=kind camera=camera svg=svg />
                <LayoutButton kind=kind />
                <div class="zoom-controls">
                    <button type="button" class="button icon" aria-label="Zoom out" {..keys_of(ActionId::ZoomOut)} on:click=move |_| zoom(ZoomAction::Out)>"−"</button>
                    <button type="button" class="zoom-level" aria-label="Reset zoom" {..keys_of(ActionId::ResetZoom)} on:click=move |_| zoom(ZoomAction::Reset)>{move || format!("{:.0}%", camera.get().zoom * 100.0)}</button>
                    <button type="button" class="button icon" aria-label="Zoom in" {..keys_of(ActionId::ZoomIn)} on:click=move |_| zoom(ZoomAction::In)>"+"</button>
                    <button type="button" class="button" {..keys_of(ActionId::ZoomToFit)} data-testid=format!("{testid}-fit") on:click=move |_| zoom(ZoomAction::Fit)>"Fit"</button>
                </div>
                <button type="button" class="button icon maximise" data-testid=format!("{testid}-maximise")
                    aria-label=move || if maximised() { "Restore both maps".to_string() } else { format!("Maximise the {} map", title.to_lowercase()) }
                    aria-pressed=move || maximised().to_string()
                    {..keys_of(ActionId::MaximisePane)}
                    on:click=move |_| state.toggle_maximised(kind)>
                    {move || if maximised() { view! { <RestoreIcon /> }.into_any() } else { view! { <MaximiseIcon /> }.into_any() }}
                </button>
            </div>
            <div class="canvas-wrap">
                // No view of this kind: say so and offer one, rather than a palette that does nothing.
                {move || current.get().is_none().then(|| view! {
                    <div class="canvas-empty no-view" data-testid=format!("{testid}-no-view")>
                        <p>{match kind {
                            ViewKind::System => "This workspace has no system view yet.",
                            ViewKind::Org => "This workspace has no organisation view yet.",
                        }}</p>
                        <button type="button" class="button primary" on:click=move |_| state.add_view(kind)>
                            {match kind {
                                ViewKind::System => "Create a system view",
                                ViewKind::Org => "Create an organisation view",
                            }}</button>
                    </div>
                })}
                <Show when=move || current.get().is_some()>
                <Palette kind=kind on_add=move |element_kind| state.add_in_middle(kind, element_kind) />
                </Show>
                <Canvas kind=kind camera=camera svg=svg />
                {move || empty().then(|| view! {
                    <p class="canvas-empty" data-testid=format!("{testid}-empty")>
                        "This view is empty. Drag a kind from the palette, double-click the canvas, or add existing elements from the ⋯ menu."
                    </p>
                })}
                <Minimap kind=kind camera=camera svg=svg screen=pane.screen.read_only() />
                <LayoutProgress kind=kind />
                <OwnerLegend kind=kind />
                // The "as of" bar dates what a view shows: none without a view.
                {move || (kind == ViewKind::Org && current.get().is_some()).then(|| view! { <InteractionsAsOf /> })}
            </div>
        </section>
    }
}

#[component]
fn MaximiseIcon() -> impl IntoView {
    view! {
        <svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M2.5 6V2.5H6M10 2.5h3.5V6M13.5 10v3.5H10M6 13.5H2.5V10" />
        </svg>
    }
}

#[component]
fn RestoreIcon() -> impl IntoView {
    view! {
        <svg class="icon-svg" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 2.5V6H2.5M13.5 6H10V2.5M10 13.5V10h3.5M2.5 10H6v3.5" />
        </svg>
    }
}
