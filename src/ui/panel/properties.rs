//! The properties form of the selected element: every field it has, edited in
//! place. A field commits when it changes (Enter or leaving it): one undo step.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::panel::arrange::ArrangeFields;
use crate::ui::panel::concern_weights::ConcernWeights;
use conway_model::{Element, ElementKind, Id, StakeholderProfile, TeamType, ViewKind};

/// Applies `change` to a fresh copy of the element and dispatches it.
fn edit(state: AppState, id: &Id, change: impl FnOnce(&mut Element)) {
    if let Some(mut element) = state
        .doc
        .workspace
        .with_untracked(|ws| ws.element(id).cloned())
    {
        change(&mut element);
        state.update_element(element);
    }
}

fn value_of(event: &leptos::ev::Event) -> String {
    event_target_value(event)
}

#[component]
pub fn ElementProperties(
    element: Element,
    teams: Vec<(Id, String)>,
    views: usize,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = element.id.clone();
    let concerns_id = element.id.clone();
    let kind = element.kind;
    let field = move |label: &'static str, input: AnyView| view! { <label class="field"><span>{label}</span>{input}</label> };
    let text_input = {
        let id = id.clone();
        move |value: String, apply: fn(&mut Element, String)| {
            let id = id.clone();
            view! { <input type="text" prop:value=value maxlength="200" on:change=move |ev| { let v = value_of(&ev); edit(state, &id, |e| apply(e, v)); } /> }.into_any()
        }
    };
    let name_id = id.clone();
    let description_id = id.clone();
    let type_id = id.clone();
    let owner_id = id.clone();
    let grid_id = id.clone();
    let delete_id = id.clone();
    let arrange_id = id.clone();
    let link_id = id.clone();
    let pane = match kind.side() {
        conway_model::Side::System => ViewKind::System,
        conway_model::Side::Org => ViewKind::Org,
    };
    let profile = element.stakeholder.unwrap_or(StakeholderProfile {
        power: 50,
        interest: 50,
    });
    view! {
        <form class="properties" data-testid="properties" on:submit=|ev| ev.prevent_default()>
            {field("Name", view! {
                <input type="text" required prop:value=element.name.clone() maxlength="200" data-testid="property-name"
                    on:change=move |ev| state.rename_element(&name_id, &value_of(&ev)) />
            }.into_any())}
            {field("Description", view! {
                <textarea rows="3" maxlength="5000" prop:value=element.description.clone() data-testid="property-description"
                    on:change=move |ev| { let v = value_of(&ev); edit(state, &description_id, |e| e.description = v); } />
            }.into_any())}
            {(kind.side() == conway_model::Side::System && !kind.is_container_of_others() && kind != ElementKind::Person).then(|| field("Technology", text_input(element.technology.clone(), |e, v| e.technology = v)))}
            {matches!(kind, ElementKind::OrgPerson | ElementKind::Stakeholder).then(|| field("Role", text_input(element.role.clone(), |e, v| e.role = v)))}
            {(kind == ElementKind::Team).then(|| field("Team type", view! {
                <select data-testid="property-team-type" on:change=move |ev| {
                    let chosen = value_of(&ev);
                    edit(state, &type_id, |e| e.team_type = TeamType::ALL.into_iter().find(|t| t.label() == chosen));
                }>
                    {TeamType::ALL.into_iter().map(|t| view! { <option value=t.label() selected=element.team_type == Some(t)>{t.label()}</option> }).collect_view()}
                </select>
            }.into_any()))}
            {kind.is_ownable().then(|| field("Owner team", view! {
                <select data-testid="property-owner" on:change=move |ev| {
                    let chosen = value_of(&ev);
                    edit(state, &owner_id, |e| e.owner = (!chosen.is_empty()).then(|| Id::new(chosen)));
                }>
                    <option value="" selected=element.owner.is_none()>"No owner"</option>
                    {teams.into_iter().map(|(team, name)| {
                        let selected = element.owner.as_ref() == Some(&team);
                        view! { <option value=team.to_string() selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            }.into_any()))}
            {(kind == ElementKind::Stakeholder).then(|| {
                let (power_id, interest_id) = (grid_id.clone(), grid_id.clone());
                view! {
                    <div class="field-row">
                        <label class="field"><span>"Power"</span><input type="number" min="0" max="100" prop:value=profile.power.to_string()
                            on:change=move |ev| {
                                if let Ok(v) = value_of(&ev).parse::<u8>() {
                                    edit(state, &power_id, |e| e.stakeholder = Some(StakeholderProfile { power: v.min(100), ..profile }));
                                }
                            } /></label>
                        <label class="field"><span>"Interest"</span><input type="number" min="0" max="100" prop:value=profile.interest.to_string()
                            on:change=move |ev| {
                                if let Ok(v) = value_of(&ev).parse::<u8>() {
                                    edit(state, &interest_id, |e| e.stakeholder = Some(StakeholderProfile { interest: v.min(100), ..profile }));
                                }
                            } /></label>
                    </div>
                }
            })}
            <ConcernWeights id=concerns_id />
            <ArrangeFields id=arrange_id kind=pane />
            <DecisionLinker id=link_id />
            <button type="button" class="button danger" data-testid="delete-from-model" on:click=move |_| {
                let decisions: Vec<String> = state.doc.workspace.with_untracked(|ws| ws.decisions_linked_to(&delete_id).iter().map(|d| d.reference()).collect());
                let kept = if decisions.is_empty() { String::new() } else { format!(" Decisions {} stay, without their link to it.", decisions.join(", ")) };
                let question = format!("Delete this element from the model? It appears in {views} view{}, and its relationships go with it.{kept} You can undo this.", if views == 1 { "" } else { "s" });
                let confirmed = web_sys::window().and_then(|w| w.confirm_with_message(&question).ok()).unwrap_or(false);
                if confirmed {
                    state.delete_from_model(vec![delete_id.clone()]);
                }
            }>"Delete from model…"</button>
        </form>
    }
}

/// Links the element to a decision from its side (the decision lists it too).
#[component]
fn DecisionLinker(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let chosen = RwSignal::new(String::new());
    let choices = Memo::new(move |_| {
        id.with_value(|id| {
            state.doc.workspace.with(|ws| {
                ws.decisions
                    .iter()
                    .filter(|d| !d.links.contains(id))
                    .map(|d| (d.id.clone(), format!("{} {}", d.reference(), d.title)))
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <div class="connect-row">
            <label class="field"><span>"Decisions"</span>
                <select aria-label="Link to a decision" prop:value=move || chosen.get() on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">"Link to a decision…"</option>
                    <For each=move || choices.get() key=|c| c.clone() let((decision, label))>
                        <option value=decision.to_string()>{label}</option>
                    </For>
                </select>
            </label>
            <button type="button" class="button" prop:disabled=move || chosen.with(String::is_empty) on:click=move |_| {
                let decision = Id::new(chosen.get_untracked());
                id.with_value(|id| state.set_decision_link(&decision, id, true));
                chosen.set(String::new());
            }>"Link"</button>
        </div>
    }
}
