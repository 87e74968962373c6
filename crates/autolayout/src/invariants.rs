//! Test helpers: building views, and the invariants every layout must keep
//! (shared by the example tests and the property tests). Never times
//! anything and never lays anything out itself.

use super::*;

pub fn boxed(x: f64, y: f64, w: f64, h: f64) -> Node {
    Node {
        rect: Rect {
            x,
            y,
            width: w,
            height: h,
        },
        fixed: false,
        parent: None,
        boundary: false,
    }
}

pub fn pinned(x: f64, y: f64, w: f64, h: f64) -> Node {
    Node {
        fixed: true,
        ..boxed(x, y, w, h)
    }
}

pub fn overlap(a: &Rect, b: &Rect) -> bool {
    a.overlaps(b)
}

pub fn inside(child: &Rect, parent: &Rect) -> bool {
    parent.contains(child)
}

/// `v` and its ancestors, innermost first (parents as given: tests only
/// build valid nestings).
fn lineage(graph: &Graph, v: usize) -> Vec<usize> {
    let mut line = vec![v];
    while let Some(p) = graph.nodes[*line.last().unwrap_or(&v)].parent {
        if line.contains(&p) || line.len() > graph.nodes.len() {
            break;
        }
        line.push(p);
    }
    line
}

/// Fixed, or holding a fixed descendant: such a box cannot move.
fn held(graph: &Graph, v: usize) -> bool {
    (0..graph.nodes.len()).any(|u| graph.nodes[u].fixed && lineage(graph, u).contains(&v))
}

/// Every invariant of a layout, as an error message naming the culprits.
pub fn check(graph: &Graph, out: &[Rect]) -> Result<(), String> {
    if out.len() != graph.nodes.len() {
        return Err("one rectangle per node".into());
    }
    for (v, (node, r)) in graph.nodes.iter().zip(out).enumerate() {
        if node.fixed {
            let same = [
                (node.rect.x, r.x),
                (node.rect.y, r.y),
                (node.rect.width, r.width),
                (node.rect.height, r.height),
            ];
            if same.iter().any(|(a, b)| a.to_bits() != b.to_bits()) {
                return Err(format!("fixed node {v} changed: {:?} -> {r:?}", node.rect));
            }
        } else if [r.x, r.y, r.width, r.height]
            .iter()
            .any(|c| !c.is_finite() || c.fract() != 0.0)
        {
            return Err(format!("node {v} not on whole pixels: {r:?}"));
        }
    }
    // A movable box outside its pinned parent: allowed (it did not fit), but
    // it and its subtree are then exempt from the overlap check.
    let overflowing = |v: usize| {
        lineage(graph, v).windows(2).any(|w| {
            graph.nodes[w[1]].fixed && !graph.nodes[w[0]].fixed && !inside(&out[w[0]], &out[w[1]])
        })
    };
    for (v, node) in graph.nodes.iter().enumerate() {
        if let Some(p) = node.parent {
            let both_fixed = node.fixed && graph.nodes[p].fixed;
            if !both_fixed && !graph.nodes[p].fixed && !inside(&out[v], &out[p]) {
                return Err(format!(
                    "node {v} {:?} outside parent {p} {:?}",
                    out[v], out[p]
                ));
            }
        }
    }
    for a in 0..out.len() {
        for b in a + 1..out.len() {
            let (la, lb) = (lineage(graph, a), lineage(graph, b));
            if la.contains(&b) || lb.contains(&a) || !overlap(&out[a], &out[b]) {
                continue;
            }
            if graph.nodes[a].fixed && graph.nodes[b].fixed || overflowing(a) || overflowing(b) {
                continue;
            }
            // Held boxes already too close to each other cannot be parted.
            let pinned_clash = la.iter().filter(|&&x| held(graph, x)).any(|&x| {
                lb.iter().filter(|&&y| held(graph, y)).any(|&y| {
                    x != y
                        && !lineage(graph, x).contains(&y)
                        && !lineage(graph, y).contains(&x)
                        && overlap(&out[x], &out[y])
                })
            });
            if !pinned_clash {
                return Err(format!("{a} {:?} overlaps {b} {:?}", out[a], out[b]));
            }
        }
    }
    Ok(())
}

/// A deterministic pseudo-random DAG (edges only from lower to higher index).
pub fn dag(nodes: usize, edges: usize, seed: u64) -> Graph {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let nodes_list = (0..nodes)
        .map(|_| boxed(0.0, 0.0, 80.0 + next(200) as f64, 40.0 + next(100) as f64))
        .collect();
    let mut list = Vec::new();
    while list.len() < edges && nodes > 1 {
        let a = next(nodes);
        let b = next(nodes);
        if a != b {
            list.push((a.min(b), a.max(b)));
        }
    }
    Graph {
        nodes: nodes_list,
        edges: list,
    }
}
