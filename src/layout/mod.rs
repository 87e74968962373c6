//! Geometry for drawing views: boxes, edge end points, label wrapping and the
//! camera (pan and zoom). Pure Rust: no browser crates, no JSON, no mutation
//! of a workspace. Auto-layout engines will live here too.

mod camera;
mod geometry;

pub use camera::Camera;
pub use geometry::{border_point, edge_ends, wrap, Rect};
