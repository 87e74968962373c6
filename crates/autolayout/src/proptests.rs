//! Property tests: random views (nesting up to two deep, pins, cycles,
//! self-loops, nonsense edges) keep every layout invariant in both styles and
//! both directions, and lay out the same way twice. Never times anything.

use proptest::prelude::*;

use super::invariants::check;
use super::*;

/// A raw node: size, position, fixed, boundary, parent choice.
type Raw = (u16, u16, u16, u16, bool, bool, Option<u16>);

fn raw_node() -> impl Strategy<Value = Raw> {
    (
        40u16..300,
        40u16..300,
        0u16..4000,
        0u16..3000,
        prop::bool::weighted(0.2),
        prop::bool::weighted(0.25),
        prop::option::weighted(0.6, any::<u16>()),
    )
}

/// Builds a valid view: a node's parent is an earlier boundary whose own
/// depth is at most 1 (so nesting is 0 to 2 deep).
fn view(raw: &[Raw], edges: &[(usize, usize)]) -> Graph {
    let mut nodes: Vec<Node> = Vec::new();
    let mut depth: Vec<usize> = Vec::new();
    for (i, &(w, h, x, y, fixed, boundary, parent)) in raw.iter().enumerate() {
        let parent = parent
            .filter(|_| i > 0)
            .map(|p| p as usize % i.max(1))
            .filter(|&p| nodes[p].boundary && depth[p] < 2);
        depth.push(parent.map_or(0, |p| depth[p] + 1));
        nodes.push(Node {
            rect: Rect {
                x: x as f64 - 500.0,
                y: y as f64 - 300.0,
                width: w as f64,
                height: h as f64,
            },
            fixed,
            parent,
            boundary: boundary && depth[i] < 2,
        });
    }
    Graph {
        nodes,
        edges: edges.to_vec(),
    }
}

fn all_options() -> Vec<Options> {
    let mut all = Vec::new();
    for direction in [Direction::TopDown, Direction::LeftRight] {
        for style in [Style::Layered, Style::Tree] {
            all.push(Options {
                direction,
                style,
                engine: EngineChoice::Auto,
            });
        }
    }
    all
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_layout_keeps_the_invariants(
        raw in prop::collection::vec(raw_node(), 1..40),
        edges in prop::collection::vec((0usize..42, 0usize..42), 0..60),
    ) {
        let graph = view(&raw, &edges);
        for options in all_options() {
            let out = layout(&graph, &options);
            if let Err(e) = check(&graph, &out) {
                return Err(TestCaseError::fail(format!("{options:?}: {e}")));
            }
        }
    }

    #[test]
    fn layout_is_deterministic(
        raw in prop::collection::vec(raw_node(), 1..40),
        edges in prop::collection::vec((0usize..42, 0usize..42), 0..60),
        engine in prop::sample::select(vec![EngineChoice::LayoutRs, EngineChoice::Sugiyama]),
    ) {
        let graph = view(&raw, &edges);
        for options in all_options() {
            let options = Options { engine, ..options };
            prop_assert_eq!(layout(&graph, &options), layout(&graph, &options));
        }
    }

    #[test]
    fn engines_never_overlap_boxes(
        sizes in prop::collection::vec((40.0f64..300.0, 40.0f64..300.0), 0..40),
        edges in prop::collection::vec((0usize..42, 0usize..42), 0..60),
    ) {
        let engines: [&dyn LayeredEngine; 2] = [&LayoutRsEngine, &SugiyamaEngine];
        for engine in engines {
            let placed = engine.place(&sizes, &edges);
            prop_assert_eq!(placed.len(), sizes.len());
            for a in 0..sizes.len() {
                for b in a + 1..sizes.len() {
                    let (pa, pb) = (placed[a], placed[b]);
                    let apart = pa.0 + sizes[a].0 <= pb.0 || pb.0 + sizes[b].0 <= pa.0
                        || pa.1 + sizes[a].1 <= pb.1 || pb.1 + sizes[b].1 <= pa.1;
                    prop_assert!(apart, "{}: {} and {} overlap", engine.name(), a, b);
                }
            }
        }
    }
}
