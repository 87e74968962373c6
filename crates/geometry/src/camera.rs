//! The camera of a pane: which part of the canvas is on screen and how large.

use super::Rect;

/// Screen = canvas × zoom + offset.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub x: f64,
    pub y: f64,
    pub zoom: f64,
}

impl Default for Camera {
    fn default() -> Self {
        Camera {
            x: 0.0,
            y: 0.0,
            zoom: 1.0,
        }
    }
}

impl Camera {
    pub const MIN_ZOOM: f64 = 0.1;
    pub const MAX_ZOOM: f64 = 4.0;

    /// Shows all of `bounds` centred in a screen of this size, never enlarging past 100 %.
    pub fn fit(bounds: Rect, screen_width: f64, screen_height: f64, padding: f64) -> Camera {
        let usable_w = (screen_width - 2.0 * padding).max(1.0);
        let usable_h = (screen_height - 2.0 * padding).max(1.0);
        let zoom = (usable_w / bounds.width.max(1.0))
            .min(usable_h / bounds.height.max(1.0))
            .clamp(Self::MIN_ZOOM, 1.0);
        let (cx, cy) = bounds.centre();
        Camera {
            x: screen_width / 2.0 - cx * zoom,
            y: screen_height / 2.0 - cy * zoom,
            zoom,
        }
    }

    /// Whether text is too small to read at this zoom: labels and handles are
    /// then not drawn, which keeps large views quick to paint (as in draw.io).
    pub fn is_far(&self) -> bool {
        self.zoom < 0.15
    }

    /// Zooms by `factor` keeping the canvas point under the screen point `(sx, sy)` still.
    pub fn zoom_at(self, factor: f64, sx: f64, sy: f64) -> Camera {
        let zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let (cx, cy) = self.to_canvas(sx, sy);
        Camera {
            x: sx - cx * zoom,
            y: sy - cy * zoom,
            zoom,
        }
    }

    pub fn panned(self, dx: f64, dy: f64) -> Camera {
        Camera {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
    }

    pub fn to_canvas(self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.zoom, (sy - self.y) / self.zoom)
    }

    pub fn transform(self) -> String {
        format!(
            "translate({:.2} {:.2}) scale({:.4})",
            self.x, self.y, self.zoom
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let camera = Camera {
            x: 30.0,
            y: -20.0,
            zoom: 0.8,
        };
        let before = camera.to_canvas(400.0, 300.0);
        let after = camera.zoom_at(1.25, 400.0, 300.0).to_canvas(400.0, 300.0);
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_clamped() {
        assert_eq!(
            Camera::default().zoom_at(100.0, 0.0, 0.0).zoom,
            Camera::MAX_ZOOM
        );
        assert_eq!(
            Camera::default().zoom_at(0.0001, 0.0, 0.0).zoom,
            Camera::MIN_ZOOM
        );
    }

    #[test]
    fn fit_centres_the_bounds_on_screen() {
        let camera = Camera::fit(
            Rect {
                x: 100.0,
                y: 100.0,
                width: 2000.0,
                height: 1000.0,
            },
            1000.0,
            600.0,
            20.0,
        );
        assert!((camera.zoom - 0.48).abs() < 1e-9);
        let (cx, cy) = camera.to_canvas(500.0, 300.0);
        assert!((cx - 1100.0).abs() < 1e-9 && (cy - 600.0).abs() < 1e-9);
    }
}
