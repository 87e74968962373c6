//! Generated decisions with awkward text survive export, zip and import
//! exactly; any text or bytes import or fail cleanly, never panic, and what
//! imports applies to a sound workspace; file names are safe for any title.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::names::{named, Named};
use super::strategies::{line, workspace};
use super::tests::{applied, emptied};
use super::*;
use conway_model::sample::sample_workspace;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_logs_round_trip_exactly(ws in workspace()) {
        prop_assert_eq!(ws.problems(), vec![]);
        let files = read_archive(&zip(&export(&ws))).expect("reads its own zip");
        let target = emptied(&ws);
        let fresh = import(&target, &files).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(&fresh.warnings, &vec![]);
        prop_assert_eq!(&applied(&target, &fresh).decisions, &ws.decisions);
        let again = import(&ws, &files).unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!((again.added, again.updated), (0, ws.decisions.len()));
        prop_assert_eq!(&applied(&ws, &again), &ws);
    }

    #[test]
    fn any_text_imports_soundly_or_fails_naming_the_file(
        front in proptest::option::of(vec(prop_oneof![
            select(vec!["status: accepted", "date: 2024-01-01", "decision-makers: [a, b]",
                        "conway:", "  id: x", "  links: [el-1]", "  relations:",
                        "    - {kind: amends, decision: 2}", "  review:", "    comments:",
                        "      - {author: a, text: b}"]).prop_map(String::from),
            line(),
        ], 0..6)),
        body in vec(prop_oneof![
            select(vec!["# Title", "## Context and Problem Statement", "## Considered Options",
                        "## Decision Outcome", "### Consequences", "### Confirmation",
                        "## Pros and Cons of the Options", "### A", "* A", "* Good, because g",
                        "* Bad, because b", "Status: superseded by ADR-0002", "## More Information",
                        ""]).prop_map(String::from),
            line(),
        ], 0..12),
        number in 1u32..4,
    ) {
        let text = match front {
            Some(f) => format!("---\n{}\n---\n{}", f.join("\n"), body.join("\n")),
            None => body.join("\n"),
        };
        let ws = emptied(&sample_workspace());
        let path = format!("docs/decisions/{number:04}-x.md");
        match import(&ws, &[MadrFile { path: path.clone(), text }]) {
            Ok(import) => { applied(&ws, &import); }
            Err(e) => prop_assert_eq!(e.path, Some(path)),
        }
    }

    #[test]
    fn any_bytes_read_as_an_archive_or_fail(bytes in vec(any::<u8>(), 0..400), at in any::<usize>(), to in any::<u8>()) {
        let _ = read_archive(&bytes);
        let mut zipped = zip(&export(&sample_workspace()));
        let i = at % zipped.len();
        zipped[i] = to;
        if let Ok(files) = read_archive(&zipped) {
            let _ = import(&emptied(&sample_workspace()), &files);
        }
    }

    #[test]
    fn file_names_are_safe_for_any_title(title in "\\PC{0,80}|[ -~]{0,200}", number in 1u32..100_000) {
        let path = decision_path(number, &title);
        let name = path.strip_prefix("docs/decisions/").expect("in the folder");
        prop_assert!(name.len() <= 60 + 11, "{}", name);
        prop_assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'));
        prop_assert!(!name.contains("..") && !name.contains("--") && !name.contains("-."), "{}", name);
        prop_assert_eq!(named(&path), Named::Decision(number));
    }
}
