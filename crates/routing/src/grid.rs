//! The orthogonal search behind `route_edge`: A* with a bend penalty over a
//! sparse grid of candidate lines taken from the boxes near one edge. It must
//! never route through a solid box, allocate without bound, or panic.

use super::astar::{Grid, Search};
use super::index::{usable, ObstacleIndex};
use super::{inflate, overlaps, segment_crosses, Obstacle, FAN_GAP, MARGIN};
use conway_geometry::Rect;

/// Cost of one bend, in px of length.
pub(super) const BEND: f64 = 40.0;
/// Extra cost per px run within a box's margin.
pub(super) const NEAR: f64 = 0.3;
/// Penalty for leaving a box from a side that does not face the other end
/// (free within 60 degrees, `SIDE` across, `1.5 * SIDE` backwards).
const SIDE: f64 = 80.0;
/// The grid never has more nodes than this; bigger windows give up.
const MAX_NODES: usize = 40_000;
/// How often the window around the two ends grows when no route is found.
const ATTEMPTS: usize = 3;

/// Directions: right, down, left, up.
const STEP: [(i8, i8); 4] = [(1, 0), (0, 1), (-1, 0), (0, -1)];

/// A way in or out of an end box: the point on its border, the point a short
/// stub away where the search starts or ends, and the outward direction.
#[derive(Clone, Copy, Debug)]
pub(super) struct Port {
    pub port: (f64, f64),
    pub stub: (f64, f64),
    pub out: usize,
    pub cost: f64,
}

/// The orthogonal route from `s` to `t` (indices into `boxes`, both usable and
/// not overlapping), fanned by `lane`, or `None` when none is found in budget.
/// Boxes are grown by `grow` before the search: with `grow >= |lane|` the
/// fanned route provably misses them; with 0 every lane gets the same shape.
pub(super) fn search(
    boxes: &[Obstacle],
    index: &ObstacleIndex,
    (s, t): (usize, usize),
    lane: f64,
    grow: f64,
) -> Option<Vec<(f64, f64)>> {
    let (sr, tr) = (boxes.get(s)?.rect, boxes.get(t)?.rect);
    let mut pad = grow + 3.0 * MARGIN + 40.0;
    for _ in 0..ATTEMPTS {
        let window = inflate(sr.union(tr), pad);
        let others: Vec<Rect> = index
            .near(&window)
            .into_iter()
            .filter(|&i| i != s && i != t)
            .filter_map(|i| boxes.get(i).map(|b| b.rect))
            .filter(|r| usable(r) && touches(r, &window) && !overlaps(r, &sr) && !overlaps(r, &tr))
            .map(|r| inflate(r, grow))
            .collect();
        match attempt(&window, sr, tr, &others, lane, grow) {
            Outcome::Found(points) => return Some(points),
            Outcome::GiveUp => return None,
            Outcome::Wider => pad *= 4.0,
        }
    }
    None
}

enum Outcome {
    Found(Vec<(f64, f64)>),
    Wider,
    GiveUp,
}

fn touches(r: &Rect, w: &Rect) -> bool {
    r.x <= w.x + w.width && w.x <= r.x + r.width && r.y <= w.y + w.height && w.y <= r.y + r.height
}

/// The ports of `own` towards `other`, `hard` being the grown obstacles
/// (the other end included) a stub must not cross.
fn ports(own: Rect, other: Rect, lane: f64, grow: f64, hard: &[Rect]) -> Vec<Port> {
    let (oc, tc) = (own.centre(), other.centre());
    let (dx, dy) = (tc.0 - oc.0, tc.1 - oc.1);
    let length = (dx * dx + dy * dy).sqrt().max(1e-9);
    // Where a horizontal (or vertical) line can join both boxes straight.
    let shared = |a0: f64, a1: f64, b0: f64, b1: f64, centre: f64| {
        let (lo, hi) = (a0.max(b0), a1.min(b1));
        if hi - lo >= 24.0 {
            (lo + hi) / 2.0
        } else {
            centre
        }
    };
    let py = shared(
        own.y,
        own.y + own.height,
        other.y,
        other.y + other.height,
        oc.1,
    );
    let px = shared(
        own.x,
        own.x + own.width,
        other.x,
        other.x + other.width,
        oc.0,
    );
    let mut found = Vec::new();
    for (out, &(sx, sy)) in STEP.iter().enumerate() {
        let (nx, ny) = (sx as f64, sy as f64);
        let port = match out {
            0 => (own.x + own.width, py),
            1 => (px, own.y + own.height),
            2 => (own.x, py),
            _ => (px, own.y),
        };
        // The fanned port must stay on the side.
        let (at, lo, hi) = if ny == 0.0 {
            (port.1 + lane, own.y, own.y + own.height)
        } else {
            (port.0 + lane, own.x, own.x + own.width)
        };
        if !(at >= lo && at <= hi) {
            continue;
        }
        let facing = (nx * dx + ny * dy) / length;
        // Long enough for any lane of a fan of three, shorter when crowded.
        for stub_length in [
            (MARGIN + FAN_GAP).max(grow + MARGIN),
            grow + MARGIN,
            grow + 4.0,
        ] {
            let stub = (port.0 + nx * stub_length, port.1 + ny * stub_length);
            if hard.iter().all(|r| !segment_crosses(port, stub, r)) {
                found.push(Port {
                    port,
                    stub,
                    out,
                    cost: stub_length + SIDE * (0.5 - facing).max(0.0),
                });
                break;
            }
        }
    }
    found
}

fn attempt(window: &Rect, sr: Rect, tr: Rect, others: &[Rect], lane: f64, grow: f64) -> Outcome {
    let (sh, th) = (inflate(sr, grow), inflate(tr, grow));
    let mut hard: Vec<Rect> = others.to_vec();
    hard.push(th);
    let starts = ports(sr, tr, lane, grow, &hard);
    hard.pop();
    hard.push(sh);
    let goals = ports(tr, sr, lane, grow, &hard);
    hard.push(th);
    if starts.is_empty() || goals.is_empty() {
        return Outcome::GiveUp;
    }
    if let Some((start, middle, goal)) = direct(&starts, &goals, &hard) {
        return Outcome::Found(finish(middle, start, goal, lane));
    }
    // Boxes grown by a margin or more keep lines off them already; otherwise
    // running within `MARGIN` of a box costs more.
    let soft: Vec<Rect> = if grow < MARGIN {
        hard.iter().map(|r| inflate(*r, MARGIN - grow)).collect()
    } else {
        Vec::new()
    };
    let (wx0, wx1) = (window.x, window.x + window.width);
    let (wy0, wy1) = (window.y, window.y + window.height);
    let mut xs = vec![
        wx0,
        wx1,
        (sr.x + sr.width + tr.x) / 2.0,
        (tr.x + tr.width + sr.x) / 2.0,
    ];
    let mut ys = vec![
        wy0,
        wy1,
        (sr.y + sr.height + tr.y) / 2.0,
        (tr.y + tr.height + sr.y) / 2.0,
    ];
    for r in hard.iter().chain(&soft) {
        xs.extend([r.x, r.x + r.width]);
        ys.extend([r.y, r.y + r.height]);
    }
    for p in starts.iter().chain(&goals) {
        xs.push(p.stub.0);
        ys.push(p.stub.1);
    }
    let (mut xs, mut ys) = (lines(xs, wx0, wx1), lines(ys, wy0, wy1));
    // A big window keeps fewer lines: any subset is safe, steps through boxes
    // are blocked whatever lines are left.
    let keep: Vec<(f64, f64)> = starts.iter().chain(&goals).map(|p| p.stub).collect();
    let mut gap = 8.0;
    while xs.len().saturating_mul(ys.len()) > MAX_NODES && gap <= 256.0 {
        xs = thin(&xs, |x| keep.iter().any(|k| k.0 == x), gap);
        ys = thin(&ys, |y| keep.iter().any(|k| k.1 == y), gap);
        gap *= 2.0;
    }
    let (nx, ny) = (xs.len(), ys.len());
    if nx < 2 || ny < 2 || nx.saturating_mul(ny) > MAX_NODES {
        return Outcome::GiveUp;
    }
    let grid = Grid::new(xs, ys, &hard, &soft);
    let locate = |p: &Port| Some((grid.find_x(p.stub.0)?, grid.find_y(p.stub.1)?));
    let starts: Vec<(usize, Port)> = starts
        .iter()
        .filter_map(|p| Some((locate(p)?, *p)))
        .map(|((i, j), p)| (j * nx + i, p))
        .collect();
    let goals: Vec<(usize, Port)> = goals
        .iter()
        .filter_map(|p| Some((locate(p)?, *p)))
        .map(|((i, j), p)| (j * nx + i, p))
        .collect();
    match grid.astar(&starts, &goals) {
        Search::Found(path) => Outcome::Found(finish(
            path.nodes.iter().map(|&node| grid.point(node)).collect(),
            starts[path.start].1,
            goals[path.goal].1,
            lane,
        )),
        Search::Unreachable => Outcome::Wider,
        Search::OutOfBudget => Outcome::GiveUp,
    }
}

/// The lines at least `gap` apart (the first and last always, and those
/// `needed` says the ports sit on).
fn thin(lines: &[f64], needed: impl Fn(f64) -> bool, gap: f64) -> Vec<f64> {
    let mut kept: Vec<f64> = Vec::with_capacity(lines.len());
    for (k, &x) in lines.iter().enumerate() {
        let last = k + 1 == lines.len();
        if kept.last().is_none_or(|&p| x - p >= gap) || last || needed(x) {
            kept.push(x);
        }
    }
    kept
}

/// Sorted, distinct, finite candidate lines clamped into the window.
fn lines(mut v: Vec<f64>, lo: f64, hi: f64) -> Vec<f64> {
    v.retain(|x| x.is_finite());
    for x in v.iter_mut() {
        *x = x.clamp(lo, hi);
    }
    v.sort_by(f64::total_cmp);
    v.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    v
}

/// A start port, the points from its stub to a goal's stub, the goal port.
type Direct = (Port, Vec<(f64, f64)>, Port);

/// The cheapest route with at most one bend between a start and a goal port
/// that crosses no grown box, as (start, points from stub to stub, goal).
/// Tried before the search: it is cheap, and the search's overweighted
/// heuristic can miss it.
fn direct(starts: &[Port], goals: &[Port], hard: &[Rect]) -> Option<Direct> {
    let mut best: Option<(f64, Direct)> = None;
    for s in starts {
        for g in goals {
            let (a, b) = (s.stub, g.stub);
            let (sd, gd) = (STEP[s.out], STEP[(g.out + 2) % 4]);
            let ahead = |from: (f64, f64), to: (f64, f64), d: (i8, i8)| {
                let along = (to.0 - from.0) * d.0 as f64 + (to.1 - from.1) * d.1 as f64;
                let aside = (to.0 - from.0) * d.1 as f64 + (to.1 - from.1) * d.0 as f64;
                along >= 0.0 && aside == 0.0
            };
            let middle = if sd == gd && ahead(a, b, sd) {
                vec![a, b]
            } else {
                let corner = if sd.1 == 0 { (b.0, a.1) } else { (a.0, b.1) };
                if sd.0 * gd.0 + sd.1 * gd.1 != 0 || !ahead(a, corner, sd) || !ahead(corner, b, gd)
                {
                    continue;
                }
                vec![a, corner, b]
            };
            let clear = middle
                .windows(2)
                .all(|w| hard.iter().all(|r| !segment_crosses(w[0], w[1], r)));
            let length = (b.0 - a.0).abs() + (b.1 - a.1).abs();
            let cost = s.cost + g.cost + length + (middle.len() - 2) as f64 * BEND;
            if clear && best.as_ref().is_none_or(|(c, ..)| cost < *c) {
                best = Some((cost, (*s, middle, *g)));
            }
        }
    }
    best.map(|(_, found)| found)
}

/// The route's points: ports, the points between the stubs, then the fan
/// shift (every horizontal run moves down by `lane`, every vertical run right).
fn finish(middle: Vec<(f64, f64)>, start: Port, goal: Port, lane: f64) -> Vec<(f64, f64)> {
    let mut points = vec![start.port];
    points.extend(middle);
    points.push(goal.port);
    let points = simplify(points);
    let n = points.len();
    points
        .iter()
        .enumerate()
        .map(|(k, &(x, y))| {
            let along_y = |out: usize| STEP[out].1 == 0;
            if k == 0 {
                if along_y(start.out) {
                    (x, y + lane)
                } else {
                    (x + lane, y)
                }
            } else if k == n - 1 {
                if along_y(goal.out) {
                    (x, y + lane)
                } else {
                    (x + lane, y)
                }
            } else {
                (x + lane, y + lane)
            }
        })
        .collect()
}

/// Drops repeated points and points in the middle of a straight run.
pub(super) fn simplify(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            if (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1) {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}
