//! The concern lens: choosing a quality attribute (latency, cost, ...) lights
//! up, in both panes, the stakeholders who care about it, the system elements
//! tagged with it and the teams owning those; the side panel lists them with
//! the decisions tagged with it.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::panel::details::ElementLink;
use conway_model::Id;

/// The header's choice of concern.
/// The picker's last option, which opens the concerns editor.
const EDIT: &str = "(edit concerns)"; // never a well-formed id

#[component]
pub fn ConcernPicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let concerns = move || {
        state.doc.workspace.with(|ws| {
            ws.concerns
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <select class="concern-picker" aria-label="Concern lens" title="See both maps through one concern"
            prop:value=move || state.session.concern_focus.get().map(|c| c.to_string()).unwrap_or_default()
            on:change=move |ev| {
                let value = event_target_value(&ev);
                if value == EDIT {
                    // Not a concern: open the editor and keep the lens as it was.
                    let keep = state.session.concern_focus.get_untracked().map(|c| c.to_string()).unwrap_or_default();
                    event_target::<web_sys::HtmlSelectElement>(&ev).set_value(&keep);
                    state.edit_concerns();
                } else {
                    state.session.concern_focus.set((!value.is_empty()).then(|| Id::new(value)));
                }
            }>
            <option value="">"Concern lens: off"</option>
            {move || concerns().into_iter().map(|(id, name)| view! { <option value=id.to_string()>{format!("Concern: {name}")}</option> }).collect_view()}
            <option value=EDIT>"Edit concerns…"</option>
        </select>
    }
}

/// What the concern lens lights up, listed.
#[component]
pub fn ConcernPanel(concern: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.doc.workspace.with(|ws| {
            let lens = conway_analysis::concern_lens(ws, &concern);
            let name = ws.concern(&concern).map(|c| c.name.clone()).unwrap_or_default();
            let description = ws.concern(&concern).map(|c| c.description.clone()).unwrap_or_default();
            let named = |ids: &[Id]| -> Vec<(Id, String)> {
                ids.iter().filter_map(|id| ws.element(id).map(|e| (id.clone(), e.name.clone()))).collect()
            };
            let weight = |id: &Id| ws.element(id).and_then(|e| e.concerns.iter().find(|c| c.concern == concern)).map_or(0, |c| c.weight);
            let mut stakeholders: Vec<(Id, String, u8)> = named(&lens.stakeholders).into_iter().map(|(id, n)| { let w = weight(&id); (id, n, w) }).collect();
            stakeholders.sort_by_key(|s| std::cmp::Reverse(s.2));
            let decisions: Vec<(Id, String)> = lens.decisions.iter().filter_map(|id| ws.decision(id).map(|d| (id.clone(), format!("{} {}", d.reference(), d.title)))).collect();
            let section = |title: &'static str, testid: &'static str, items: Vec<(Id, String)>| view! {
                <h3>{format!("{title} ({})", items.len())}</h3>
                <ul class="plain-list" data-testid=testid>{items.into_iter().map(|(id, name)| view! { <li><ElementLink id=id name=name /></li> }).collect_view()}</ul>
            };
            view! {
                <div class="details-header">
                    <p class="eyebrow">"Concern lens"</p>
                    <h2 data-testid="details-name">{name}</h2>
                    <button type="button" class="button icon close" aria-label="Turn the concern lens off" title="Turn the concern lens off"
                        on:click=move |_| state.session.concern_focus.set(None)>"✕"</button>
                </div>
                <p class="description">{description}</p>
                <h3>{format!("Stakeholders who care ({})", stakeholders.len())}</h3>
                <ul class="plain-list" data-testid="concern-stakeholders">{stakeholders.into_iter().map(|(id, name, w)| view! {
                    <li><ElementLink id=id name=name /><span class="weight" title=format!("Weight {w} of 5")>{" ".to_string() + &"●".repeat(w as usize)}</span></li>
                }).collect_view()}</ul>
                {section("Elements tagged with it", "concern-elements", named(&lens.elements))}
                {section("Teams owning those", "concern-teams", named(&lens.teams))}
                <h3>{format!("Decisions tagged with it ({})", decisions.len())}</h3>
                <ul class="plain-list" data-testid="concern-decisions">{decisions.into_iter().map(|(id, title)| view! {
                    <li><button type="button" class="link" on:click=move |_| state.select_decision(id.clone())>{title}</button></li>
                }).collect_view()}</ul>
            }
        })
    }
}
