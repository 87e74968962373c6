//! Geometry for drawing views: boxes, edge end points, label wrapping and the
//! camera (pan and zoom). Pure Rust: no browser crates, no JSON, no mutation
//! of a workspace. Auto-layout engines will live here too.

mod align;
mod camera;
mod geometry;
mod route;
mod snap;

pub use align::{Alignment, Guide};
pub use camera::Camera;
pub use geometry::{border_point, edge_ends, wrap, Rect};
pub use route::{
    route_edge, route_edges, segment_crosses, Obstacle, ObstacleIndex, Route, FAN_GAP, MARGIN,
};
pub use snap::{drag_step, resized, snap, Corner, GRID, MIN_SIZE};
