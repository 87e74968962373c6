//! One pane: a picker for the views of its kind, zoom controls and the canvas.

use leptos::prelude::*;

use crate::app::{AppState, ZoomAction};
use crate::ui::canvas::layout_button::{LayoutButton, LayoutProgress};
use crate::ui::canvas::minimap::Minimap;
use crate::ui::canvas::palette::Palette;
use crate::ui::canvas::svg::Canvas;
use crate::ui::canvas::view_menu::ViewMenu;
use crate::ui::org::as_of::InteractionsAsOf;
use crate::ui::org::owner_legend::OwnerLegend;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_geometry::{Camera, Rect};
use conway_model::{Id, ViewKind};

#[component]
pub fn Pane(kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    let camera = RwSignal::new(Camera::default());
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let (title, testid) = match kind {
        ViewKind::System => ("System", "view-system"),
        ViewKind::Org => ("Organisation", "view-org"),
    };
    let views = Memo::new(move |_| {
        state.workspace.with(|ws| {
            ws.views_of(kind)
                .map(|v| (v.id.clone(), v.name.clone()))
                .collect::<Vec<_>>()
        })
    });

    let empty = move || {
        current.get().is_some_and(|id| {
            state
                .workspace
                .with(|ws| ws.view(&id).is_some_and(|v| v.placements.is_empty()))
        })
    };
    // The canvas's size, watched rather than measured: a fit right after a
    // large redraw (auto-layout) must not force the browser to lay out.
    let screen = crate::ui::canvas::screen_size::watched_size(svg);
    let fit = move || {
        let (screen_width, screen_height) = screen.get_untracked();
        if screen_width <= 0.0 {
            return;
        }
        let bounds = current.get_untracked().and_then(|id| {
            state
                .workspace
                .with_untracked(|ws| ws.view(&id).and_then(|v| v.bounds()))
        });
        if let Some((x, y, width, height)) = bounds {
            camera.set(Camera::fit(
                Rect {
                    x,
                    y,
                    width,
                    height,
                },
                screen_width,
                screen_height,
                32.0,
            ));
        } else {
            // An empty view starts at 100% with the origin in the top left.
            camera.set(Camera::default());
        }
    };
    // Centres the element a search chose, once it is drawn in this pane.
    let focus = move || {
        let Some((pane, id)) = state.focus_request.get_untracked() else {
            return;
        };
        if pane != kind {
            return;
        }
        let placement = current.get_untracked().and_then(|view| {
            state
                .workspace
                .with_untracked(|ws| ws.view(&view)?.placement(&id).cloned())
        });
        if let (Some(p), Some(element)) = (placement, svg.get_untracked()) {
            state.focus_request.set(None);
            let screen = element.get_bounding_client_rect();
            let zoom = camera.get_untracked().zoom.max(0.75);
            let (cx, cy) = p.centre();
            camera.set(Camera {
                x: screen.width() / 2.0 - cx * zoom,
                y: screen.height() / 2.0 - cy * zoom,
                zoom,
            });
        }
    };
    // Each newly shown view starts fitted to the pane (then centred on a search result).
    Effect::new(move |_| {
        current.track();
        request_animation_frame(move || {
            fit();
            focus();
        });
    });
    Effect::new(move |_| {
        if state.focus_request.get().is_some() {
            request_animation_frame(focus);
        }
    });
    let zoom_by = move |factor: f64| {
        if let Some(element) = svg.get_untracked() {
            let screen = element.get_bounding_client_rect();
            camera.update(|c| *c = c.zoom_at(factor, screen.width() / 2.0, screen.height() / 2.0));
        }
    };
    let reset = move || {
        if let Some(element) = svg.get_untracked() {
            let screen = element.get_bounding_client_rect();
            camera.update(|c| {
                *c = c.zoom_at(1.0 / c.zoom, screen.width() / 2.0, screen.height() / 2.0)
            });
        }
    };
    // Zoom shortcuts are meant for the pane the user last worked in.
    Effect::new(move |_| {
        let Some((pane, action)) = state.zoom_request.get() else {
            return;
        };
        if pane != kind {
            return;
        }
        state.zoom_request.set(None);
        match action {
            ZoomAction::Fit => fit(),
            ZoomAction::Reset => reset(),
            ZoomAction::In => zoom_by(1.2),
            ZoomAction::Out => zoom_by(1.0 / 1.2),
        }
    });

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
                    <button type="button" class="button icon" aria-label="Zoom out" {..keys_of(ActionId::ZoomOut)} on:click=move |_| zoom_by(1.0 / 1.2)>"−"</button>
                    <button type="button" class="zoom-level" aria-label="Reset zoom" {..keys_of(ActionId::ResetZoom)} on:click=move |_| reset()>{move || format!("{:.0}%", camera.get().zoom * 100.0)}</button>
                    <button type="button" class="button icon" aria-label="Zoom in" {..keys_of(ActionId::ZoomIn)} on:click=move |_| zoom_by(1.2)>"+"</button>
                    <button type="button" class="button" {..keys_of(ActionId::ZoomToFit)} data-testid=format!("{testid}-fit") on:click=move |_| fit()>"Fit"</button>
                </div>
            </div>
            <div class="canvas-wrap">
                <Palette kind=kind on_add=move |element_kind| {
                    let Some(element) = svg.get_untracked() else { return };
                    let screen = element.get_bounding_client_rect();
                    let at = camera.get_untracked().to_canvas(screen.width() / 2.0, screen.height() / 2.0);
                    if let Some(id) = state.create_element(kind, element_kind, at) {
                        state.renaming.set(Some(id));
                    }
                } />
                <Canvas kind=kind camera=camera svg=svg />
                {move || empty().then(|| view! {
                    <p class="canvas-empty" data-testid=format!("{testid}-empty")>
                        "This view is empty. Drag a kind from the palette, double-click the canvas, or add existing elements from the ⋯ menu."
                    </p>
                })}
                <Minimap kind=kind camera=camera svg=svg screen=screen />
                <LayoutProgress kind=kind />
                <OwnerLegend kind=kind />
                {(kind == ViewKind::Org).then(|| view! { <InteractionsAsOf /> })}
            </div>
        </section>
    }
}
