//! The concerns an element carries or a stakeholder cares about, each weighted
//! 1 to 5 (or not at all), chosen from the workspace's vocabulary. One undo
//! step per change.

use leptos::prelude::*;

use crate::app::AppState;
use conway_model::{ConcernWeight, Id};

#[component]
pub fn ConcernWeights(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let rows = Memo::new(move |_| {
        id.with_value(|id| {
            state.doc.workspace.with(|ws| {
                let weights = ws
                    .element(id)
                    .map(|e| e.concerns.clone())
                    .unwrap_or_default();
                ws.concerns
                    .iter()
                    .map(|c| {
                        let weight = weights
                            .iter()
                            .find(|w| w.concern == c.id)
                            .map_or(0, |w| w.weight);
                        (c.id.clone(), c.name.clone(), weight)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let set = move |concern: Id, weight: u8| {
        let element = id.with_value(|id| {
            state
                .doc
                .workspace
                .with_untracked(|ws| ws.element(id).cloned())
        });
        let Some(mut e) = element else { return };
        match (e.concerns.iter().position(|w| w.concern == concern), weight) {
            (Some(at), 0) => {
                e.concerns.remove(at);
            }
            (Some(at), w) => e.concerns[at].weight = w,
            (None, 0) => return,
            (None, w) => e.concerns.push(ConcernWeight { concern, weight: w }),
        }
        state.update_element(e);
    };
    view! {
        <fieldset class="options-editor concern-weights" data-testid="concern-weights">
            <legend>"Concerns (weight 1 to 5)"</legend>
            <For each=move || rows.get() key=|r| r.clone() let((concern, name, weight))>
                <label class="weight-row"><span>{name.clone()}</span>
                    <select aria-label=format!("Weight of {name}") on:change=move |ev| {
                        let w = event_target_value(&ev).parse::<u8>().unwrap_or(0).min(ConcernWeight::MAX_WEIGHT);
                        set(concern.clone(), w);
                    }>
                        {(0..=ConcernWeight::MAX_WEIGHT).map(|w| view! {
                            <option value=w.to_string() selected=w == weight>{if w == 0 { "—".to_string() } else { w.to_string() }}</option>
                        }).collect_view()}
                    </select>
                </label>
            </For>
        </fieldset>
    }
}
