//! The side panel: details of the selected element or decision, or the
//! workspace overview (decisions, principles, glossary) when nothing is selected.

use leptos::prelude::*;

use crate::app::{AppState, Selection};
use crate::ui::decisions::decision::{DecisionDetails, StatusBadge};
use crate::ui::org::concern_lens::ConcernPanel;
use crate::ui::org::conway_lens::LensPanel;
use crate::ui::org::team_page::TeamSections;
use crate::ui::panel::glossary_text::GlossaryText;
use crate::ui::panel::properties::ElementProperties;
use crate::ui::panel::relationship::RelationshipDetails;
use crate::ui::shell::overview::Overview;
use crate::ui::shell::shortcuts::keys_of_with;
use conway_editor::actions::ActionId;
use conway_model::{ElementKind, Id, Workspace};

#[component]
pub fn SidePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Picking links for a decision ends when that decision is no longer selected.
    Effect::new(move |_| {
        let selected = state.session.selection.get();
        let picking = state.session.picking_links.get();
        if picking.is_some_and(|id| selected != Some(Selection::Decision(id))) {
            state.session.picking_links.set(None);
        }
    });
    // A new selection is read from its top, not where the last one was scrolled to.
    let panel = NodeRef::<leptos::html::Aside>::new();
    Effect::new(move |_| {
        state.session.selection.track();
        state.session.lens_open.track();
        if let Some(panel) = panel.get_untracked() {
            panel.set_scroll_top(0);
        }
    });
    view! {
        <aside class="side-panel" id="side-panel" data-testid="details" aria-label="Details" node_ref=panel hidden=move || !state.session.panel_shown.get()>
            {move || if state.session.lens_open.get() { view! { <LensPanel /> }.into_any() } else { match state.session.selection.get() {
                Some(Selection::Elements(ids)) if ids.len() == 1 => view! { <ElementDetails id=ids[0].clone() /> }.into_any(),
                Some(Selection::Elements(ids)) => view! { <SelectionSummary ids=ids /> }.into_any(),
                Some(Selection::Decision(id)) => view! { <DecisionDetails id=id /> }.into_any(),
                Some(Selection::Relationship(id)) => view! { <RelationshipDetails id=id /> }.into_any(),
                None => match state.session.concern_focus.get() {
                    Some(concern) => view! { <ConcernPanel concern=concern /> }.into_any(),
                    None => view! { <Overview /> }.into_any(),
                },
            }}}
        </aside>
    }
}

/// A link-styled button that selects another element.
#[component]
pub fn ElementLink(id: Id, name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! { <button type="button" class="link" on:click=move |_| state.select_element(id.clone())>{name}</button> }
}

fn name_of(ws: &Workspace, id: &Id) -> String {
    ws.element(id)
        .map(|e| e.name.clone())
        .unwrap_or_else(|| id.to_string())
}

#[component]
fn ElementDetails(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    let state_back = state;
    move || {
        state.doc.workspace.with(|ws| {
            let Some(e) = ws.element(&id) else {
                return view! { <p class="empty">"This element no longer exists."</p> }.into_any();
            };
            let kind = match e.team_type {
                Some(t) => format!("{} team", t.label()),
                None => e.kind.label().to_string(),
            };
            let owner = ws.owner_of(&e.id).map(|t| (t.id.clone(), t.name.clone()));
            let parent = e.parent.as_ref().map(|p| (p.clone(), name_of(ws, p)));
            let owned: Vec<(Id, String)> = if e.kind == ElementKind::Team { ws.owned_by(&e.id).map(|o| (o.id.clone(), o.name.clone())).collect() } else { Vec::new() };
            let concerns: Vec<(String, u8)> = e.concerns.iter().map(|c| (ws.concern(&c.concern).map(|k| k.name.clone()).unwrap_or_default(), c.weight)).collect();
            let teams: Vec<(Id, String)> = ws.elements.iter().filter(|t| t.kind == ElementKind::Team).map(|t| (t.id.clone(), t.name.clone())).collect();
            let element = e.clone();
            let (is_team, team_id) = (e.kind == ElementKind::Team, e.id.clone());

            let relationships: Vec<(String, Id, String)> = ws.relationships_of(&e.id).map(|r| {
                let (arrow, other) = if r.source == e.id { ("→", &r.target) } else { ("←", &r.source) };
                let text = if r.description.is_empty() { r.kind.label().to_string() } else { r.description.clone() };
                (format!("{arrow} {text}"), other.clone(), name_of(ws, other))
            }).collect();
            let decisions: Vec<_> = ws.decisions_linked_to(&e.id).into_iter().map(|d| (d.id.clone(), d.reference(), d.title.clone(), d.status)).collect();
            let views: Vec<String> = ws.views.iter().filter(|v| v.shows(&e.id)).map(|v| v.name.clone()).collect();
            let stakeholder = e.stakeholder.map(|s| format!("Power {} · Interest {} · {}", s.power, s.interest, s.quadrant()));
            view! {
                <div class="details-header">
                    <p class="eyebrow" data-testid="details-kind">{kind}</p>
                    <h2 data-testid="details-name"><GlossaryText text=e.name.clone() /></h2>
                    <button type="button" class="button icon close" aria-label="Close details" {..keys_of_with(ActionId::Cancel, "Close")} on:click=move |_| state_back.session.selection.set(None)>"✕"</button>
                </div>
                {(!e.description.is_empty()).then(|| view! { <p class="description" data-testid="details-description"><GlossaryText text=e.description.clone() /></p> })}
                <dl class="facts">
                    {(!e.technology.is_empty()).then(|| view! { <dt>"Technology"</dt><dd>{e.technology.clone()}</dd> })}
                    {(!e.role.is_empty()).then(|| view! { <dt>"Role"</dt><dd>{e.role.clone()}</dd> })}
                    {stakeholder.map(|s| view! { <dt>"Stakeholder"</dt><dd>{s}</dd> })}
                    {e.kind.is_ownable().then(|| view! {
                        <dt>"Owner team"</dt>
                        <dd data-testid="details-owner">{match owner.clone() {
                            Some((id, name)) => view! { <ElementLink id=id name=name /> }.into_any(),
                            None => view! { <span class="muted">"No owner"</span> }.into_any(),
                        }}</dd>
                    })}
                    {parent.map(|(id, name)| view! { <dt>"Inside"</dt><dd><ElementLink id=id name=name /></dd> })}
                    <dt>"Shown in"</dt><dd>{if views.is_empty() { "No view".to_string() } else { views.join(", ") }}</dd>
                </dl>
                <details class="edit-section" prop:open=move || state_back.session.properties_open.get()
                    on:toggle=move |ev| state_back.session.properties_open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>"Edit properties"</summary>
                    <ElementProperties element=element teams=teams views=views.len() />
                </details>
                {(!owned.is_empty()).then(|| view! {
                    <h3>{format!("Owns ({})", owned.len())}</h3>
                    <ul class="plain-list" data-testid="details-owned">
                        {owned.into_iter().map(|(id, name)| view! { <li><ElementLink id=id name=name /></li> }).collect_view()}
                    </ul>
                })}
                {is_team.then(|| view! { <TeamSections team=team_id.clone() /> })}
                {(!concerns.is_empty()).then(|| view! {
                    <h3>"Concerns"</h3>
                    <ul class="concerns" data-testid="details-concerns">
                        {concerns.into_iter().map(|(name, weight)| view! {
                            <li><span>{name}</span><span class="weight" aria-label=format!("weight {weight} of 5")>{"●".repeat(weight as usize)}{"○".repeat(5usize.saturating_sub(weight as usize))}</span></li>
                        }).collect_view()}
                    </ul>
                })}
                <h3>{format!("Decisions ({})", decisions.len())}</h3>
                <ul class="decision-list" data-testid="details-decisions">
                    {decisions.is_empty().then(|| view! { <li class="muted">"No decision is linked to this element."</li> })}
                    {decisions.into_iter().map(|(id, reference, title, status)| view! {
                        <li>
                            <button type="button" class="decision-row" on:click=move |_| state_back.select_decision(id.clone())>
                                <span class="adr-number">{reference}</span>
                                <span class="adr-title">{title}</span>
                                <StatusBadge status=status />
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
                {(!relationships.is_empty()).then(|| view! {
                    <h3>"Relationships"</h3>
                    <ul class="plain-list relationships">
                        {relationships.into_iter().map(|(text, id, name)| view! { <li><span class="muted">{text}</span>" "<ElementLink id=id name=name /></li> }).collect_view()}
                    </ul>
                })}
            }.into_any()
        })
    }
}

/// Several elements selected: how many, and which.
#[component]
fn SelectionSummary(ids: Vec<Id>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (names, ownable, teams) = state.doc.workspace.with_untracked(|ws| {
        let names: Vec<(Id, String)> = ids.iter().map(|id| (id.clone(), name_of(ws, id))).collect();
        let ownable = ids
            .iter()
            .filter(|id| ws.element(id).is_some_and(|e| e.kind.is_ownable()))
            .count();
        let mut teams: Vec<(Id, String)> = ws
            .elements
            .iter()
            .filter(|e| e.kind == ElementKind::Team)
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect();
        teams.sort_by_key(|(_, n)| n.to_lowercase());
        (names, ownable, teams)
    });
    let chosen = StoredValue::new(ids);
    view! {
        <div class="details-header">
            <p class="eyebrow">"Selection"</p>
            <h2 data-testid="details-name">{format!("{} elements selected", names.len())}</h2>
            <button type="button" class="button icon close" aria-label="Close details" {..keys_of_with(ActionId::Cancel, "Clear selection")} on:click=move |_| state.session.selection.set(None)>"✕"</button>
        </div>
        <p class="muted small">"Drag or use the arrow keys to move them together; Delete removes them from the view."</p>
        <div class="button-row">
            <button type="button" class="button small" title=format!("Auto-layout only the selection ({}); the rest of the view stays", ActionId::AutoLayout.key_hint().unwrap_or_default())
                aria-keyshortcuts=ActionId::AutoLayout.aria_keyshortcuts()
                on:click=move |_| state.auto_layout(state.session.active_pane.get_untracked())>"Lay out the selection"</button>
            <button type="button" class="button small" data-testid="pin-selection" {..keys_of_with(ActionId::TogglePins, "Pinned elements stay where they are when the view is laid out")}
                on:click=move |_| state.toggle_pins(state.session.active_pane.get_untracked())>
                {move || if state.selection_pinned(state.session.active_pane.get()) { "Unpin them" } else { "Pin them" }}
            </button>
        </div>
        {(ownable > 0).then(|| view! {
            <label class="field"><span>{format!("Owner team of the {ownable} ownable element{}", if ownable == 1 { "" } else { "s" })}</span>
                <select data-testid="bulk-owner" on:change=move |ev| {
                    let team = match event_target_value(&ev).as_str() {
                        "" => return,
                        "-" => None,
                        value => Some(Id::new(value)),
                    };
                    chosen.with_value(|ids| state.assign_owner(ids, team.as_ref()));
                }>
                    <option value="" selected>"Choose a team…"</option>
                    {teams.into_iter().map(|(id, name)| view! { <option value=id.to_string()>{name}</option> }).collect_view()}
                    <option value="-">"No owner"</option>
                </select>
            </label>
        })}
        <ul class="plain-list" data-testid="details-selection">
            {names.into_iter().map(|(id, name)| view! { <li><ElementLink id=id name=name /></li> }).collect_view()}
        </ul>
    }
}
