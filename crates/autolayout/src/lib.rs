//! Automatic layout of a view's boxes: layered (Sugiyama-style) drawings for
//! C4 views and tidy trees for reporting lines, boundaries laid out from the
//! inside out, pinned boxes left alone. Pure and deterministic: no browser
//! crates, no JSON, no randomness, no clock, and no panic on any input.

mod clearance;
mod crossings;
mod engine;
mod layout_rs;
mod nesting;
mod sugiyama;
mod tree;
mod view_layout;
pub mod wire;

#[cfg(test)]
mod invariants;
#[cfg(test)]
mod proptests;
#[cfg(test)]
mod tests;

pub use conway_geometry::Rect;
pub use crossings::crossings;
pub use engine::{engine_for, LayeredEngine};
pub use layout_rs::LayoutRsEngine;
pub use sugiyama::SugiyamaEngine;
pub use view_layout::{changed_placements, lay_out_view, plan, ViewPlan};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    #[default]
    TopDown,
    LeftRight,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Style {
    /// Ranks of boxes with edges flowing one way (C4 views).
    #[default]
    Layered,
    /// Reporting lines: edges are (manager, report).
    Tree,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum EngineChoice {
    /// layout-rs for small graphs, rust-sugiyama for large ones.
    #[default]
    Auto,
    LayoutRs,
    Sugiyama,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub rect: Rect,
    /// Pinned, or outside the part being laid out: never moves, never resizes.
    pub fixed: bool,
    /// The enclosing boundary (C4 system/container boundary, or a department
    /// in org views), as an index into Graph::nodes. Ignored unless it names
    /// another node that is a boundary and does not make a cycle.
    pub parent: Option<usize>,
    /// A boundary: drawn around its children, sized to fit them.
    pub boundary: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub edges: Vec<(usize, usize)>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Options {
    pub direction: Direction,
    pub style: Style,
    pub engine: EngineChoice,
}

/// New rectangles, one per node in the same order. Fixed nodes come back
/// exactly as they were (bit-identical).
///
/// Each boundary's children are laid out first (innermost first) as their own
/// graph, and the boundary is sized to fit them (at least 24 px at the sides
/// and bottom, 48 px at the top for the label, rounded up to the 10 px grid).
/// One level up, a boundary is one box, and an edge between nodes in
/// different boundaries counts between their ancestors at that level.
///
/// Movable boxes land on the 10 px grid; the block of movable boxes at each
/// level starts at the top-left of where they were, and is moved as a whole
/// (to the nearest clear spot) off any pinned box it would overlap. A box
/// that holds pinned descendants cannot move: it grows to contain them.
/// Movable children of a pinned boundary stay inside it when they fit; when
/// they do not they overflow it (see `clearance::clear_spot`).
pub fn layout(graph: &Graph, options: &Options) -> Vec<Rect> {
    nesting::arrange(graph, options, &mut |_| {})
}

/// How far a layout has got: boxes placed so far out of those that move.
/// Boxes are placed a level at a time (each boundary's children, then the
/// top level), so a view without boundaries goes from none to all at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// `layout`, telling `progress` before it starts and after each level.
pub fn layout_with_progress(
    graph: &Graph,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Vec<Rect> {
    nesting::arrange(graph, options, progress)
}

/// Lays out one level of boxes (sizes in, top-left corners out, starting at
/// the origin) in the chosen style and direction.
fn place_level(
    sizes: &[(f64, f64)],
    edges: &[(usize, usize)],
    options: &Options,
) -> Vec<(f64, f64)> {
    let swap = options.direction == Direction::LeftRight;
    let turned: Vec<(f64, f64)> = if swap {
        sizes.iter().map(|&(w, h)| (h, w)).collect()
    } else {
        sizes.to_vec()
    };
    let placed = match options.style {
        Style::Layered => engine_for(sizes.len(), options.engine).place(&turned, edges),
        Style::Tree => tree::tidy(&turned, edges),
    };
    if swap {
        placed.into_iter().map(|(x, y)| (y, x)).collect()
    } else {
        placed
    }
}
