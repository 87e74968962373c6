//! The Glossary tab: the words teams agree to use, each with its definition
//! and the synonyms to avoid; added, edited in place and deleted here (one
//! undo step each). A term chosen in search opens here.

use leptos::prelude::*;

use crate::app::AppState;
use conway_editor::decision_fields::names;
use conway_model::{Id, Term};

#[component]
pub fn GlossaryTab() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_word = RwSignal::new(String::new());
    let terms = Memo::new(move |_| {
        let mut all = state.doc.workspace.with(|ws| ws.glossary.clone());
        all.sort_by_key(|t| t.term.to_lowercase());
        all
    });
    let add = move || {
        if let Some(id) = state.add_term(&new_word.get_untracked()) {
            new_word.set(String::new());
            state.session.glossary_focus.set(Some(id));
        }
    };
    view! {
        <form class="log-toolbar" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <input type="text" class="search-field" aria-label="New term" placeholder="Add a term" maxlength="200"
                prop:value=move || new_word.get() on:input=move |ev| new_word.set(event_target_value(&ev)) />
            <button type="submit" class="button primary" prop:disabled=move || new_word.with(|n| n.trim().is_empty())>"Add term"</button>
        </form>
        <ul class="plain-list records glossary" data-testid="glossary">
            <For each=move || terms.get() key=|t| t.clone() let(term)>
                <TermCard term=term />
            </For>
        </ul>
    }
}

#[component]
fn TermCard(term: Term) -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = StoredValue::new(term.clone());
    let edit = move |change: Box<dyn FnOnce(&mut Term)>| {
        let mut t = stored.get_value();
        change(&mut t);
        state.save_term(t);
    };
    let id = StoredValue::new(term.id.clone());
    let focused = move || {
        id.with_value(|id| {
            state
                .session
                .glossary_focus
                .with(|f| f.as_ref() == Some(id))
        })
    };
    let toggle_id = term.id.clone();
    let delete_id: Id = term.id.clone();
    let word = term.term.clone();
    let card = NodeRef::<leptos::html::Li>::new();
    Effect::new(move |_| {
        if focused() {
            if let Some(li) = card.get() {
                li.scroll_into_view();
            }
        }
    });
    view! {
        <li class="term-card" data-testid="term" node_ref=card>
            <details prop:open=focused on:toggle=move |ev| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                let focused_now = state.session.glossary_focus.with_untracked(|f| f.as_ref() == Some(&toggle_id));
                if open && !focused_now { state.session.glossary_focus.set(Some(toggle_id.clone())); }
                else if !open && state.session.glossary_focus.with_untracked(|f| f.as_ref() == Some(&toggle_id)) { state.session.glossary_focus.set(None); }
            }>
                <summary>
                    <h4>{term.term.clone()}</h4>
                    <p>{term.definition.clone()}</p>
                    {(!term.avoid.is_empty()).then(|| view! { <span class="muted small avoid">{format!("Avoid: {}", term.avoid.join(", "))}</span> })}
                </summary>
                <form class="properties" on:submit=|ev| ev.prevent_default()>
                    <label class="field"><span>"Term"</span>
                        <input type="text" required maxlength="200" prop:value=term.term.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); if !v.trim().is_empty() { edit(Box::new(move |t| t.term = v.trim().to_string())); } } />
                    </label>
                    <label class="field"><span>"Definition"</span>
                        <textarea rows="3" maxlength="5000" prop:value=term.definition.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |t| t.definition = v)); } />
                    </label>
                    <label class="field"><span>"Words to avoid (comma-separated)"</span>
                        <input type="text" prop:value=term.avoid.join(", ")
                            on:change=move |ev| { let v = names(&event_target_value(&ev)); edit(Box::new(move |t| t.avoid = v)); } />
                    </label>
                    <button type="button" class="button danger" on:click=move |_| {
                        let question = format!("Delete the term \"{word}\"? Undo brings it back.");
                        if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
                            state.delete_term(&delete_id);
                        }
                    }>"Delete term…"</button>
                </form>
            </details>
        </li>
    }
}
