//! The decision's status control. Most changes apply at once, but accepting or
//! rejecting a proposal asks who decided (and records when), and deprecating
//! asks why: the status changes only when that is given.

use leptos::prelude::*;

use crate::app::AppState;
use conway_model::{Decision, DecisionStatus, Id};

/// What the control is waiting for before the status changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pending {
    Nothing,
    Verdict(DecisionStatus),
    Deprecation,
}

#[component]
pub fn StatusControl(decision: Decision) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(decision.id.clone());
    let current = decision.status;
    let pending = RwSignal::new(Pending::Nothing);
    let answer = RwSignal::new(String::new());
    let deciders = decision.deciders.join(", ");
    let select_ref = NodeRef::<leptos::html::Select>::new();
    let cancel = move || {
        pending.set(Pending::Nothing);
        if let Some(select) = select_ref.get_untracked() {
            select.set_value(current.label());
        }
    };
    let set_status = move |status: DecisionStatus| {
        let Some(mut d) = id.with_value(|id: &Id| {
            state
                .doc
                .workspace
                .with_untracked(|ws| ws.decision(id).cloned())
        }) else {
            return;
        };
        d.status = status;
        state.save_decision(d);
    };
    let confirm = move || {
        let text = answer.get_untracked();
        let done = match pending.get_untracked() {
            Pending::Verdict(verdict) => {
                id.with_value(|id| state.resolve_decision(id, verdict, &text))
            }
            Pending::Deprecation => id.with_value(|id| state.deprecate_decision(id, &text)),
            Pending::Nothing => false,
        };
        if done {
            pending.set(Pending::Nothing);
        }
    };
    view! {
        <label class="field"><span>"Status"</span>
            <select data-testid="decision-status" node_ref=select_ref on:change=move |ev| {
                let v = event_target_value(&ev);
                let Some(status) = DecisionStatus::ALL.into_iter().find(|s| s.label() == v) else { return };
                match status {
                    DecisionStatus::Accepted | DecisionStatus::Rejected if current == DecisionStatus::Proposed => {
                        answer.set(deciders.clone());
                        pending.set(Pending::Verdict(status));
                    }
                    DecisionStatus::Deprecated => {
                        answer.set(String::new());
                        pending.set(Pending::Deprecation);
                    }
                    _ => set_status(status),
                }
            }>
                {DecisionStatus::ALL.into_iter().map(|s| view! { <option value=s.label() selected=s == current>{s.label()}</option> }).collect_view()}
            </select>
        </label>
        {move || {
            let (question, placeholder, action) = match pending.get() {
                Pending::Nothing => return None,
                Pending::Verdict(DecisionStatus::Rejected) => ("Who rejected it?", "Names, or the forum that decided", "Reject"),
                Pending::Verdict(_) => ("Who accepted it?", "Names, or the forum that decided", "Accept"),
                Pending::Deprecation => ("Why does it no longer apply?", "The reason, for whoever reads this later", "Deprecate"),
            };
            Some(view! {
                <div class="status-question" role="group" aria-label=question data-testid="status-question">
                    <label class="field"><span>{question}</span>
                        <textarea rows="2" placeholder=placeholder prop:value=move || answer.get() autofocus
                            on:input=move |ev| answer.set(event_target_value(&ev))
                            on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); cancel(); } />
                    </label>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| cancel()>"Cancel"</button>
                        <button type="button" class="button primary" prop:disabled=move || answer.with(|a| a.trim().is_empty())
                            on:click=move |_| confirm()>{action}</button>
                    </div>
                </div>
            })
        }}
    }
}
