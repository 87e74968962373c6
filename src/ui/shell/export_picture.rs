//! The picture export dialog (from a view's ⋯ menu or the header's Export
//! menu): SVG or PNG at 1x, 2x or 3x, light or dark, with or without a
//! background, with a live preview; download or copy. Like Excalidraw's, the
//! picture always carries the workspace, so Conway can open it again.

use leptos::prelude::*;

use crate::app::{AppState, PictureChoice, PictureFormat, Theme};
use conway_model::ViewKind;

/// The preview: the SVG shown as an image, which never runs anything in it.
fn preview_url(svg: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&svg.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

#[component]
pub fn ExportPictureDialog(theme: RwSignal<Theme>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = state.dialogs.export_picture;
    let format = RwSignal::new(PictureFormat::Png);
    let scale = RwSignal::new(2.0);
    let picture_theme = RwSignal::new(Theme::Light);
    let background = RwSignal::new(true);
    // Each time the dialog opens it starts from the app's theme.
    Effect::new(move |_| {
        if open.get().is_some() {
            picture_theme.set(theme.get_untracked());
        }
    });
    let choice = move || PictureChoice {
        format: format.get(),
        scale: scale.get(),
        theme: picture_theme.get(),
        background: background.get(),
    };
    let preview = Memo::new(move |previous: Option<&Option<String>>| {
        if let Some(Some(url)) = previous {
            let _ = web_sys::Url::revoke_object_url(url);
        }
        let kind = open.get()?;
        state.doc.workspace.track();
        let svg = state.picture_svg(kind, &choice())?;
        preview_url(&svg)
    });
    let close = move || open.set(None);
    // Keyboard users land on the main action, as in the other dialogs.
    let download = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if open.get().is_some() {
            if let Some(button) = download.get() {
                let _ = button.focus();
            }
        }
    });
    let kind = move || open.get().unwrap_or(ViewKind::System);
    let view_name = move || {
        let id = state.view_signal(kind()).get();
        state.doc.workspace.with(|ws| {
            id.and_then(|id| ws.view(&id).map(|v| v.name.clone()))
                .unwrap_or_default()
        })
    };
    let segment = |label: &'static str, pressed: Signal<bool>, on: Callback<()>| {
        view! {
            <button type="button" class="segment" aria-pressed=move || pressed.get().to_string()
                on:click=move |_| on.run(())>{label}</button>
        }
    };
    move || {
        open.get().is_some().then(|| view! {
            <div class="overlay" on:click=move |_| close()>
                <div class="dialog export-picture" role="dialog" aria-modal="true" aria-labelledby="export-picture-title"
                    on:click=|ev| ev.stop_propagation()
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.stop_propagation(); close(); }>
                    <div class="dialog-header">
                        <h2 id="export-picture-title">{move || format!("Export “{}”", view_name())}</h2>
                        <button type="button" class="button icon" aria-label="Close" on:click=move |_| close()>"✕"</button>
                    </div>
                    <div class="picture-preview" class:dark=move || picture_theme.get() == Theme::Dark class:transparent=move || !background.get()>
                        {move || preview.get().map(|url| view! { <img src=url alt=move || format!("Preview of {}", view_name()) data-testid="picture-preview" /> })}
                    </div>
                    <div class="picture-options">
                        <div class="segmented" role="group" aria-label="Format">
                            {segment("PNG", Signal::derive(move || format.get() == PictureFormat::Png), Callback::new(move |()| format.set(PictureFormat::Png)))}
                            {segment("SVG", Signal::derive(move || format.get() == PictureFormat::Svg), Callback::new(move |()| format.set(PictureFormat::Svg)))}
                        </div>
                        <div class="segmented" role="group" aria-label="Scale" class:disabled=move || format.get() == PictureFormat::Svg>
                            {[1.0, 2.0, 3.0].into_iter().map(|s| {
                                let label = match s as u8 { 1 => "1x", 2 => "2x", _ => "3x" };
                                segment(label, Signal::derive(move || scale.get() == s), Callback::new(move |()| scale.set(s)))
                            }).collect_view()}
                        </div>
                        <div class="segmented" role="group" aria-label="Theme">
                            {segment("Light", Signal::derive(move || picture_theme.get() == Theme::Light), Callback::new(move |()| picture_theme.set(Theme::Light)))}
                            {segment("Dark", Signal::derive(move || picture_theme.get() == Theme::Dark), Callback::new(move |()| picture_theme.set(Theme::Dark)))}
                        </div>
                        <label class="check">
                            <input type="checkbox" prop:checked=move || background.get()
                                on:change=move |ev| background.set(event_target_checked(&ev)) />
                            "Background"
                        </label>
                    </div>
                    <p class="hint">"The picture carries this workspace: drop it on Conway to open it."</p>
                    <div class="dialog-actions">
                        <button type="button" class="button" on:click=move |_| state.copy_picture(kind(), choice())>
                            {move || if format.get() == PictureFormat::Png { "Copy PNG" } else { "Copy SVG" }}
                        </button>
                        <button type="button" class="button primary" data-testid="download-picture" node_ref=download
                            on:click=move |_| { state.export_picture(kind(), choice()); close(); }>
                            {move || if format.get() == PictureFormat::Png { "Download PNG" } else { "Download SVG" }}
                        </button>
                    </div>
                </div>
            </div>
        })
    }
}
