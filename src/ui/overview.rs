//! The workspace overview shown when nothing is selected: the decision log,
//! principles, glossary and concerns, read-only.

use leptos::prelude::*;

use super::decision::StatusBadge;
use crate::app::AppState;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Decisions,
    Principles,
    Glossary,
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = RwSignal::new(Tab::Decisions);
    let tab_button = move |which: Tab, label: &'static str| {
        view! {
            <button type="button" role="tab" class="tab" aria-selected=move || (tab.get() == which).to_string()
                on:click=move |_| tab.set(which)>{label}</button>
        }
    };
    view! {
        <div class="details-header">
            <p class="eyebrow">"Workspace"</p>
            <h2>{move || state.workspace.with(|ws| ws.name.clone())}</h2>
        </div>
        <p class="description">{move || state.workspace.with(|ws| ws.description.clone())}</p>
        <div role="tablist" class="tabs" aria-label="Workspace records">
            {tab_button(Tab::Decisions, "Decisions")}
            {tab_button(Tab::Principles, "Principles")}
            {tab_button(Tab::Glossary, "Glossary")}
        </div>
        <div role="tabpanel" class="tab-panel">
            {move || match tab.get() {
                Tab::Decisions => decisions(state).into_any(),
                Tab::Principles => principles(state).into_any(),
                Tab::Glossary => glossary(state).into_any(),
            }}
        </div>
    }
}

fn decisions(state: AppState) -> impl IntoView {
    let mut rows: Vec<_> = state.workspace.with(|ws| {
        ws.decisions
            .iter()
            .map(|d| {
                (
                    d.number,
                    d.id.clone(),
                    d.reference(),
                    d.title.clone(),
                    d.status,
                    d.links.len(),
                )
            })
            .collect()
    });
    rows.sort_by_key(|r| r.0);
    view! {
        <ul class="decision-list" data-testid="decision-log">
            {rows.into_iter().map(|(_, id, reference, title, status, links)| view! {
                <li>
                    <button type="button" class="decision-row" on:click=move |_| state.select_decision(id.clone())>
                        <span class="adr-number">{reference}</span>
                        <span class="adr-title">{title}</span>
                        <StatusBadge status=status />
                        <span class="muted small">{format!("{links} linked")}</span>
                    </button>
                </li>
            }).collect_view()}
        </ul>
    }
}

fn principles(state: AppState) -> impl IntoView {
    let items: Vec<_> = state.workspace.with(|ws| {
        ws.principles
            .iter()
            .map(|p| (p.name.clone(), p.statement.clone(), p.rationale.clone()))
            .collect()
    });
    view! {
        <ul class="plain-list records">
            {items.into_iter().map(|(name, statement, rationale)| view! {
                <li><h4>{name}</h4><p>{statement}</p><p class="muted small">{rationale}</p></li>
            }).collect_view()}
        </ul>
    }
}

fn glossary(state: AppState) -> impl IntoView {
    let mut items: Vec<_> = state.workspace.with(|ws| {
        ws.glossary
            .iter()
            .map(|t| (t.term.clone(), t.definition.clone(), t.avoid.join(", ")))
            .collect()
    });
    items.sort_by_key(|(term, _, _)| term.to_lowercase());
    view! {
        <dl class="glossary" data-testid="glossary">
            {items.into_iter().map(|(term, definition, avoid)| view! {
                <dt>{term}</dt>
                <dd>{definition}{(!avoid.is_empty()).then(|| view! { <span class="muted small avoid">{format!("Avoid: {avoid}")}</span> })}</dd>
            }).collect_view()}
        </dl>
    }
}
