//! The workspace overview shown when nothing is selected: the decision log,
//! as a list or a timeline, the decision framework, principles, and the
//! shared vocabulary (glossary and concerns).

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::decisions::decision_log::DecisionLog;
use crate::ui::decisions::framework::FrameworkTab;
use crate::ui::decisions::principles::PrinciplesTab;
use crate::ui::decisions::timeline::DecisionTimeline;
use crate::ui::org::concerns::ConcernsEditor;
use crate::ui::org::glossary::GlossaryTab;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Tab {
    Decisions,
    Framework,
    Principles,
    Vocabulary,
}

#[component]
pub fn Overview() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = RwSignal::new(Tab::Decisions);
    let timeline = RwSignal::new(false);
    // A term chosen in search, or "Edit concerns…", opens the vocabulary.
    Effect::new(move |_| {
        let wanted =
            state.session.glossary_focus.get().is_some() || state.session.concerns_open.get();
        if wanted && tab.get_untracked() != Tab::Vocabulary {
            tab.set(Tab::Vocabulary);
        }
    });
    let tab_button = move |which: Tab, label: &'static str| {
        view! {
            <button type="button" role="tab" class="tab" aria-selected=move || (tab.get() == which).to_string()
                on:click=move |_| tab.set(which)>{label}</button>
        }
    };
    view! {
        <div class="details-header">
            <p class="eyebrow">"Workspace"</p>
            <h2>{move || state.doc.workspace.with(|ws| ws.name.clone())}</h2>
        </div>
        <p class="description">{move || state.doc.workspace.with(|ws| ws.description.clone())}</p>
        <div role="tablist" class="tabs" aria-label="Workspace records">
            {tab_button(Tab::Decisions, "Decisions")}
            {tab_button(Tab::Framework, "Framework")}
            {tab_button(Tab::Principles, "Principles")}
            {tab_button(Tab::Vocabulary, "Glossary")}
        </div>
        <div role="tabpanel" class="tab-panel">
            {move || match tab.get() {
                Tab::Decisions => view! { <Decisions timeline=timeline /> }.into_any(),
                Tab::Framework => view! { <FrameworkTab /> }.into_any(),
                Tab::Principles => view! { <PrinciplesTab /> }.into_any(),
                Tab::Vocabulary => view! { <Vocabulary /> }.into_any(),
            }}
        </div>
    }
}

/// The decision log as a list or as a timeline.
#[component]
fn Decisions(timeline: RwSignal<bool>) -> impl IntoView {
    let choice = move |on: bool, label: &'static str| {
        view! {
            <button type="button" class="segment" aria-pressed=move || (timeline.get() == on).to_string()
                on:click=move |_| timeline.set(on)>{label}</button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label="Show decisions as">
            {choice(false, "List")}
            {choice(true, "Timeline")}
        </div>
        {move || if timeline.get() { view! { <DecisionTimeline /> }.into_any() } else { view! { <DecisionLog /> }.into_any() }}
    }
}

/// The shared vocabulary (the Glossary tab): its terms or its concerns.
#[component]
fn Vocabulary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choice = move |concerns: bool, label: &'static str| {
        view! {
            <button type="button" class="segment" aria-pressed=move || (state.session.concerns_open.get() == concerns).to_string()
                on:click=move |_| state.session.concerns_open.set(concerns)>{label}</button>
        }
    };
    view! {
        <div class="segmented" role="group" aria-label="Glossary of">
            {choice(false, "Terms")}
            {choice(true, "Concerns")}
        </div>
        {move || if state.session.concerns_open.get() { view! { <ConcernsEditor /> }.into_any() } else { view! { <GlossaryTab /> }.into_any() }}
    }
}
