//! Older files are upgraded: what each migration adds, and that version 2's
//! additions (reviews, resolutions, principle references, guidance) are read
//! with errors that say where.

use serde_json::json;

use crate::{read, write};
use conway_model::*;

fn fixture(version: u32) -> String {
    let path = super::repo_file(&format!("tests/fixtures/v{version}.conway.json"));
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_version_1_file_remembers_its_highest_decision_number() {
    let ws = read(&fixture(1)).unwrap();
    let highest = ws.decisions.iter().map(|d| d.number).max().unwrap();
    assert_eq!(ws.last_decision_number, highest);
    assert!(ws.guidance.is_default());
    assert!(ws.decisions.iter().all(|d| d.review.is_empty()));
    // Written again, it is a version 2 file.
    assert!(write(&ws).contains("\"version\": 2"));
}

#[test]
fn a_version_1_file_without_decisions_migrates_to_an_empty_log() {
    let text = json!({"format": "conway-workspace", "version": 1, "name": "Empty"}).to_string();
    let ws = read(&text).unwrap();
    assert_eq!(ws.last_decision_number, 0);
    assert_eq!(ws.next_decision_number(), 1);
}

#[test]
fn a_version_2_file_keeps_reviews_principles_guidance_and_the_counter() {
    let ws = read(&fixture(2)).unwrap();
    assert_eq!(ws.last_decision_number, 14);
    assert_eq!(ws.next_decision_number(), 15);
    let cell = Category {
        reversibility: Reversibility::CostlyToReverse,
        scope: Scope::OneTeam,
    };
    assert_eq!(ws.guidance.get(cell).consult, "Developer Platform");
    let rfc = ws.decisions.iter().find(|d| d.number == 11).unwrap();
    assert_eq!(rfc.review.comments.len(), 2);
    assert!(rfc.review.review_by.is_some());
    assert!(ws
        .decisions
        .iter()
        .flat_map(|d| &d.principles)
        .any(|r| r.stance == Stance::DepartsFrom && !r.justification.is_empty()));
    assert!(ws
        .decisions
        .iter()
        .any(|d| !d.deprecation_reason.is_empty()));
    assert!(ws.decisions.iter().any(|d| d.resolution.is_some()));
}

fn refusal(change: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut file: serde_json::Value = serde_json::from_str(&fixture(2)).unwrap();
    change(&mut file);
    match read(&file.to_string()) {
        Ok(_) => panic!("file was accepted"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn version_2_additions_that_are_wrong_say_where() {
    let twice = refusal(|f| {
        let cell = f["guidance"][0].clone();
        f["guidance"].as_array_mut().unwrap().push(cell);
    });
    assert!(
        twice.contains("guidance[1]") && twice.contains("given twice"),
        "{twice}"
    );
    let bad_date = refusal(|f| f["decisions"][10]["review"]["review_by"] = json!("next week"));
    assert!(
        bad_date.contains("decisions[10]") && bad_date.contains("review_by"),
        "{bad_date}"
    );
    let ghost = refusal(|f| f["decisions"][0]["principles"][0]["principle"] = json!("ghost"));
    assert!(
        ghost.contains("decisions[0]") && ghost.contains("principle \"ghost\""),
        "{ghost}"
    );
    let stance = refusal(|f| f["decisions"][0]["principles"][0]["stance"] = json!("ignores"));
    assert!(
        stance.contains("decisions[0].principles[0].stance"),
        "{stance}"
    );
}
