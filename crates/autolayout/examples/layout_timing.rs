//! Times the auto-layout engines on random DAGs (run with --release). Prints
//! figures only: it asserts nothing and is never run as a test.

use std::time::Instant;

use conway_autolayout::{
    crossings, layout, EngineChoice, Graph, LayeredEngine, LayoutRsEngine, Node, Options, Rect,
    SugiyamaEngine,
};

/// A deterministic pseudo-random DAG with `edges` edges.
fn dag(nodes: usize, edges: usize, seed: u64) -> Graph {
    let mut state = seed;
    let mut next = move |bound: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % bound.max(1)
    };
    let nodes_list = (0..nodes)
        .map(|_| Node {
            rect: Rect {
                x: 0.0,
                y: 0.0,
                width: 80.0 + next(200) as f64,
                height: 40.0 + next(100) as f64,
            },
            fixed: false,
            parent: None,
            boundary: false,
        })
        .collect();
    let mut list = Vec::new();
    while list.len() < edges && nodes > 1 {
        let (a, b) = (next(nodes), next(nodes));
        if a != b {
            list.push((a.min(b), a.max(b)));
        }
    }
    Graph {
        nodes: nodes_list,
        edges: list,
    }
}

fn time(engine: &dyn LayeredEngine, graph: &Graph) -> (f64, usize) {
    let sizes: Vec<(f64, f64)> = graph
        .nodes
        .iter()
        .map(|n| (n.rect.width, n.rect.height))
        .collect();
    let start = Instant::now();
    let placed = engine.place(&sizes, &graph.edges);
    let ms = start.elapsed().as_secs_f64() * 1000.0;
    let rects: Vec<Rect> = sizes
        .iter()
        .zip(&placed)
        .map(|(&(width, height), &(x, y))| Rect {
            x,
            y,
            width,
            height,
        })
        .collect();
    (ms, crossings(&rects, &graph.edges))
}

fn main() {
    let engines: [&dyn LayeredEngine; 2] = [&LayoutRsEngine, &SugiyamaEngine];
    for nodes in [10, 20, 30, 40, 50, 60, 80, 100, 200] {
        let graph = dag(nodes, nodes * 3 / 2, 1);
        for engine in engines {
            if engine.name() == "layout-rs" && nodes > 200 {
                continue;
            }
            let (ms, crossed) = time(engine, &graph);
            println!(
                "{nodes:>5} nodes {:>14}: {ms:>9.1} ms, {crossed:>6} crossings",
                engine.name()
            );
        }
    }
    let graph = dag(1000, 1500, 1);
    let (ms, crossed) = time(&SugiyamaEngine, &graph);
    println!(" 1000 nodes rust-sugiyama: {ms:>9.1} ms, {crossed:>6} crossings");
    let start = Instant::now();
    let _ = layout(
        &graph,
        &Options {
            engine: EngineChoice::Auto,
            ..Options::default()
        },
    );
    println!(
        " 1000 nodes layout() Auto: {:>9.1} ms",
        start.elapsed().as_secs_f64() * 1000.0
    );
}
