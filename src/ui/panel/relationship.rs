//! The selected relationship: its ends, and a form for its kind, label,
//! technology, sync/async and (for interaction modes) dates.

use leptos::prelude::*;

use crate::app::{kinds_between, AppState};
use crate::ui::panel::details::ElementLink;
use crate::ui::shell::shortcuts::keys_of_with;
use conway_editor::actions::ActionId;
use conway_model::{Date, Id, Relationship, RelationshipKind, Synchrony};

fn edit(state: AppState, id: &Id, change: impl FnOnce(&mut Relationship)) {
    if let Some(mut relationship) = state
        .doc
        .workspace
        .with_untracked(|ws| ws.relationship(id).cloned())
    {
        change(&mut relationship);
        state.update_relationship(relationship);
    }
}

#[component]
pub fn RelationshipDetails(id: Id) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let found = state.doc.workspace.with(|ws| {
            let r = ws.relationship(&id)?.clone();
            let name = |e: &Id| ws.element(e).map(|e| e.name.clone()).unwrap_or_default();
            Some((name(&r.source), name(&r.target), r))
        });
        let Some((source_name, target_name, r)) = found else {
            return view! { <p class="empty">"This relationship no longer exists."</p> }.into_any();
        };
        let kinds = kinds_between(state, &r.source, &r.target);
        let (kind_id, label_id, tech_id, sync_id, start_id, end_id, delete_id) = (
            r.id.clone(),
            r.id.clone(),
            r.id.clone(),
            r.id.clone(),
            r.id.clone(),
            r.id.clone(),
            r.id.clone(),
        );
        let date_value = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        view! {
            <div class="details-header">
                <p class="eyebrow" data-testid="details-kind">{format!("Relationship · {}", r.kind.label())}</p>
                <h2 data-testid="details-name">{if r.description.is_empty() { r.kind.label().to_string() } else { r.description.clone() }}</h2>
                <button type="button" class="button icon close" aria-label="Close details" {..keys_of_with(ActionId::Cancel, "Close")} on:click=move |_| state.session.selection.set(None)>"✕"</button>
            </div>
            <p class="relationship-ends">
                <ElementLink id=r.source.clone() name=source_name />" → "<ElementLink id=r.target.clone() name=target_name />
            </p>
            <form class="properties" data-testid="properties" on:submit=|ev| ev.prevent_default()>
                <label class="field"><span>"Kind"</span>
                    <select data-testid="property-kind" on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        if let Some(kind) = RelationshipKind::ALL.into_iter().find(|k| k.label() == chosen) {
                            edit(state, &kind_id, |r| {
                                r.kind = kind;
                                r.synchrony = (kind == RelationshipKind::Uses).then_some(r.synchrony.unwrap_or(Synchrony::Sync));
                                if !kind.is_interaction_mode() {
                                    r.starts = None;
                                    r.ends = None;
                                }
                            });
                        }
                    }>
                        {kinds.into_iter().map(|k| view! { <option value=k.label() selected=k == r.kind>{k.label()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field"><span>{if r.kind == RelationshipKind::InformationFlow { "What flows" } else { "Label" }}</span>
                    <input type="text" maxlength="5000" prop:value=r.description.clone() data-testid="property-label"
                        on:change=move |ev| { let v = event_target_value(&ev); edit(state, &label_id, |r| r.description = v); } />
                </label>
                <label class="field"><span>"Technology"</span>
                    <input type="text" maxlength="200" prop:value=r.technology.clone()
                        on:change=move |ev| { let v = event_target_value(&ev); edit(state, &tech_id, |r| r.technology = v); } />
                </label>
                {(r.kind == RelationshipKind::Uses).then(|| view! {
                    <label class="field"><span>"Call"</span>
                        <select on:change=move |ev| { let asynchronous = event_target_value(&ev) == "async"; edit(state, &sync_id, |r| r.synchrony = Some(if asynchronous { Synchrony::Async } else { Synchrony::Sync })); }>
                            <option value="sync" selected=r.synchrony == Some(Synchrony::Sync)>"Synchronous"</option>
                            <option value="async" selected=r.synchrony == Some(Synchrony::Async)>"Asynchronous"</option>
                        </select>
                    </label>
                })}
                {r.kind.is_interaction_mode().then(|| view! {
                    <div class="field-row">
                        <label class="field"><span>"Starts"</span><input type="date" prop:value=date_value(r.starts)
                            on:change=move |ev| { let d = Date::parse(&event_target_value(&ev)); edit(state, &start_id, |r| r.starts = d); } /></label>
                        <label class="field"><span>"Ends"</span><input type="date" prop:value=date_value(r.ends)
                            on:change=move |ev| { let d = Date::parse(&event_target_value(&ev)); edit(state, &end_id, |r| r.ends = d); } /></label>
                    </div>
                })}
                <button type="button" class="button danger" on:click=move |_| state.delete_relationship(delete_id.clone())>"Delete relationship"</button>
            </form>
        }.into_any()
    }
}
