//! Every way a file can be refused, each with a message that says what and where.

use serde_json::{json, Value};

use crate::{read, write, LoadError, MAX_FILE_BYTES};
use conway_model::*;

/// A small valid workspace touching every kind of reference.
fn base() -> Value {
    let mut ws = Workspace::new("Base");
    ws.concerns.push(Concern {
        id: "latency".into(),
        name: "Latency".into(),
        description: String::new(),
    });
    let mut team = Element::new("team-a", ElementKind::Team, "Checkout team");
    team.team_type = Some(TeamType::StreamAligned);
    let mut api = Element::new("api", ElementKind::Container, "Checkout API");
    api.owner = Some("team-a".into());
    let db = Element::new("db", ElementKind::DataStore, "Orders DB");
    ws.elements.extend([team, api, db]);
    ws.relationships
        .push(Relationship::new("r1", RelationshipKind::Uses, "api", "db"));
    let mut view = View::new("v1", ViewKind::System, "Containers");
    view.placements.push(Placement {
        element: "api".into(),
        x: 0.0,
        y: 0.0,
        width: 200.0,
        height: 100.0,
        pinned: false,
    });
    ws.views.push(view);
    let mut d = Decision::new("adr-1", 1, "Use PostgreSQL");
    d.links.push("api".into());
    ws.decisions.push(d);
    serde_json::from_str(&write(&ws)).unwrap()
}

/// Applies a change to the base file and returns the load error's message.
fn refusal(change: impl FnOnce(&mut Value)) -> String {
    let mut file = base();
    change(&mut file);
    let text = serde_json::to_string(&file).unwrap();
    match read(&text) {
        Ok(_) => panic!("file was accepted: {text}"),
        Err(e) => e.to_string(),
    }
}

fn assert_says(message: &str, expected: &str) {
    assert!(
        message.contains(expected),
        "expected {expected:?} in {message:?}"
    );
}

#[test]
fn the_base_file_loads() {
    assert!(read(&serde_json::to_string(&base()).unwrap()).is_ok());
}

#[test]
fn envelope_problems_each_have_their_own_message() {
    assert_says(
        &read("{ not json").unwrap_err().to_string(),
        "not a JSON file",
    );
    assert_says(
        &read("{ not json").unwrap_err().to_string(),
        "line 1, column 3",
    );
    assert_says(
        &read("[1, 2]").unwrap_err().to_string(),
        "top level must be an object",
    );
    assert_says(
        &refusal(|f| {
            f.as_object_mut().unwrap().remove("format");
        }),
        "has no \"format\" field",
    );
    assert_says(
        &refusal(|f| f["format"] = json!("excalidraw")),
        "its format is \"excalidraw\", expected \"conway-workspace\"",
    );
    assert_says(
        &refusal(|f| {
            f.as_object_mut().unwrap().remove("version");
        }),
        "has no \"version\" field",
    );
    assert_says(
        &refusal(|f| f["version"] = json!("one")),
        "version \"one\" is not a version",
    );
    assert_says(
        &refusal(|f| f["version"] = json!(0)),
        "version 0 is not a version",
    );
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let message = refusal(|f| f["version"] = json!(7));
    assert_says(&message, "version 7");
    assert_says(&message, "reads up to version 2");
    assert!(matches!(
        read(&serde_json::to_string(&json!({"format": "conway-workspace", "version": 3})).unwrap()),
        Err(LoadError::NewerVersion { found: 3 })
    ));
}

#[test]
fn size_is_checked_before_parsing() {
    let huge = " ".repeat(MAX_FILE_BYTES + 1);
    assert_eq!(
        read(&huge),
        Err(LoadError::TooLarge {
            bytes: MAX_FILE_BYTES + 1
        })
    );
    assert_says(
        &LoadError::TooLarge {
            bytes: MAX_FILE_BYTES + 1,
        }
        .to_string(),
        "The file is 20,000,001 bytes; Conway opens workspace files up to 20 MB (20,000,000 bytes).",
    );
}

#[test]
fn too_many_elements_are_refused_before_the_typed_parse() {
    let message =
        refusal(|f| f["elements"] = Value::Array(vec![json!(null); crate::MAX_ELEMENTS + 1]));
    assert_says(&message, "20001 elements; Conway opens up to 20000");
}

#[test]
fn shape_errors_name_the_json_path() {
    assert_says(
        &refusal(|f| f["elements"][1]["kind"] = json!("spaceship")),
        "elements[1].kind: unknown variant \"spaceship\"",
    );
    assert_says(
        &refusal(|f| f["elements"][1]["colour"] = json!("red")),
        "elements[1].colour: unknown field \"colour\", expected one of",
    );
    assert_says(
        &refusal(|f| f["views"][0]["placements"][0]["x"] = json!("left")),
        "views[0].placements[0].x: invalid type",
    );
    assert_says(
        &refusal(|f| f["elements"][0]["concerns"] = json!([{"concern": "latency", "weight": 300}])),
        "elements[0].concerns[0].weight",
    );
}

#[test]
fn dangling_references_say_which_record_and_field() {
    assert_says(
        &refusal(|f| f["elements"][1]["owner"] = json!("team-x")),
        "elements[1] \"Checkout API\": owner \"team-x\" does not exist",
    );
    assert_says(
        &refusal(|f| f["relationships"][0]["target"] = json!("nowhere")),
        "relationships[0]: target \"nowhere\" does not exist",
    );
    assert_says(
        &refusal(|f| f["views"][0]["placements"][0]["element"] = json!("ghost")),
        "views[0] \"Containers\": placements[0]: element \"ghost\" does not exist",
    );
    assert_says(&refusal(|f| f["decisions"][0]["links"] = json!(["ghost"])), "decisions[0] \"Use PostgreSQL\": links[0]: element or relationship \"ghost\" does not exist");
    assert_says(
        &refusal(|f| f["elements"][1]["parent"] = json!("db")),
        "parent \"db\" is a Data Store, which cannot contain a Container",
    );
    assert_says(
        &refusal(|f| f["elements"][2]["owner"] = json!("api")),
        "owner \"api\" is a Container, not a team",
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    assert_says(
        &refusal(|f| f["elements"][2]["id"] = json!("api")),
        "elements[2] \"Orders DB\": id \"api\" is already used by elements[1] \"Checkout API\"",
    );
    assert_says(
        &refusal(|f| f["decisions"][0]["id"] = json!("team-a")),
        "id \"team-a\" is already used by elements[0]",
    );
}

#[test]
fn absurd_numbers_are_refused() {
    assert_says(
        &refusal(|f| f["views"][0]["placements"][0]["x"] = json!(5e9)),
        "placements[0]: position (5000000000, 0) must be finite",
    );
    assert_says(
        &refusal(|f| f["views"][0]["placements"][0]["width"] = json!(0)),
        "size 0 × 100 must be 8 to 100000",
    );
    assert_says(&read("{\"format\":\"conway-workspace\",\"version\":1,\"name\":\"x\",\"views\":[{\"id\":\"v\",\"kind\":\"system\",\"name\":\"v\",\"placements\":[{\"element\":\"a\",\"x\":1e999,\"y\":0,\"width\":9,\"height\":9}]}]}").unwrap_err().to_string(), "not a JSON file");
}

#[test]
fn empty_names_and_over_long_texts_are_refused() {
    assert_says(
        &refusal(|f| f["elements"][1]["name"] = json!("  ")),
        "elements[1]: name is empty",
    );
    assert_says(
        &refusal(|f| f["elements"][1]["description"] = json!("x".repeat(5001))),
        "elements[1] \"Checkout API\": description is 5001 characters long; the limit is 5000",
    );
    assert_says(
        &refusal(|f| f["decisions"][0]["title"] = json!("")),
        "decisions[0]: title is empty",
    );
}

#[test]
fn kind_specific_fields_are_checked() {
    assert_says(
        &refusal(|f| {
            f["elements"][0]
                .as_object_mut()
                .unwrap()
                .remove("team_type");
        }),
        "a team needs a team type",
    );
    assert_says(
        &refusal(|f| f["relationships"][0]["kind"] = json!("collaboration")),
        "a Collaboration relationship cannot join a Container to a Data Store",
    );
    assert_says(
        &refusal(|f| f["relationships"][0]["starts"] = json!("2024-02-30")),
        "starts \"2024-02-30\" is not a date written YYYY-MM-DD",
    );
    assert_says(
        &refusal(|f| {
            f["decisions"][0]["relations"] = json!([{"kind": "supersedes", "target": "adr-1"}])
        }),
        "a decision cannot relate to itself",
    );
}

#[test]
fn many_problems_are_summarised() {
    let message = refusal(|f| {
        for i in 0..3 {
            f["elements"][i]["name"] = json!("");
        }
        f["elements"][1]["owner"] = json!("x");
        f["elements"][2]["owner"] = json!("y");
        f["relationships"][0]["source"] = json!("z");
    });
    assert_says(&message, "… and 1 more problems.");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_says(
        &read(&deep).unwrap_err().to_string(),
        "recursion limit exceeded",
    );
}
