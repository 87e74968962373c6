//! The Framework tab: the workspace's guidance matrix (reversibility × scope),
//! saying for each kind of decision who decides, how much analysis it needs
//! and whom to consult, with how many decisions fall in each cell. A cell is
//! edited in place and can go back to Conway's default; one undo step each.

use leptos::prelude::*;

use crate::app::AppState;
use conway_model::{Category, Guidance, GuidanceMatrix, Reversibility, Scope};

fn cell_label(c: Category) -> String {
    format!("{} · {}", c.reversibility.label(), c.scope.label())
}

#[component]
pub fn FrameworkTab() -> impl IntoView {
    let state = expect_context::<AppState>();
    let chosen = RwSignal::new(None::<Category>);
    let count = move |c: Category| {
        state.doc.workspace.with(|ws| {
            ws.decisions
                .iter()
                .filter(|d| d.category == Some(c))
                .count()
        })
    };
    view! {
        <p class="muted small">"Which kind of decision needs how much analysis, and who may take it. Choose a cell to change it for this workspace."</p>
        <table class="framework" data-testid="framework-matrix">
            <thead><tr>{Scope::ALL.into_iter().map(|s| view! { <th scope="col">{s.label()}</th> }).collect_view()}</tr></thead>
            {Reversibility::ALL.into_iter().map(|reversibility| view! {
                <tbody>
                    <tr class="band"><th colspan="3" scope="rowgroup">{reversibility.label()}</th></tr>
                    <tr>
                        {Scope::ALL.into_iter().map(|scope| {
                            let c = Category { reversibility, scope };
                            view! {
                                <td><button type="button" class="framework-cell" aria-label=cell_label(c)
                                    aria-pressed=move || (chosen.get() == Some(c)).to_string()
                                    on:click=move |_| chosen.set(if chosen.get_untracked() == Some(c) { None } else { Some(c) })>
                                    <strong>{move || state.doc.workspace.with(|ws| ws.guidance.get(c).decides.clone())}</strong>
                                    <span>{move || state.doc.workspace.with(|ws| ws.guidance.get(c).analysis.clone())}</span>
                                    <span class="muted">{move || match count(c) { 0 => String::new(), 1 => "1 decision".into(), n => format!("{n} decisions") }}</span>
                                </button></td>
                            }
                        }).collect_view()}
                    </tr>
                </tbody>
            }).collect_view()}
        </table>
        {move || chosen.get().map(|c| view! { <CellEditor category=c /> })}
    }
}

#[component]
fn CellEditor(category: Category) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = move || {
        state
            .doc
            .workspace
            .with(|ws| ws.guidance.get(category).clone())
    };
    let set = move |apply: fn(&mut Guidance, String), value: String| {
        let mut g = state
            .doc
            .workspace
            .with_untracked(|ws| ws.guidance.get(category).clone());
        apply(&mut g, value);
        state.set_guidance(category, g);
    };
    let shipped = GuidanceMatrix::default().get(category).clone();
    let is_default = move || current() == shipped;
    let field = move |label: &'static str,
                      read: fn(&Guidance) -> String,
                      apply: fn(&mut Guidance, String)| {
        view! {
            <label class="field"><span>{label}</span>
                <textarea rows="2" maxlength="5000" prop:value=move || read(&current())
                    on:change=move |ev| set(apply, event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <form class="properties cell-editor" data-testid="guidance-editor" on:submit=|ev| ev.prevent_default()>
            <h4>{cell_label(category)}</h4>
            {field("Who decides", |g| g.decides.clone(), |g, v| g.decides = v)}
            {field("Analysis expected", |g| g.analysis.clone(), |g, v| g.analysis = v)}
            {field("Who must be consulted", |g| g.consult.clone(), |g, v| g.consult = v)}
            <button type="button" class="button" prop:disabled=is_default
                on:click=move |_| state.set_guidance(category, GuidanceMatrix::default().get(category).clone())>"Reset to Conway's default"</button>
        </form>
    }
}
