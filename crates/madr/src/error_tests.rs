//! Malformed files and archives are refused with a message that names the
//! file and what is wrong in it; zip bombs are refused before they unpack.

use rawzip::CompressionMethod;

use super::tests::emptied;
use super::*;
use conway_model::sample::sample_workspace;

const PATH: &str = "docs/decisions/0007-x.md";

fn refused(text: &str) -> String {
    let ws = emptied(&sample_workspace());
    let file = MadrFile {
        path: PATH.into(),
        text: text.into(),
    };
    let error = import(&ws, &[file]).expect_err("refused");
    assert_eq!(error.path.as_deref(), Some(PATH));
    error.to_string()
}

fn archive_of(entries: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    archive::write(entries, method).expect("written")
}

#[test]
fn a_bad_date_names_the_file_the_key_and_the_value() {
    assert_eq!(
        refused("---\ndate: next week\n---\n# X\n"),
        "docs/decisions/0007-x.md: front matter: date \"next week\" is not YYYY-MM-DD"
    );
    assert!(
        refused("---\nconway:\n  review:\n    review-by: 2024-02-30\n---\n# X\n")
            .ends_with("front matter: conway.review.review-by \"2024-02-30\" is not YYYY-MM-DD")
    );
    assert!(refused("# X\n\nDate: soon\n").contains("\"Date:\" line: date \"soon\""));
}

#[test]
fn an_unknown_status_or_word_lists_the_choices() {
    assert_eq!(
        refused("---\nstatus: maybe\n---\n# X\n"),
        "docs/decisions/0007-x.md: front matter: status \"maybe\" is not one of proposed, \
         accepted, rejected, deprecated or superseded"
    );
    assert!(refused("# X\n\nStatus: pending\n").contains("\"Status:\" line: status \"pending\""));
    let text =
        "---\nconway:\n  category:\n    reversibility: sideways\n    scope: one-team\n---\n# X\n";
    assert!(refused(text).contains(
        "conway.category.reversibility \"sideways\" is not one of two-way-door, costly-to-reverse or one-way-door"
    ));
    let text = "---\nconway:\n  relations:\n    - kind: amends\n      decision: soon\n---\n# X\n";
    assert!(
        refused(text).contains("conway.relations[0].decision \"soon\" is not a decision number")
    );
}

#[test]
fn bad_yaml_says_where() {
    let message = refused("---\nstatus: accepted\ndate: [2024\n---\n# X\n");
    assert!(
        message.starts_with("docs/decisions/0007-x.md: front matter: not valid YAML: "),
        "{message}"
    );
    assert!(message.contains("line "), "{message}");
    let message = refused("---\nstatus: accepted\n  bad: indent\n---\n# X\n");
    assert!(message.contains("at line 3 "), "{message}");
    assert!(refused("---\n- a\n- b\n---\n# X\n").contains("front matter: must be a mapping"));
    assert!(refused("---\nstatus: accepted\n# X\n").contains("no closing --- line"));
    assert!(refused("---\nconsulted: {a: b}\n---\n# X\n").contains("consulted must be text"));
    assert!(refused("---\nstatus: a\nstatus: b\n---\n# X\n")
        .ends_with("front matter: line 3: key \"status\" is given twice"));
}

#[test]
fn yaml_that_could_expand_without_bound_is_refused() {
    let bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n---\n# X\n";
    assert!(refused(bomb).contains("aliases (*name) are not supported"));
    let deep = format!("---\nk: {}{}\n---\n# X\n", "[".repeat(100), "]".repeat(100));
    assert!(refused(&deep).contains("nested more than 16 levels deep"));
}

#[test]
fn a_file_without_a_title_or_with_a_duplicate_number_is_refused() {
    assert_eq!(
        refused("---\nstatus: accepted\n---\n\n## Context and Problem Statement\n\nx\n"),
        "docs/decisions/0007-x.md: no title (a first-level heading \"# …\")"
    );
    assert!(refused("#    \n").ends_with("the title is empty"));
    let ws = emptied(&sample_workspace());
    let twice = [
        MadrFile {
            path: "a/0007-a.md".into(),
            text: "# A\n".into(),
        },
        MadrFile {
            path: PATH.into(),
            text: "# B\n".into(),
        },
    ];
    assert_eq!(
        import(&ws, &twice).unwrap_err().to_string(),
        "docs/decisions/0007-x.md: decision number 7 is also the number of a/0007-a.md"
    );
}

#[test]
fn bytes_that_are_not_a_zip_are_refused() {
    for bytes in [&b""[..], b"PK\x03\x04 not really", b"# A markdown file\n"] {
        let error = read_archive(bytes).unwrap_err();
        assert_eq!(error.path, None);
        assert!(
            error.message.starts_with("this is not a zip archive"),
            "{error}"
        );
    }
    let latin1 = archive_of(&[("0001-x.md", b"# Caf\xe9\n")], CompressionMethod::STORE);
    assert_eq!(
        read_archive(&latin1).unwrap_err().to_string(),
        "0001-x.md: is not UTF-8 text"
    );
}

#[test]
fn zip_bombs_are_refused_by_entry_count_entry_size_and_total_size() {
    let many: Vec<(String, &[u8])> = (0..=MAX_ENTRIES)
        .map(|i| (format!("f{i}.txt"), &b""[..]))
        .collect();
    let many: Vec<(&str, &[u8])> = many.iter().map(|(n, d)| (n.as_str(), *d)).collect();
    let error = read_archive(&archive_of(&many, CompressionMethod::STORE)).unwrap_err();
    assert!(
        error.message.contains("2001 entries; the limit is 2000"),
        "{error}"
    );

    let zeros = vec![b'a'; MAX_FILE_BYTES + 1];
    let bomb = archive_of(&[("0001-x.md", &zeros)], CompressionMethod::DEFLATE);
    assert!(bomb.len() < 10_000, "deflate squeezes it");
    let error = read_archive(&bomb).unwrap_err();
    assert_eq!(error.path.as_deref(), Some("0001-x.md"));
    assert!(error.message.contains("1 MB"), "{error}");

    let big = vec![b'a'; MAX_FILE_BYTES];
    let names: Vec<String> = (0..21).map(|i| format!("{i:04}-x.md")).collect();
    let entries: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &big[..])).collect();
    let error = read_archive(&archive_of(&entries, CompressionMethod::DEFLATE)).unwrap_err();
    assert!(error.message.contains("20 MB"), "{error}");
    // Other files, however large, are not read.
    let other = archive_of(
        &[("logo.png", &zeros), ("0001-x.md", b"# X\n")],
        CompressionMethod::DEFLATE,
    );
    assert_eq!(read_archive(&other).unwrap().len(), 1);
}

#[test]
fn loose_files_meet_the_same_limits() {
    let ws = emptied(&sample_workspace());
    let big = MadrFile {
        path: "0001-big.md".into(),
        text: "a".repeat(MAX_FILE_BYTES + 1),
    };
    let error = import(&ws, &[big]).unwrap_err();
    assert_eq!(error.path.as_deref(), Some("0001-big.md"));
    let many = vec![
        MadrFile {
            path: "x.md".into(),
            text: String::new()
        };
        MAX_ENTRIES + 1
    ];
    assert_eq!(import(&ws, &many).unwrap_err().path, None);
}

#[test]
fn directories_other_files_and_macos_copies_are_passed_over() {
    let bytes = archive_of(
        &[
            ("docs/decisions/", b""),
            ("docs/decisions/0001-x.md", b"# X\n"),
            ("docs/decisions/diagram.svg", b"<svg/>"),
            ("__MACOSX/docs/decisions/._0001-x.md", b"\x00\x05\x16\x07"),
            ("docs/decisions/NOTES.MD", b"# Notes\n"),
        ],
        CompressionMethod::DEFLATE,
    );
    let files = read_archive(&bytes).unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(
        paths,
        ["docs/decisions/0001-x.md", "docs/decisions/NOTES.MD"]
    );
}

#[test]
fn a_file_at_the_size_limit_of_many_small_parts_imports_promptly() {
    let ws = emptied(&sample_workspace());
    let mut text = String::from("# Many parts\n\n## Considered Options\n\n");
    text.push_str(&"* same\n".repeat(20_000));
    text.push_str("\n## Pros and Cons of the Options\n\n");
    text.push_str(&"### same\n\n* Good, because g\n".repeat(10_000));
    text.push_str(&"## More\n\nx\n".repeat(20_000));
    text.truncate(MAX_FILE_BYTES);
    let started = std::time::Instant::now();
    let import = import(
        &ws,
        &[MadrFile {
            path: PATH.into(),
            text,
        }],
    )
    .expect("imports");
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    let messages: Vec<&str> = import.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "20000 sections with no place in Conway (\"More\") kept at the end of the decision outcome",
            "the decision outcome was 239998 characters long; cut to the limit of 100000"
        ]
    );
}
