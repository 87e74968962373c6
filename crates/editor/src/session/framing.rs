//! Where a pane's camera looks: fitted to its view when a view is newly shown
//! (never so far out that names cannot be read) or after an auto-layout,
//! zoomed by the shortcuts and buttons about the pane's centre, centred on
//! what a search found, and kept steady when the pane is resized. Content is
//! fitted clear of what floats over the canvas (palette, minimap, legend).
//! Screen sizes are the pane's canvas in CSS pixels; this module never
//! measures anything itself.

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

/// The room, in screen pixels from each edge of the canvas, that floating
/// controls cover: fitted content stays clear of it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Insets {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// How a pane frames its view and camera.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Framing {
    /// The pane's canvas size, (width, height).
    pub screen: (f64, f64),
    /// The bounds of what the view shows (`None`: an empty view).
    pub bounds: Option<Rect>,
    /// What floats over the canvas.
    pub clear: Insets,
}

impl Framing {
    /// Whether the pane has been laid out yet: nothing can be fitted before.
    pub fn ready(&self) -> bool {
        self.screen.0 > 0.0 && self.screen.1 > 0.0
    }

    /// The part of the canvas clear of floating controls: its top-left
    /// corner and size.
    fn clear_area(&self) -> ((f64, f64), (f64, f64)) {
        let c = self.clear;
        let width = (self.screen.0 - c.left - c.right).max(self.screen.0 / 2.0);
        let height = (self.screen.1 - c.top - c.bottom).max(self.screen.1 / 2.0);
        let left = c.left.min(self.screen.0 - width);
        let top = c.top.min(self.screen.1 - height);
        ((left, top), (width, height))
    }

    /// `rect` fitted into the clear area.
    fn fit_rect(&self, rect: Rect) -> Camera {
        let ((left, top), (width, height)) = self.clear_area();
        let camera = Camera::fit(rect, width, height, FIT_PADDING);
        Camera {
            x: camera.x + left,
            y: camera.y + top,
            ..camera
        }
    }

    /// The whole view in sight; an empty view starts at 100% with the origin
    /// in the top left.
    pub fn fit(&self) -> Camera {
        match self.bounds {
            Some(bounds) => self.fit_rect(bounds),
            None => Camera::default(),
        }
    }

    /// How a newly shown view is framed: the whole view, unless that would
    /// put names below `readable` zoom. Then the most important part at a
    /// readable size: `focus` (the selection) if it has one, else the top
    /// of the view, centred across; the user pans to the rest.
    pub fn open(&self, readable: f64, focus: Option<Rect>) -> Camera {
        let whole = self.fit();
        let Some(bounds) = self.bounds else {
            return whole;
        };
        if whole.zoom >= readable {
            return whole;
        }
        let zoom = readable.min(1.0);
        if let Some(focus) = focus {
            let fitted = self.fit_rect(focus);
            if fitted.zoom >= zoom {
                return fitted;
            }
            let ((left, top), (width, height)) = self.clear_area();
            let (cx, cy) = focus.centre();
            return Camera {
                x: left + width / 2.0 - cx * zoom,
                y: top + height / 2.0 - cy * zoom,
                zoom,
            };
        }
        let ((left, top), (width, _)) = self.clear_area();
        Camera {
            x: left + width / 2.0 - bounds.centre().0 * zoom,
            y: top + FIT_PADDING - bounds.y * zoom,
            zoom,
        }
    }

    /// `camera` for the pane resized from `before` to this framing's screen:
    /// what was in the middle stays in the middle, at the same zoom.
    pub fn resized(&self, camera: Camera, before: (f64, f64)) -> Camera {
        Camera {
            x: camera.x + (self.screen.0 - before.0) / 2.0,
            y: camera.y + (self.screen.1 - before.1) / 2.0,
            ..camera
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

#[cfg(test)]
mod tests {
    use super::*;

    const VIEW: Rect = Rect {
        x: 100.0,
        y: 50.0,
        width: 2000.0,
        height: 1200.0,
    };

    fn pane(clear: Insets) -> Framing {
        Framing {
            screen: (600.0, 500.0),
            bounds: Some(VIEW),
            clear,
        }
    }

    /// The screen rectangle `rect` lands on under `camera`.
    fn on_screen(camera: Camera, rect: Rect) -> (f64, f64, f64, f64) {
        let (x0, y0) = (
            camera.x + rect.x * camera.zoom,
            camera.y + rect.y * camera.zoom,
        );
        (
            x0,
            y0,
            x0 + rect.width * camera.zoom,
            y0 + rect.height * camera.zoom,
        )
    }

    #[test]
    fn fitted_content_stays_clear_of_what_floats_over_the_canvas() {
        let clear = Insets {
            left: 64.0,
            bottom: 120.0,
            ..Insets::default()
        };
        let (x0, y0, x1, y1) = on_screen(pane(clear).fit(), VIEW);
        assert!(x0 >= 64.0 + FIT_PADDING - 1e-9, "{x0}");
        assert!(y1 <= 500.0 - 120.0 - FIT_PADDING + 1e-9, "{y1}");
        assert!(x1 <= 600.0 && y0 >= 0.0);
    }

    #[test]
    fn a_view_that_fits_readably_opens_whole() {
        let f = pane(Insets::default());
        assert_eq!(f.open(0.1, None), f.fit());
    }

    #[test]
    fn a_view_too_big_to_read_whole_opens_at_a_readable_zoom_on_its_top() {
        let f = pane(Insets::default());
        assert!(f.fit().zoom < 0.5);
        let opened = f.open(0.5, None);
        assert_eq!(opened.zoom, 0.5);
        let (x0, y0, x1, _) = on_screen(opened, VIEW);
        assert!((y0 - FIT_PADDING).abs() < 1e-9, "the top of the view shows");
        assert!(((x0 + x1) / 2.0 - 300.0).abs() < 1e-9, "centred across");
    }

    #[test]
    fn the_selection_is_what_a_big_view_opens_on() {
        let f = pane(Insets::default());
        let small = Rect {
            x: 1500.0,
            y: 900.0,
            width: 200.0,
            height: 100.0,
        };
        let opened = f.open(0.5, Some(small));
        assert_eq!(opened, f.fit_rect(small), "a small selection is fitted");
        let wide = Rect {
            width: 1800.0,
            ..small
        };
        let opened = f.open(0.5, Some(wide));
        assert_eq!(opened.zoom, 0.5);
        assert_eq!(opened.to_canvas(300.0, 250.0), wide.centre());
    }

    #[test]
    fn a_resized_pane_keeps_its_middle_and_zoom() {
        let f = pane(Insets::default());
        let camera = Camera {
            x: -40.0,
            y: 10.0,
            zoom: 0.8,
        };
        let middle = camera.to_canvas(200.0, 150.0);
        let after = f.resized(camera, (400.0, 300.0));
        assert_eq!(after.zoom, 0.8);
        assert_eq!(after.to_canvas(300.0, 250.0), middle);
    }
}
