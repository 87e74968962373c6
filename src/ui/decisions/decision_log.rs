//! The decision log in the overview: every decision with number, title,
//! status, category, date and links; filtered by status, category, linked
//! element and text; sorted by number or date; and a button for a new one.

use leptos::prelude::*;

use crate::app::{chosen_files, export_madr, import_madr, today, AppState};
use crate::ui::decisions::decision::StatusBadge;
use conway_analysis::{LogFilter, LogOrder};
use conway_model::{Category, DecisionStatus, Id, Reversibility, Scope};

/// Every category, with a value for the filter's select.
fn categories() -> Vec<(String, Category)> {
    Reversibility::ALL
        .iter()
        .flat_map(|&reversibility| {
            Scope::ALL.iter().map(move |&scope| {
                (
                    format!("{} · {}", reversibility.label(), scope.label()),
                    Category {
                        reversibility,
                        scope,
                    },
                )
            })
        })
        .collect()
}

/// MADR files out (a zip of docs/decisions/) and in (a zip or .md files).
#[component]
fn MadrButtons() -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<leptos::html::Input>::new();
    view! {
        <div class="madr-buttons" role="group" aria-label="MADR files">
            <button type="button" class="button small" title="Download the decisions as a zip of docs/decisions/*.md (MADR 4)"
                on:click=move |_| export_madr(state)>"Export MADR"</button>
            <button type="button" class="button small" title="Add or update decisions from a MADR zip or .md files, matched by number"
                on:click=move |_| if let Some(i) = input.get_untracked() { i.click(); }>"Import MADR…"</button>
            <input type="file" class="visually-hidden" data-testid="madr-import-input" accept=".zip,.md,.markdown,application/zip,text/markdown" multiple
                node_ref=input tabindex="-1" aria-hidden="true" on:change=move |ev| {
                    let element: web_sys::HtmlInputElement = event_target(&ev);
                    let files = chosen_files(&element);
                    element.set_value("");
                    if !files.is_empty() { import_madr(state, files); }
                } />
        </div>
    }
}

#[component]
pub fn DecisionLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let filter = RwSignal::new(LogFilter::default());
    let order = RwSignal::new(LogOrder::Number);
    let rows = Memo::new(move |_| {
        let filter = filter.get();
        let today = today();
        state.doc.workspace.with(|ws| {
            conway_analysis::decision_log(ws, &filter, order.get())
                .into_iter()
                .map(|d| {
                    (
                        d.id.clone(),
                        d.reference(),
                        d.title.clone(),
                        d.status,
                        d.category
                            .map(|c| format!("{} · {}", c.reversibility.label(), c.scope.label())),
                        d.date.map(|date| date.to_string()).unwrap_or_default(),
                        d.links.len(),
                        conway_analysis::lint(ws, d, today)
                            .into_iter()
                            .map(|f| f.message)
                            .collect::<Vec<_>>(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    // Elements and relationships some decision is linked to, by name.
    let linked_options = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            let mut ids: Vec<Id> = ws
                .decisions
                .iter()
                .flat_map(|d| d.links.iter().cloned())
                .collect();
            ids.sort();
            ids.dedup();
            let mut named: Vec<(Id, String)> = ids
                .into_iter()
                .filter_map(|id| ws.element(&id).map(|e| (id.clone(), e.name.clone())))
                .collect();
            named.sort_by_key(|(_, name)| name.to_lowercase());
            named
        })
    });
    let total = move || state.doc.workspace.with(|ws| ws.decisions.len());
    view! {
        <div class="log-toolbar">
            <button type="button" class="button primary" on:click=move |_| state.dialogs.new_decision.set(true)>"New decision"</button>
            <input type="search" class="search-field" placeholder="Filter by words or ADR number" aria-label="Filter decisions"
                on:input=move |ev| { let text = event_target_value(&ev); filter.update(|f| f.text = text); } />
        </div>
        <div class="log-filters">
            <select aria-label="Status" on:change=move |ev| {
                let value = event_target_value(&ev);
                filter.update(|f| f.status = DecisionStatus::ALL.into_iter().find(|s| s.label() == value));
            }>
                <option value="">"Any status"</option>
                {DecisionStatus::ALL.into_iter().map(|s| view! { <option value=s.label()>{s.label()}</option> }).collect_view()}
            </select>
            <select aria-label="Category" on:change=move |ev| {
                let value = event_target_value(&ev);
                filter.update(|f| f.category = categories().into_iter().find(|(label, _)| *label == value).map(|(_, c)| c));
            }>
                <option value="">"Any category"</option>
                {categories().into_iter().map(|(label, _)| view! { <option value=label.clone()>{label.clone()}</option> }).collect_view()}
            </select>
            <select aria-label="Linked element" on:change=move |ev| {
                let value = event_target_value(&ev);
                filter.update(|f| f.linked = (!value.is_empty()).then(|| Id::new(value)));
            }>
                <option value="">"Any element"</option>
                <For each=move || linked_options.get() key=|(id, name)| (id.clone(), name.clone()) let((id, name))>
                    <option value=id.to_string()>{name}</option>
                </For>
            </select>
            <select aria-label="Sort" on:change=move |ev| order.set(if event_target_value(&ev) == "date" { LogOrder::Date } else { LogOrder::Number })>
                <option value="number">"By number"</option>
                <option value="date">"Newest first"</option>
            </select>
        </div>
        <div class="log-count">
            <p class="muted small" data-testid="decision-count">{move || format!("{} of {}", rows.with(Vec::len), total())}</p>
            <MadrButtons />
        </div>
        <ul class="decision-list" data-testid="decision-log">
            <For each=move || rows.get() key=|row| row.clone() let((id, reference, title, status, category, date, links, findings))>
                <li>
                    <button type="button" class="decision-row" on:click=move |_| state.select_decision(id.clone())>
                        <span class="adr-number">{reference}</span>
                        <span class="adr-title">{title}</span>
                        <StatusBadge status=status />
                        <span class="muted small">
                            {(!findings.is_empty()).then(|| {
                                let n = findings.len();
                                let label = format!("{n} linter finding{}: {}", if n == 1 { "" } else { "s" }, findings.join(" "));
                                view! { <span class="row-findings" data-testid="row-findings" title=label.clone() aria-label=label>{format!("⚠ {n} · ")}</span> }
                            })}
                            // Each part stays on one line: a date is never broken at its dashes.
                            {[category.unwrap_or_else(|| "No category".into()), date, format!("{links} linked")].into_iter().filter(|s| !s.is_empty()).enumerate()
                                .map(|(i, part)| view! { {(i > 0).then_some(" · ")}<span class="meta-part">{part}</span> }).collect_view()}
                        </span>
                    </button>
                </li>
            </For>
        </ul>
    }
}
