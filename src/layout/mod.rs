//! Geometry for drawing views: boxes, edge end points, label wrapping and the
//! camera (pan and zoom). Pure Rust: no browser crates, no JSON, no mutation
//! of a workspace. Auto-layout (`auto`), incremental placement of a new box,
//! the bridge from a view to a layout (`view_layout`) and edge routing around
//! boxes (`route`) live here too.

mod align;
pub mod auto;
mod camera;
mod geometry;
mod placement;
mod route;
mod snap;
mod view_layout;

pub use align::{Alignment, Guide};
pub use camera::Camera;
pub use geometry::{border_point, edge_ends, wrap, Rect};
pub use placement::{beside, free_spot};
pub use route::{
    fan_lanes, route_edge, route_edges, segment_crosses, EdgeRequest, LiveRoutes, Obstacle,
    ObstacleIndex, Route, RouteCache, FAN_GAP, LIVE_LIMIT, LIVE_WORK, MARGIN, ROUTE_LIMIT,
};
pub use snap::{drag_step, resized, snap, Corner, GRID, MIN_SIZE};
pub use view_layout::{changed_placements, lay_out_view, plan, ViewPlan};
