//! The layout-rs engine: small graphs only (its optimiser is slow beyond a
//! few dozen boxes). Draws nothing: a no-op backend swallows the rendering.

use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::engine::{place_with, LayeredEngine, LAYOUT_RS_LIMIT};

/// Above this many boxes layout-rs runs without its optimiser (which reorders
/// ranks to cut crossings) so that forcing this engine stays affordable:
/// measured natively (release), it takes 16 ms for 40 boxes and 57 ms for 50
/// with the optimiser, and about 4 ms for 100 without.
const OPTIMISE_LIMIT: usize = LAYOUT_RS_LIMIT;

pub struct LayoutRsEngine;

impl LayeredEngine for LayoutRsEngine {
    fn name(&self) -> &'static str {
        "layout-rs"
    }

    fn place(&self, sizes: &[(f64, f64)], edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
        place_with(sizes, edges, draw)
    }
}

/// Top-left corners from layout-rs for one connected, acyclic graph.
fn draw(sizes: &[(f64, f64)], edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let mut graph = VisualGraph::new(Orientation::TopToBottom);
    let handles: Vec<_> = sizes
        .iter()
        .map(|&(w, h)| {
            graph.add_node(Element::create(
                ShapeKind::new_box(""),
                StyleAttr::simple(),
                Orientation::TopToBottom,
                Point::new(w, h),
            ))
        })
        .collect();
    for &(a, b) in edges {
        if let (Some(&from), Some(&to)) = (handles.get(a), handles.get(b)) {
            graph.add_edge(Arrow::simple(""), from, to);
        }
    }
    let disable_optimisation = sizes.len() > OPTIMISE_LIMIT;
    graph.do_it(false, disable_optimisation, false, &mut Silent);
    handles
        .iter()
        .map(|&h| {
            let (top_left, _) = graph.pos(h).bbox(false);
            (top_left.x, top_left.y)
        })
        .collect()
}

/// A rendering backend that draws nothing: only positions are wanted.
struct Silent;

impl RenderBackend for Silent {
    fn draw_rect(
        &mut self,
        _: Point,
        _: Point,
        _: &StyleAttr,
        _: Option<String>,
        _: Option<ClipHandle>,
    ) {
    }
    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}
    fn draw_arrow(
        &mut self,
        _: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        _: Option<String>,
        _: &str,
    ) {
    }
    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}
