//! The form that edits a decision's MADR fields, supersedes older decisions
//! and deletes it. A field commits when it changes: one undo step each.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::decisions::decision_principles::PrincipleCitations;
use crate::ui::decisions::decision_review::ReviewFields;
use crate::ui::decisions::decision_status::StatusControl;
use conway_editor::decision_fields::{self as fields, Field, OptionField};
use conway_model::{Decision, DecisionStatus, Id, RelationKind, Reversibility, Scope};

/// Links of a decision: what it shapes, unlinked one by one, and a picker
/// of every element and relationship not yet linked.
#[component]
fn LinkEditor(
    decision: Id,
    links: Vec<(Id, String)>,
    candidates: Vec<(Id, String)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let decision = StoredValue::new(decision);
    let chosen = RwSignal::new(String::new());
    let picking = move || {
        let current = state.session.picking_links.get();
        decision.with_value(|d| current.as_ref() == Some(d))
    };
    view! {
        <fieldset class="options-editor" data-testid="link-editor">
            <legend>"Shapes (linked elements and relationships)"</legend>
            <button type="button" class="button pick-button" aria-pressed=move || picking().to_string()
                on:click=move |_| state.session.picking_links.set((!picking()).then(|| decision.get_value()))>
                {move || if picking() { "Done picking" } else { "Pick on the canvas" }}
            </button>
            {move || picking().then(|| view! {
                <p class="pick-hint" role="status">"Click elements or relationships on either map to link or unlink them. Esc when done."</p>
            })}
            <ul class="plain-list">
                {links.into_iter().map(|(id, name)| {
                    let label = format!("Unlink {name}");
                    view! { <li class="link-row"><span>{name}</span>
                        <button type="button" class="button icon" aria-label=label.clone() title=label
                            on:click=move |_| decision.with_value(|d| state.set_decision_link(d, &id, false))>"✕"</button></li> }
                }).collect_view()}
            </ul>
            <div class="connect-row">
                <select aria-label="Link an element or relationship" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">"Link an element or relationship…"</option>
                    {candidates.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                </select>
                <button type="button" class="button" prop:disabled=move || chosen.with(String::is_empty) on:click=move |_| {
                    let target = Id::new(chosen.get_untracked());
                    decision.with_value(|d| state.set_decision_link(d, &target, true));
                    chosen.set(String::new());
                }>"Link"</button>
            </div>
        </fieldset>
    }
}

/// Amends and relates-to relations of a decision (superseding has its own
/// control); each shows on both ends, as the details list them.
#[component]
fn RelationEditor(decision: Id, others: Vec<(Id, String)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let decision = StoredValue::new(decision);
    let (target, kind) = (
        RwSignal::new(String::new()),
        RwSignal::new(RelationKind::Amends),
    );
    let change = move |apply: Box<dyn FnOnce(&mut Decision)>| {
        decision.with_value(|id| state.edit_decision(id, apply));
    };
    let current = Memo::new(move |_| {
        decision.with_value(|id| {
            state.doc.workspace.with(|ws| {
                ws.decision(id)
                    .map(|d| fields::relations_shown(ws, d))
                    .unwrap_or_default()
            })
        })
    });
    view! {
        <fieldset class="options-editor" data-testid="relation-editor">
            <legend>"Amends and relates to"</legend>
            <ul class="plain-list">
                <For each=move || current.get() key=|r| r.2.clone() let((relation_kind, relation_target, label))>
                    <li class="link-row"><span>{label.clone()}</span>
                        <button type="button" class="button icon" aria-label=format!("Remove relation: {label}") title="Remove this relation"
                            on:click=move |_| { let t = relation_target.clone(); change(Box::new(move |d| fields::remove_relation(d, relation_kind, &t))) }>"✕"</button></li>
                </For>
            </ul>
            <div class="relation-row">
                <select aria-label="Relation" on:change=move |ev| kind.set(if event_target_value(&ev) == "relates" { RelationKind::RelatesTo } else { RelationKind::Amends })>
                    <option value="amends">"Amends"</option>
                    <option value="relates">"Relates to"</option>
                </select>
                <select aria-label="Related decision" prop:value=move || target.get() on:change=move |ev| target.set(event_target_value(&ev))>
                    <option value="">"Choose a decision…"</option>
                    {others.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                </select>
                <button type="button" class="button" prop:disabled=move || target.with(String::is_empty) on:click=move |_| {
                    let (to, relation) = (Id::new(target.get_untracked()), kind.get_untracked());
                    change(Box::new(move |d| fields::add_relation(d, relation, to)));
                    target.set(String::new());
                }>"Add"</button>
            </div>
        </fieldset>
    }
}

#[component]
pub fn DecisionForm(decision: Decision, others: Vec<(Id, String)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(decision.id.clone());
    // Applies a change to the decision as stored now and saves it.
    let edit = move |change: Box<dyn FnOnce(&mut Decision)>| {
        id.with_value(|id| state.edit_decision(id, change));
    };
    let set =
        move |field: Field, value: String| edit(Box::new(move |d| fields::set(d, field, &value)));
    let text = |label: &'static str,
                testid: &'static str,
                d: &Decision,
                field: Field,
                rows: u32| {
        view! {
            <label class="field"><span>{label}</span>
                <textarea rows=rows data-testid=testid prop:value=fields::text(d, field) maxlength="100000"
                    on:change=move |ev| set(field, event_target_value(&ev)) />
            </label>
        }
    };
    let (links, candidates) = state.doc.workspace.with_untracked(|ws| {
        (
            fields::linked(ws, &decision),
            fields::link_candidates(ws, &decision),
        )
    });
    let d = decision;
    let selected_old = RwSignal::new(Vec::<Id>::new());
    let (supersede_id, delete_id) = (d.id.clone(), d.id.clone());
    let title = d.title.clone();
    view! {
        <form class="properties" data-testid="decision-form" on:submit=|ev| ev.prevent_default()>
            <label class="field"><span>"Title"</span>
                <input type="text" data-testid="decision-title" required maxlength="200" prop:value=d.title.clone()
                    on:change=move |ev| set(Field::Title, event_target_value(&ev)) />
            </label>
            <div class="field-row">
                <StatusControl decision=d.clone() />
                <label class="field"><span>"Date"</span>
                    <input type="date" data-testid="decision-date" prop:value=fields::text(&d, Field::Date)
                        on:change=move |ev| set(Field::Date, event_target_value(&ev)) />
                </label>
            </div>
            <div class="field-row">
                <label class="field"><span>"Reversibility"</span>
                    <select data-testid="decision-reversibility" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let chosen = Reversibility::ALL.into_iter().find(|r| r.label() == v);
                        edit(Box::new(move |d| { let scope = d.category.map(|c| c.scope); fields::set_category(d, chosen, scope) }));
                    }>
                        <option value="" selected=d.category.is_none()>"Not set"</option>
                        {Reversibility::ALL.into_iter().map(|r| view! { <option value=r.label() selected=d.category.map(|c| c.reversibility) == Some(r)>{r.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field"><span>"Scope"</span>
                    <select data-testid="decision-scope" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        let chosen = Scope::ALL.into_iter().find(|s| s.label() == v);
                        edit(Box::new(move |d| { let reversibility = d.category.map(|c| c.reversibility); fields::set_category(d, reversibility, chosen) }));
                    }>
                        <option value="" selected=d.category.is_none()>"Not set"</option>
                        {Scope::ALL.into_iter().map(|s| view! { <option value=s.label() selected=d.category.map(|c| c.scope) == Some(s)>{s.label()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <label class="field"><span>"Deciders (comma-separated)"</span>
                <input type="text" prop:value=fields::text(&d, Field::Deciders) on:change=move |ev| set(Field::Deciders, event_target_value(&ev)) />
            </label>
            <div class="field-row">
                <label class="field"><span>"Consulted"</span>
                    <input type="text" prop:value=fields::text(&d, Field::Consulted) on:change=move |ev| set(Field::Consulted, event_target_value(&ev)) />
                </label>
                <label class="field"><span>"Informed"</span>
                    <input type="text" prop:value=fields::text(&d, Field::Informed) on:change=move |ev| set(Field::Informed, event_target_value(&ev)) />
                </label>
            </div>
            {text("Context and problem (markdown)", "decision-context", &d, Field::Context, 4)}
            {text("Decision drivers (one per line)", "decision-drivers", &d, Field::Drivers, 3)}
            <fieldset class="options-editor">
                <legend>"Considered options"</legend>
                {d.options.iter().enumerate().map(|(i, o)| {
                    let set = move |field: OptionField, v: String| edit(Box::new(move |d| fields::set_option(d, i, field, &v)));
                    view! {
                        <div class="option-editor" data-testid="option-editor">
                            <div class="option-head">
                                <input type="text" aria-label=format!("Option {} name", i + 1) placeholder="Option name" maxlength="200" prop:value=o.name.clone()
                                    on:change=move |ev| set(OptionField::Name, event_target_value(&ev)) />
                                <button type="button" class="button icon" aria-label=format!("Remove option {}", i + 1) title="Remove this option"
                                    on:click=move |_| edit(Box::new(move |d| fields::remove_option(d, i)))>"✕"</button>
                            </div>
                            <textarea rows="2" aria-label=format!("Option {} description", i + 1) placeholder="Description (markdown)" prop:value=o.description.clone()
                                on:change=move |ev| set(OptionField::Description, event_target_value(&ev)) />
                            <div class="field-row">
                                <textarea rows="2" aria-label=format!("Option {} good, one per line", i + 1) placeholder="Good, one per line" prop:value=o.pros.join("\n")
                                    on:change=move |ev| set(OptionField::Pros, event_target_value(&ev)) />
                                <textarea rows="2" aria-label=format!("Option {} bad, one per line", i + 1) placeholder="Bad, one per line" prop:value=o.cons.join("\n")
                                    on:change=move |ev| set(OptionField::Cons, event_target_value(&ev)) />
                            </div>
                        </div>
                    }
                }).collect_view()}
                <button type="button" class="button" on:click=move |_| edit(Box::new(fields::add_option))>"Add option"</button>
            </fieldset>
            {text("Decision outcome and justification (markdown)", "decision-outcome", &d, Field::Outcome, 4)}
            {text("Good consequences (one per line)", "decision-good", &d, Field::GoodConsequences, 2)}
            {text("Bad consequences (one per line)", "decision-bad", &d, Field::BadConsequences, 2)}
            {text("Confirmation (markdown)", "decision-confirmation", &d, Field::Confirmation, 2)}
            {(d.status == DecisionStatus::Deprecated).then(|| text("Why it was deprecated", "decision-deprecation", &d, Field::DeprecationReason, 2))}
            <ReviewFields decision=d.clone() />
            <PrincipleCitations decision=d.clone() />
            <LinkEditor decision=d.id.clone() links=links candidates=candidates />
            <RelationEditor decision=d.id.clone() others=others.clone() />
            {(!others.is_empty()).then(|| view! {
                <label class="field"><span>"Supersede (choose one or several)"</span>
                    <select multiple size="4" data-testid="supersede-choice" on:change=move |ev| {
                        let select: web_sys::HtmlSelectElement = event_target(&ev);
                        let options = select.selected_options();
                        let chosen = (0..options.length()).filter_map(|i| options.item(i)).filter_map(|o| o.get_attribute("value")).map(Id::new).collect();
                        selected_old.set(chosen);
                    }>
                        {others.into_iter().map(|(id, label)| view! { <option value=id.to_string()>{label}</option> }).collect_view()}
                    </select>
                </label>
                <button type="button" class="button" prop:disabled=move || selected_old.with(Vec::is_empty)
                    on:click=move |_| { state.supersede(&supersede_id, &selected_old.get_untracked()); selected_old.set(Vec::new()); }>"Supersede selected"</button>
            })}
            <button type="button" class="button danger" data-testid="delete-decision" on:click=move |_| {
                let question = format!("Delete the decision \"{title}\"? Its links to elements go with it; Undo brings it all back.");
                if web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false) {
                    state.delete_decision(&delete_id);
                }
            }>"Delete decision…"</button>
        </form>
    }
}
