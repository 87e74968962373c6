//! Search (Ctrl/Cmd+K or /): type to find elements and decisions; arrows move,
//! Enter chooses, and the choice is selected and brought into view.

use leptos::prelude::*;

use crate::app::AppState;
use conway_analysis::HitKind;

/// How many results the list shows.
const SHOWN: usize = 12;

#[component]
pub fn SearchDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(0usize);
    let hits = Memo::new(move |_| {
        let q = query.get();
        state
            .doc
            .workspace
            .with(|ws| conway_analysis::search(ws, &q, SHOWN))
    });
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if state.dialogs.search.get() {
            query.set(String::new());
            active.set(0);
            if let Some(field) = input.get() {
                let _ = field.focus();
            }
        }
    });
    let close = move || state.dialogs.search.set(false);
    let choose = move |index: usize| {
        if let Some(hit) = hits.with_untracked(|h| h.get(index).cloned()) {
            close();
            state.choose_hit(&hit);
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let count = hits.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => active.update(|a| *a = (*a + 1) % count),
            "ArrowUp" if count > 0 => active.update(|a| *a = (*a + count - 1) % count),
            "Enter" => choose(active.get_untracked()),
            "Escape" => close(),
            _ => return,
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    move || {
        state.dialogs.search.get().then(|| view! {
            <div class="overlay top" on:click=move |_| close()>
                <div class="dialog search" role="dialog" aria-modal="true" aria-label="Search" on:click=|ev| ev.stop_propagation()>
                    <input node_ref=input type="search" class="search-field" placeholder="Search elements and decisions"
                        aria-label="Search" role="combobox" aria-expanded="true" aria-controls="search-results"
                        on:input=move |ev| { query.set(event_target_value(&ev)); active.set(0); } on:keydown=on_key />
                    <ul id="search-results" class="pick-list" role="listbox" aria-label="Results">
                        {move || {
                            let list = hits.get();
                            if list.is_empty() {
                                let hint = if query.with(|q| q.trim().is_empty()) { "Type a name, a technology or an ADR number." } else { "Nothing matches." };
                                return view! { <li class="muted empty-hint">{hint}</li> }.into_any();
                            }
                            list.into_iter().enumerate().map(|(i, hit)| {
                                let icon = match hit.kind { HitKind::Decision => "ADR", HitKind::Term => "Aa", HitKind::Element => "◻" };
                                view! {
                                    <li><button type="button" role="option" aria-selected=move || (active.get() == i).to_string()
                                        class:active=move || active.get() == i on:click=move |_| choose(i)>
                                        <span><span class="hit-icon" aria-hidden="true">{icon}</span>{hit.title.clone()}</span>
                                        <span class="muted small">{hit.detail.clone()}</span>
                                    </button></li>
                                }
                            }).collect_view().into_any()
                        }}
                    </ul>
                </div>
            </div>
        })
    }
}
