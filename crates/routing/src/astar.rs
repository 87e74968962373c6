//! The grid and the A* search over it for `grid.rs`: nodes where candidate
//! lines cross, steps blocked inside grown boxes and dearer near them, a
//! penalty per bend. It must never choose lines or ports itself, or panic.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::grid::{Port, BEND, NEAR};
use conway_geometry::Rect;

/// States a search may expand before it gives up.
const MAX_POPS: usize = 40_000;
/// The heuristic is overweighted by this much: a little longer routes, far
/// fewer states expanded.
const GREED: f64 = 1.1;

pub(super) enum Search {
    Found(Path),
    Unreachable,
    OutOfBudget,
}

/// Grid nodes from a start stub to a goal stub, and which ports they use.
pub(super) struct Path {
    pub nodes: Vec<usize>,
    pub start: usize,
    pub goal: usize,
}

pub(super) struct Grid {
    xs: Vec<f64>,
    ys: Vec<f64>,
    /// Per edge between neighbours: 0 free, 1 near a box, 2 blocked.
    /// Horizontal edges are indexed `j * (nx - 1) + i`, vertical `j * nx + i`.
    h: Vec<u8>,
    v: Vec<u8>,
}

#[derive(PartialEq)]
struct Entry {
    f: f64,
    g: f64,
    state: usize,
}
impl Eq for Entry {}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .f
            .total_cmp(&self.f)
            .then_with(|| self.g.total_cmp(&other.g))
            .then_with(|| other.state.cmp(&self.state))
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Grid {
    pub fn new(xs: Vec<f64>, ys: Vec<f64>, hard: &[Rect], soft: &[Rect]) -> Grid {
        let (nx, ny) = (xs.len(), ys.len());
        let mut grid = Grid {
            h: vec![0; ny * (nx - 1)],
            v: vec![0; (ny - 1) * nx],
            xs,
            ys,
        };
        for r in soft {
            grid.mark(r, 1);
        }
        for r in hard {
            grid.mark(r, 2);
        }
        grid
    }

    /// Marks the edges that run through the open interior of `r`.
    fn mark(&mut self, r: &Rect, level: u8) {
        let (nx, ny) = (self.xs.len(), self.ys.len());
        let (l, rt, t, b) = (r.x, r.x + r.width, r.y, r.y + r.height);
        let (xa, xb) = (
            self.xs.partition_point(|&x| x <= l),
            self.xs.partition_point(|&x| x < rt),
        );
        let (ya, yb) = (
            self.ys.partition_point(|&y| y <= t),
            self.ys.partition_point(|&y| y < b),
        );
        for j in ya..yb {
            for i in xa.max(1) - 1..xb.min(nx - 1) {
                let e = &mut self.h[j * (nx - 1) + i];
                *e = (*e).max(level);
            }
        }
        for j in ya.max(1) - 1..yb.min(ny - 1) {
            for i in xa..xb {
                let e = &mut self.v[j * nx + i];
                *e = (*e).max(level);
            }
        }
    }

    pub fn find_x(&self, x: f64) -> Option<usize> {
        find(&self.xs, x)
    }

    pub fn find_y(&self, y: f64) -> Option<usize> {
        find(&self.ys, y)
    }

    pub fn point(&self, node: usize) -> (f64, f64) {
        let nx = self.xs.len();
        (self.xs[node % nx], self.ys[node / nx])
    }

    /// The neighbour of `node` in direction `d`, the length and the edge's level.
    fn step(&self, node: usize, d: usize) -> Option<(usize, f64, u8)> {
        let nx = self.xs.len();
        let (i, j) = (node % nx, node / nx);
        match d {
            0 if i + 1 < nx => Some((
                node + 1,
                self.xs[i + 1] - self.xs[i],
                self.h[j * (nx - 1) + i],
            )),
            2 if i > 0 => Some((
                node - 1,
                self.xs[i] - self.xs[i - 1],
                self.h[j * (nx - 1) + i - 1],
            )),
            1 if j + 1 < self.ys.len() => {
                Some((node + nx, self.ys[j + 1] - self.ys[j], self.v[j * nx + i]))
            }
            3 if j > 0 => Some((
                node - nx,
                self.ys[j] - self.ys[j - 1],
                self.v[(j - 1) * nx + i],
            )),
            _ => None,
        }
    }

    /// Cheapest path from a start port's stub to a goal port's stub.
    pub fn astar(&self, starts: &[(usize, Port)], goals: &[(usize, Port)]) -> Search {
        let states = self.xs.len() * self.ys.len() * 4;
        let mut cost = vec![f64::INFINITY; states];
        let mut parent = vec![usize::MAX; states];
        let mut origin = vec![0u8; states];
        let mut heap = BinaryHeap::new();
        // Length, the goal's own cost and the bends that cannot be avoided.
        let heuristic = |node: usize, d: usize| {
            let (x, y) = self.point(node);
            goals
                .iter()
                .map(|(_, g)| {
                    let (dx, dy) = (g.stub.0 - x, g.stub.1 - y);
                    let (ahead, aside) = match d {
                        0 => (dx, dy),
                        1 => (dy, dx),
                        2 => (-dx, dy),
                        _ => (-dy, dx),
                    };
                    let turns = match (ahead < 0.0, aside != 0.0) {
                        (true, _) => 2.0,
                        (false, true) => 1.0,
                        (false, false) => 0.0,
                    };
                    dx.abs() + dy.abs() + g.cost + turns * BEND
                })
                .fold(f64::INFINITY, f64::min)
                * GREED
        };
        let mut budget = MAX_POPS;
        for (k, (node, p)) in starts.iter().enumerate() {
            let state = node * 4 + p.out;
            if p.cost < cost[state] {
                cost[state] = p.cost;
                origin[state] = k as u8;
                heap.push(Entry {
                    f: p.cost + heuristic(*node, p.out),
                    g: p.cost,
                    state,
                });
            }
        }
        let mut best: Option<(f64, usize, usize)> = None;
        while let Some(Entry { f, g, state }) = heap.pop() {
            if best.is_some_and(|(b, _, _)| f >= b) {
                break;
            }
            let (node, d) = (state / 4, state % 4);
            if g > cost[state] {
                continue;
            }
            budget -= 1;
            if budget == 0 {
                return Search::OutOfBudget;
            }
            for (k, (gnode, port)) in goals.iter().enumerate() {
                let inward = (port.out + 2) % 4;
                if *gnode != node || d == port.out {
                    continue;
                }
                let total = g + port.cost + if d == inward { 0.0 } else { BEND };
                if best.is_none_or(|(b, _, _)| total < b) {
                    best = Some((total, state, k));
                }
            }
            for nd in 0..4 {
                if nd == (d + 2) % 4 {
                    continue;
                }
                let Some((next, length, level)) = self.step(node, nd) else {
                    continue;
                };
                if level >= 2 {
                    continue;
                }
                let near = if level == 1 { NEAR * length } else { 0.0 };
                let turn = if nd == d { 0.0 } else { BEND };
                let next_cost = g + length + near + turn;
                let ns = next * 4 + nd;
                if next_cost < cost[ns] {
                    cost[ns] = next_cost;
                    parent[ns] = state;
                    origin[ns] = origin[state];
                    heap.push(Entry {
                        f: next_cost + heuristic(next, nd),
                        g: next_cost,
                        state: ns,
                    });
                }
            }
        }
        let Some((_, mut state, goal)) = best else {
            return Search::Unreachable;
        };
        let start = origin[state] as usize;
        let mut nodes = vec![state / 4];
        while parent[state] != usize::MAX {
            state = parent[state];
            nodes.push(state / 4);
        }
        nodes.reverse();
        Search::Found(Path { nodes, start, goal })
    }
}

fn find(lines: &[f64], at: f64) -> Option<usize> {
    let k = lines.partition_point(|&x| x < at - 1e-6);
    (k < lines.len() && (lines[k] - at).abs() < 1e-5).then_some(k)
}
