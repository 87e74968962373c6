//! Conway's web crate: the only crate that knows the browser (leptos, web-sys,
//! gloo, wasm-bindgen, js-sys). `app` holds the signals and turns what the
//! editor core decides into commands; `ui` holds the components. Everything
//! that can be decided without a browser lives in the crates under crates/
//! (see ARCHITECTURE.md); natively this crate is empty.

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod ui;
