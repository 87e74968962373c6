//! Any valid workspace survives write → read unchanged, and writing is deterministic.

use proptest::prelude::*;

use super::generate;
use crate::{read, write};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_workspaces_are_valid(ws in generate::workspace()) {
        prop_assert_eq!(ws.problems(), vec![]);
    }

    #[test]
    fn round_trip_gives_an_equal_workspace_and_identical_bytes(ws in generate::workspace()) {
        let first = write(&ws);
        let back = read(&first).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &ws);
        prop_assert_eq!(write(&back), first);
    }

    #[test]
    fn arbitrary_text_never_panics_the_reader(text in ".{0,400}") {
        let _ = read(&text);
    }
}

#[test]
fn output_is_two_space_indented_with_a_trailing_newline() {
    let text = write(&conway_model::Workspace::new("Tiny"));
    assert!(
        text.starts_with(
            "{\n  \"format\": \"conway-workspace\",\n  \"version\": 2,\n  \"name\": \"Tiny\""
        ),
        "{text}"
    );
    assert!(text.ends_with("}\n"));
}

#[test]
fn the_sample_round_trips() {
    let ws = conway_model::sample::sample_workspace();
    let text = write(&ws);
    assert_eq!(read(&text), Ok(ws));
}

#[test]
fn file_names_follow_the_workspace_name() {
    let mut ws = conway_model::Workspace::new("Northwind Retail");
    assert_eq!(crate::file_name(&ws), "Northwind Retail.conway.json");
    ws.name = "a/b:c?".into();
    assert_eq!(crate::file_name(&ws), "a-b-c-.conway.json");
    ws.name = "  ..  ".into();
    assert_eq!(crate::file_name(&ws), "workspace.conway.json");
}
