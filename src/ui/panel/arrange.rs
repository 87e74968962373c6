//! Position, size and connections of the selected element, as form fields:
//! what a pointer does on the canvas, a keyboard user does here (and anyone
//! who wants exact numbers, as in draw.io's Arrange panel).

use leptos::prelude::*;

use crate::app::{kinds_between, AppState};
use conway_editor::actions::ActionId;
use conway_geometry::{Rect, MIN_SIZE};
use conway_model::{Id, Placement, ViewKind};

#[component]
pub fn ArrangeFields(id: Id, kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_id = state.view_signal(kind);
    let placement = {
        let id = id.clone();
        Memo::new(move |_| {
            let view = view_id.get()?;
            state
                .doc
                .workspace
                .with(|ws| ws.view(&view)?.placement(&id).cloned())
        })
    };
    // The other elements of this view, by name, to connect to.
    let others = {
        let id = id.clone();
        Memo::new(move |_| {
            let view = view_id.get();
            state.doc.workspace.with(|ws| {
                let Some(v) = view.and_then(|view| ws.view(&view)) else {
                    return Vec::new();
                };
                let mut list: Vec<(Id, String)> = v
                    .placements
                    .iter()
                    .filter(|p| p.element != id)
                    .filter_map(|p| {
                        ws.element(&p.element)
                            .map(|e| (e.id.clone(), e.name.clone()))
                    })
                    .collect();
                list.sort_by_key(|(_, name)| name.to_lowercase());
                list
            })
        })
    };
    let set = {
        let id = id.clone();
        move |change: fn(&mut Placement, f64), value: String| {
            let (Some(mut p), Ok(number)) =
                (placement.get_untracked(), value.trim().parse::<f64>())
            else {
                return;
            };
            change(&mut p, number);
            p.width = p.width.max(MIN_SIZE);
            p.height = p.height.max(MIN_SIZE);
            state.resize(kind, &id, Rect::from(&p));
        }
    };
    let number = move |label: &'static str,
                       testid: &'static str,
                       get: fn(&Placement) -> f64,
                       change: fn(&mut Placement, f64)| {
        let set = set.clone();
        view! {
            <label class="field"><span>{label}</span>
                <input type="number" step="10" data-testid=testid
                    prop:value=move || placement.get().map(|p| format!("{}", get(&p).round())).unwrap_or_default()
                    on:change=move |ev| set(change, event_target_value(&ev)) />
            </label>
        }
    };
    let target = RwSignal::new(String::new());
    let connect = {
        let id = id.clone();
        move |_| {
            let to = Id::new(target.get_untracked());
            if let Some(relationship_kind) = kinds_between(state, &id, &to).first() {
                state.connect(&id, &to, *relationship_kind);
                target.set(String::new());
            }
        }
    };
    move || {
        placement.get().map(|_| {
            let connect = connect.clone();
            view! {
                <fieldset class="arrange" data-testid="arrange">
                    <legend>"Position and size in this view"</legend>
                    <div class="field-row">
                        {number("X", "property-x", |p| p.x, |p, v| p.x = v)}
                        {number("Y", "property-y", |p| p.y, |p, v| p.y = v)}
                    </div>
                    <div class="field-row">
                        {number("Width", "property-width", |p| p.width, |p, v| p.width = v)}
                        {number("Height", "property-height", |p| p.height, |p, v| p.height = v)}
                    </div>
                    <label class="check" title=ActionId::TogglePins.tooltip_with("Auto-layout leaves a pinned element where it is")>
                        <input type="checkbox" data-testid="property-pinned" aria-keyshortcuts=ActionId::TogglePins.aria_keyshortcuts() prop:checked=move || placement.get().is_some_and(|p| p.pinned)
                            on:change={
                                let id = id.clone();
                                move |ev| state.set_pins(kind, vec![id.clone()], event_target_checked(&ev))
                            } />
                        <span>"Pinned: auto-layout leaves it here"</span>
                    </label>
                    <div class="connect-row">
                        <label class="field"><span>"Connect to"</span>
                            <select data-testid="connect-to" prop:value=move || target.get() on:change=move |ev| target.set(event_target_value(&ev))>
                                <option value="">"Choose an element…"</option>
                                <For each=move || others.get() key=|(id, name)| (id.clone(), name.clone()) let((other, name))>
                                    <option value=other.to_string()>{name}</option>
                                </For>
                            </select>
                        </label>
                        <button type="button" class="button" prop:disabled=move || target.with(String::is_empty) on:click=connect.clone()>"Connect"</button>
                    </div>
                </fieldset>
            }
        })
    }
}
