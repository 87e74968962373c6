//! Pictures of a view, carried out in the browser: the SVG comes from
//! `conway_share::svg` (drawn from the same scene as the canvas); a PNG is
//! that SVG rasterised on a canvas at 1x, 2x or 3x, with the workspace put
//! in a text chunk by `conway_share::png`; both download or go to the
//! clipboard. An export never changes the workspace; a failure says why.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{AppState, Theme};
use conway_model::ViewKind;
use conway_share::svg::{SvgOptions, Theme as PictureTheme};

/// The longest side of a PNG, in pixels.
const MAX_CANVAS_SIDE: f64 = 16_384.0;

/// SVG or PNG.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureFormat {
    Svg,
    Png,
}

/// What the export dialog chose.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PictureChoice {
    pub format: PictureFormat,
    /// Pixels per canvas unit of a PNG: 1, 2 or 3.
    pub scale: f64,
    pub theme: Theme,
    pub background: bool,
}

impl PictureChoice {
    /// What Ctrl/Cmd+Shift+C copies: a 2x PNG in the app's theme, on its background.
    pub fn for_clipboard() -> Self {
        let dark = document()
            .document_element()
            .and_then(|root| root.get_attribute("data-theme"))
            .is_some_and(|t| t == "dark");
        PictureChoice {
            format: PictureFormat::Png,
            scale: 2.0,
            theme: if dark { Theme::Dark } else { Theme::Light },
            background: true,
        }
    }
}

impl AppState {
    /// The SVG of the view a pane shows, as the dialog chose it.
    pub fn picture_svg(&self, kind: ViewKind, choice: &PictureChoice) -> Option<String> {
        let view = self.view_signal(kind).get_untracked()?;
        let by_owner = self
            .session
            .owner_colours
            .with_untracked(|set| set.contains(&view));
        let options = SvgOptions {
            theme: match choice.theme {
                Theme::Light => PictureTheme::Light,
                Theme::Dark => PictureTheme::Dark,
            },
            background: choice.background,
            by_owner,
            // The organisation map is drawn as of the date its pane shows.
            as_of: self.session.interactions_as_of.get_untracked(),
            ..SvgOptions::default()
        };
        super::timing::measured("conway:picture-svg", || {
            self.doc
                .workspace
                .with_untracked(|ws| conway_share::svg::view_svg(ws, &view, &options))
        })
    }

    /// `<workspace> - <view>.<extension>`, safe for any file system.
    fn picture_name(&self, kind: ViewKind, extension: &str) -> String {
        let view = self.view_signal(kind).get_untracked();
        let name = self.doc.workspace.with_untracked(|ws| {
            let view_name = view
                .as_ref()
                .and_then(|id| ws.view(id))
                .map_or("View", |v| v.name.as_str());
            format!("{} - {view_name}", ws.name)
        });
        let stem = conway_format::file_name(&conway_model::Workspace::new(name));
        let stem = stem
            .strip_suffix(conway_format::FILE_EXTENSION)
            .unwrap_or(&stem)
            .to_string();
        format!("{stem}.{extension}")
    }

    /// The picture as a blob, with the workspace inside it.
    async fn picture_blob(
        &self,
        kind: ViewKind,
        choice: PictureChoice,
    ) -> Result<web_sys::Blob, String> {
        let svg = self
            .picture_svg(kind, &choice)
            .ok_or("this pane shows no view")?;
        match choice.format {
            PictureFormat::Svg => blob(&[svg.as_str().into()], "image/svg+xml"),
            PictureFormat::Png => {
                super::timing::begin("conway:picture-png");
                let pixels = rasterise(&svg, choice.scale).await?;
                let text = self.doc.workspace.with_untracked(conway_format::write);
                let png = conway_share::png::embed(&pixels, &text).map_err(|e| e.to_string())?;
                super::timing::finish("conway:picture-png");
                blob(
                    &[js_sys::Uint8Array::from(png.as_slice()).into()],
                    "image/png",
                )
            }
        }
    }

    /// Downloads a picture of the view a pane shows.
    pub fn export_picture(&self, kind: ViewKind, choice: PictureChoice) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let extension = match choice.format {
                PictureFormat::Svg => "svg",
                PictureFormat::Png => "png",
            };
            let result = match state.picture_blob(kind, choice).await {
                Ok(blob) => super::files::offer_blob(&blob, &state.picture_name(kind, extension)),
                Err(reason) => Err(reason),
            };
            if let Err(reason) = result {
                state.show_error("The picture was not exported", reason);
            }
        });
    }

    /// Puts a picture of the view a pane shows on the clipboard.
    pub fn copy_picture(&self, kind: ViewKind, choice: PictureChoice) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let result = match choice.format {
                // As text, which every tool that takes SVG pastes.
                PictureFormat::Svg => match state.picture_svg(kind, &choice) {
                    Some(svg) => JsFuture::from(window().navigator().clipboard().write_text(&svg))
                        .await
                        .map(|_| ())
                        .map_err(|_| {
                            "this browser did not allow the clipboard; download the picture instead"
                                .to_string()
                        }),
                    None => Err("this pane shows no view".to_string()),
                },
                PictureFormat::Png => match state.picture_blob(kind, choice).await {
                    Ok(blob) => write_clipboard(&blob).await,
                    Err(reason) => Err(reason),
                },
            };
            match result {
                // Browsers re-encode clipboard images, dropping the PNG's text
                // chunk: only a downloaded picture carries the workspace.
                Ok(()) => state.show_info(
                    "Picture copied",
                    match choice.format {
                        PictureFormat::Png => "Paste it into a document, a slide or a chat. The clipboard keeps only the picture: download it to keep the workspace inside, so Conway can open it again.",
                        PictureFormat::Svg => "Paste it into any tool that takes SVG. It carries the workspace, so Conway can open it again.",
                    },
                ),
                Err(reason) => state.show_error("The picture was not copied", reason),
            }
        });
    }
}

fn blob(parts: &[JsValue], mime: &str) -> Result<web_sys::Blob, String> {
    let array = parts.iter().collect::<js_sys::Array>();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_blob_sequence_and_options(&array, &options)
        .map_err(|_| "the picture could not be made".to_string())
}

/// The SVG drawn on a canvas `scale` times its size, as PNG bytes.
async fn rasterise(svg: &str, scale: f64) -> Result<Vec<u8>, String> {
    let fail = |_| "the browser could not draw the picture".to_string();
    let source = blob(&[svg.into()], "image/svg+xml")?;
    let url = web_sys::Url::create_object_url_with_blob(&source).map_err(fail)?;
    let image = web_sys::HtmlImageElement::new().map_err(fail)?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(fail)?;
    let (width, height) = (image.natural_width() as f64, image.natural_height() as f64);
    let canvas: web_sys::HtmlCanvasElement = document()
        .create_element("canvas")
        .map_err(fail)?
        .unchecked_into();
    // Browsers draw nothing on a canvas past some 16,000 pixels a side:
    // a very large view comes out at the largest scale that fits.
    let scale = scale
        .min(MAX_CANVAS_SIDE / width.max(1.0))
        .min(MAX_CANVAS_SIDE / height.max(1.0));
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or("the browser could not draw the picture")?
        .unchecked_into();
    context.scale(scale, scale).map_err(fail)?;
    context
        .draw_image_with_html_image_element(&image, 0.0, 0.0)
        .map_err(fail)?;
    // `toBlob`, not a data URL: a large picture is megabytes of base64.
    let encoded = js_sys::Promise::new(&mut |resolve, _| {
        let on_blob = resolve.clone();
        let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            let _ = on_blob.call1(&JsValue::NULL, &blob);
        });
        if canvas
            .to_blob_with_type(done.unchecked_ref(), "image/png")
            .is_err()
        {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    let png: web_sys::Blob = JsFuture::from(encoded)
        .await
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "the picture is too large for this browser to draw; try 1x or SVG")?;
    let buffer = JsFuture::from(png.array_buffer()).await.map_err(fail)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Downloads every view's SVG at once, as a zip, in the app's theme.
pub fn export_all_views(state: AppState) {
    let theme = match PictureChoice::for_clipboard().theme {
        Theme::Light => PictureTheme::Light,
        Theme::Dark => PictureTheme::Dark,
    };
    let options = SvgOptions {
        theme,
        ..SvgOptions::default()
    };
    let (bytes, count, name) = state.doc.workspace.with_untracked(|ws| {
        let pictures = conway_share::archive::view_pictures(ws, &options);
        let stem = conway_format::file_name(ws);
        let stem = stem
            .strip_suffix(conway_format::FILE_EXTENSION)
            .unwrap_or(&stem)
            .to_string();
        (
            conway_share::archive::zip(&pictures),
            pictures.len(),
            format!("{stem} - views.zip"),
        )
    });
    let result = blob(
        &[js_sys::Uint8Array::from(bytes.as_slice()).into()],
        "application/zip",
    )
    .and_then(|b| super::files::offer_blob(&b, &name));
    match result {
        Ok(()) => state.show_info(
            format!("Exported {count} views as SVG"),
            format!("{name}: one picture per view, each carrying the workspace."),
        ),
        Err(reason) => state.show_error("The pictures were not exported", reason),
    }
}

/// Writes one blob to the system clipboard (`navigator.clipboard.write`).
async fn write_clipboard(blob: &web_sys::Blob) -> Result<(), String> {
    let refused =
        |_| "this browser did not allow the clipboard; download the picture instead".to_string();
    let constructor = js_sys::Reflect::get(&window(), &"ClipboardItem".into())
        .ok()
        .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
        .ok_or("this browser cannot copy pictures; download the picture instead")?;
    let items = js_sys::Object::new();
    js_sys::Reflect::set(&items, &blob.type_().into(), blob).map_err(refused)?;
    let item =
        js_sys::Reflect::construct(&constructor, &js_sys::Array::of1(&items)).map_err(refused)?;
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write(&js_sys::Array::of1(&item)))
        .await
        .map(|_| ())
        .map_err(refused)
}
