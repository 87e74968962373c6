//! The Principles tab: the workspace's guardrails, each editable in place
//! (name, statement, rationale, implications) with the decisions that follow
//! or depart from it; added and deleted here. Every change is one undo step.

use leptos::prelude::*;

use crate::app::AppState;
use conway_editor::decision_fields::lines;
use conway_model::{Id, Principle, Stance};

#[component]
pub fn PrinciplesTab() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new_name = RwSignal::new(String::new());
    let opened = RwSignal::new(None::<Id>);
    let rows = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            ws.principles
                .iter()
                .map(|p| {
                    let cites: Vec<(Id, String, Stance)> = ws
                        .decisions
                        .iter()
                        .filter_map(|d| {
                            let r = d.principles.iter().find(|r| r.principle == p.id)?;
                            Some((
                                d.id.clone(),
                                format!("{} {}", d.reference(), d.title),
                                r.stance,
                            ))
                        })
                        .collect();
                    (p.clone(), cites)
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move || {
        if let Some(id) = state.add_principle(&new_name.get_untracked()) {
            new_name.set(String::new());
            opened.set(Some(id));
        }
    };
    view! {
        <form class="log-toolbar" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <input type="text" class="search-field" aria-label="New principle name" placeholder="Name a new principle" maxlength="200"
                prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev)) />
            <button type="submit" class="button primary" prop:disabled=move || new_name.with(|n| n.trim().is_empty())>"Add principle"</button>
        </form>
        <ul class="plain-list records" data-testid="principles">
            <For each=move || rows.get() key=|row| row.clone() let((principle, cites))>
                <PrincipleCard principle=principle cites=cites opened=opened />
            </For>
        </ul>
    }
}

#[component]
fn PrincipleCard(
    principle: Principle,
    cites: Vec<(Id, String, Stance)>,
    opened: RwSignal<Option<Id>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let stored = StoredValue::new(principle.clone());
    let edit = move |change: Box<dyn FnOnce(&mut Principle)>| {
        let mut p = stored.get_value();
        change(&mut p);
        state.save_principle(p);
    };
    let departures = cites
        .iter()
        .filter(|(_, _, s)| *s == Stance::DepartsFrom)
        .count();
    let summary = match (cites.len(), departures) {
        (0, _) => "Not cited yet".to_string(),
        (n, 0) => format!("Followed by {n} decision{}", if n == 1 { "" } else { "s" }),
        (n, d) => format!(
            "Cited by {n} decision{}, {d} departing",
            if n == 1 { "" } else { "s" }
        ),
    };
    let id = principle.id.clone();
    let is_open = move || opened.with(|o| o.as_ref() == Some(&id));
    let (toggle_id, delete_id, name) = (
        principle.id.clone(),
        principle.id.clone(),
        principle.name.clone(),
    );
    let cited = cites.len();
    view! {
        <li class="principle" data-testid="principle">
            <details prop:open=is_open on:toggle=move |ev| {
                let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                let open_now = opened.with_untracked(|o| o.as_ref() == Some(&toggle_id));
                if open && !open_now { opened.set(Some(toggle_id.clone())); } else if !open && opened.with_untracked(|o| o.as_ref() == Some(&toggle_id)) { opened.set(None); }
            }>
                <summary><h4>{principle.name.clone()}</h4><p>{principle.statement.clone()}</p><span class="muted small">{summary}</span></summary>
                <form class="properties" on:submit=|ev| ev.prevent_default()>
                    <label class="field"><span>"Name"</span>
                        <input type="text" required maxlength="200" prop:value=principle.name.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); if !v.trim().is_empty() { edit(Box::new(move |p| p.name = v.trim().to_string())); } } />
                    </label>
                    <label class="field"><span>"Statement"</span>
                        <textarea rows="2" maxlength="5000" prop:value=principle.statement.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.statement = v)); } />
                    </label>
                    <label class="field"><span>"Rationale"</span>
                        <textarea rows="3" maxlength="5000" prop:value=principle.rationale.clone()
                            on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |p| p.rationale = v)); } />
                    </label>
                    <label class="field"><span>"Implications (one per line)"</span>
                        <textarea rows="3" prop:value=principle.implications.join("\n")
                            on:change=move |ev| { let v = lines(&event_target_value(&ev)); edit(Box::new(move |p| p.implications = v)); } />
                    </label>
                </form>
                {(!cites.is_empty()).then(|| view! {
                    <ul class="plain-list small">
                        {cites.into_iter().map(|(id, title, stance)| view! {
                            <li><span class="muted">{format!("{} · ", if stance == Stance::DepartsFrom { "Departs" } else { "Follows" })}</span>
                                <button type="button" class="link" on:click=move |_| state.select_decision(id.clone())>{title}</button></li>
                        }).collect_view()}
                    </ul>
                })}
                <button type="button" class="button danger" on:click=move |_| {
                    let question = if cited == 0 {
                        format!("Delete the principle \"{name}\"? Undo brings it back.")
                    } else {
                        format!("Delete the principle \"{name}\"? {cited} decision(s) cite it and will no longer; Undo brings it all back.")
                    };
                    if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
                        state.delete_principle(&delete_id);
                    }
                }>"Delete principle…"</button>
            </details>
        </li>
    }
}
