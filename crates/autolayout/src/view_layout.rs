//! From a view of the workspace to an auto-layout graph and back: which boxes
//! may move (not pinned, inside the part being laid out), which boundary each
//! sits in, which relationships count, and the placements that changed. Pure:
//! it reads a workspace and never changes one (the caller makes the command).

use std::collections::{HashMap, HashSet};

use super::Rect;
use crate::{layout, Direction, EngineChoice, Graph, Node, Options, Style};
use conway_model::{Id, Placement, RelationshipKind, View, Workspace};

/// A view made ready for auto-layout.
pub struct ViewPlan {
    pub graph: Graph,
    /// The element each node stands for, in the graph's order.
    pub elements: Vec<Id>,
    pub style: Style,
}

/// Plans the layout of `view`: all of it, or only `part` (the rest stays).
/// A selected boundary brings its contents with it. Organisation views with
/// reporting lines are laid out as a tree of them; everything else in layers.
pub fn plan(ws: &Workspace, view: &View, part: Option<&[Id]>) -> ViewPlan {
    let elements = ws.element_index();
    let index: HashMap<&Id, usize> = view
        .placements
        .iter()
        .enumerate()
        .map(|(i, p)| (&p.element, i))
        .collect();
    let parent_of = |id: &Id| -> Option<usize> {
        let parent = elements.get(id)?.parent.as_ref()?;
        index.get(parent).copied()
    };
    let moving = part.map(|ids| {
        let mut moving: HashSet<&Id> = ids.iter().collect();
        // Contents of a moving boundary move too, however deep.
        let mut grew = true;
        while grew {
            grew = false;
            for p in &view.placements {
                if moving.contains(&p.element) {
                    continue;
                }
                let mut at = parent_of(&p.element);
                let mut depth = 0;
                while let Some(i) = at {
                    if moving.contains(&view.placements[i].element) {
                        moving.insert(&p.element);
                        grew = true;
                        break;
                    }
                    depth += 1;
                    at = if depth > view.placements.len() {
                        None
                    } else {
                        parent_of(&view.placements[i].element)
                    };
                }
            }
        }
        moving
    });
    let nodes = view
        .placements
        .iter()
        .map(|p| Node {
            rect: Rect {
                x: p.x,
                y: p.y,
                width: p.width,
                height: p.height,
            },
            fixed: p.pinned || moving.as_ref().is_some_and(|m| !m.contains(&p.element)),
            parent: parent_of(&p.element).filter(|&i| view.placements[i].element != p.element),
            boundary: elements
                .get(&p.element)
                .is_some_and(|e| e.kind.is_container_of_others()),
        })
        .collect();
    let reporting = |kind: RelationshipKind| kind == RelationshipKind::ReportsTo;
    let shown = |r: &&conway_model::Relationship| {
        index.contains_key(&r.source) && index.contains_key(&r.target)
    };
    let tree = ws
        .relationships
        .iter()
        .filter(shown)
        .any(|r| reporting(r.kind));
    let edges = ws
        .relationships
        .iter()
        .filter(shown)
        .filter(|r| !tree || reporting(r.kind))
        .map(|r| {
            let (source, target) = (index[&r.source], index[&r.target]);
            // A reporting line runs from the report to the manager; the tree
            // wants (manager, report).
            if tree {
                (target, source)
            } else {
                (source, target)
            }
        })
        .collect();
    ViewPlan {
        graph: Graph { nodes, edges },
        elements: view.placements.iter().map(|p| p.element.clone()).collect(),
        style: if tree { Style::Tree } else { Style::Layered },
    }
}

impl ViewPlan {
    /// The options to lay this plan out with.
    pub fn options(&self, direction: Direction, engine: EngineChoice) -> Options {
        Options {
            direction,
            style: self.style,
            engine,
        }
    }
}

/// Lays out `view` (or only `part` of it) and returns the placements that
/// change, ready for one `Layout` command; empty if nothing moves.
pub fn lay_out_view(
    ws: &Workspace,
    view: &View,
    part: Option<&[Id]>,
    direction: Direction,
    engine: EngineChoice,
) -> Vec<Placement> {
    let plan = plan(ws, view, part);
    let rects = layout(&plan.graph, &plan.options(direction, engine));
    changed_placements(view, &rects).unwrap_or_default()
}

/// The placements of `view` that `rects` (a layout of its plan, one per
/// placement in order) change; pinned ones never. `None` if the counts differ.
pub fn changed_placements(view: &View, rects: &[Rect]) -> Option<Vec<Placement>> {
    if rects.len() != view.placements.len() {
        return None;
    }
    let changed = view
        .placements
        .iter()
        .zip(rects)
        .filter(|(p, r)| {
            !p.pinned && (p.x, p.y, p.width, p.height) != (r.x, r.y, r.width, r.height)
        })
        .map(|(p, r)| Placement {
            x: r.x,
            y: r.y,
            width: r.width,
            height: r.height,
            ..p.clone()
        })
        .collect();
    Some(changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::sample::sample_workspace;

    fn overlap(a: &Placement, b: &Placement) -> bool {
        Rect::from(a).overlaps(&Rect::from(b))
    }

    fn inside(child: &Placement, parent: &Placement) -> bool {
        Rect::from(parent).contains(&Rect::from(child))
    }

    /// The view after laying it out (or `part` of it).
    fn laid_out(ws: &mut Workspace, view: &str, part: Option<&[Id]>) -> View {
        let v = ws.view(&view.into()).unwrap().clone();
        let changed = lay_out_view(ws, &v, part, Direction::TopDown, EngineChoice::Auto);
        let index = ws.views.iter().position(|x| x.id == v.id).unwrap();
        for p in changed {
            let slot = ws.views[index]
                .placements
                .iter_mut()
                .find(|x| x.element == p.element)
                .unwrap();
            *slot = p;
        }
        ws.views[index].clone()
    }

    /// Is `a` an ancestor (boundary or department) of `b`?
    fn encloses(ws: &Workspace, a: &Id, b: &Id) -> bool {
        let mut at = ws.element(b).and_then(|e| e.parent.clone());
        while let Some(p) = at {
            if &p == a {
                return true;
            }
            at = ws.element(&p).and_then(|e| e.parent.clone());
        }
        false
    }

    #[test]
    fn every_sample_view_is_laid_out_without_overlaps_and_with_boundaries_around_their_children() {
        let mut ws = sample_workspace();
        for id in ws
            .views
            .iter()
            .map(|v| v.id.to_string())
            .collect::<Vec<_>>()
        {
            let v = laid_out(&mut ws, &id, None);
            for a in &v.placements {
                for b in &v.placements {
                    if a.element == b.element
                        || encloses(&ws, &a.element, &b.element)
                        || encloses(&ws, &b.element, &a.element)
                    {
                        continue;
                    }
                    assert!(!overlap(a, b), "{id}: {} overlaps {}", a.element, b.element);
                }
                if let Some(parent) = ws.element(&a.element).and_then(|e| e.parent.as_ref()) {
                    if let Some(p) = v.placement(parent) {
                        assert!(inside(a, p), "{id}: {} outside {}", a.element, parent);
                    }
                }
            }
        }
    }

    #[test]
    fn pinned_elements_and_everything_outside_the_part_stay_exactly() {
        let mut ws = sample_workspace();
        let before = ws.view(&"view-containers".into()).unwrap().clone();
        ws.views
            .iter_mut()
            .find(|v| v.id == before.id)
            .unwrap()
            .placements[3]
            .pinned = true;
        let pinned = before.placements[3].clone();
        let part: Vec<Id> = before.placements[4..8]
            .iter()
            .map(|p| p.element.clone())
            .collect();
        let after = laid_out(&mut ws, "view-containers", Some(&part));
        for (old, new) in before.placements.iter().zip(&after.placements) {
            let moving =
                part.contains(&old.element) || part.iter().any(|m| encloses(&ws, m, &old.element));
            if !moving {
                assert_eq!(
                    (old.x, old.y, old.width, old.height),
                    (new.x, new.y, new.width, new.height),
                    "{}",
                    old.element
                );
            }
        }
        assert_eq!(after.placement(&pinned.element).unwrap().x, pinned.x);
        let whole = laid_out(&mut ws, "view-containers", None);
        let kept = whole.placement(&pinned.element).unwrap();
        assert_eq!((kept.x, kept.y), (pinned.x, pinned.y));
    }

    #[test]
    fn reporting_lines_make_a_tree_and_other_views_are_layered() {
        let ws = sample_workspace();
        let style = |id: &str| plan(&ws, ws.view(&id.into()).unwrap(), None).style;
        assert_eq!(style("view-reporting"), Style::Tree);
        assert_eq!(style("view-containers"), Style::Layered);
        let containers = plan(&ws, ws.view(&"view-containers".into()).unwrap(), None);
        assert!(containers.graph.nodes.iter().any(|n| n.boundary));
        assert!(containers.graph.nodes.iter().any(|n| n.parent.is_some()));
    }

    #[test]
    fn laying_out_twice_gives_the_same_places() {
        let mut a = sample_workspace();
        let mut b = sample_workspace();
        assert_eq!(
            laid_out(&mut a, "view-containers", None),
            laid_out(&mut b, "view-containers", None)
        );
    }
}
