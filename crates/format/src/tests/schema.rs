//! The published JSON Schema matches the format types, and the sample conforms to it.

use crate::{read, schema, write, CURRENT_VERSION, MIGRATIONS};

const SCHEMA_PATH: &str = "public/schema/conway-workspace-v2.schema.json";

/// Set CONWAY_BLESS=1 to rewrite the committed schema and example after a deliberate change.
fn blessing() -> bool {
    std::env::var_os("CONWAY_BLESS").is_some()
}

fn committed(path: &str, generated: &str) -> String {
    let path = super::repo_file(path);
    if blessing() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, generated).unwrap();
    }
    std::fs::read_to_string(&path).unwrap_or_default()
}

#[test]
fn committed_schema_matches_the_format_types() {
    let generated = schema();
    assert!(
        committed(SCHEMA_PATH, &generated) == generated,
        "{SCHEMA_PATH} is stale: run CONWAY_BLESS=1 cargo test"
    );
}

#[test]
fn the_sample_conforms_to_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let sample: serde_json::Value =
        serde_json::from_str(&write(&conway_model::sample::sample_workspace())).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sample)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_downloadable_example_is_the_built_in_sample() {
    let generated = write(&conway_model::sample::sample_workspace());
    let path = "public/examples/northwind-retail.conway.json";
    assert!(
        committed(path, &generated) == generated,
        "{path} is stale: run CONWAY_BLESS=1 cargo test"
    );
}

#[test]
fn every_released_version_has_a_fixture_that_still_loads() {
    let fixtures = super::repo_file("tests/fixtures");
    for version in 1..=CURRENT_VERSION {
        let path = fixtures.join(format!("v{version}.conway.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing fixture {}", path.display()));
        if let Err(e) = read(&text) {
            panic!("fixture v{version} no longer loads: {e}");
        }
    }
}

#[test]
fn migrations_form_a_chain_up_to_the_current_version() {
    for (i, step) in MIGRATIONS.iter().enumerate() {
        assert_eq!(
            step.from,
            i as u32 + 1,
            "migration {} is out of order",
            step.name
        );
    }
    assert_eq!(MIGRATIONS.len() as u32, CURRENT_VERSION - 1);
}
