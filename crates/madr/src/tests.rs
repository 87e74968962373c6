//! The decision log survives a MADR folder exactly (through a zip or as loose
//! files); imports match by number, keep ids, resolve relations and report
//! what they drop; file names and the index are what MADR tools expect.

use super::*;
use conway_edit::{apply, DecisionCommand};
use conway_model::sample::sample_workspace;
use conway_model::*;

/// Applies an import's commands in order, as the app will, and checks the
/// workspace stays sound.
pub(super) fn applied(ws: &Workspace, import: &Import) -> Workspace {
    let mut ws = ws.clone();
    for command in import.commands.clone() {
        apply(&mut ws, command).unwrap_or_else(|e| panic!("refused: {e}"));
    }
    assert_eq!(ws.problems(), vec![]);
    ws
}

pub(super) fn emptied(ws: &Workspace) -> Workspace {
    Workspace {
        decisions: Vec::new(),
        last_decision_number: ws.next_decision_number() - 1,
        ..ws.clone()
    }
}

fn file(files: &[MadrFile], number: u32) -> &MadrFile {
    let prefix = format!("{DECISIONS_FOLDER}/{number:04}-");
    files
        .iter()
        .find(|f| f.path.starts_with(&prefix))
        .expect("exported")
}

pub(super) fn md(path: &str, text: &str) -> MadrFile {
    MadrFile {
        path: path.into(),
        text: text.into(),
    }
}

#[test]
fn the_sample_log_round_trips_through_a_zip_into_an_empty_log() {
    let ws = sample_workspace();
    let files = read_archive(&zip(&export(&ws))).expect("reads its own zip");
    assert_eq!(files, export(&ws));
    let target = emptied(&ws);
    let import = import(&target, &files).expect("imports");
    assert_eq!(import.warnings, vec![]);
    assert_eq!(
        (import.added, import.updated, import.skipped),
        (ws.decisions.len(), 0, 1)
    );
    let result = applied(&target, &import);
    assert_eq!(result.decisions, ws.decisions);
    assert_eq!(result.last_decision_number, target.last_decision_number);
}

#[test]
fn importing_into_the_same_log_updates_every_decision_and_adds_none() {
    let ws = sample_workspace();
    let import = import(&ws, &export(&ws)).expect("imports");
    assert_eq!((import.added, import.updated), (0, ws.decisions.len()));
    assert_eq!(import.warnings, vec![]);
    assert!(matches!(
        import.commands.as_slice(),
        [Command::Decision(DecisionCommand::Update { .. })]
    ));
    assert_eq!(applied(&ws, &import), ws);
}

#[test]
fn loose_files_picked_at_once_import_without_a_zip() {
    let ws = sample_workspace();
    let picked: Vec<MadrFile> = export(&ws)
        .into_iter()
        .filter(|f| [3, 5].iter().any(|n| f.path.contains(&format!("/{n:04}-"))))
        .map(|f| md(names::file_name(&f.path), &f.text))
        .collect();
    let mut target = ws.clone();
    target.decisions.retain(|d| d.number != 5);
    let import = import(&target, &picked).expect("imports");
    assert_eq!((import.added, import.updated, import.skipped), (1, 1, 0));
    assert_eq!(applied(&target, &import).decisions, ws.decisions);
}

#[test]
fn a_decision_file_is_madr_4_with_conways_fields_under_one_key() {
    let ws = sample_workspace();
    let files = export(&ws);
    let d = ws.decisions.iter().find(|d| d.number == 12).unwrap();
    let text = &file(&files, 12).text;
    assert!(text.starts_with("---\nstatus: proposed\n"), "{text}");
    let front = text.split("\n---\n").next().unwrap();
    for key in ["\ndecision-makers:\n", "\nconway:\n  id: ", "\n  review:\n"] {
        assert!(front.contains(key), "{key} missing in {front}");
    }
    assert!(text.contains(&format!("\n---\n\n# {}\n", d.title)));
    let order = [
        "## Context and Problem Statement",
        "## Decision Drivers",
        "## Considered Options",
        "## Decision Outcome",
        "### Consequences",
        "## Pros and Cons of the Options",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|h| text.find(&format!("\n{h}\n")).expect(h))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.contains("\n* Good, because "));
    // Empty sections are left out.
    let bare = Decision::new("x", 1, "Bare");
    let only = export(&Workspace {
        decisions: vec![bare],
        ..Workspace::default()
    });
    assert_eq!(
        only[0].text,
        "---\nstatus: proposed\nconway:\n  id: x\n---\n\n# Bare\n"
    );
}

#[test]
fn the_index_lists_every_decision_with_a_link_status_and_date() {
    let ws = sample_workspace();
    let files = export(&ws);
    let index = &files.last().unwrap();
    assert_eq!(index.path, "docs/decisions/README.md");
    for d in &ws.decisions {
        let name = names::file_name(&file(&files, d.number).path).to_string();
        let row = index
            .text
            .lines()
            .find(|l| l.starts_with(&format!("| {} |", d.reference())))
            .expect("a row per decision");
        assert!(row.contains(&format!("]({name})")), "{row}");
        assert!(row.contains(&format!(
            "| {} |",
            vocabulary::word(&vocabulary::STATUSES, d.status)
        )));
        if let Some(date) = d.date {
            assert!(row.contains(&date.to_string()));
        }
    }
    assert_eq!(files.len(), ws.decisions.len() + 1);
}

#[test]
fn file_names_are_numbered_lowercase_ascii_slugs() {
    assert_eq!(
        decision_path(7, "Use Postgres (v16) for Orders!"),
        "docs/decisions/0007-use-postgres-v16-for-orders.md"
    );
    assert_eq!(
        decision_path(12345, "Événements façade"),
        "docs/decisions/12345-evenements-facade.md"
    );
    assert_eq!(slug("../../etc/passwd\0"), "etc-passwd");
    assert_eq!(slug("日本語 🚀"), "decision");
    let long = slug(&"word ".repeat(40));
    assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
}

#[test]
fn front_matter_strings_read_back_exactly_whatever_their_characters() {
    let mut texts: Vec<String> = (0u32..0x3000)
        .chain(0xfe00..0x1_0000)
        .chain([0x1_F600, 0x10_FFFF])
        .filter_map(char::from_u32)
        .flat_map(|c| [format!("{c}"), format!("a{c} b"), format!("{c}\nline\n")])
        .collect();
    texts.extend(
        [
            "yes",
            "0o17",
            "- x",
            "a\n\nb\n",
            "x\n\n",
            " lead\nx",
            "a \nb",
            "\n",
            "#\n---\n...",
        ]
        .map(String::from),
    );
    let mut out = yaml_out::YamlOut::default();
    out.list(0, "texts", &texts);
    let yaml = yaml_in::load(&out.finish(), 0).expect("valid YAML");
    assert_eq!(yaml_in::texts(&yaml["texts"], "texts").unwrap(), texts);
}
