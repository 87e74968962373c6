use super::{element, placement, workspace};
use crate::scene::{
    node_facts, node_scene, LabelAnchor, LineRole, NodeScene, OwnerColour, Shape, NAME_CHAR,
};
use conway_analysis::TermUse;
use conway_model::{Decision, DecisionStatus, ElementKind, TeamType, Term};

/// The scene of one element of `kind` named `name` in a box of `size`.
fn drawn(kind: ElementKind, name: &str, size: (f64, f64)) -> NodeScene {
    let (ws, view) = workspace(
        vec![element("e", kind, name)],
        vec![],
        vec![placement("e", (100.0, 50.0), size)],
    );
    node_scene(&node_facts(&ws, &view, false)[0])
}

fn lines(scene: &NodeScene, role: LineRole) -> Vec<String> {
    scene
        .labels
        .lines
        .iter()
        .filter(|l| l.role == role)
        .map(|l| l.text())
        .collect()
}

#[test]
fn each_kind_gets_its_shape() {
    let size = (200.0, 100.0);
    let shape = |kind| drawn(kind, "X", size).shape;
    assert_eq!(
        shape(ElementKind::Person),
        Shape::Person {
            head: 20.0,
            body_top: 32.0,
            body_radius: 18.0
        }
    );
    assert_eq!(shape(ElementKind::DataStore), Shape::Cylinder { rim: 10.0 });
    assert_eq!(shape(ElementKind::Queue), Shape::Pipe { rim: 16.0 });
    assert_eq!(shape(ElementKind::Container), Shape::Box { radius: 8.0 });
    assert_eq!(
        shape(ElementKind::ExternalSystem),
        Shape::Box { radius: 8.0 }
    );
    assert_eq!(shape(ElementKind::Team), Shape::Box { radius: 14.0 });
    for boundary in [
        ElementKind::SystemBoundary,
        ElementKind::GroupBoundary,
        ElementKind::Department,
    ] {
        assert_eq!(shape(boundary), Shape::Box { radius: 10.0 });
    }
    let complicated = Shape::of(
        ElementKind::Team,
        Some(TeamType::ComplicatedSubsystem),
        size,
    );
    assert_eq!(complicated, Shape::Octagon { corner: 22.0 });
    let points = complicated.polygon_points(size).unwrap();
    assert_eq!(points, "22,0 178,0 200,22 200,78 178,100 22,100 0,78 0,22");
    // Big boxes keep the rims and corners at their caps.
    let big = (1000.0, 1000.0);
    assert_eq!(
        Shape::of(ElementKind::DataStore, None, big),
        Shape::Cylinder { rim: 14.0 }
    );
    assert_eq!(
        Shape::of(ElementKind::Queue, None, big),
        Shape::Pipe { rim: 18.0 }
    );
}

#[test]
fn cylinders_and_pipes_have_an_outline_and_a_rim() {
    let (outline, rim) = Shape::Cylinder { rim: 10.0 }
        .cylinder_paths((200.0, 100.0))
        .unwrap();
    assert_eq!(
        outline,
        "M0 10 A100 10 0 0 1 200 10 V90 A100 10 0 0 1 0 90 Z"
    );
    assert_eq!(rim, "M0 10 A100 10 0 0 0 200 10");
    let (outline, rim) = Shape::Pipe { rim: 16.0 }
        .cylinder_paths((200.0, 100.0))
        .unwrap();
    assert_eq!(
        outline,
        "M16 0 H184 A16 50 0 0 1 184 100 H16 A16 50 0 0 1 16 0 Z"
    );
    assert_eq!(rim, "M184 0 A16 50 0 0 0 184 100");
    assert_eq!(Shape::Box { radius: 8.0 }.cylinder_paths((1.0, 1.0)), None);
}

#[test]
fn a_short_name_is_one_centred_line_above_its_caption() {
    let scene = drawn(ElementKind::Container, "Checkout API", (200.0, 100.0));
    assert_eq!(scene.labels.anchor, LabelAnchor::Middle);
    assert_eq!(lines(&scene, LineRole::Name), ["Checkout API"]);
    assert_eq!(lines(&scene, LineRole::Caption), ["[Container]"]);
    assert!(scene.labels.lines.iter().all(|l| l.x == 100.0));
    let [name, caption] = &scene.labels.lines[..] else {
        panic!("two lines: {:?}", scene.labels.lines);
    };
    assert!(name.y < caption.y);
    // The block of lines is centred: as much room above as below.
    let above = name.y - 13.0;
    let below = 100.0 - (caption.y + 2.0 + 16.0 - 13.0);
    assert!((above - below).abs() < 1e-9, "{above} {below}");
    assert_eq!(scene.accessible_name, "Checkout API, [Container]");
}

#[test]
fn a_long_name_wraps_to_two_lines_and_is_cut_with_an_ellipsis() {
    let width = 160.0;
    let fits = ((width - 16.0) / NAME_CHAR) as usize;
    let scene = drawn(
        ElementKind::Container,
        "Order fulfilment and warehouse stock reconciliation service",
        (width, 120.0),
    );
    let name = lines(&scene, LineRole::Name);
    assert_eq!(name.len(), 2, "{name:?}");
    assert!(name[1].ends_with('…'), "{name:?}");
    assert!(name.iter().all(|l| l.chars().count() <= fits), "{name:?}");
    let one_word = drawn(ElementKind::Container, &"x".repeat(60), (width, 120.0));
    let name = lines(&one_word, LineRole::Name);
    assert_eq!(name[0], "x".repeat(fits), "a long word is cut across lines");
}

#[test]
fn descriptions_fill_the_room_left_and_teams_have_none() {
    let text = "Takes orders from the web shop and the mobile app, checks stock, \
                takes payment and hands the order to the warehouse for picking";
    let with = |kind, height| {
        let (mut ws, view) = workspace(
            vec![element("e", kind, "Checkout")],
            vec![],
            vec![placement("e", (0.0, 0.0), (200.0, height))],
        );
        ws.elements[0].description = text.into();
        lines(
            &node_scene(&node_facts(&ws, &view, false)[0]),
            LineRole::Description,
        )
    };
    let tall = with(ElementKind::Container, 200.0);
    assert_eq!(tall.len(), 3, "at most three lines: {tall:?}");
    assert!(tall[2].ends_with('…'));
    assert_eq!(with(ElementKind::Container, 80.0).len(), 2);
    assert_eq!(with(ElementKind::Container, 65.0).len(), 1);
    assert!(with(ElementKind::Container, 50.0).is_empty(), "no room");
    assert!(with(ElementKind::Team, 200.0).is_empty());
}

#[test]
fn a_person_is_labelled_below_its_head() {
    let scene = drawn(ElementKind::Person, "Customer", (160.0, 120.0));
    let top = scene.shape.label_top();
    assert_eq!(top, 24.0 * 1.6);
    assert!(scene.labels.lines.iter().all(|l| l.y > top + 13.0));
}

#[test]
fn a_boundary_is_labelled_at_its_corner_on_one_line() {
    let scene = drawn(
        ElementKind::SystemBoundary,
        "Northwind online store and everything around it",
        (200.0, 300.0),
    );
    assert_eq!(scene.labels.anchor, LabelAnchor::Start);
    let [name, caption] = &scene.labels.lines[..] else {
        panic!("a name and a caption");
    };
    assert_eq!(
        (name.x, name.y, caption.x, caption.y),
        (14.0, 24.0, 14.0, 40.0)
    );
    assert!(name.text().ends_with('…'));
    assert_eq!(caption.text(), "[System Boundary]");
    assert!(
        scene.connection_points.is_empty(),
        "boundaries are not connected"
    );
    let container = drawn(ElementKind::Container, "API", (200.0, 100.0));
    assert_eq!(
        container.connection_points,
        [(100.0, 0.0), (200.0, 50.0), (100.0, 100.0), (0.0, 50.0)]
    );
}

#[test]
fn captions_name_the_kind_team_type_role_and_technology() {
    let (mut ws, view) = workspace(
        vec![
            element("c", ElementKind::Container, "API"),
            element("t", ElementKind::Team, "Checkout"),
            element("p", ElementKind::OrgPerson, "Ada"),
        ],
        vec![],
        ["c", "t", "p"]
            .map(|id| placement(id, (0.0, 0.0), (200.0, 100.0)))
            .to_vec(),
    );
    ws.elements[0].technology = "Rust, axum".into();
    ws.elements[2].role = "Head of platform".into();
    let captions: Vec<String> = node_facts(&ws, &view, false)
        .into_iter()
        .map(|f| f.caption)
        .collect();
    assert_eq!(
        captions,
        [
            "[Container: Rust, axum]",
            "[Stream-aligned team]",
            "[Head of platform]"
        ]
    );
}

#[test]
fn a_decision_badge_counts_the_links_and_shows_the_most_pressing_status() {
    let (mut ws, mut view) = workspace(
        vec![
            element("e", ElementKind::Container, "API"),
            element("bare", ElementKind::Container, "Other"),
        ],
        vec![],
        vec![
            placement("e", (0.0, 0.0), (200.0, 100.0)),
            placement("bare", (300.0, 0.0), (200.0, 100.0)),
        ],
    );
    for (number, status) in [(1, DecisionStatus::Accepted), (2, DecisionStatus::Proposed)] {
        let mut d = Decision::new(format!("d{number}"), number, format!("Choice {number}"));
        d.status = status;
        d.links = vec!["e".into()];
        ws.decisions.push(d);
    }
    view.placements[0].pinned = true;
    let scenes: Vec<NodeScene> = node_facts(&ws, &view, false)
        .iter()
        .map(node_scene)
        .collect();
    let badge = scenes[0].decisions.as_ref().expect("a badge");
    assert_eq!(badge.linked.count, 2);
    assert_eq!(badge.linked.status, DecisionStatus::Proposed);
    assert_eq!(
        badge.linked.titles,
        "ADR-0001 Choice 1 (Accepted)\nADR-0002 Choice 2 (Proposed)"
    );
    assert_eq!(badge.centre, (192.0, -8.0), "on the top-right corner");
    assert_eq!(scenes[0].pin.map(|p| p.corner), Some((2.0, 2.0)));
    assert_eq!(scenes[1].decisions, None);
    assert_eq!(scenes[1].pin, None);
}

#[test]
fn coloured_by_owner_each_element_takes_its_team_colour() {
    let (mut ws, view) = workspace(
        vec![
            element("t0", ElementKind::Team, "Checkout"),
            element("t1", ElementKind::Team, "Payments"),
            element("owned", ElementKind::Container, "API"),
            element("unowned", ElementKind::Container, "Batch"),
            element("person", ElementKind::Person, "Customer"),
        ],
        vec![],
        ["t0", "t1", "owned", "unowned", "person"]
            .map(|id| placement(id, (0.0, 0.0), (100.0, 60.0)))
            .to_vec(),
    );
    ws.elements[2].owner = Some("t1".into());
    let owners = |by_owner| -> Vec<Option<OwnerColour>> {
        node_facts(&ws, &view, by_owner)
            .into_iter()
            .map(|f| f.owner)
            .collect()
    };
    assert_eq!(
        owners(true),
        [
            Some(OwnerColour::Team(0)),
            Some(OwnerColour::Team(1)),
            Some(OwnerColour::Team(1)),
            Some(OwnerColour::Unowned),
            None,
        ]
    );
    assert!(owners(false).iter().all(Option::is_none));
}

#[test]
fn glossary_words_in_a_name_are_marked_and_defined_on_hover() {
    let (mut ws, view) = workspace(
        vec![element("e", ElementKind::Container, "Order purchase desk")],
        vec![],
        vec![placement("e", (0.0, 0.0), (300.0, 100.0))],
    );
    ws.glossary = vec![Term {
        id: "t".into(),
        term: "Order".into(),
        definition: "A commitment to buy.".into(),
        avoid: vec!["purchase".into()],
    }];
    let scene = node_scene(&node_facts(&ws, &view, false)[0]);
    let name = &scene.labels.lines[0];
    let pieces: Vec<(&str, Option<TermUse>)> = name
        .pieces
        .iter()
        .map(|p| (p.text.as_str(), p.term))
        .collect();
    assert_eq!(
        pieces,
        [
            ("Order", Some(TermUse::Preferred)),
            (" ", None),
            ("purchase", Some(TermUse::Avoided)),
            (" desk", None),
        ]
    );
    assert_eq!(
        scene.hover,
        "Order purchase desk\nOrder: A commitment to buy."
    );
}
