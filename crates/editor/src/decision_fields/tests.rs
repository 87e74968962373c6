use super::*;
use conway_model::{Element, ElementKind, RelationKind, Relationship, RelationshipKind, Workspace};
use proptest::prelude::*;

fn decision() -> Decision {
    Decision::new("d1", 1, "Use Postgres")
}

#[test]
fn lists_are_read_one_per_line_or_comma_separated_without_blanks() {
    assert_eq!(lines("  fast \n\n cheap  \n"), vec!["fast", "cheap"]);
    assert_eq!(names(" Ana, ,Bo ,"), vec!["Ana", "Bo"]);
    let mut d = decision();
    set(&mut d, Field::Deciders, "Ana, Bo");
    set(&mut d, Field::Drivers, "latency\n\ncost");
    assert_eq!(d.deciders, vec!["Ana", "Bo"]);
    assert_eq!(d.drivers, vec!["latency", "cost"]);
    assert_eq!(text(&d, Field::Deciders), "Ana, Bo");
    assert_eq!(text(&d, Field::Drivers), "latency\ncost");
}

#[test]
fn a_blank_title_keeps_the_old_one_and_a_bad_date_clears_it() {
    let mut d = decision();
    set(&mut d, Field::Title, "   ");
    assert_eq!(d.title, "Use Postgres");
    set(&mut d, Field::Title, "  Use MySQL ");
    assert_eq!(d.title, "Use MySQL");
    set(&mut d, Field::Date, "2026-12-03");
    assert_eq!(text(&d, Field::Date), "2026-12-03");
    set(&mut d, Field::Date, "tomorrow");
    assert_eq!(d.date, None);
}

#[test]
fn a_category_needs_both_axes_and_choosing_one_keeps_the_other() {
    let mut d = decision();
    set_category(&mut d, None, Some(Scope::OneTeam));
    let c = d.category.expect("a category");
    assert_eq!(c.reversibility, Reversibility::TwoWayDoor);
    set_category(&mut d, Some(Reversibility::OneWayDoor), Some(c.scope));
    assert_eq!(
        d.category.map(|c| (c.reversibility, c.scope)),
        Some((Reversibility::OneWayDoor, Scope::OneTeam))
    );
    set_category(&mut d, None, None);
    assert_eq!(d.category, None);
}

#[test]
fn options_are_added_by_place_edited_and_removed_only_where_they_are() {
    let mut d = decision();
    add_option(&mut d);
    add_option(&mut d);
    assert_eq!(d.options[1].name, "Option 2");
    set_option(&mut d, 0, OptionField::Name, "  Postgres ");
    set_option(&mut d, 0, OptionField::Pros, "mature\n\nSQL");
    assert_eq!(d.options[0].name, "Postgres");
    assert_eq!(d.options[0].pros, vec!["mature", "SQL"]);
    let before = d.clone();
    set_option(&mut d, 7, OptionField::Name, "nowhere");
    remove_option(&mut d, 7);
    assert_eq!(d, before);
    remove_option(&mut d, 0);
    assert_eq!(d.options.len(), 1);
    assert_eq!(d.options[0].name, "Option 2");
}

#[test]
fn a_relation_is_added_once_never_to_itself_and_removed_by_kind() {
    let mut d = decision();
    add_relation(&mut d, RelationKind::Amends, "d2".into());
    add_relation(&mut d, RelationKind::Amends, "d2".into());
    add_relation(&mut d, RelationKind::RelatesTo, "d2".into());
    add_relation(&mut d, RelationKind::Amends, "d1".into());
    assert_eq!(d.relations.len(), 2);
    remove_relation(&mut d, RelationKind::Amends, &"d2".into());
    assert_eq!(d.relations.len(), 1);
    assert_eq!(d.relations[0].kind, RelationKind::RelatesTo);
}

fn workspace() -> Workspace {
    let mut ws = Workspace::new("Links");
    ws.elements = vec![
        Element::new("web", ElementKind::Container, "web"),
        Element::new("api", ElementKind::Container, "API"),
    ];
    ws.relationships = vec![Relationship::new(
        "r1",
        RelationshipKind::Uses,
        "web",
        "api",
    )];
    let mut other = Decision::new("d2", 2, "Use REST");
    other.status = conway_model::DecisionStatus::Accepted;
    ws.decisions = vec![decision(), other];
    ws
}

#[test]
fn links_are_named_and_candidates_are_the_rest_sorted_by_name() {
    let ws = workspace();
    let mut d = decision();
    d.links = vec!["r1".into(), "gone".into()];
    assert_eq!(
        linked(&ws, &d),
        vec![
            ("r1".into(), "web → API".to_string()),
            ("gone".into(), "gone".to_string())
        ]
    );
    let names: Vec<String> = link_candidates(&ws, &d)
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(names, vec!["API", "web"]);
}

#[test]
fn relations_shown_leave_out_superseding_and_missing_decisions() {
    let ws = workspace();
    let mut d = decision();
    add_relation(&mut d, RelationKind::Amends, "d2".into());
    add_relation(&mut d, RelationKind::Supersedes, "d2".into());
    add_relation(&mut d, RelationKind::RelatesTo, "gone".into());
    let shown = relations_shown(&ws, &d);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].2, "Amends ADR-0002 Use REST");
}

proptest! {
    /// What a list field shows reads back to the same list.
    #[test]
    fn list_fields_read_back_what_they_show(items in proptest::collection::vec("[a-z][a-z ]{0,8}[a-z]", 0..5)) {
        for field in [Field::Drivers, Field::GoodConsequences, Field::Deciders] {
            let mut d = decision();
            set(&mut d, field, &items.join(if field == Field::Deciders { ", " } else { "\n" }));
            let shown = text(&d, field);
            let mut again = decision();
            set(&mut again, field, &shown);
            prop_assert_eq!(d, again);
        }
    }
}
