//! Imports read MADR as other tools write it (MADR 2 status lines, `superseded
//! by`), keep what a file without Conway's key does not say, give ids that
//! clash with nothing, order relations so every command applies, and report
//! what they drop or cut, naming the file.

use super::tests::{applied, emptied, md};
use super::*;
use conway_edit::DecisionCommand;
use conway_model::sample::sample_workspace;
use conway_model::*;

#[test]
fn a_file_without_front_matter_reads_madr_2_status_lines() {
    let ws = emptied(&sample_workspace());
    let text = "# Use Markdown Any Decision Records\n\n* Status: Accepted\n* Deciders: Ana, Ben\n\
                * Date: 2020-05-01\n\nTechnical Story: #42\n\n## Context and Problem Statement\n\n\
                Which format?\n\n## Considered Options\n\n* MADR\n* Nygard\n\n## Decision Outcome\n\n\
                Chosen option: \"MADR\".\n\n### Positive Consequences\n\n* Structured\n\n\
                ### Negative Consequences\n\n* New format\n\n## Links\n\n* [ADR-0002](0002-x.md)\n";
    let imported = import(&ws, &[md("0001-use-madr.md", text)]).expect("imports");
    let result = applied(&ws, &imported);
    let d = &result.decisions[0];
    assert_eq!(d.status, DecisionStatus::Accepted);
    assert_eq!(d.deciders, ["Ana", "Ben"]);
    assert_eq!(d.date, Date::parse("2020-05-01"));
    assert_eq!(d.context, "Technical Story: #42\n\nWhich format?");
    assert_eq!(d.options.len(), 2);
    assert_eq!(d.good_consequences, ["Structured"]);
    assert_eq!(d.bad_consequences, ["New format"]);
    assert!(
        d.outcome.ends_with("## Links\n\n* [ADR-0002](0002-x.md)"),
        "{}",
        d.outcome
    );
    assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
    // No status at all: proposed.
    let bare = import(&ws, &[md("0002-x.md", "# X\n")]).unwrap();
    assert!(
        matches!(&bare.commands[0], Command::Decision(DecisionCommand::Add { decision, .. })
        if decision.status == DecisionStatus::Proposed && decision.id.as_str() == "adr-0002")
    );
}

#[test]
fn superseded_by_in_a_status_becomes_the_successors_relation() {
    let ws = emptied(&sample_workspace());
    let files = [
        md(
            "0001-old.md",
            "---\nstatus: superseded by [ADR-0002](0002-new.md)\n---\n# Old\n",
        ),
        md("0002-new.md", "---\nstatus: accepted\n---\n# New\n"),
    ];
    let result = applied(&ws, &import(&ws, &files).unwrap());
    let (old, new) = (&result.decisions[0], &result.decisions[1]);
    assert_eq!(old.status, DecisionStatus::Superseded);
    assert_eq!(
        new.relations,
        [DecisionRelation {
            kind: RelationKind::Supersedes,
            target: old.id.clone()
        }]
    );
}

#[test]
fn a_file_without_a_conway_key_keeps_conways_fields_of_the_decision_it_updates() {
    let ws = sample_workspace();
    let before = ws.decisions.iter().find(|d| !d.links.is_empty()).unwrap();
    let path = names::decision_path(before.number, "edited elsewhere");
    let text = "---\nstatus: accepted\ndate: 2026-01-02\n---\n\n# Edited elsewhere\n";
    let import = import(&ws, &[md(&path, text)]).unwrap();
    let after = applied(&ws, &import).decision(&before.id).unwrap().clone();
    assert_eq!(after.title, "Edited elsewhere");
    assert_eq!(
        (
            &after.links,
            &after.relations,
            &after.review,
            &after.principles
        ),
        (
            &before.links,
            &before.relations,
            &before.review,
            &before.principles
        )
    );
    assert_eq!(after.context, "");
}

#[test]
fn references_the_workspace_lacks_are_dropped_and_reported_by_file() {
    let ws = emptied(&sample_workspace());
    let text = "---\nconway:\n  id: adr-x\n  links: [el-nowhere]\n  concerns: [c-none]\n  \
                relations:\n    - kind: amends\n      decision: 99\n    - kind: relates-to\n      \
                decision: 3\n  principles:\n    - principle: p-none\n      stance: follows\n---\n# T\n";
    let import = import(&ws, &[md("docs/decisions/0003-t.md", text)]).unwrap();
    let messages: Vec<String> = import.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 5, "{messages:#?}");
    for part in ["el-nowhere", "c-none", "ADR-0099", "itself", "p-none"] {
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("docs/decisions/0003-t.md: ") && m.contains(part)),
            "{part}: {messages:#?}"
        );
    }
    let d = &applied(&ws, &import).decisions[0];
    assert!(d.links.is_empty() && d.relations.is_empty() && d.principles.is_empty());
    assert_eq!(d.id.as_str(), "adr-x");
}

#[test]
fn new_ids_avoid_every_id_in_the_workspace() {
    let ws = emptied(&sample_workspace());
    let taken = ws.elements[0].id.clone();
    let files = [
        md(
            "0001-a.md",
            &format!("---\nconway:\n  id: {taken}\n---\n# A\n"),
        ),
        md("0002-b.md", "---\nconway:\n  id: adr-0001\n---\n# B\n"),
    ];
    let import = import(&ws, &files).unwrap();
    let result = applied(&ws, &import);
    let ids: Vec<&str> = result.decisions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["adr-0001-2", "adr-0001"]);
    assert_eq!(import.warnings.len(), 1);
}

#[test]
fn relations_between_new_decisions_apply_in_any_order() {
    let ws = emptied(&sample_workspace());
    let files = [
        md(
            "0001-a.md",
            "---\nconway:\n  relations:\n    - {kind: relates-to, decision: 2}\n---\n# A\n",
        ),
        md(
            "0002-b.md",
            "---\nconway:\n  relations:\n    - {kind: relates-to, decision: 1}\n---\n# B\n",
        ),
    ];
    let result = applied(&ws, &import(&ws, &files).unwrap());
    assert_eq!(
        result.decisions[0].relations[0].target,
        result.decisions[1].id
    );
    assert_eq!(
        result.decisions[1].relations[0].target,
        result.decisions[0].id
    );
}

#[test]
fn texts_over_the_limits_are_cut_with_a_warning() {
    let ws = emptied(&sample_workspace());
    let text = format!(
        "# {}\n\n## Decision Drivers\n\n* {}\n",
        "T".repeat(MAX_NAME + 5),
        "d".repeat(MAX_SHORT_TEXT + 1)
    );
    let import = import(&ws, &[md("0001-long.md", &text)]).unwrap();
    assert_eq!(import.warnings.len(), 2, "{:?}", import.warnings);
    let d = &applied(&ws, &import).decisions[0];
    assert_eq!(d.title.chars().count(), MAX_NAME);
    assert_eq!(d.drivers[0].chars().count(), MAX_SHORT_TEXT);
}

#[test]
fn files_that_are_not_decision_records_are_skipped_and_counted() {
    let ws = emptied(&sample_workspace());
    let files = [
        md("docs/decisions/README.md", "# Index\n"),
        md("adr-template.md", "# {title}\n"),
        md("0000-use-madr.md", "# Meta\n"),
        md("docs\\decisions\\0004-x.md", "# X\n"),
    ];
    let import = import(&ws, &files).unwrap();
    assert_eq!((import.added, import.skipped), (1, 3));
    assert_eq!(import.warnings.len(), 1, "0000 is reported");
}

#[test]
fn plain_yaml_values_stay_the_text_they_were_written_as() {
    let ws = emptied(&sample_workspace());
    let text = "---\ndecision-makers: [0012, yes, 1e3, ~]\nconsulted: Ana, Ben\n---\n# X\n";
    let d = &applied(&ws, &import(&ws, &[md("0001-x.md", text)]).unwrap()).decisions[0];
    assert_eq!(d.deciders, ["0012", "yes", "1e3", ""]);
    assert_eq!(d.consulted, ["Ana", "Ben"]);
}
