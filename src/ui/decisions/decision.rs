//! A decision shown read-only in the shape of MADR: status, context, options,
//! outcome, consequences, relations and the elements it shapes.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::decisions::decision_form::DecisionForm;
use crate::ui::decisions::decision_principles::principles_read;
use crate::ui::decisions::decision_review::{resolution_line, ReviewSection};
use crate::ui::panel::details::ElementLink;
use crate::ui::panel::glossary_text::GlossaryText;
use crate::ui::panel::markdown::Markdown;
use crate::ui::shell::shortcuts::keys_of_with;
use conway_editor::actions::ActionId;
use conway_model::{DecisionStatus, Id};

#[component]
pub fn StatusBadge(status: DecisionStatus) -> impl IntoView {
    let class = format!("badge status-{}", status.label().to_lowercase());
    view! { <span class=class>{status.label()}</span> }
}

fn list(items: Vec<String>) -> impl IntoView {
    view! { <ul class="plain-list bullets">{items.into_iter().map(|i| view! { <li><GlossaryText text=i /></li> }).collect_view()}</ul> }
}

/// A titled markdown section, left out when empty.
fn section(title: &'static str, body: String) -> Option<impl IntoView> {
    (!body.trim().is_empty()).then(|| view! { <h3>{title}</h3><Markdown text=body /> })
}

#[component]
pub fn DecisionDetails(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.doc.workspace.with(|ws| {
            let Some(d) = ws.decision(&id) else {
                return view! { <p class="empty">"This decision no longer exists."</p> }.into_any();
            };
            let related: Vec<(Id, String, String)> = d.relations.iter().filter_map(|r| {
                ws.decision(&r.target).map(|t| (t.id.clone(), r.kind.label().to_string(), format!("{} {}", t.reference(), t.title)))
            }).chain(ws.decisions_relating_to(&d.id).map(|(other, kind)| (other.id.clone(), kind.inverse_label().to_string(), format!("{} {}", other.reference(), other.title))))
            .collect();
            let links: Vec<(Id, String)> = d.links.iter().map(|l| {
                let name = ws.element(l).map(|e| e.name.clone())
                    .or_else(|| ws.relationship(l).map(|r| format!("{} → {}", ws.element(&r.source).map(|e| e.name.as_str()).unwrap_or("?"), ws.element(&r.target).map(|e| e.name.as_str()).unwrap_or("?"))))
                    .unwrap_or_else(|| l.to_string());
                (l.clone(), name)
            }).collect();
            let concerns: Vec<String> = d.concerns.iter().filter_map(|c| ws.concern(c).map(|k| k.name.clone())).collect();
            let touched = conway_analysis::stakeholders_touched(ws, d);
            let category = d.category.map(|c| format!("{} · {}", c.reversibility.label(), c.scope.label()));
            let others: Vec<(Id, String)> = ws.decisions.iter().filter(|o| o.id != d.id)
                .map(|o| (o.id.clone(), format!("{} {}", o.reference(), o.title))).collect();
            let form = d.clone();
            let show_review = d.status == DecisionStatus::Proposed || !d.review.is_empty();
            let findings: Vec<String> = conway_analysis::lint(ws, d, crate::app::today()).into_iter().map(|f| f.message).collect();
            let suggestion = conway_analysis::suggested_scope(ws, d).filter(|s| d.category.map(|c| c.scope) != Some(*s) && d.category.map(|c| c.scope) != Some(conway_model::Scope::WholeOrganisation));
            let people = [("Deciders", d.deciders.join(", ")), ("Consulted", d.consulted.join(", ")), ("Informed", d.informed.join(", "))];
            view! {
                <div class="details-header">
                    <p class="eyebrow">{d.reference()}</p>
                    <h2 data-testid="details-name">{d.title.clone()}</h2>
                    <button type="button" class="button icon close" aria-label="Close details" {..keys_of_with(ActionId::Cancel, "Close")} on:click=move |_| state.session.selection.set(None)>"✕"</button>
                </div>
                <p class="decision-meta"><StatusBadge status=d.status />{d.date.map(|date| view! { <span class="muted">{date.to_string()}</span> })}
                    {resolution_line(d).map(|line| view! { <span class="muted" data-testid="resolution">{line}</span> })}</p>
                {(d.status == DecisionStatus::Deprecated && !d.deprecation_reason.trim().is_empty()).then(|| view! {
                    <div class="deprecation" data-testid="deprecation-reason"><strong>"Deprecated: "</strong><Markdown text=d.deprecation_reason.clone() /></div>
                })}
                <dl class="facts">
                    {category.map(|c| view! { <dt>"Category"</dt><dd>{c}</dd> })}
                    {people.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    {(!concerns.is_empty()).then(|| view! { <dt>"Concerns"</dt><dd>{concerns.join(", ")}</dd> })}
                </dl>
                {(!touched.is_empty()).then(|| view! {
                    <h3>"Stakeholders it touches"</h3>
                    <ul class="plain-list touched" data-testid="stakeholders-touched">{touched.into_iter().map(|t| {
                        let status = match (t.consulted, t.must_consult) {
                            (true, _) => "consulted",
                            (false, true) => "not consulted, and should be",
                            (false, false) => "not consulted",
                        };
                        view! { <li class:warn=t.must_consult && !t.consulted><ElementLink id=t.stakeholder name=t.name />
                            <span class="muted">{format!(" · {} · {status}", t.concerns.join(", "))}</span></li> }
                    }).collect_view()}</ul>
                })}
                {(!related.is_empty()).then(|| view! {
                    <h3>"Related decisions"</h3>
                    <ul class="plain-list">{related.into_iter().map(|(id, kind, title)| view! {
                        <li><span class="muted">{kind}" "</span><button type="button" class="link" on:click=move |_| state.select_decision(id.clone())>{title}</button></li>
                    }).collect_view()}</ul>
                })}
                {(!findings.is_empty()).then(|| view! {
                    <div class="findings" role="note" aria-label="Linter findings">
                        <p class="findings-title">{format!("⚠ {} to look at", findings.len())}</p>
                        <ul data-testid="decision-findings">{findings.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
                    </div>
                })}
                {suggestion.map(|s| view! {
                    <p class="suggestion" data-testid="scope-suggestion">{format!("The map suggests the scope \"{}\": what this decision shapes is owned by more than one team.", s.label())}</p>
                })}
                <details class="edit-section" prop:open=move || state.session.properties_open.get()
                    on:toggle=move |ev| state.session.properties_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>"Edit decision"</summary>
                    <DecisionForm decision=form others=others />
                </details>
                {show_review.then(|| view! { <ReviewSection decision=d.clone() /> })}
                {section("Context and problem", d.context.clone())}
                {(!d.drivers.is_empty()).then(|| view! { <h3>"Decision drivers"</h3>{list(d.drivers.clone())}})}
                {(!d.options.is_empty()).then(|| view! {
                    <h3>"Considered options"</h3>
                    {d.options.iter().map(|o| view! {
                        <div class="option">
                            <h4>{o.name.clone()}</h4>
                            {(!o.description.is_empty()).then(|| view! { <Markdown text=o.description.clone() /> })}
                            {(!o.pros.is_empty()).then(|| view! { <p class="pro-label">"Good"</p>{list(o.pros.clone())} })}
                            {(!o.cons.is_empty()).then(|| view! { <p class="con-label">"Bad"</p>{list(o.cons.clone())} })}
                        </div>
                    }).collect_view()}
                })}
                {section("Decision outcome", d.outcome.clone())}
                {(!d.good_consequences.is_empty()).then(|| view! { <h3>"Good consequences"</h3>{list(d.good_consequences.clone())}})}
                {(!d.bad_consequences.is_empty()).then(|| view! { <h3>"Bad consequences"</h3>{list(d.bad_consequences.clone())}})}
                {section("Confirmation", d.confirmation.clone())}
                {principles_read(ws, d)}
                <h3>{format!("Shapes ({})", links.len())}</h3>
                <ul class="plain-list" data-testid="decision-links">{links.into_iter().map(|(id, name)| view! { <li><ElementLink id=id name=name /></li> }).collect_view()}</ul>
            }.into_any()
        })
    }
}
