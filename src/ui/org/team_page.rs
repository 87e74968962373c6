//! What a team's details add: the relationships crossing to other teams, its
//! interactions with their dates, its cognitive load, the decisions about it
//! or what it owns, and the stakeholders who care about what it runs.

use leptos::prelude::*;

use crate::app::{today, AppState};
use crate::ui::panel::details::ElementLink;
use conway_analysis::CognitiveLoad;
use conway_model::{Date, Id};

#[component]
pub fn TeamSections(team: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    state.doc.workspace.with_untracked(|ws| {
        let page = conway_analysis::team_page(ws, &team);
        let name = |id: &Id| ws.element(id).map_or_else(|| id.to_string(), |e| e.name.clone());
        let crossing: Vec<(Id, String, Id, String)> = page
            .crossing
            .iter()
            .filter_map(|id| ws.relationship(id))
            .map(|r| (r.source.clone(), name(&r.source), r.target.clone(), name(&r.target)))
            .collect();
        let interactions: Vec<(Id, String, String)> = page
            .interactions
            .iter()
            .filter_map(|id| ws.relationship(id))
            .map(|r| {
                let other = if r.source == team { &r.target } else { &r.source };
                let dates = match (r.starts, r.ends) {
                    (None, None) => String::new(),
                    (Some(s), None) => format!(" · from {s}"),
                    (None, Some(e)) => format!(" · until {e}"),
                    (Some(s), Some(e)) => format!(" · {s} to {e}"),
                };
                (other.clone(), name(other), format!("{}{dates}", r.kind.label()))
            })
            .collect();
        let on = today().or_else(|| Date::new(2026, 1, 1)).unwrap_or_else(|| unreachable!());
        let load = conway_analysis::cognitive_load(ws, &team, on);
        let decisions: Vec<(Id, String)> = page
            .decisions
            .iter()
            .filter_map(|id| ws.decision(id).map(|d| (id.clone(), format!("{} {}", d.reference(), d.title))))
            .collect();
        let stakeholders: Vec<(Id, String)> = page.stakeholders.iter().map(|id| (id.clone(), name(id))).collect();
        view! {
            <p class="load" data-testid="team-load" title=CognitiveLoad::FORMULA>
                {format!("Cognitive load {:.1}: {} owned, {} crossing out, {} ongoing collaboration{}", load.score, load.owned, load.crossing_out, load.collaborations, if load.collaborations == 1 { "" } else { "s" })}
            </p>
            <h3>{format!("Interactions ({})", interactions.len())}</h3>
            <ul class="plain-list" data-testid="team-interactions">
                {interactions.into_iter().map(|(id, other, text)| view! { <li><ElementLink id=id name=other /><span class="muted">{format!(" · {text}")}</span></li> }).collect_view()}
            </ul>
            <h3>{format!("Crossing to other teams ({})", crossing.len())}</h3>
            <ul class="plain-list" data-testid="team-crossing">
                {crossing.into_iter().map(|(a, an, b, bn)| view! { <li><ElementLink id=a name=an />" → "<ElementLink id=b name=bn /></li> }).collect_view()}
            </ul>
            <h3>{format!("Decisions about it or what it owns ({})", decisions.len())}</h3>
            <ul class="plain-list" data-testid="team-decisions">
                {decisions.into_iter().map(|(id, title)| view! { <li><button type="button" class="link" on:click=move |_| state.select_decision(id.clone())>{title}</button></li> }).collect_view()}
            </ul>
            <h3>{format!("Stakeholders who care about what it runs ({})", stakeholders.len())}</h3>
            <ul class="plain-list" data-testid="team-stakeholders">
                {stakeholders.into_iter().map(|(id, n)| view! { <li><ElementLink id=id name=n /></li> }).collect_view()}
            </ul>
        }
    })
}
