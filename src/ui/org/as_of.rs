//! The organisation pane's date slider: shows the Team Topologies interactions
//! in force on a chosen date (as-is against to-be), or all of them.

use leptos::prelude::*;

use crate::app::{today, AppState};
use conway_model::Date;

/// The slider's range in day numbers: a month around every interaction date and today.
fn range(state: AppState) -> (u32, u32) {
    let now = today().map(Date::day_number);
    state.doc.workspace.with(|ws| {
        let days = ws
            .relationships
            .iter()
            .filter(|r| r.kind.is_interaction_mode())
            .flat_map(|r| [r.starts, r.ends])
            .flatten()
            .map(Date::day_number)
            .chain(now);
        let (min, max) = days.fold((u32::MAX, 0), |(lo, hi), d| (lo.min(d), hi.max(d)));
        if min > max {
            let d = now.unwrap_or(0);
            (d.saturating_sub(365), d + 365)
        } else {
            (min.saturating_sub(30), max + 30)
        }
    })
}

#[component]
pub fn InteractionsAsOf() -> impl IntoView {
    let state = expect_context::<AppState>();
    let as_of = state.session.interactions_as_of;
    let counts = move || {
        let date = as_of.get();
        state.doc.workspace.with(|ws| {
            let all: Vec<_> = ws
                .relationships
                .iter()
                .filter(|r| r.kind.is_interaction_mode())
                .collect();
            let shown = all.iter().filter(|r| r.shown_on(date)).count();
            (shown, all.len())
        })
    };
    view! {
        <div class="as-of" data-testid="interactions-as-of">
            {move || match as_of.get() {
                None => view! {
                    <button type="button" class="button small" title="Show the interactions in force on a date: how the organisation is planned to evolve"
                        on:click=move |_| as_of.set(today())>"Interactions as of a date…"</button>
                }.into_any(),
                Some(date) => {
                    let (min, max) = range(state);
                    view! {
                        <label class="as-of-slider">
                            <span>"Interactions as of " <strong data-testid="as-of-date">{date.to_string()}</strong>
                                <span class="muted">{move || { let (shown, all) = counts(); format!(" · {shown} of {all} in force") }}</span></span>
                            <input type="range" aria-label="Interactions as of" min=min max=max step="1" prop:value=date.day_number().to_string()
                                on:input=move |ev| {
                                    let day = event_target_value(&ev).parse::<u32>().ok();
                                    if let Some(date) = day.and_then(Date::from_day_number) { as_of.set(Some(date)); }
                                } />
                        </label>
                        <button type="button" class="button small" on:click=move |_| as_of.set(today())>"Today"</button>
                        <button type="button" class="button small" title="Show every interaction, whatever its dates" on:click=move |_| as_of.set(None)>"Show all"</button>
                    }.into_any()
                }
            }}
        </div>
    }
}
