use super::*;
use conway_geometry::{Camera, Rect};
use conway_model::Id;
use conway_model::{Element, ElementKind, Placement, View, ViewKind, Workspace};

fn at(element: &str, x: f64, y: f64) -> Placement {
    Placement {
        element: element.into(),
        x,
        y,
        width: 100.0,
        height: 60.0,
        pinned: false,
    }
}

/// Two system views (`a` shows api and db, `b` only db) and one team view.
fn workspace() -> Workspace {
    let mut ws = Workspace::new("Session");
    let mut api = Element::new("api", ElementKind::Container, "API");
    api.owner = Some("team".into());
    ws.elements = vec![
        api,
        Element::new("db", ElementKind::DataStore, "DB"),
        Element::new("team", ElementKind::Team, "Team"),
    ];
    let mut a = View::new("a", ViewKind::System, "A");
    a.placements = vec![at("api", 0.0, 0.0), at("db", 200.0, 0.0)];
    let mut b = View::new("b", ViewKind::System, "B");
    b.placements = vec![at("db", 0.0, 0.0)];
    let mut teams = View::new("teams", ViewKind::Org, "Teams");
    teams.placements = vec![at("team", 0.0, 0.0)];
    ws.views = vec![a, b, teams];
    ws
}

fn elements(ids: &[&str]) -> Option<Selection> {
    Some(Selection::Elements(
        ids.iter().map(|id| (*id).into()).collect(),
    ))
}

#[test]
fn shift_click_adds_then_removes_and_an_empty_selection_is_none() {
    let one = toggled(None, "api".into());
    assert_eq!(one, elements(&["api"]));
    let two = toggled(one.as_ref(), "db".into());
    assert_eq!(two, elements(&["api", "db"]));
    assert_eq!(toggled(two.as_ref(), "api".into()), elements(&["db"]));
    assert_eq!(toggled(one.as_ref(), "api".into()), None);
    let decision = Selection::Decision("d".into());
    assert_eq!(toggled(Some(&decision), "api".into()), elements(&["api"]));
}

#[test]
fn a_marquee_takes_what_lies_wholly_inside_and_shift_keeps_the_rest() {
    let ws = workspace();
    let view = "a".into();
    // Covers api (0..100) wholly and db (200..300) only in part.
    assert_eq!(
        marquee(&ws, &view, (-10.0, -10.0, 250.0, 100.0), None, false),
        elements(&["api"])
    );
    let db = elements(&["db"]);
    assert_eq!(
        marquee(&ws, &view, (-10.0, -10.0, 150.0, 100.0), db.as_ref(), true),
        elements(&["db", "api"])
    );
    assert_eq!(
        marquee(&ws, &view, (-10.0, -10.0, 150.0, 100.0), db.as_ref(), false),
        elements(&["api"])
    );
    // Already selected elements are not listed twice; an empty marquee clears.
    let both = elements(&["api", "db"]);
    assert_eq!(
        marquee(
            &ws,
            &view,
            (-10.0, -10.0, 400.0, 100.0),
            both.as_ref(),
            true
        ),
        both
    );
    assert_eq!(
        marquee(&ws, &view, (500.0, 500.0, 600.0, 600.0), None, false),
        None
    );
}

#[test]
fn the_other_pane_highlights_owners_and_what_teams_own() {
    let ws = workspace();
    assert_eq!(
        cross_highlight(&ws, &["api".into()]),
        vec![Id::from("team")]
    );
    assert_eq!(
        cross_highlight(&ws, &["team".into()]),
        vec![Id::from("api")]
    );
    assert!(cross_highlight(&ws, &["db".into(), "gone".into()]).is_empty());
}

#[test]
fn elements_are_shown_in_the_pane_of_their_side() {
    let ws = workspace();
    assert_eq!(pane_showing(&ws, &"team".into()), ViewKind::Org);
    assert_eq!(pane_showing(&ws, &"db".into()), ViewKind::System);
}

#[test]
fn a_selection_survives_a_reload_only_if_all_of_it_is_still_there() {
    let ws = workspace();
    assert!(Selection::Elements(vec!["api".into(), "db".into()]).survives_in(&ws));
    assert!(!Selection::Elements(vec!["api".into(), "gone".into()]).survives_in(&ws));
    assert!(!Selection::Decision("gone".into()).survives_in(&ws));
    assert!(!Selection::Relationship("gone".into()).survives_in(&ws));
}

#[test]
fn opening_keeps_a_panes_view_only_if_it_is_still_a_view_of_its_kind() {
    let ws = workspace();
    let b = Id::from("b");
    assert_eq!(view_after_open(&ws, ViewKind::System, Some(&b)), Some(b));
    assert_eq!(
        view_after_open(&ws, ViewKind::System, Some(&"gone".into())),
        Some("a".into())
    );
    // A system pane never keeps an organisation view.
    assert_eq!(
        view_after_open(&ws, ViewKind::System, Some(&"teams".into())),
        Some("a".into())
    );
    assert_eq!(
        view_after_open(&Workspace::new("Empty"), ViewKind::Org, None),
        None
    );
}

#[test]
fn revealing_switches_only_when_nothing_wanted_is_in_sight() {
    let ws = workspace();
    let db = [Id::from("db")];
    let api = [Id::from("api")];
    // b shows db already: stay.
    assert_eq!(
        view_revealing(&ws, ViewKind::System, Some(&"b".into()), &db),
        None
    );
    // b does not show api: go to the view that does.
    assert_eq!(
        view_revealing(&ws, ViewKind::System, Some(&"b".into()), &api),
        Some("a".into())
    );
    // Ties go to the earlier view; nothing shown anywhere: stay.
    assert_eq!(
        view_revealing(&ws, ViewKind::System, None, &db),
        Some("a".into())
    );
    assert_eq!(
        view_revealing(&ws, ViewKind::System, None, &["gone".into()]),
        None
    );
}

fn framing(bounds: Option<Rect>) -> Framing {
    Framing {
        screen: (800.0, 600.0),
        bounds,
        clear: Default::default(),
    }
}

#[test]
fn a_pane_fits_its_view_and_starts_an_empty_one_at_the_origin() {
    let empty = framing(None);
    assert!(empty.ready());
    assert_eq!(empty.fit(), Camera::default());
    let unmeasured = Framing {
        screen: (0.0, 0.0),
        bounds: None,
        clear: Default::default(),
    };
    assert!(!unmeasured.ready());
    let wide = framing(Some(Rect {
        x: 0.0,
        y: 0.0,
        width: 1472.0,
        height: 100.0,
    }));
    let fitted = wide.fit();
    // 800 wide less the margin on both sides, over 1472 canvas units.
    assert!((fitted.zoom - (800.0 - 2.0 * FIT_PADDING) / 1472.0).abs() < 1e-9);
    assert_eq!(wide.zoom(Camera::default(), ZoomAction::Fit), fitted);
}

#[test]
fn zooming_keeps_the_panes_centre_where_it_is() {
    let f = framing(None);
    let camera = Camera {
        x: 40.0,
        y: -20.0,
        zoom: 0.5,
    };
    let centre = camera.to_canvas(400.0, 300.0);
    for action in [ZoomAction::In, ZoomAction::Out, ZoomAction::Reset] {
        let after = f.zoom(camera, action);
        let (x, y) = after.to_canvas(400.0, 300.0);
        assert!((x - centre.0).abs() < 1e-9 && (y - centre.1).abs() < 1e-9);
    }
    assert!((f.zoom(camera, ZoomAction::In).zoom - 0.5 * ZOOM_STEP).abs() < 1e-9);
    assert_eq!(f.zoom(camera, ZoomAction::Reset).zoom, 1.0);
}

#[test]
fn a_search_result_is_centred_at_a_readable_zoom() {
    let f = framing(None);
    let far = Camera {
        x: 0.0,
        y: 0.0,
        zoom: 0.2,
    };
    let centred = f.centre_on(far, (1000.0, 500.0));
    assert_eq!(centred.zoom, 0.75);
    assert_eq!(centred.to_canvas(400.0, 300.0), (1000.0, 500.0));
    let close = Camera { zoom: 2.0, ..far };
    assert_eq!(f.centre_on(close, (0.0, 0.0)).zoom, 2.0);
}
