//! Where the picture's edges go: around everything drawn (boxes, decision
//! badges, routed lines with their widths and markers, relationship labels,
//! the owner legend), plus the margin, on whole pixels. It never lets a
//! margin or a coordinate make the `viewBox` invalid.

use super::paint::line_paint;
use super::theme::LIGHT;
use conway_editor::scene::{EdgeScene, NodeScene};
use conway_geometry::Rect;

/// The largest margin a picture takes; more is taken as this.
pub const MAX_MARGIN: f64 = 10_000.0;
/// A decision badge's half size, its 2 px outline included (`node.rs`).
const BADGE_REACH: (f64, f64) = (14.0, 11.0);
/// How far an end marker reaches from its line (the bracket, 12 px high).
const MARKER_REACH: f64 = 6.0;

/// The smallest box holding every node and edge drawn, if any.
pub(super) fn content_bounds(nodes: &[NodeScene], edges: &[EdgeScene]) -> Option<Rect> {
    let mut boxes: Vec<Rect> = Vec::new();
    for node in nodes {
        boxes.push(node.bounds);
        if let Some(badge) = &node.decisions {
            let (cx, cy) = (
                node.bounds.x + badge.centre.0,
                node.bounds.y + badge.centre.1,
            );
            boxes.push(around((cx, cy), BADGE_REACH));
        }
    }
    for edge in edges {
        // Line widths are the same in both themes.
        let reach = (line_paint(edge.kind, edge.dashed, &LIGHT).width / 2.0).max(MARKER_REACH);
        boxes.extend(edge.path.points.iter().map(|&p| around(p, (reach, reach))));
        if let Some(label) = &edge.label {
            boxes.push(around(
                edge.path.label_at,
                (label.width / 2.0, label.height / 2.0),
            ));
        }
    }
    union_all(boxes)
}

/// The union of `boxes`, leaving out any with a coordinate that is not a number.
pub(super) fn union_all(boxes: impl IntoIterator<Item = Rect>) -> Option<Rect> {
    boxes
        .into_iter()
        .filter(|r| [r.x, r.y, r.width, r.height].iter().all(|v| v.is_finite()))
        .reduce(Rect::union)
}

fn around((x, y): (f64, f64), (dx, dy): (f64, f64)) -> Rect {
    Rect::new(x - dx, y - dy, 2.0 * dx, 2.0 * dy)
}

/// The picture's `viewBox`: `content` (or a point at the origin) grown by
/// `margin` on every side, out to whole pixels, at least one pixel wide.
pub(super) fn framed(content: Option<Rect>, margin: f64) -> Rect {
    let margin = if margin.is_finite() {
        margin.clamp(0.0, MAX_MARGIN)
    } else {
        0.0
    };
    let c = content.unwrap_or(Rect::new(0.0, 0.0, 0.0, 0.0));
    let (x0, y0) = ((c.x - margin).floor(), (c.y - margin).floor());
    let (x1, y1) = (
        (c.x + c.width + margin).ceil(),
        (c.y + c.height + margin).ceil(),
    );
    Rect::new(x0, y0, (x1 - x0).max(1.0), (y1 - y0).max(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_is_the_content_and_the_margin_on_whole_pixels() {
        let frame = framed(Some(Rect::new(10.5, -3.2, 100.0, 50.0)), 32.0);
        assert_eq!(frame, Rect::new(-22.0, -36.0, 165.0, 115.0));
    }

    #[test]
    fn nothing_drawn_or_a_strange_margin_still_gives_a_valid_frame() {
        assert_eq!(framed(None, 32.0), Rect::new(-32.0, -32.0, 64.0, 64.0));
        assert_eq!(framed(None, 0.0), Rect::new(0.0, 0.0, 1.0, 1.0));
        assert_eq!(framed(None, f64::NAN), Rect::new(0.0, 0.0, 1.0, 1.0));
        assert_eq!(framed(None, -5.0), Rect::new(0.0, 0.0, 1.0, 1.0));
        assert_eq!(framed(None, 1e300).width, 2.0 * MAX_MARGIN);
        let nan = Rect::new(f64::NAN, 0.0, 1.0, 1.0);
        assert_eq!(union_all([nan]), None);
    }
}
