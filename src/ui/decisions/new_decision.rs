//! The questions a new decision starts with: how hard it is to undo and who
//! it affects. The answers set its category, and the framework's guidance for
//! that category (who decides, how much analysis, who to consult) shows at once.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::shell::shortcuts::keys_of;
use conway_editor::actions::ActionId;
use conway_model::{Category, Reversibility, Scope};

fn reversibility_question(r: Reversibility) -> &'static str {
    match r {
        Reversibility::TwoWayDoor => "Easily: we can change course later at little cost",
        Reversibility::CostlyToReverse => {
            "At a cost: undoing it takes weeks of work or a migration"
        }
        Reversibility::OneWayDoor => "Hardly: undoing it is practically impossible",
    }
}

fn scope_question(s: Scope) -> &'static str {
    match s {
        Scope::OneTeam => "One team",
        Scope::SeveralTeams => "Several teams",
        Scope::WholeOrganisation => "The whole organisation",
    }
}

#[component]
pub fn NewDecisionDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let title = RwSignal::new(String::new());
    let reversibility = RwSignal::new(None::<Reversibility>);
    let scope = RwSignal::new(None::<Scope>);
    let field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if state.dialogs.new_decision.get() {
            title.set(String::new());
            reversibility.set(None);
            scope.set(None);
            if let Some(input) = field.get() {
                let _ = input.focus();
            }
        }
    });
    let category = move || {
        Some(Category {
            reversibility: reversibility.get()?,
            scope: scope.get()?,
        })
    };
    let create = move || {
        let chosen = category();
        state.dialogs.new_decision.set(false);
        state.new_decision(&title.get_untracked(), chosen);
    };
    move || {
        state.dialogs.new_decision.get().then(|| view! {
            <div class="overlay top" on:click=move |_| state.dialogs.new_decision.set(false)>
                <div class="dialog new-decision" role="dialog" aria-modal="true" aria-labelledby="new-decision-title" on:click=|ev| ev.stop_propagation()>
                    <div class="dialog-header">
                        <h2 id="new-decision-title">"New decision"</h2>
                        <button type="button" class="button icon" aria-label="Close" {..keys_of(ActionId::CloseDialog)} on:click=move |_| state.dialogs.new_decision.set(false)>"✕"</button>
                    </div>
                    <form on:submit=move |ev| { ev.prevent_default(); create(); }>
                        <label class="field"><span>"What is being decided?"</span>
                            <input type="text" node_ref=field class="search-field" maxlength="200" placeholder="e.g. Use PostgreSQL for order data"
                                aria-label="Decision title" on:input=move |ev| title.set(event_target_value(&ev)) />
                        </label>
                        <fieldset class="question">
                            <legend>"If it turns out wrong, how hard is it to undo?"</legend>
                            {Reversibility::ALL.into_iter().map(|r| view! {
                                <label class="choice"><input type="radio" name="reversibility" prop:checked=move || reversibility.get() == Some(r)
                                    on:change=move |_| reversibility.set(Some(r)) />{reversibility_question(r)}</label>
                            }).collect_view()}
                        </fieldset>
                        <fieldset class="question">
                            <legend>"Who does it affect?"</legend>
                            {Scope::ALL.into_iter().map(|s| view! {
                                <label class="choice"><input type="radio" name="scope" prop:checked=move || scope.get() == Some(s)
                                    on:change=move |_| scope.set(Some(s)) />{scope_question(s)}</label>
                            }).collect_view()}
                        </fieldset>
                        {move || category().map(|c| {
                            let g = state.doc.workspace.with(|ws| ws.guidance.get(c).clone());
                            view! {
                                <div class="guidance" data-testid="guidance" role="status">
                                    <p class="guidance-title">{format!("{} · {}", c.reversibility.label(), c.scope.label())}</p>
                                    <dl class="facts">
                                        <dt>"Who decides"</dt><dd>{g.decides}</dd>
                                        <dt>"Analysis"</dt><dd>{g.analysis}</dd>
                                        <dt>"Consult"</dt><dd>{g.consult}</dd>
                                    </dl>
                                </div>
                            }
                        })}
                        <div class="dialog-actions">
                            <button type="button" class="button" on:click=move |_| state.dialogs.new_decision.set(false)>"Cancel"</button>
                            <button type="submit" class="button primary">"Create decision"</button>
                        </div>
                    </form>
                </div>
            </div>
        })
    }
}
