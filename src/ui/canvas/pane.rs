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
    // Each newly shown view starts fitted to the pane, once the pane has a size.
    Effect::new(move |_| {
        current.track();
        pane.framed.track();
        pane.screen.track();
        state.frame_if_new(kind);
    });
    let zoom = move |action| state.zoom(kind, action);

    view! {
        <section class="pane" data-testid=testid aria-label=format!("{title} map")>
            <div class="pane-toolbar">
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
            </div>
            <div class="canvas-wrap">
                <Palette kind=kind on_add=move |element_kind| {
                    let Some(element) = svg.get_untracked() else { return };
                    let screen = element.get_bounding_client_rect();
                    let at = camera.get_untracked().to_canvas(screen.width() / 2.0, screen.height() / 2.0);
                    if let Some(id) = state.create_element(kind, element_kind, at) {
                        state.session.renaming.set(Some(id));
                    }
                } />
                <Canvas kind=kind camera=camera svg=svg />
                {move || empty().then(|| view! {
                    <p class="canvas-empty" data-testid=format!("{testid}-empty")>
                        "This view is empty. Drag a kind from the palette, double-click the canvas, or add existing elements from the ⋯ menu."
                    </p>
                })}
                <Minimap kind=kind camera=camera svg=svg screen=pane.screen.read_only() />
                <LayoutProgress kind=kind />
                <OwnerLegend kind=kind />
                {(kind == ViewKind::Org).then(|| view! { <InteractionsAsOf /> })}
            </div>
        </section>
    }
}
