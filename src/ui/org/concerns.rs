//! The concerns editor in the overview's Vocabulary tab: the quality
//! attributes stakeholders weight and decisions are tagged with, added,
//! renamed, described and deleted here (one undo step each), each with how
//! much of the workspace uses it and a button to see it through the lens.

use leptos::prelude::*;

use crate::app::AppState;
use conway_model::{Concern, Id, Workspace};

#[component]
pub fn ConcernsEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_name = RwSignal::new(String::new());
    let concerns = Memo::new(move |_| state.doc.workspace.with(|ws| ws.concerns.clone()));
    let add = move || {
        if state.add_concern(&new_name.get_untracked()).is_some() {
            new_name.set(String::new());
        }
    };
    view! {
        <p class="muted small">"The quality attributes people care about. Stakeholders weight them, elements carry them, decisions are tagged with them, and the concern lens sees both maps through one of them."</p>
        <form class="log-toolbar" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <input type="text" class="search-field" aria-label="New concern" placeholder="Add a concern (e.g. Accessibility)" maxlength="200"
                prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
            <button type="submit" class="button primary" prop:disabled=move || new_name.with(|n| n.trim().is_empty())>"Add concern"</button>
        </form>
        <ul class="plain-list records concerns" data-testid="concerns">
            <For each=move || concerns.get() key=|c| c.clone() let(concern)>
                <ConcernCard concern=concern />
            </For>
        </ul>
    }
}

/// How many elements weight a concern and how many decisions are tagged.
fn usage(ws: &Workspace, id: &Id) -> (usize, usize) {
    let elements = ws
        .elements
        .iter()
        .filter(|e| e.concerns.iter().any(|w| &w.concern == id))
        .count();
    let decisions = ws
        .decisions
        .iter()
        .filter(|d| d.concerns.contains(id))
        .count();
    (elements, decisions)
}

fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[component]
fn ConcernCard(concern: Concern) -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = StoredValue::new(concern.clone());
    let edit = move |change: Box<dyn FnOnce(&mut Concern)>| {
        let mut c = stored.get_value();
        change(&mut c);
        state.save_concern(c);
    };
    let id = concern.id.clone();
    let used = {
        let id = id.clone();
        Memo::new(move |_| state.doc.workspace.with(|ws| usage(ws, &id)))
    };
    let lens_id = id.clone();
    let name = concern.name.clone();
    let usage_text = move || {
        let (elements, decisions) = used.get();
        format!(
            "Weighted by {}, tagged on {}",
            counted(elements, "element", "elements"),
            counted(decisions, "decision", "decisions")
        )
    };
    view! {
        <li class="term-card concern-card" data-testid="concern">
            <details>
                <summary>
                    <h4>{concern.name.clone()}</h4>
                    {(!concern.description.is_empty()).then(|| view! { <p>{concern.description.clone()}</p> })}
                    <span class="muted small" data-testid="concern-usage">{usage_text}</span>
                </summary>
                <form class="properties" on:submit=|ev| ev.prevent_default()>
                    <label class="field"><span>"Concern"</span>
                        <input type="text" required maxlength="200" prop:value=concern.name.clone()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if v.trim().is_empty() {
                                    event_target::<web_sys::HtmlInputElement>(&ev).set_value(&stored.with_value(|c| c.name.clone()));
                                } else {
                                    edit(Box::new(move |c| c.name = v.trim().to_string()));
                                }
                            } />
                    </label>
                    <label class="field"><span>"What it means here"</span>
                        <textarea rows="2" maxlength="5000" prop:value=concern.description.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |c| c.description = v)); } />
                    </label>
                    <div class="concern-actions">
                        <button type="button" class="button small" on:click=move |_| state.session.concern_focus.set(Some(lens_id.clone()))>"See through the lens"</button>
                        <button type="button" class="button small danger" on:click=move |_| {
                            let (elements, decisions) = used.get_untracked();
                            let question = if elements + decisions == 0 {
                                format!("Delete the concern \"{name}\"? Undo brings it back.")
                            } else {
                                format!("Delete the concern \"{name}\"? It is weighted by {} and tagged on {}; those go too. Undo brings everything back.",
                                    counted(elements, "element", "elements"), counted(decisions, "decision", "decisions"))
                            };
                            if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
                                state.delete_concern(&id);
                            }
                        }>"Delete…"</button>
                    </div>
                </form>
            </details>
        </li>
    }
}
