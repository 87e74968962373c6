//! A pane's view actions: new, rename, duplicate, delete, and adding an
//! element the model already holds. Rename and "add existing" open a dialog.

use leptos::prelude::*;

use crate::app::AppState;
use crate::ui::shell::menu::MenuButton;
use conway_geometry::Camera;
use conway_model::{Id, ViewKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialog {
    Rename,
    AddExisting,
}

#[component]
pub fn ViewMenu(
    kind: ViewKind,
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    let dialog = RwSignal::new(None::<Dialog>);
    let act = move |action: &'static str| {
        let Some(view) = current.get_untracked() else {
            if action == "new" {
                state.add_view(kind);
            }
            return;
        };
        match action {
            "new" => state.add_view(kind),
            "rename" => dialog.set(Some(Dialog::Rename)),
            "duplicate" => state.duplicate_view(&view),
            "add" => dialog.set(Some(Dialog::AddExisting)),
            _ => {
                let (name, shown) = state.doc.workspace.with_untracked(|ws| {
                    ws.view(&view)
                        .map(|v| (v.name.clone(), v.placements.len()))
                        .unwrap_or_default()
                });
                let question = format!("Delete the view \"{name}\"? Its {shown} elements stay in the model and in other views. You can undo this.");
                if web_sys::window()
                    .and_then(|w| w.confirm_with_message(&question).ok())
                    .unwrap_or(false)
                {
                    state.delete_view(&view);
                }
            }
        }
    };
    let centre = move || {
        let screen = svg.get_untracked().map(|s| s.get_bounding_client_rect());
        screen.map_or((0.0, 0.0), |r| {
            camera
                .get_untracked()
                .to_canvas(r.width() / 2.0, r.height() / 2.0)
        })
    };
    let by_owner = move || {
        let view = state.view_signal(kind).get();
        state
            .session
            .owner_colours
            .with(|set| view.is_some_and(|v| set.contains(&v)))
    };
    view! {
        <div class="view-menu">
            <MenuButton label="View actions" face=|| "⋯" button_class="icon">
                <button type="button" role="menuitem" on:click=move |_| act("new")>"New view"</button>
                <button type="button" role="menuitem" on:click=move |_| act("rename")>"Rename view…"</button>
                <button type="button" role="menuitem" on:click=move |_| act("duplicate")>"Duplicate view"</button>
                <button type="button" role="menuitem" on:click=move |_| act("add")>"Add existing element…"</button>
                {(kind == ViewKind::Org).then(|| view! {
                    <button type="button" role="menuitem" on:click=move |_| state.dialogs.stakeholder_grid.set(true)>"Power and interest grid…"</button>
                })}
                {(kind == ViewKind::System).then(|| view! {
                    <button type="button" role="menuitemcheckbox" aria-checked=move || by_owner().to_string()
                        on:click=move |_| toggle_owner_colours(state, kind)>
                        <span class="check" aria-hidden="true">{move || if by_owner() { "✓" } else { "" }}</span>"Colour by owner"</button>
                })}
                <button type="button" role="menuitem" on:click=move |_| state.dialogs.export_picture.set(Some(kind))>"Export picture…"</button>
                <button type="button" role="menuitem" on:click=move |_| state.pin_all(kind, true)>"Pin every element"</button>
                <button type="button" role="menuitem" on:click=move |_| state.pin_all(kind, false)>"Unpin every element"</button>
                <button type="button" role="menuitem" class="danger" on:click=move |_| act("delete")>"Delete view…"</button>
            </MenuButton>
            {move || match dialog.get() {
                Some(Dialog::Rename) => view! { <RenameView kind=kind dialog=dialog /> }.into_any(),
                Some(Dialog::AddExisting) => view! { <AddExisting kind=kind dialog=dialog at=centre() /> }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

#[component]
fn RenameView(kind: ViewKind, dialog: RwSignal<Option<Dialog>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_id = state.view_signal(kind).get_untracked();
    let name = view_id
        .as_ref()
        .and_then(|id| {
            state
                .doc
                .workspace
                .with_untracked(|ws| ws.view(id).map(|v| v.name.clone()))
        })
        .unwrap_or_default();
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = input.get() {
            let _ = field.focus();
            field.select();
        }
    });
    let save = move || {
        if let (Some(id), Some(field)) = (view_id.clone(), input.get_untracked()) {
            state.rename_view(&id, &field.value());
        }
        dialog.set(None);
    };
    let save_click = save.clone();
    view! {
        <div class="overlay" on:click=move |_| dialog.set(None)>
            <form class="dialog small" role="dialog" aria-modal="true" aria-label="Rename view" on:click=|ev| ev.stop_propagation()
                on:submit=move |ev| { ev.prevent_default(); save(); }
                on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); dialog.set(None); }>
                <div class="dialog-header"><h2>"Rename view"</h2></div>
                <label class="field"><span>"Name"</span><input node_ref=input type="text" required maxlength="200" value=name aria-label="View name" /></label>
                <div class="dialog-actions">
                    <button type="button" class="button" on:click=move |_| dialog.set(None)>"Cancel"</button>
                    <button type="button" class="button primary" on:click=move |_| save_click()>"Rename"</button>
                </div>
            </form>
        </div>
    }
}

#[component]
fn AddExisting(kind: ViewKind, dialog: RwSignal<Option<Dialog>>, at: (f64, f64)) -> impl IntoView {
    let state = expect_context::<AppState>();
    let filter = RwSignal::new(String::new());
    let candidates = Memo::new(move |_| {
        let view = state.view_signal(kind).get();
        let needle = filter.get().to_lowercase();
        state.doc.workspace.with(|ws| {
            let shown = |id: &Id| {
                view.as_ref()
                    .and_then(|v| ws.view(v))
                    .is_some_and(|v| v.shows(id))
            };
            ws.elements
                .iter()
                .filter(|e| {
                    e.side() == kind.side()
                        && !shown(&e.id)
                        && e.name.to_lowercase().contains(&needle)
                })
                .map(|e| (e.id.clone(), e.name.clone(), e.kind.label()))
                .collect::<Vec<_>>()
        })
    });
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(field) = input.get() {
            let _ = field.focus();
        }
    });
    view! {
        <div class="overlay" on:click=move |_| dialog.set(None)>
            <div class="dialog small" role="dialog" aria-modal="true" aria-label="Add existing element" on:click=|ev| ev.stop_propagation()
                on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); dialog.set(None); }>
                <div class="dialog-header"><h2>"Add existing element"</h2></div>
                <input node_ref=input type="search" class="search-field" placeholder="Filter by name" aria-label="Filter elements"
                    on:input=move |ev| filter.set(event_target_value(&ev)) />
                <ul class="pick-list" role="listbox" aria-label="Elements not in this view">
                    {move || {
                        let items = candidates.get();
                        if items.is_empty() {
                            return view! { <li class="muted">"Every matching element is already in this view."</li> }.into_any();
                        }
                        items.into_iter().map(|(id, name, label)| view! {
                            <li><button type="button" role="option" aria-selected="false" on:click=move |_| { dialog.set(None); state.show_in_view(kind, &id, at); }>
                                <span>{name}</span><span class="muted small">{label}</span>
                            </button></li>
                        }).collect_view().into_any()
                    }}
                </ul>
            </div>
        </div>
    }
}

/// Turns colouring by owner on or off for the view a pane shows.
pub fn toggle_owner_colours(state: AppState, kind: ViewKind) {
    if let Some(view) = state.view_signal(kind).get_untracked() {
        state.session.owner_colours.update(|set| {
            if !set.remove(&view) {
                set.insert(view);
            }
        });
    }
}
