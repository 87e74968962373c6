//! Boundaries laid out from the inside out: each level's movable boxes are
//! placed as one block, boundaries sized around their children, pinned boxes
//! avoided. Never moves or resizes a fixed node.

use super::clearance::clear_spot;
use super::engine::{clean_length, down_to_step, up_to_step};
use super::{place_level, Graph, Options, Progress, Rect};

/// Room inside a boundary around its children (the top holds the label).
const PAD_SIDE: f64 = 24.0;
const PAD_TOP: f64 = 48.0;
const PAD_BOTTOM: f64 = 24.0;
/// Coordinates beyond this are treated as absent (untrusted data).
const FAR: f64 = 1.0e7;

/// The nesting of a graph's nodes, cleaned: parents name other boundaries,
/// and no chain of parents loops.
struct Nesting {
    parent: Vec<Option<usize>>,
    depth: Vec<usize>,
    /// Children of each node, and (last) of the top level, in index order.
    children: Vec<Vec<usize>>,
}

impl Nesting {
    fn new(graph: &Graph) -> Self {
        let n = graph.nodes.len();
        let is_boundary = |p: usize| graph.nodes.get(p).is_some_and(|node| node.boundary);
        let mut parent: Vec<Option<usize>> = (0..n)
            .map(|i| graph.nodes[i].parent.filter(|&p| p != i && is_boundary(p)))
            .collect();
        // Cut loops: walk up from each node; a node whose parent is already
        // on the current walk loses its parent.
        let mut state = vec![0u8; n];
        for start in 0..n {
            let mut path = Vec::new();
            let mut v = start;
            while state[v] == 0 {
                state[v] = 1;
                path.push(v);
                match parent[v] {
                    Some(p) if state[p] == 1 => {
                        parent[v] = None;
                        break;
                    }
                    Some(p) => v = p,
                    None => break,
                }
            }
            for v in path {
                state[v] = 2;
            }
        }
        let mut depth = vec![usize::MAX; n];
        for start in 0..n {
            let mut path = Vec::new();
            let mut v = Some(start);
            while let Some(u) = v {
                if depth[u] != usize::MAX {
                    break;
                }
                path.push(u);
                v = parent[u];
            }
            let first = v.map_or(0, |u| depth[u] + 1);
            for (d, &u) in (first..).zip(path.iter().rev()) {
                depth[u] = d;
            }
        }
        let mut children = vec![Vec::new(); n + 1];
        for v in 0..n {
            children[parent[v].unwrap_or(n)].push(v);
        }
        Nesting {
            parent,
            depth,
            children,
        }
    }

    /// Whether `a` is `b` or one of its ancestors.
    fn encloses(&self, a: usize, b: usize) -> bool {
        let mut v = Some(b);
        while let Some(u) = v {
            if u == a {
                return true;
            }
            v = self.parent[u];
        }
        false
    }

    /// Edges lifted to the level where they are drawn: for each container
    /// (last entry: the top level), pairs of its distinct children.
    fn level_edges(&self, edges: &[(usize, usize)]) -> Vec<Vec<(usize, usize)>> {
        let n = self.parent.len();
        let mut levels = vec![Vec::new(); n + 1];
        for &(u, v) in edges {
            if u >= n || v >= n || u == v {
                continue;
            }
            let (mut a, mut b) = (u, v);
            while self.depth[a] > self.depth[b] {
                a = self.parent[a].unwrap_or(a);
            }
            while self.depth[b] > self.depth[a] {
                b = self.parent[b].unwrap_or(b);
            }
            while self.parent[a] != self.parent[b] {
                match (self.parent[a], self.parent[b]) {
                    (Some(pa), Some(pb)) => (a, b) = (pa, pb),
                    _ => break,
                }
            }
            if a != b && self.parent[a] == self.parent[b] {
                levels[self.parent[a].unwrap_or(n)].push((a, b));
            }
        }
        levels
    }
}

fn finite(r: &Rect) -> bool {
    [r.x, r.y, r.width, r.height]
        .iter()
        .all(|v| v.is_finite() && v.abs() < FAR)
}

fn union(rects: impl Iterator<Item = Rect>) -> Option<Rect> {
    rects.filter(finite).reduce(Rect::union)
}

pub fn arrange(graph: &Graph, options: &Options, progress: &mut dyn FnMut(Progress)) -> Vec<Rect> {
    let nodes = &graph.nodes;
    let n = nodes.len();
    let nesting = Nesting::new(graph);
    let levels = nesting.level_edges(&graph.edges);
    // Containers, innermost first; the top level (index n) last.
    let mut containers: Vec<usize> = (0..n)
        .filter(|&v| !nesting.children[v].is_empty())
        .collect();
    containers.sort_by(|&a, &b| nesting.depth[b].cmp(&nesting.depth[a]).then(a.cmp(&b)));
    containers.push(n);
    // Held: fixed, or holding a fixed descendant; such a box cannot move.
    let mut held: Vec<bool> = nodes.iter().map(|node| node.fixed).collect();
    for &c in &containers[..containers.len() - 1] {
        if nesting.children[c].iter().any(|&k| held[k]) {
            held[c] = true;
        }
    }
    let mut report = Progress {
        done: 0,
        total: containers
            .iter()
            .map(|&c| nesting.children[c].iter().filter(|&&k| !held[k]).count())
            .sum(),
    };
    progress(report);
    let mut rects: Vec<Rect> = nodes
        .iter()
        .map(|node| {
            let r = node.rect;
            if node.fixed {
                return r;
            }
            let (w, h) = (clean_length(r.width), clean_length(r.height));
            let spot = |v: f64| {
                if v.is_finite() && v.abs() < FAR {
                    v
                } else {
                    0.0
                }
            };
            Rect {
                x: spot(r.x),
                y: spot(r.y),
                width: w,
                height: h,
            }
        })
        .collect();
    // What a held box covers, its descendants included (absolute).
    let mut extents = rects.clone();
    // Positions relative to the parent's top-left, resolved at the end.
    let mut relative = vec![false; n];
    for &c in &containers {
        let kids = &nesting.children[c];
        let free: Vec<usize> = kids.iter().copied().filter(|&k| !held[k]).collect();
        let pinned: Vec<Rect> = kids
            .iter()
            .filter(|&&k| held[k])
            .map(|&k| extents[k])
            .collect();
        let mut local = vec![usize::MAX; n];
        for (i, &k) in free.iter().enumerate() {
            local[k] = i;
        }
        let sizes: Vec<(f64, f64)> = free
            .iter()
            .map(|&k| (rects[k].width, rects[k].height))
            .collect();
        let edges: Vec<(usize, usize)> = levels[c]
            .iter()
            .filter(|&&(a, b)| local[a] != usize::MAX && local[b] != usize::MAX)
            .map(|&(a, b)| (local[a], local[b]))
            .collect();
        let placed = place_level(&sizes, &edges, options);
        report.done += free.len();
        progress(report);
        let block = free
            .iter()
            .zip(&placed)
            .fold((0.0, 0.0), |(w, h), (&k, &(x, y))| {
                (
                    f64::max(w, x + rects[k].width),
                    f64::max(h, y + rects[k].height),
                )
            });
        let container_held = c < n && held[c];
        if c < n && !container_held {
            // A free boundary: children relative to it, boundary fits them.
            let (left, top) = (up_to_step(PAD_SIDE), up_to_step(PAD_TOP));
            for (&k, &(x, y)) in free.iter().zip(&placed) {
                rects[k].x = left + x;
                rects[k].y = top + y;
                relative[k] = true;
            }
            rects[c].width = up_to_step(left + block.0 + PAD_SIDE);
            rects[c].height = up_to_step(top + block.1 + PAD_BOTTOM);
            extents[c] = rects[c];
            continue;
        }
        if !free.is_empty() {
            let original = union(free.iter().map(|&k| nodes[k].rect));
            let anchor = original.map_or((0.0, 0.0), |r| (r.x, r.y));
            let mut obstacles = pinned.clone();
            if c < n {
                // Pinned boxes elsewhere (not this boundary, its ancestors or
                // its descendants) are avoided too.
                obstacles.extend(
                    (0..n)
                        .filter(|&v| nodes[v].fixed)
                        .filter(|&v| !nesting.encloses(v, c) && !nesting.encloses(c, v))
                        .map(|v| nodes[v].rect),
                );
            }
            let area = (c < n && nodes[c].fixed).then(|| {
                let r = nodes[c].rect;
                Rect {
                    x: r.x + PAD_SIDE,
                    y: r.y + PAD_TOP,
                    width: r.width - 2.0 * PAD_SIDE,
                    height: r.height - PAD_TOP - PAD_BOTTOM,
                }
            });
            let (bx, by) = clear_spot(block, anchor, &obstacles, area);
            for (&k, &(x, y)) in free.iter().zip(&placed) {
                rects[k].x = bx + x;
                rects[k].y = by + y;
                extents[k] = rects[k];
            }
        }
        if c == n {
            continue;
        }
        let inside = union(kids.iter().map(|&k| extents[k]));
        if !nodes[c].fixed {
            if let Some(u) = inside {
                let x = down_to_step(u.x - PAD_SIDE);
                let y = down_to_step(u.y - PAD_TOP);
                rects[c] = Rect {
                    x,
                    y,
                    width: up_to_step(u.x + u.width + PAD_SIDE) - x,
                    height: up_to_step(u.y + u.height + PAD_BOTTOM) - y,
                };
            }
        }
        extents[c] = union([rects[c]].into_iter().chain(inside)).unwrap_or(rects[c]);
    }
    // Relative positions to absolute, parents first.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&v| (nesting.depth[v], v));
    for v in order {
        if let (true, Some(p)) = (relative[v], nesting.parent[v]) {
            rects[v].x += rects[p].x;
            rects[v].y += rects[p].y;
        }
    }
    for (rect, node) in rects.iter_mut().zip(nodes) {
        if node.fixed {
            *rect = node.rect;
        }
    }
    rects
}
