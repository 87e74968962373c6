//! Renaming an element in place: a text field over the element. Enter or
//! leaving the field commits (one undo step), Escape cancels.

use leptos::prelude::*;

use crate::app::AppState;
use conway_geometry::Camera;
use conway_model::ViewKind;

#[component]
pub fn RenameInPlace(kind: ViewKind, camera: RwSignal<Camera>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = state.view_signal(kind);
    // Where the field goes: the renamed element's box in this pane's view.
    let target = Memo::new(move |_| {
        let id = state.session.renaming.get()?;
        let view = current.get()?;
        state.doc.workspace.with(|ws| {
            let p = ws.view(&view)?.placement(&id)?.clone();
            let name = ws.element(&id)?.name.clone();
            Some((id, name, p))
        })
    });
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if target.get().is_some() {
            if let Some(field) = input.get() {
                let _ = field.focus();
                field.select();
            }
        }
    });
    let finish = move |commit: bool| {
        let Some((id, _, _)) = target.get_untracked() else {
            return;
        };
        if commit {
            if let Some(field) = input.get_untracked() {
                state.rename_element(&id, &field.value());
            }
        }
        state.session.renaming.set(None);
    };
    move || {
        target.get().map(|(_, name, p)| {
            // The field keeps a readable screen size whatever the zoom.
            let zoom = camera.get_untracked().zoom;
            let height = 34.0 / zoom;
            let width = (p.width + 8.0).max(220.0 / zoom);
            let style = format!("font-size: {:.2}px; border-width: {:.2}px; border-radius: {:.2}px; padding: 0 {:.2}px", 14.0 / zoom, 2.0 / zoom, 6.0 / zoom, 8.0 / zoom);
            view! {
                <foreignObject x=p.x + p.width / 2.0 - width / 2.0 y=p.y + (p.height - height) / 2.0 width=width height=height class="rename">
                    <input node_ref=input type="text" class="rename-field" style=style aria-label="Element name" value=name maxlength="200"
                        on:keydown=move |ev| match ev.key().as_str() {
                            "Enter" => { ev.prevent_default(); finish(true); }
                            "Escape" => { ev.prevent_default(); ev.stop_propagation(); finish(false); }
                            _ => ev.stop_propagation(),
                        }
                        on:blur=move |_| finish(true)
                        on:pointerdown=|ev| ev.stop_propagation() />
                </foreignObject>
            }
        })
    }
}
