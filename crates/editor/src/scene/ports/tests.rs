//! Relationships leaving one side of a box to different boxes get ports of
//! their own along it and stay orthogonal: in the sample's views several
//! shared a port before.

use crate::scene::{edge_scenes, EdgeScene};
use conway_routing::RouteCache;

fn orthogonal(e: &EdgeScene) -> bool {
    e.path
        .points
        .windows(2)
        .all(|w| (w[0].0 - w[1].0).abs() < 1e-6 || (w[0].1 - w[1].1).abs() < 1e-6)
}

#[test]
fn no_two_relationships_of_the_samples_views_share_a_port() {
    let ws = conway_model::sample::sample_workspace();
    for view in &ws.views {
        let edges = edge_scenes(&ws, view, None, &mut RouteCache::default());
        let mut ends: Vec<(f64, f64)> = Vec::new();
        for e in edges.iter().filter(|e| e.path.points.len() >= 3) {
            assert!(orthogonal(e), "{}: {:?}", view.name, e.path.points);
            for p in [e.path.points[0], *e.path.points.last().unwrap()] {
                assert!(
                    ends.iter()
                        .all(|q| (p.0 - q.0).abs() >= 1.0 || (p.1 - q.1).abs() >= 1.0),
                    "{}: {} shares the port {p:?}",
                    view.name,
                    e.id
                );
                ends.push(p);
            }
        }
    }
}
