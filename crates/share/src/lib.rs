//! Conway maps for people who do not have Conway: a view as a self-contained
//! SVG picture drawn from the same scene as the canvas, the whole workspace
//! published as one web page, the workspace carried inside pictures (SVG
//! metadata, a PNG text chunk), pages and share links, so each opens back
//! into Conway (`opened` tells a dropped file's kind by its content). Pure
//! Rust: it never touches the browser or storage, and never changes a
//! workspace.

pub mod archive;
mod attrs;
pub mod link;
pub mod opened;
pub mod page;
pub mod png;
pub mod svg;
mod zlib;
