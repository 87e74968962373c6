//! The decision timeline: decisions in date order with their relations, and a
//! slider "as of decision N" that shows which were in force at that point.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::decisions::decision::StatusBadge;

#[component]
pub fn DecisionTimeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let newest = Memo::new(move |_| {
        state
            .doc
            .workspace
            .with(|ws| ws.decisions.iter().map(|d| d.number).max().unwrap_or(0))
    });
    let as_of = RwSignal::new(None::<u32>);
    let point = move || {
        as_of
            .get()
            .unwrap_or_else(|| newest.get())
            .min(newest.get())
    };
    let rows = Memo::new(move |_| {
        let n = point();
        state.doc.workspace.with(|ws| {
            conway_analysis::timeline(ws)
                .into_iter()
                .map(|d| {
                    let relations: Vec<String> = d
                        .relations
                        .iter()
                        .filter_map(|r| {
                            ws.decision(&r.target).map(|t| {
                                format!("{} {}", r.kind.label().to_lowercase(), t.reference())
                            })
                        })
                        .collect();
                    (
                        d.id.clone(),
                        d.reference(),
                        d.title.clone(),
                        d.status,
                        d.date
                            .map(|x| x.to_string())
                            .unwrap_or_else(|| "No date".into()),
                        relations.join(", "),
                        conway_analysis::in_force(ws, d, n),
                        d.number <= n,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let in_force = move || rows.with(|r| r.iter().filter(|row| row.6).count());
    view! {
        <div class="timeline-control">
            <label class="field"><span>{move || format!("As of ADR-{:04}", point())}</span>
                <input type="range" min="1" max=move || newest.get().to_string() step="1" aria-label="As of decision"
                    prop:value=move || point().to_string()
                    on:input=move |ev| as_of.set(event_target_value(&ev).parse().ok()) />
            </label>
            <p class="muted small" data-testid="in-force-count">{move || format!("{} in force", in_force())}</p>
        </div>
        <ol class="timeline" data-testid="decision-timeline">
            <For each=move || rows.get() key=|row| row.clone() let((id, reference, title, status, date, relations, force, reached))>
                <li class="timeline-row" class:in-force=force class:future=!reached data-in-force=force.to_string()>
                    <span class="timeline-date muted small">{date}</span>
                    <button type="button" class="decision-row" on:click=move |_| state.select_decision(id.clone())>
                        <span class="adr-number">{reference}</span>
                        <span class="adr-title">{title}</span>
                        <StatusBadge status=status />
                        <span class="muted small">{relations}</span>
                    </button>
                </li>
            </For>
        </ol>
    }
}
