//! Geometry for drawing views: boxes, edge end points, label wrapping, the
//! camera (pan and zoom), snapping and alignment guides while dragging, and
//! where a new box goes. Pure arithmetic on plain numbers: it must never touch
//! the browser, JSON or a workspace's contents (it reads placements only).

mod align;
mod camera;
mod geometry;
mod placement;
mod snap;

pub use align::{Alignment, Guide};
pub use camera::Camera;
pub use geometry::{border_point, edge_ends, wrap, Rect};
pub use placement::{beside, free_spot};
pub use snap::{drag_step, resized, snap, Corner, GRID, MIN_SIZE};
