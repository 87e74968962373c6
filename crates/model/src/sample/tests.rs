//! Tests of the sample workspace: it is sound, rich enough to demonstrate every
//! feature, and its views are tidy (no overlapping boxes, children inside parents).

use std::collections::HashSet;

use super::sample_workspace;
use crate::{
    DecisionStatus, ElementKind, Id, Placement, RelationshipKind, Side, TeamType, View, ViewKind,
    Workspace,
};

#[test]
fn has_no_integrity_problems() {
    let problems = sample_workspace().problems();
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", listed.join("\n"));
}

#[test]
fn system_side_is_rich_enough() {
    let ws = sample_workspace();
    let system = ws
        .elements
        .iter()
        .filter(|e| e.side() == Side::System && !e.kind.is_container_of_others())
        .count();
    assert!(system >= 25, "{system} system elements");
    assert!(ws.views_of(ViewKind::System).count() >= 3);
    let uses = ws
        .relationships
        .iter()
        .filter(|r| r.kind == RelationshipKind::Uses);
    assert!(uses.count() >= 30);
    let unowned: Vec<&str> = ws
        .elements
        .iter()
        .filter(|e| e.kind.is_ownable() && e.owner.is_none())
        .map(|e| e.name.as_str())
        .collect();
    assert!((1..=2).contains(&unowned.len()), "unowned: {unowned:?}");
    for e in ws.elements.iter().filter(|e| e.side() == Side::System) {
        assert!(!e.description.is_empty(), "{} has no description", e.id);
    }
}

#[test]
fn org_side_is_rich_enough() {
    let ws = sample_workspace();
    assert!(ws.views_of(ViewKind::Org).count() >= 2);
    let teams: Vec<TeamType> = ws.elements.iter().filter_map(|e| e.team_type).collect();
    assert!(teams.len() >= 8, "{} teams", teams.len());
    for team_type in TeamType::ALL {
        assert!(teams.contains(&team_type), "no {} team", team_type.label());
    }
    let stakeholders: Vec<_> = ws
        .elements
        .iter()
        .filter(|e| e.kind == ElementKind::Stakeholder)
        .collect();
    assert!(stakeholders.len() >= 5);
    for s in &stakeholders {
        assert!(!s.concerns.is_empty(), "{} has no concerns", s.id);
    }
    for kind in RelationshipKind::ALL {
        assert!(
            ws.relationships.iter().any(|r| r.kind == kind),
            "no {}",
            kind.label()
        );
    }
}

#[test]
fn decisions_and_vocabulary_are_rich_enough() {
    let ws = sample_workspace();
    assert!(ws.decisions.len() >= 8);
    for status in DecisionStatus::ALL {
        assert!(
            ws.decisions.iter().any(|d| d.status == status),
            "no {} decision",
            status.label()
        );
    }
    for d in &ws.decisions {
        assert!(
            d.links.iter().any(|l| ws.element(l).is_some()),
            "{} links no element",
            d.reference()
        );
    }
    let superseded: HashSet<&Id> = ws
        .decisions
        .iter()
        .flat_map(|d| &d.relations)
        .filter(|r| r.kind == crate::RelationKind::Supersedes)
        .map(|r| &r.target)
        .collect();
    for d in ws
        .decisions
        .iter()
        .filter(|d| d.status == DecisionStatus::Superseded)
    {
        assert!(
            superseded.contains(&d.id),
            "nothing supersedes {}",
            d.reference()
        );
    }
    assert!(ws.principles.len() >= 3);
    assert!(ws.glossary.len() >= 10);
}

/// Whether `ancestor` is a parent, grandparent, ... of `id`.
fn is_ancestor(ws: &Workspace, ancestor: &Id, id: &Id) -> bool {
    let mut current = ws.element(id).and_then(|e| e.parent.as_ref());
    for _ in 0..ws.elements.len() {
        match current {
            Some(parent) if parent == ancestor => return true,
            Some(parent) => current = ws.element(parent).and_then(|e| e.parent.as_ref()),
            None => return false,
        }
    }
    false
}

// The same tests as conway_geometry::Rect's, which this crate cannot depend on.
fn overlap(a: &Placement, b: &Placement) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

fn inside(inner: &Placement, outer: &Placement) -> bool {
    inner.x >= outer.x
        && inner.y >= outer.y
        && inner.x + inner.width <= outer.x + outer.width
        && inner.y + inner.height <= outer.y + outer.height
}

fn overlaps_in(ws: &Workspace, view: &View) -> Vec<String> {
    let mut found = Vec::new();
    for (i, a) in view.placements.iter().enumerate() {
        for b in &view.placements[i + 1..] {
            let nested =
                is_ancestor(ws, &a.element, &b.element) || is_ancestor(ws, &b.element, &a.element);
            if overlap(a, b) && !nested {
                found.push(format!(
                    "{}: {} overlaps {}",
                    view.name, a.element, b.element
                ));
            }
        }
    }
    found
}

#[test]
fn no_two_boxes_overlap_unless_one_contains_the_other() {
    let ws = sample_workspace();
    let found: Vec<String> = ws.views.iter().flat_map(|v| overlaps_in(&ws, v)).collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn children_sit_inside_their_parents_drawn_after_them() {
    let ws = sample_workspace();
    for view in &ws.views {
        for (i, p) in view.placements.iter().enumerate() {
            let Some(parent) = ws.element(&p.element).and_then(|e| e.parent.as_ref()) else {
                continue;
            };
            let Some(j) = view.placements.iter().position(|q| &q.element == parent) else {
                continue;
            };
            let outer = &view.placements[j];
            assert!(
                inside(p, outer),
                "{}: {} sticks out of {}",
                view.name,
                p.element,
                parent
            );
            assert!(
                j < i,
                "{}: {} is drawn before its parent {}",
                view.name,
                p.element,
                parent
            );
        }
    }
}

#[test]
fn every_element_appears_in_some_view() {
    let ws = sample_workspace();
    for e in &ws.elements {
        assert!(
            ws.views.iter().any(|v| v.shows(&e.id)),
            "{} is in no view",
            e.id
        );
    }
}

#[test]
fn one_collaboration_has_overrun_its_planned_end() {
    let ws = sample_workspace();
    let today = crate::Date::parse("2026-11-16");
    let overrun = ws.relationships.iter().filter(|r| {
        r.kind == RelationshipKind::Collaboration && r.ends.is_some() && r.ends < today
    });
    assert_eq!(overrun.count(), 1);
}

#[test]
fn a_blank_workspace_is_valid_and_has_a_view_per_side() {
    let ws = super::blank_workspace("Payments platform");
    assert_eq!(ws.problems(), vec![]);
    assert_eq!(ws.name, "Payments platform");
    assert!(ws.elements.is_empty());
    assert_eq!(ws.views_of(crate::ViewKind::System).count(), 1);
    assert_eq!(ws.views_of(crate::ViewKind::Org).count(), 1);
    assert!(ws.concerns.iter().any(|c| c.name == "Latency"));
}
