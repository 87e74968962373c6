//! The rust-sugiyama engine: large graphs. Only ever handed clean input
//! (a connected DAG without self-loops or duplicates), since the crate
//! panics on edges to unknown vertices.

use rust_sugiyama::configure::Config;

use super::engine::{place_with, LayeredEngine, BOX_GAP};

/// Above this many boxes rust-sugiyama skips its transpose step.
const TRANSPOSE_LIMIT: usize = 300;

pub struct SugiyamaEngine;

impl LayeredEngine for SugiyamaEngine {
    fn name(&self) -> &'static str {
        "rust-sugiyama"
    }

    fn place(&self, sizes: &[(f64, f64)], edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
        place_with(sizes, edges, draw)
    }
}

/// Top-left corners from rust-sugiyama for one connected, acyclic graph. The
/// crate returns centres (it adds the vertex spacing to each size and
/// centres the box in it) and one layout per component; a connected graph
/// gives one, but any others are laid after it to stay safe.
fn draw(sizes: &[(f64, f64)], edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let count = sizes.len().min(u32::MAX as usize);
    let vertices: Vec<(u32, (f64, f64))> = sizes
        .iter()
        .take(count)
        .enumerate()
        .map(|(i, &size)| (i as u32, size))
        .collect();
    let edges: Vec<(u32, u32)> = edges
        .iter()
        .filter(|&&(a, b)| a < count && b < count && a != b)
        .map(|&(a, b)| (a as u32, b as u32))
        .collect();
    let config = Config {
        vertex_spacing: BOX_GAP,
        // Swapping neighbours to cut more crossings costs too much on big graphs.
        transpose: sizes.len() <= TRANSPOSE_LIMIT,
        ..Config::default()
    };
    let mut placed = vec![(0.0, 0.0); sizes.len()];
    let mut offset = 0.0;
    for (layout, _, _) in rust_sugiyama::from_vertices_and_edges(&vertices, &edges, &config) {
        let mut right = offset;
        for (id, (x, y)) in layout {
            if let Some(&(w, h)) = sizes.get(id) {
                let left = offset + x - w / 2.0;
                placed[id] = (left, y - h / 2.0);
                right = f64::max(right, left + w);
            }
        }
        offset = right + BOX_GAP;
    }
    placed
}
