//! Examples of automatic layout: pins, partial layouts, boundaries, engines,
//! crossings, direction and trees. Never times anything.

use super::invariants::{boxed, check, dag, inside, overlap, pinned};
use super::*;

#[test]
fn pinned_nodes_keep_their_exact_coordinates() {
    let graph = Graph {
        nodes: vec![
            pinned(0.1, 0.2, 100.3, 50.7),
            boxed(0.0, 0.0, 100.0, 50.0),
            pinned(f64::NAN, 1e300, f64::INFINITY, -3.0),
            boxed(10.0, 10.0, 100.0, 50.0),
        ],
        edges: vec![(0, 1), (1, 2), (2, 3), (3, 0), (1, 1), (7, 0)],
    };
    for style in [Style::Layered, Style::Tree] {
        let out = layout(
            &graph,
            &Options {
                style,
                ..Options::default()
            },
        );
        assert_eq!(out[0], graph.nodes[0].rect);
        assert_eq!(out[2].x.to_bits(), f64::NAN.to_bits());
        assert_eq!(out[2].y, 1e300);
        assert!(!overlap(&out[1], &out[0]) && !overlap(&out[3], &out[0]));
    }
}

#[test]
fn laying_out_part_of_a_view_moves_nothing_else() {
    let mut graph = dag(20, 30, 7);
    for (i, node) in graph.nodes.iter_mut().enumerate() {
        node.rect.x = (i % 5) as f64 * 400.0;
        node.rect.y = (i / 5) as f64 * 300.0;
        node.fixed = i >= 6;
    }
    let out = layout(&graph, &Options::default());
    for (node, r) in graph.nodes.iter().zip(&out).skip(6) {
        assert_eq!(&node.rect, r);
    }
    check(&graph, &out).unwrap();
}

fn nested() -> Graph {
    let mut nodes = vec![boxed(0.0, 0.0, 10.0, 10.0), boxed(0.0, 0.0, 10.0, 10.0)];
    nodes[0].boundary = true;
    nodes[1].boundary = true;
    nodes[1].parent = Some(0);
    for i in 0..6 {
        let mut leaf = boxed(0.0, 0.0, 120.0 + i as f64, 60.0);
        leaf.parent = Some(if i < 3 { 0 } else { 1 });
        nodes.push(leaf);
    }
    nodes.push(boxed(0.0, 0.0, 160.0, 80.0));
    Graph {
        nodes,
        edges: vec![
            (2, 3),
            (3, 4),
            (4, 5),
            (5, 6),
            (6, 7),
            (8, 5),
            (7, 8),
            (0, 2),
        ],
    }
}

#[test]
fn boundaries_contain_their_children() {
    let graph = nested();
    for direction in [Direction::TopDown, Direction::LeftRight] {
        for style in [Style::Layered, Style::Tree] {
            let out = layout(
                &graph,
                &Options {
                    direction,
                    style,
                    engine: EngineChoice::Auto,
                },
            );
            for (v, node) in graph.nodes.iter().enumerate() {
                if let Some(p) = node.parent {
                    assert!(inside(&out[v], &out[p]), "{v} in {p}: {out:?}");
                    assert!(out[v].y - out[p].y >= 48.0 && out[v].x - out[p].x >= 24.0);
                }
            }
            check(&graph, &out).unwrap();
        }
    }
}

#[test]
fn a_movable_boundary_grows_around_its_pinned_children() {
    let mut graph = nested();
    graph.nodes[3] = Node {
        parent: Some(0),
        ..pinned(1000.5, 700.0, 120.0, 60.0)
    };
    graph.nodes[6] = Node {
        parent: Some(1),
        ..pinned(1400.0, 900.0, 100.0, 60.0)
    };
    let out = layout(&graph, &Options::default());
    assert!(inside(&out[3], &out[0]) && inside(&out[6], &out[1]) && inside(&out[1], &out[0]));
    check(&graph, &out).unwrap();
}

#[test]
fn movable_children_of_a_pinned_boundary_stay_inside_when_they_fit() {
    let mut graph = nested();
    graph.nodes[0] = Node {
        boundary: true,
        ..pinned(-500.0, -300.0, 2000.0, 1500.0)
    };
    graph.nodes[4] = Node {
        parent: Some(0),
        ..pinned(-400.0, -200.0, 300.0, 200.0)
    };
    let out = layout(&graph, &Options::default());
    for v in [1, 2, 3] {
        assert!(inside(&out[v], &out[0]), "{v}: {:?}", out[v]);
        assert!(!overlap(&out[v], &out[4]));
    }
    check(&graph, &out).unwrap();
}

#[test]
fn movable_children_too_big_for_a_pinned_boundary_overflow_it_without_overlaps() {
    let mut graph = nested();
    graph.nodes[0] = Node {
        boundary: true,
        ..pinned(0.0, 0.0, 200.0, 150.0)
    };
    let out = layout(&graph, &Options::default());
    // The block starts at the boundary's inner corner and runs out of it.
    let left = [1, 2, 3, 4]
        .map(|v| out[v].x)
        .into_iter()
        .fold(f64::MAX, f64::min);
    let top = [1, 2, 3, 4]
        .map(|v| out[v].y)
        .into_iter()
        .fold(f64::MAX, f64::min);
    assert_eq!((left, top), (30.0, 50.0));
    assert!([1, 2, 3, 4].iter().any(|&v| !inside(&out[v], &out[0])));
    assert_eq!(out[0], graph.nodes[0].rect);
    check(&graph, &out).unwrap();
}

#[test]
fn same_input_same_output() {
    let graph = dag(300, 450, 3);
    for engine in [
        EngineChoice::Auto,
        EngineChoice::Sugiyama,
        EngineChoice::LayoutRs,
    ] {
        let options = Options {
            engine,
            ..Options::default()
        };
        let small = dag(40, 60, 5);
        assert_eq!(layout(&small, &options), layout(&small, &options));
        if engine != EngineChoice::LayoutRs {
            assert_eq!(layout(&graph, &options), layout(&graph, &options));
        }
    }
}

fn rects_of(sizes: &[(f64, f64)], placed: &[(f64, f64)]) -> Vec<Rect> {
    sizes
        .iter()
        .zip(placed)
        .map(|(&(width, height), &(x, y))| Rect {
            x,
            y,
            width,
            height,
        })
        .collect()
}

fn no_overlaps(rects: &[Rect]) -> bool {
    (0..rects.len()).all(|a| (a + 1..rects.len()).all(|b| !overlap(&rects[a], &rects[b])))
}

#[test]
fn both_engines_place_a_dag_without_overlaps() {
    let graph = dag(30, 45, 11);
    let sizes: Vec<(f64, f64)> = graph
        .nodes
        .iter()
        .map(|n| (n.rect.width, n.rect.height))
        .collect();
    let engines: [&dyn LayeredEngine; 2] = [&LayoutRsEngine, &SugiyamaEngine];
    for engine in engines {
        let placed = engine.place(&sizes, &graph.edges);
        let rects = rects_of(&sizes, &placed);
        assert!(no_overlaps(&rects), "{}", engine.name());
        // Top-down: every edge of the DAG points down (cycles were absent).
        for &(a, b) in &graph.edges {
            assert!(rects[a].y < rects[b].y, "{} {a}->{b}", engine.name());
        }
    }
}

#[test]
fn engines_survive_nonsense() {
    let sizes = [
        (f64::NAN, 50.0),
        (1e300, -5.0),
        (100.0, f64::INFINITY),
        (0.0, 0.0),
    ];
    let edges = [
        (0, 0),
        (0, 1),
        (1, 0),
        (0, 1),
        (2, 9),
        (9, 9),
        (1, 2),
        (2, 0),
        (3, 3),
    ];
    let engines: [&dyn LayeredEngine; 2] = [&LayoutRsEngine, &SugiyamaEngine];
    for engine in engines {
        let placed = engine.place(&sizes, &edges);
        assert_eq!(placed.len(), 4);
        assert!(placed.iter().all(|p| p.0.is_finite() && p.1.is_finite()));
        assert!(engine.place(&[], &edges).is_empty());
    }
}

#[test]
fn engine_choice() {
    assert_eq!(engine_for(10, EngineChoice::Auto).name(), "layout-rs");
    assert_eq!(engine_for(5000, EngineChoice::Auto).name(), "rust-sugiyama");
    assert_eq!(engine_for(5000, EngineChoice::LayoutRs).name(), "layout-rs");
    assert_eq!(
        engine_for(1, EngineChoice::Sugiyama).name(),
        "rust-sugiyama"
    );
}

#[test]
fn crossings_counts_a_hand_made_drawing() {
    let at = |x: f64, y: f64| Rect {
        x,
        y,
        width: 20.0,
        height: 20.0,
    };
    // A square: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.
    let rects = [
        at(0.0, 0.0),
        at(100.0, 0.0),
        at(0.0, 100.0),
        at(100.0, 100.0),
        at(50.0, 300.0),
    ];
    assert_eq!(crossings(&rects, &[(0, 3), (1, 2)]), 1);
    // Sharing an end, side by side, self-loops, nonsense: no crossing.
    assert_eq!(
        crossings(&rects, &[(0, 3), (0, 2), (1, 3), (2, 2), (9, 1)]),
        0
    );
    // Both diagonals plus an edge from 4 crossing neither.
    assert_eq!(crossings(&rects, &[(0, 3), (1, 2), (2, 4), (3, 4)]), 1);
    // A duplicate shares its ends with the original; each crosses the other diagonal.
    assert_eq!(crossings(&rects, &[(0, 3), (0, 3), (1, 2)]), 2);
}

#[test]
fn left_right_puts_a_chain_at_increasing_x() {
    let graph = Graph {
        nodes: (0..6)
            .map(|i| boxed(0.0, 0.0, 100.0 + 10.0 * i as f64, 60.0))
            .collect(),
        edges: vec![(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)],
    };
    for engine in [EngineChoice::LayoutRs, EngineChoice::Sugiyama] {
        let options = Options {
            direction: Direction::LeftRight,
            engine,
            ..Options::default()
        };
        let out = layout(&graph, &options);
        for w in out.windows(2) {
            assert!(w[0].x + w[0].width < w[1].x, "{engine:?}: {out:?}");
        }
    }
}

#[test]
fn tree_puts_every_report_below_its_manager() {
    // 0 manages 1, 2; 1 manages 3, 4, 5; 2 manages 6; 7 manages 8; 9 alone.
    // (6, 0) would close a cycle and (1, 6) gives 6 a second manager: ignored.
    let edges = vec![
        (0, 1),
        (0, 2),
        (1, 3),
        (1, 4),
        (1, 5),
        (2, 6),
        (7, 8),
        (6, 0),
        (1, 6),
    ];
    let graph = Graph {
        nodes: (0..10)
            .map(|i| boxed(0.0, 0.0, 120.0 + 7.0 * i as f64, 60.0))
            .collect(),
        edges: edges.clone(),
    };
    let out = layout(
        &graph,
        &Options {
            style: Style::Tree,
            ..Options::default()
        },
    );
    for &(m, r) in &edges[..7] {
        assert!(
            out[m].y + out[m].height < out[r].y,
            "{m} above {r}: {out:?}"
        );
    }
    // Managers centred over their reports.
    let centre = |v: usize| out[v].x + out[v].width / 2.0;
    assert!((centre(1) - (out[3].x + out[5].x + out[5].width) / 2.0).abs() < 10.0);
    // The second tree is beside the first; 9 (in no tree) is below both.
    assert!(out[7].x > out[5].x + out[5].width);
    assert!(out[9].y > out[3].y + out[3].height);
    check(&graph, &out).unwrap();
}

#[test]
fn sugiyama_lays_out_a_thousand_nodes() {
    let graph = dag(1000, 1500, 1);
    let sizes: Vec<(f64, f64)> = graph
        .nodes
        .iter()
        .map(|n| (n.rect.width, n.rect.height))
        .collect();
    let placed = SugiyamaEngine.place(&sizes, &graph.edges);
    let rects = rects_of(&sizes, &placed);
    assert!(no_overlaps(&rects));
    for &(a, b) in &graph.edges {
        assert!(rects[a].y < rects[b].y);
    }
}

#[test]
fn progress_counts_the_moving_boxes_level_by_level() {
    let graph = nested();
    let mut seen = Vec::new();
    let rects = layout_with_progress(&graph, &Options::default(), &mut |p| seen.push(p));
    assert_eq!(rects, layout(&graph, &Options::default()));
    let moving = graph.nodes.iter().filter(|n| !n.fixed).count();
    assert_eq!(
        seen.first(),
        Some(&Progress {
            done: 0,
            total: moving
        })
    );
    assert_eq!(
        seen.last(),
        Some(&Progress {
            done: moving,
            total: moving
        })
    );
    // One report per level, never going back.
    assert!(seen.len() > 2);
    assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));
}
