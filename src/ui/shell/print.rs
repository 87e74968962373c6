//! What is printed (shown only by the print style sheet, built only while
//! printing): the view's picture fitted to the first page, then every
//! decision of the log as a readable document, its markdown through the
//! same sanitiser as the details panel.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::panel::markdown::Markdown;
use conway_model::Decision;

fn list(title: &'static str, items: &[String]) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <h4>{title}</h4>
            <ul>{items.iter().map(|i| view! { <li>{i.clone()}</li> }).collect_view()}</ul>
        }
    })
}

fn prose(title: &'static str, text: &str) -> impl IntoView {
    (!text.trim().is_empty()).then(|| view! { <h4>{title}</h4><Markdown text=text.to_string() /> })
}

fn decision(d: &Decision) -> impl IntoView {
    let facts = [
        Some(d.status.label().to_string()),
        d.date.map(|x| x.to_string()),
        (!d.deciders.is_empty()).then(|| format!("Deciders: {}", d.deciders.join(", "))),
        d.category
            .map(|c| format!("{} · {}", c.reversibility.label(), c.scope.label())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <article class="print-decision">
            <h3>{format!("{} {}", d.reference(), d.title)}</h3>
            <p class="print-facts">{facts}</p>
            {prose("Context and problem", &d.context)}
            {list("Decision drivers", &d.drivers)}
            {(!d.options.is_empty()).then(|| view! {
                <h4>"Considered options"</h4>
                {d.options.iter().map(|o| view! {
                    <section class="print-option">
                        <h5>{o.name.clone()}</h5>
                        {(!o.description.trim().is_empty()).then(|| view! { <Markdown text=o.description.clone() /> })}
                        {list("Good", &o.pros)}
                        {list("Bad", &o.cons)}
                    </section>
                }).collect_view()}
            })}
            {prose("Decision outcome", &d.outcome)}
            {list("Good consequences", &d.good_consequences)}
            {list("Bad consequences", &d.bad_consequences)}
            {prose("Confirmation", &d.confirmation)}
        </article>
    }
}

#[component]
pub fn PrintDocument() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let picture = state.dialogs.printing.get()?;
        let (name, view_name, decisions) = state.doc.workspace.with_untracked(|ws| {
            let view = state
                .view_signal(state.session.active_pane.get_untracked())
                .get_untracked()
                .and_then(|id| ws.view(&id).map(|v| v.name.clone()))
                .unwrap_or_default();
            (ws.name.clone(), view, ws.decisions.clone())
        });
        Some(view! {
            <div class="print-document" data-testid="print-document">
                <section class="print-view">
                    <h1>{format!("{name}: {view_name}")}</h1>
                    {(!picture.is_empty()).then(|| view! { <img src=picture alt=view_name.clone() /> })}
                </section>
                {(!decisions.is_empty()).then(|| view! {
                    <section class="print-log">
                        <h2>{format!("Decision log of {name}")}</h2>
                        {decisions.iter().map(decision).collect_view()}
                    </section>
                })}
            </div>
        })
    }
}
