//! Routes kept between redraws: when a view changes, only the edges whose
//! ends moved, whose lane changed, or whose old path a moved box now blocks
//! are routed again; the rest keep their paths. Pure; it never touches the
//! browser or the workspace, and it gives the same routes as routing afresh
//! would for every edge it routes.

use std::collections::HashMap;

use super::{route_edge, segment_crosses, Obstacle, ObstacleIndex, Route};
use conway_geometry::Rect;
use conway_model::Id;

/// Views with more boxes than this keep straight lines: routing them all at
/// once would hold the page for too long.
pub const ROUTE_LIMIT: usize = 1500;

/// One relationship to draw: its id, its ends and its fan lane.
pub struct EdgeRequest<'a> {
    pub id: &'a Id,
    pub source: &'a Id,
    pub target: &'a Id,
    pub lane: f64,
}

struct Kept {
    ends: (Rect, Rect),
    lane: f64,
    route: Route,
}

#[derive(Default)]
pub struct RouteCache {
    boxes: HashMap<Id, Obstacle>,
    routes: HashMap<Id, Kept>,
}

impl RouteCache {
    /// A route for every edge, in order (`None` where either end is not among
    /// `boxes`, or the view is over `ROUTE_LIMIT` boxes).
    pub fn routes(
        &mut self,
        boxes: &[(Id, Obstacle)],
        edges: &[EdgeRequest],
    ) -> Vec<Option<Route>> {
        if boxes.len() > ROUTE_LIMIT {
            self.boxes.clear();
            self.routes.clear();
            return edges.iter().map(|_| None).collect();
        }
        let at: HashMap<&Id, usize> = boxes
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id, i))
            .collect();
        // Boxes that are new or moved since the last call block old paths.
        let changed: Vec<&(Id, Obstacle)> = boxes
            .iter()
            .filter(|(id, b)| self.boxes.get(id) != Some(b))
            .collect();
        let obstacles: Vec<Obstacle> = boxes.iter().map(|(_, b)| b.clone()).collect();
        let index = ObstacleIndex::new(&obstacles);
        let mut kept = HashMap::with_capacity(edges.len());
        let result = edges
            .iter()
            .map(|e| {
                let (s, t) = (*at.get(e.source)?, *at.get(e.target)?);
                let ends = (obstacles[s].rect, obstacles[t].rect);
                let reusable = self.routes.remove(e.id).filter(|k| {
                    k.ends == ends
                        && k.lane == e.lane
                        && !changed.iter().any(|(id, b)| {
                            b.solid && id != e.source && id != e.target && blocks(&k.route, &b.rect)
                        })
                });
                let route = match reusable {
                    Some(k) => k.route,
                    None => route_edge(&obstacles, &index, s, t, e.lane),
                };
                kept.insert(
                    e.id.clone(),
                    Kept {
                        ends,
                        lane: e.lane,
                        route: route.clone(),
                    },
                );
                Some(route)
            })
            .collect();
        self.routes = kept;
        self.boxes = boxes.iter().cloned().collect();
        result
    }
}

/// Does the path pass through `rect`?
fn blocks(route: &Route, rect: &Rect) -> bool {
    route
        .points
        .windows(2)
        .any(|w| segment_crosses(w[0], w[1], rect))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solid(x: f64, y: f64) -> Obstacle {
        Obstacle {
            rect: Rect {
                x,
                y,
                width: 100.0,
                height: 60.0,
            },
            solid: true,
        }
    }

    fn view(middle: Obstacle) -> Vec<(Id, Obstacle)> {
        vec![
            ("a".into(), solid(0.0, 0.0)),
            ("b".into(), solid(600.0, 0.0)),
            ("m".into(), middle),
        ]
    }

    fn request<'a>(id: &'a Id, a: &'a Id, b: &'a Id) -> EdgeRequest<'a> {
        EdgeRequest {
            id,
            source: a,
            target: b,
            lane: 0.0,
        }
    }

    #[test]
    fn a_box_moved_into_a_kept_path_makes_it_route_again_around_it() {
        let (id, a, b) = (Id::from("e"), Id::from("a"), Id::from("b"));
        let mut cache = RouteCache::default();
        let away = cache.routes(&view(solid(300.0, 400.0)), &[request(&id, &a, &b)]);
        let first = away[0].clone().unwrap();
        assert_eq!(
            first.points.len(),
            2,
            "a straight run while nothing is between"
        );
        // Nothing changed: the same path comes back.
        let again = cache.routes(&view(solid(300.0, 400.0)), &[request(&id, &a, &b)]);
        assert_eq!(again[0].as_ref(), Some(&first));
        // A box moves in between: the path goes around it.
        let blocked = cache.routes(&view(solid(300.0, 0.0)), &[request(&id, &a, &b)]);
        let around = blocked[0].clone().unwrap();
        assert!(!around.straight);
        assert!(!blocks(&around, &solid(300.0, 0.0).rect));
        // And it is what routing afresh gives.
        let fresh = RouteCache::default().routes(&view(solid(300.0, 0.0)), &[request(&id, &a, &b)]);
        assert_eq!(fresh[0].as_ref(), Some(&around));
    }

    #[test]
    fn unknown_ends_get_no_route_and_huge_views_stay_straight() {
        let (id, a, ghost) = (Id::from("e"), Id::from("a"), Id::from("ghost"));
        let mut cache = RouteCache::default();
        assert_eq!(
            cache.routes(&view(solid(300.0, 400.0)), &[request(&id, &a, &ghost)]),
            vec![None]
        );
        let many: Vec<(Id, Obstacle)> = (0..=ROUTE_LIMIT)
            .map(|i| (Id::new(format!("n{i}")), solid(i as f64 * 200.0, 0.0)))
            .collect();
        let (n0, n1) = (Id::from("n0"), Id::from("n1"));
        assert_eq!(cache.routes(&many, &[request(&id, &n0, &n1)]), vec![None]);
    }
}
