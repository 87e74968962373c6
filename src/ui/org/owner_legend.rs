//! The legend of a view coloured by owner: each team owning something the
//! view shows, with its colour, and a mark for what no team owns.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::canvas::view_menu::toggle_owner_colours;
use conway_editor::scene::team_colours;
use conway_model::ViewKind;

#[component]
pub fn OwnerLegend(kind: ViewKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    let shown = move || {
        let view = current.get()?;
        state
            .session
            .owner_colours
            .with(|set| set.contains(&view))
            .then_some(view)
    };
    let entries = move || {
        let view = shown()?;
        state.doc.workspace.with(|ws| {
            let v = ws.view(&view)?;
            let colours = team_colours(ws);
            let mut teams: Vec<(usize, String, usize)> = Vec::new();
            let mut unowned = 0;
            for p in &v.placements {
                let Some(e) = ws.element(&p.element).filter(|e| e.kind.is_ownable()) else {
                    continue;
                };
                match e
                    .owner
                    .as_ref()
                    .and_then(|o| Some((colours.get(o)?, ws.element(o)?)))
                {
                    Some((colour, team)) => {
                        match teams.iter_mut().find(|(_, name, _)| *name == team.name) {
                            Some(entry) => entry.2 += 1,
                            None => teams.push((*colour, team.name.clone(), 1)),
                        }
                    }
                    None => unowned += 1,
                }
            }
            teams.sort_by_key(|t| t.1.to_lowercase());
            Some((teams, unowned))
        })
    };
    move || {
        entries().map(|(teams, unowned)| view! {
        <aside class="owner-legend" data-testid="owner-legend" aria-label="Owners">
            <div class="legend-head">
                <strong>"Owner"</strong>
                <button type="button" class="button icon" aria-label="Stop colouring by owner" title="Stop colouring by owner"
                    on:click=move |_| toggle_owner_colours(state, kind)>"✕"</button>
            </div>
            <ul class="plain-list">
                {teams.into_iter().map(|(colour, name, count)| view! {
                    <li><span class=format!("swatch owner-{colour}") aria-hidden="true"></span>{name}<span class="muted">{format!(" {count}")}</span></li>
                }).collect_view()}
                {(unowned > 0).then(|| view! {
                    <li class="legend-unowned"><span class="swatch unowned" aria-hidden="true"></span>"No owner"<span class="muted">{format!(" {unowned}")}</span></li>
                })}
            </ul>
        </aside>
    })
    }
}
