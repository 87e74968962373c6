//! Where a pane's camera looks: fitted to its view when a view is newly shown
//! or after an auto-layout, zoomed by the shortcuts and buttons about the
//! pane's centre, and centred on what a search found. Screen sizes are the
//! pane's canvas in CSS pixels; this module never measures anything itself.

use conway_geometry::{Camera, Rect};

/// The margin a fitted view keeps around its content, in screen pixels.
pub const FIT_PADDING: f64 = 32.0;
/// One zoom step (a button press, `+` or `-`).
pub const ZOOM_STEP: f64 = 1.2;
/// The closest a search result is shown at: far enough to read its name.
const READABLE_ZOOM: f64 = 0.75;

/// A zoom the keyboard or the zoom controls ask of a pane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoomAction {
    In,
    Out,
    /// Back to 100%, about the pane's centre.
    Reset,
    /// The whole view in sight.
    Fit,
}

/// How a pane frames its view and camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Framing {
    /// The pane's canvas size, (width, height).
    pub screen: (f64, f64),
    /// The bounds of what the view shows (`None`: an empty view).
    pub bounds: Option<Rect>,
}

impl Framing {
    /// Whether the pane has been laid out yet: nothing can be fitted before.
    pub fn ready(&self) -> bool {
        self.screen.0 > 0.0 && self.screen.1 > 0.0
    }

    /// The whole view in sight; an empty view starts at 100% with the origin
    /// in the top left.
    pub fn fit(&self) -> Camera {
        match self.bounds {
            Some(bounds) => Camera::fit(bounds, self.screen.0, self.screen.1, FIT_PADDING),
            None => Camera::default(),
        }
    }

    /// `camera` after `action`, zooming about the pane's centre.
    pub fn zoom(&self, camera: Camera, action: ZoomAction) -> Camera {
        let (cx, cy) = (self.screen.0 / 2.0, self.screen.1 / 2.0);
        match action {
            ZoomAction::Fit => self.fit(),
            ZoomAction::Reset => camera.zoom_at(1.0 / camera.zoom, cx, cy),
            ZoomAction::In => camera.zoom_at(ZOOM_STEP, cx, cy),
            ZoomAction::Out => camera.zoom_at(1.0 / ZOOM_STEP, cx, cy),
        }
    }

    /// `camera` moved so that the canvas point `at` is in the pane's centre,
    /// zoomed in to a readable size if it was further out.
    pub fn centre_on(&self, camera: Camera, at: (f64, f64)) -> Camera {
        let zoom = camera.zoom.max(READABLE_ZOOM);
        Camera {
            x: self.screen.0 / 2.0 - at.0 * zoom,
            y: self.screen.1 / 2.0 - at.1 * zoom,
            zoom,
        }
    }
}
