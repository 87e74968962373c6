//! The Conway lens in the side panel: what comparing the two maps finds (each
//! finding selects its elements in both panes) and the team-by-team matrix of
//! system dependencies against declared interaction modes.

use leptos::prelude::*;

use crate::app::{today, AppState};
use conway_analysis::{CognitiveLoad, LensFinding, LensSettings, PairState};
use conway_model::{Date, ElementKind, Id, RelationshipKind};

pub fn lens_date() -> Date {
    today().unwrap_or_else(|| Date::new(2026, 1, 1).unwrap_or_else(|| unreachable!("a valid date")))
}

/// The CSS class of a pair of teams in the matrix and the bands.
pub fn pair_class(state: PairState) -> &'static str {
    match state {
        PairState::Unrelated => "none",
        PairState::Light => "light",
        PairState::Undeclared => "undeclared",
        PairState::Overdue => "overdue",
        PairState::Declared => "declared",
    }
}

fn heading(f: &LensFinding) -> &'static str {
    match f {
        LensFinding::UndeclaredDependency { .. } => "Dependency without a declared interaction",
        LensFinding::CollaborationOverdue { .. } => "Collaboration past its end date",
        LensFinding::Unowned { .. } => "Owned by no team",
        LensFinding::OwnershipCandidate { .. } => "Candidate for moving ownership",
        LensFinding::Overloaded { .. } => "Cognitive load over the threshold",
    }
}

fn mode_letter(kind: RelationshipKind) -> &'static str {
    match kind {
        RelationshipKind::Collaboration => "C",
        RelationshipKind::XAsAService => "X",
        RelationshipKind::Facilitating => "F",
        _ => "",
    }
}

#[component]
pub fn LensPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let findings = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            conway_analysis::conway_lens(ws, lens_date(), &LensSettings::default())
                .into_iter()
                .map(|f| (heading(&f), f.message(ws), f.elements(ws)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="details-header">
            <p class="eyebrow">"Lens"</p>
            <h2>"Conway lens"</h2>
            <button type="button" class="button icon close" aria-label="Close the Conway lens" title="Close the lens"
                on:click=move |_| state.session.lens_open.set(false)>"✕"</button>
        </div>
        <p class="muted small">{move || format!("The system map against the organisation map, as of {}. Choose a finding to select what it is about.", lens_date())}</p>
        <h3>{move || format!("Findings ({})", findings.with(Vec::len))}</h3>
        <ul class="plain-list lens-findings" data-testid="lens-findings">
            <For each=move || findings.get() key=|f| f.clone() let((title, message, ids))>
                <li><button type="button" class="lens-finding" on:click=move |_| state.select_elements(ids.clone())>
                    <strong>{title}</strong><span>{message}</span>
                </button></li>
            </For>
        </ul>
        {move || findings.with(Vec::is_empty).then(|| view! { <p class="empty">"Nothing to flag: the maps agree."</p> })}
        <TeamMatrix />
        <p class="muted small formula" data-testid="load-formula">{format!("Cognitive load = {}; flagged above {}.", CognitiveLoad::FORMULA, LensSettings::default().load_threshold)}</p>
    }
}

/// One matrix cell: its text, its tooltip and its CSS class.
type Cell = (String, String, &'static str);

/// Teams by teams: system relationships between what they own, and the
/// interaction modes they declare (C collaboration, X X-as-a-Service, F facilitating).
#[component]
fn TeamMatrix() -> impl IntoView {
    let state = expect_context::<AppState>();
    let matrix = Memo::new(move |_| {
        state.doc.workspace.with(|ws| {
            let teams: Vec<(Id, String)> = ws
                .elements
                .iter()
                .filter(|e| e.kind == ElementKind::Team)
                .map(|t| (t.id.clone(), t.name.clone()))
                .collect();
            let pairs = conway_analysis::team_dependencies(ws, lens_date());
            let rows: Vec<(String, Vec<Cell>)> = teams
                .iter()
                .map(|(a, name)| {
                    let cells = teams
                        .iter()
                        .map(|(b, other)| {
                            if a == b {
                                return (String::new(), String::new(), "self");
                            }
                            let pair = pairs.iter().find(|p| {
                                (&p.teams.0 == a && &p.teams.1 == b)
                                    || (&p.teams.0 == b && &p.teams.1 == a)
                            });
                            let class = pair.map_or("none", |p| {
                                pair_class(conway_analysis::pair_state(
                                    ws,
                                    p,
                                    lens_date(),
                                    &LensSettings::default(),
                                ))
                            });
                            let (count, modes) = pair.map_or((0, String::new()), |p| {
                                (
                                    p.relationships.len(),
                                    p.declared
                                        .iter()
                                        .map(|k| mode_letter(*k))
                                        .collect::<String>(),
                                )
                            });
                            let text = match (count, modes.as_str()) {
                                (0, "") => String::new(),
                                (n, "") => n.to_string(),
                                (0, m) => m.to_string(),
                                (n, m) => format!("{n} {m}"),
                            };
                            (
                                text,
                                format!(
                                    "{name} ↔ {other}: {count} relationships{}",
                                    if modes.is_empty() {
                                        ", no interaction declared".to_string()
                                    } else {
                                        format!(", declared {modes}")
                                    }
                                ),
                                class,
                            )
                        })
                        .collect();
                    (name.clone(), cells)
                })
                .collect();
            rows
        })
    });
    view! {
        <h3>"Teams by teams"</h3>
        <p class="muted small">"System relationships between what two teams own; C, X, F: collaboration, X-as-a-Service, facilitating. Red: heavy and undeclared; orange: a collaboration past its end date."</p>
        <div class="matrix-scroll">
            <table class="team-matrix" data-testid="team-matrix">
                <thead><tr><th></th>{move || (1..=matrix.with(Vec::len)).map(|i| view! { <th scope="col">{i}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {move || matrix.get().into_iter().enumerate().map(|(i, (name, cells))| view! {
                        <tr><th scope="row" title=name.clone()>{format!("{} {}", i + 1, name)}</th>
                            {cells.into_iter().map(|(text, title, class)| view! { <td class=class title=title>{text}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
