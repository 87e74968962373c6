//! The power/interest grid: every stakeholder placed by power (up) and
//! interest (right) in the four classic quadrants. Dragging one, or moving it
//! with the arrow keys, edits its power and interest: one undo step each.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_model::{ElementKind, Id, StakeholderProfile};

use conway_editor::stakeholder_plot::{offset, value_at, INSET, PLANE as SIZE};

/// A stakeholder as the grid draws it.
#[derive(Clone, PartialEq)]
struct Dot {
    id: Id,
    name: String,
    role: String,
    power: u8,
    interest: u8,
}

fn to_value(pixels: f64, flip: bool) -> u8 {
    let v = value_at(pixels);
    if flip {
        100 - v
    } else {
        v
    }
}

#[component]
pub fn StakeholderGrid() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dots = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            ws.elements
                .iter()
                .filter(|e| e.kind == ElementKind::Stakeholder)
                .map(|e| {
                    let p = e.stakeholder.unwrap_or(StakeholderProfile {
                        power: 50,
                        interest: 50,
                    });
                    Dot {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        role: e.role.clone(),
                        power: p.power,
                        interest: p.interest,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    // The dot being dragged and where it is now (power, interest).
    let dragging = RwSignal::new(None::<(Id, u8, u8)>);
    let plane = NodeRef::<leptos::html::Div>::new();
    let save = move |id: &Id, power: u8, interest: u8| {
        let element = state
            .doc
            .workspace
            .with_untracked(|ws| ws.element(id).cloned());
        if let Some(mut e) = element {
            let profile = StakeholderProfile { power, interest };
            if e.stakeholder != Some(profile) {
                e.stakeholder = Some(profile);
                state.update_element(e);
            }
        }
    };
    let at_pointer = move |ev: &leptos::ev::PointerEvent| -> Option<(u8, u8)> {
        let rect = plane.get_untracked()?.get_bounding_client_rect();
        Some((
            to_value(ev.client_y() as f64 - rect.top(), true),
            to_value(ev.client_x() as f64 - rect.left(), false),
        ))
    };
    let close = move || state.dialogs.stakeholder_grid.set(false);
    move || {
        state.dialogs.stakeholder_grid.get().then(|| view! {
        <div class="overlay top" on:click=move |_| close()>
            <div class="dialog stakeholder-grid" role="dialog" aria-modal="true" aria-labelledby="grid-title" on:click=|ev| ev.stop_propagation()>
                <div class="dialog-header">
                    <h2 id="grid-title">"Power and interest"</h2>
                    <button type="button" class="button icon" aria-label="Close" {..keys_of(ActionId::CloseDialog)} on:click=move |_| close()>"✕"</button>
                </div>
                <p class="muted small">"Drag a stakeholder, or focus one and use the arrow keys (Shift for bigger steps). Each move is one undo step."</p>
                <div class="grid-frame">
                    <span class="axis power">"Power →"</span>
                    <div class="grid-plane" node_ref=plane data-testid="stakeholder-grid" data-inset=INSET style=format!("width:{SIZE}px;height:{SIZE}px")>
                        <span class="quadrant q-satisfied">"Keep satisfied"</span>
                        <span class="quadrant q-closely">"Manage closely"</span>
                        <span class="quadrant q-monitor">"Monitor"</span>
                        <span class="quadrant q-informed">"Keep informed"</span>
                        <For each=move || dots.get() key=|d| d.id.clone() let(dot)>
                            {
                                let (id_move, id_up, id_key) = (dot.id.clone(), dot.id.clone(), dot.id.clone());
                                let id = StoredValue::new(dot.id.clone());
                                let stored = (dot.power, dot.interest);
                                // Tracked: where the dot is drawn, following a drag in progress.
                                let position = move || id.with_value(|id| match dragging.get() {
                                    Some((d, p, i)) if d == *id => (p, i),
                                    _ => dots.with(|all| all.iter().find(|d| d.id == *id).map_or(stored, |d| (d.power, d.interest))),
                                });
                                let name = dot.name.clone();
                                let label = move || { let (p, i) = position(); format!("{name}: power {p}, interest {i}") };
                                view! {
                                    <button type="button" class="stakeholder-dot" class:label-left=move || { position().1 > 70 } data-stakeholder-id=dot.id.to_string() aria-label=label title=dot.role.clone()
                                        style=move || { let (p, i) = position(); format!("left:{}px;top:{}px", offset(i), offset(100 - p)) }
                                        on:pointerdown=move |ev| {
                                            ev.prevent_default();
                                            let _ = event_target::<web_sys::Element>(&ev).set_pointer_capture(ev.pointer_id());
                                            let (p, i) = position();
                                            dragging.set(Some((id_move.clone(), p, i)));
                                        }
                                        on:pointermove=move |ev| {
                                            if dragging.with_untracked(|d| d.as_ref().is_some_and(|(d, _, _)| *d == id_up)) {
                                                if let Some((p, i)) = at_pointer(&ev) { dragging.set(Some((id_up.clone(), p, i))); }
                                            }
                                        }
                                        on:pointerup=move |_| {
                                            if let Some((d, p, i)) = dragging.get_untracked() { dragging.set(None); save(&d, p, i); }
                                        }
                                        on:keydown=move |ev| {
                                            let step = if ev.shift_key() { 10 } else { 2 };
                                            let (p, i) = position();
                                            let moved = match ev.key().as_str() {
                                                "ArrowUp" => Some((p.saturating_add(step).min(100), i)),
                                                "ArrowDown" => Some((p.saturating_sub(step), i)),
                                                "ArrowRight" => Some((p, i.saturating_add(step).min(100))),
                                                "ArrowLeft" => Some((p, i.saturating_sub(step))),
                                                _ => None,
                                            };
                                            if let Some((p, i)) = moved { ev.prevent_default(); ev.stop_propagation(); save(&id_key, p, i); }
                                        }>
                                        <span class="dot"></span><span class="dot-name">{dot.name.clone()}</span>
                                    </button>
                                }
                            }
                        </For>
                    </div>
                    <span class="axis interest">"Interest →"</span>
                </div>
            </div>
        </div>
    })
    }
}
