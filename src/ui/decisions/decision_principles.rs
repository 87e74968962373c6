//! The principles a decision follows or departs from: as read (a departure
//! with its justification) and as edited in the decision form.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::panel::markdown::Markdown;
use conway_model::{Decision, Id, PrincipleRef, Stance, Workspace};

fn stance_of(value: &str) -> Stance {
    Stance::ALL
        .into_iter()
        .find(|s| s.label() == value)
        .unwrap_or(Stance::Follows)
}

fn principle_name(ws: &Workspace, id: &Id) -> String {
    ws.principle(id)
        .map_or_else(|| id.to_string(), |p| p.name.clone())
}

/// The cited principles as read; nothing when none is cited.
pub fn principles_read(ws: &Workspace, d: &Decision) -> Option<impl IntoView> {
    let cited: Vec<(Stance, String, String)> = d
        .principles
        .iter()
        .map(|r| {
            (
                r.stance,
                principle_name(ws, &r.principle),
                r.justification.clone(),
            )
        })
        .collect();
    (!cited.is_empty()).then(|| view! {
        <h3>"Principles"</h3>
        <ul class="plain-list principles-cited" data-testid="decision-principles">
            {cited.into_iter().map(|(stance, name, why)| view! {
                <li class=if stance == Stance::DepartsFrom { "departs" } else { "follows" }>
                    <span class="muted">{format!("{} ", stance.label())}</span><strong>{name}</strong>
                    {(!why.trim().is_empty()).then(|| view! { <Markdown text=why /> })}
                </li>
            }).collect_view()}
        </ul>
    })
}

/// A change to a decision's citations, applied to them as stored now.
type CitationChange = Box<dyn FnOnce(&mut Vec<PrincipleRef>)>;

/// Cite, re-stance, justify and drop principles; one undo step per change.
#[component]
pub fn PrincipleCitations(decision: Decision) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(decision.id.clone());
    let edit = move |change: CitationChange| {
        id.with_value(|id| state.edit_decision(id, |d| change(&mut d.principles)));
    };
    let (names, uncited) = state.doc.workspace.with_untracked(|ws| {
        let names: Vec<String> = decision
            .principles
            .iter()
            .map(|r| principle_name(ws, &r.principle))
            .collect();
        let uncited: Vec<(Id, String)> = ws
            .principles
            .iter()
            .filter(|p| !decision.principles.iter().any(|r| r.principle == p.id))
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect();
        (names, uncited)
    });
    let (chosen, stance) = (RwSignal::new(String::new()), RwSignal::new(Stance::Follows));
    view! {
        <fieldset class="options-editor" data-testid="principle-editor">
            <legend>"Principles followed or departed from"</legend>
            {decision.principles.into_iter().zip(names).enumerate().map(|(i, (r, name))| {
                let departs = r.stance == Stance::DepartsFrom;
                view! {
                    <div class="option-editor citation">
                        <div class="option-head">
                            <select aria-label=format!("Stance on {name}") on:change=move |ev| {
                                let s = stance_of(&event_target_value(&ev));
                                edit(Box::new(move |refs| if let Some(r) = refs.get_mut(i) { r.stance = s; }));
                            }>
                                {Stance::ALL.into_iter().map(|s| view! { <option value=s.label() selected=s == r.stance>{s.label()}</option> }).collect_view()}
                            </select>
                            <span class="citation-name">{name.clone()}</span>
                            <button type="button" class="button icon" aria-label=format!("Stop citing {name}") title="Stop citing this principle"
                                on:click=move |_| edit(Box::new(move |refs| { if i < refs.len() { refs.remove(i); } }))>"✕"</button>
                        </div>
                        {departs.then(|| view! {
                            <textarea rows="2" aria-label=format!("Why depart from {name}") placeholder="Why does this decision depart from it? (required)"
                                class:missing=r.justification.trim().is_empty() prop:value=r.justification.clone()
                                on:change=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |refs| if let Some(r) = refs.get_mut(i) { r.justification = v; })); } />
                        })}
                    </div>
                }
            }).collect_view()}
            {(!uncited.is_empty()).then(|| view! {
                <div class="relation-row">
                    <select aria-label="Stance" on:change=move |ev| stance.set(stance_of(&event_target_value(&ev)))>
                        {Stance::ALL.into_iter().map(|s| view! { <option value=s.label()>{s.label()}</option> }).collect_view()}
                    </select>
                    <select aria-label="Principle to cite" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                        <option value="">"Choose a principle…"</option>
                        {uncited.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    </select>
                    <button type="button" class="button" prop:disabled=move || chosen.with(String::is_empty) on:click=move |_| {
                        let (principle, stance) = (Id::new(chosen.get_untracked()), stance.get_untracked());
                        edit(Box::new(move |refs| refs.push(PrincipleRef { principle, stance, justification: String::new() })));
                        chosen.set(String::new());
                    }>"Cite"</button>
                </div>
            })}
        </fieldset>
    }
}
