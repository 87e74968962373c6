//! The palette of a pane: one button per element kind of its side. Click adds
//! the kind in the middle of the pane; dragging a button onto the canvas adds
//! it where it is dropped.

use leptos::prelude::*;

use crate::app::AppState;
use conway_model::{ElementKind, Side, ViewKind};

/// The drag-and-drop type that carries a kind from the palette to a canvas.
pub const KIND_MIME: &str = "application/x-conway-kind";

pub fn kinds_of(kind: ViewKind) -> Vec<ElementKind> {
    let side = kind.side();
    ElementKind::ALL
        .into_iter()
        .filter(|k| k.side() == side)
        .collect()
}

/// The palette's name for a kind; "Person" is ambiguous across sides only in code.
pub fn kind_name(kind: ElementKind) -> &'static str {
    kind.label()
}

/// A small glyph echoing the kind's shape on the canvas.
fn glyph(kind: ElementKind) -> AnyView {
    match kind {
        ElementKind::Person | ElementKind::OrgPerson => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="10" cy="6" r="3.5" /><path d="M3 18c0-4 3-6.5 7-6.5s7 2.5 7 6.5z" /></svg> }.into_any(),
        ElementKind::DataStore => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M3 5c0-3 14-3 14 0v10c0 3-14 3-14 0z" /></svg> }.into_any(),
        ElementKind::Queue => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect x="2" y="6" width="16" height="8" rx="4" /></svg> }.into_any(),
        // A system boundary frames one system's parts; a group gathers boxes
        // loosely (a label tab); a department holds teams (finer dashes).
        ElementKind::SystemBoundary => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect class="dashed" x="2.5" y="3.5" width="15" height="13" rx="2" /><rect x="6" y="8" width="8" height="5" rx="1" /></svg> }.into_any(),
        ElementKind::GroupBoundary => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect class="dashed" x="2.5" y="5.5" width="15" height="11" rx="2" /><rect x="2.5" y="2.5" width="7" height="3" rx="1" /><circle cx="7" cy="11" r="2" /><circle cx="13" cy="11" r="2" /></svg> }.into_any(),
        ElementKind::Department => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect class="dashed fine" x="2.5" y="3.5" width="15" height="13" rx="2" /></svg> }.into_any(),
        ElementKind::Team => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect x="2" y="6" width="16" height="8" rx="3" /></svg> }.into_any(),
        ElementKind::Stakeholder => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><path d="M10 2l2.4 5 5.4.6-4 3.7 1.1 5.4L10 14l-4.9 2.7 1.1-5.4-4-3.7 5.4-.6z" /></svg> }.into_any(),
        _ => view! { <svg viewBox="0 0 20 20" aria-hidden="true"><rect x="3" y="4" width="14" height="12" rx="2" /></svg> }.into_any(),
    }
}

#[component]
pub fn Palette(kind: ViewKind, #[prop(into)] on_add: Callback<ElementKind>) -> impl IntoView {
    let label = match kind.side() {
        Side::System => "System elements",
        Side::Org => "Organisation elements",
    };
    view! {
        <div class="palette" role="toolbar" aria-label=label aria-orientation="vertical">
            {kinds_of(kind).into_iter().map(|k| {
                let name = kind_name(k);
                let key = conway_editor::elements::palette_key(k);
                view! {
                    <button type="button" class=format!("palette-item kind-{}", format!("{k:?}").to_lowercase())
                        aria-label=format!("Add {name}") aria-keyshortcuts=key.to_ascii_uppercase().to_string()
                        title=format!("Add {name} ({}; click, or drag onto the canvas)", key.to_ascii_uppercase())
                        draggable="true"
                        on:dragstart=move |ev: leptos::ev::DragEvent| {
                            if let Some(data) = ev.data_transfer() {
                                let _ = data.set_data(KIND_MIME, &format!("{k:?}"));
                                data.set_effect_allowed("copy");
                            }
                        }
                        on:click=move |_| on_add.run(k)>
                        {glyph(k)}
                    </button>
                }
            }).collect_view()}
        </div>
    }
}

/// The kind a palette drag carries, if the drop came from a palette.
pub fn kind_from_drag(text: &str) -> Option<ElementKind> {
    ElementKind::ALL
        .into_iter()
        .find(|k| format!("{k:?}") == text)
}

/// Whether a drag over the canvas comes from a palette (only then may it drop).
pub fn carries_kind(event: &leptos::ev::DragEvent) -> bool {
    event
        .data_transfer()
        .is_some_and(|d| d.types().includes(&KIND_MIME.into(), 0))
}

/// The kind dropped from a palette, if any.
pub fn dropped_kind(event: &leptos::ev::DragEvent) -> Option<ElementKind> {
    let text = event.data_transfer()?.get_data(KIND_MIME).ok()?;
    kind_from_drag(&text)
}

/// What a double-click on empty canvas creates: the kind made last on this
/// side, else the side's first ordinary kind.
pub fn kind_for_double_click(state: AppState, kind: ViewKind) -> Option<ElementKind> {
    state
        .session
        .last_kind
        .get_untracked()
        .filter(|k| k.side() == kind.side())
        .or_else(|| {
            kinds_of(kind)
                .into_iter()
                .find(|k| !k.is_container_of_others() && *k != ElementKind::Person)
        })
}

/// Creates an element of `element_kind` at a canvas point of a pane and starts renaming it.
pub fn create_at(state: AppState, pane: ViewKind, element_kind: ElementKind, at: (f64, f64)) {
    if let Some(id) = state.create_element(pane, element_kind, at) {
        state.session.renaming.set(Some(id));
    }
}

/// A double-click on empty canvas creates the kind last used on that side.
pub fn create_on_double_click(state: AppState, pane: ViewKind, at: Option<(f64, f64)>) {
    if let (Some(element_kind), Some(at)) = (kind_for_double_click(state, pane), at) {
        create_at(state, pane, element_kind, at);
    }
}

/// Lets a palette kind be dragged over a canvas.
pub fn allow_palette_drop(event: &leptos::ev::DragEvent) {
    if carries_kind(event) {
        event.prevent_default();
        event.stop_propagation();
    }
}

/// A palette kind dropped on a canvas of its side creates that element there.
pub fn create_on_drop(
    state: AppState,
    pane: ViewKind,
    event: &leptos::ev::DragEvent,
    at: Option<(f64, f64)>,
) {
    let Some(dropped) = dropped_kind(event) else {
        return;
    };
    event.prevent_default();
    event.stop_propagation();
    if let (true, Some(at)) = (dropped.side() == pane.side(), at) {
        create_at(state, pane, dropped, at);
    }
}
