//! The tidy tree for reporting lines (organisation views): managers centred
//! over their reports, subtrees side by side and never overlapping. Never
//! recurses (deep untrusted chains must not overflow the stack).

use super::engine::{clean_length, down_to_step, up_to_step, BOX_GAP, RANK_GAP};

/// How wide the row of people outside every tree may grow before wrapping,
/// unless the trees are wider.
const LOOSE_ROW_WIDTH: f64 = 1200.0;

/// Each node's manager: the first edge (manager, report) in input order that
/// names the report wins; later ones, self-loops, edges out of range and edges
/// that would close a cycle are ignored.
pub fn managers(count: usize, edges: &[(usize, usize)]) -> Vec<Option<usize>> {
    let mut manager: Vec<Option<usize>> = vec![None; count];
    for &(m, r) in edges {
        if m >= count || r >= count || m == r || manager[r].is_some() {
            continue;
        }
        // Would `r` manage `m`, directly or not? Then this edge closes a cycle.
        let mut up = Some(m);
        let mut closes = false;
        while let Some(v) = up {
            if v == r {
                closes = true;
                break;
            }
            up = manager[v];
        }
        if !closes {
            manager[r] = Some(m);
        }
    }
    manager
}

/// Top-left corners of a tidy drawing, top-down: trees side by side in the
/// order of their roots' indices, every report one level below its manager,
/// and the nodes in no tree in rows below the trees.
pub fn tidy(sizes: &[(f64, f64)], edges: &[(usize, usize)]) -> Vec<(f64, f64)> {
    let n = sizes.len();
    let sizes: Vec<(f64, f64)> = sizes
        .iter()
        .map(|&(w, h)| (clean_length(w), clean_length(h)))
        .collect();
    let manager = managers(n, edges);
    let mut reports: Vec<Vec<usize>> = vec![Vec::new(); n];
    // Reports in the order their managing edges appear.
    for &(m, r) in edges {
        if r < n && manager[r] == Some(m) && !reports[m].contains(&r) {
            reports[m].push(r);
        }
    }
    let roots: Vec<usize> = (0..n)
        .filter(|&v| manager[v].is_none() && !reports[v].is_empty())
        .collect();
    // Breadth-first order: managers before their reports.
    let mut order = roots.clone();
    let mut depth = vec![0usize; n];
    let mut k = 0;
    while k < order.len() {
        let v = order[k];
        for &r in &reports[v] {
            depth[r] = depth[v] + 1;
            order.push(r);
        }
        k += 1;
    }
    let slot = |v: usize| up_to_step(sizes[v].0);
    // Width of each subtree and of its row of reports.
    let mut width = vec![0.0; n];
    let mut row = vec![0.0; n];
    for &v in order.iter().rev() {
        let kids: f64 = reports[v].iter().map(|&r| width[r]).sum();
        row[v] = kids + BOX_GAP * reports[v].len().saturating_sub(1) as f64;
        width[v] = slot(v).max(row[v]);
    }
    let levels = order.iter().map(|&v| depth[v] + 1).max().unwrap_or(0);
    let mut level_height = vec![0.0f64; levels];
    for &v in &order {
        level_height[depth[v]] = level_height[depth[v]].max(sizes[v].1);
    }
    let mut level_top = Vec::with_capacity(levels);
    let mut top = 0.0;
    for h in &level_height {
        level_top.push(top);
        top = up_to_step(top + h + RANK_GAP);
    }
    let mut placed = vec![(0.0, 0.0); n];
    let mut left = vec![0.0; n];
    let mut next_root = 0.0;
    for &r in &roots {
        left[r] = next_root;
        next_root = up_to_step(next_root + width[r] + BOX_GAP);
    }
    for &v in &order {
        let x = left[v] + down_to_step((width[v] - slot(v)) / 2.0);
        placed[v] = (x, level_top[depth[v]]);
        let mut start = left[v] + down_to_step((width[v] - row[v]) / 2.0);
        for &r in &reports[v] {
            left[r] = start;
            start += width[r] + BOX_GAP;
        }
    }
    let trees_width = next_root - BOX_GAP;
    let wrap = trees_width.max(LOOSE_ROW_WIDTH);
    let (mut x, mut y, mut row_height) = (0.0, top, 0.0f64);
    for v in (0..n).filter(|&v| manager[v].is_none() && reports[v].is_empty()) {
        if x > 0.0 && x + sizes[v].0 > wrap {
            x = 0.0;
            y = up_to_step(y + row_height + RANK_GAP);
            row_height = 0.0;
        }
        placed[v] = (x, y);
        x = up_to_step(x + sizes[v].0 + BOX_GAP);
        row_height = row_height.max(sizes[v].1);
    }
    placed
}
