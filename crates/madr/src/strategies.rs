//! Generators for the property tests: decisions whose texts trip YAML,
//! Markdown and line-based readers, with Conway's fields drawn from the
//! sample workspace. Test-only; it must never assert anything itself.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

use conway_model::sample::sample_workspace;
use conway_model::*;

/// Text that trips YAML, Markdown or a line-based reader.
const AWKWARD: &[&str] = &[
    "yes",
    "No",
    "null",
    "~",
    "true",
    "0012",
    "0o17",
    "1e3",
    ".inf",
    "- x",
    "---",
    "...",
    "# h",
    "#",
    "##",
    "## Decision Outcome",
    "### Consequences",
    "### Option A",
    "* Good, because x",
    " * Bad, because y",
    "- Neutral, because z",
    "* ",
    "*",
    "-",
    "  leading",
    "trailing  ",
    "  ",
    "a: b",
    ": ",
    " #c",
    "\"quoted\"",
    "'single'",
    "\\",
    "😀",
    "Zoë",
    "&a",
    "*b",
    "|",
    ">-",
    "%x",
    "@x",
    "!tag",
    "[x, y]",
    "{y: z}",
    "\t",
    "\r",
    "\u{7}",
    "\u{1b}",
    "\u{85}",
    "\u{2028}",
    "\u{feff}",
    "```",
    "Status: accepted",
    "<!-- c -->",
    "Chosen option: \"A\"",
    "ADR-0001",
    "",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(AWKWARD).prop_map(String::from),
        1 => "[ -~]{0,12}",
        1 => "\\PC{0,6}",
    ]
}

/// One line: no line breaks.
pub(super) fn line() -> impl Strategy<Value = String> {
    vec(piece(), 0..3).prop_map(|p| p.concat().replace(['\n', '\r'], ""))
}

/// Markdown of several lines, blank ones and edge newlines included.
fn markdown() -> impl Strategy<Value = String> {
    vec(vec(piece(), 0..3).prop_map(|p| p.concat()), 0..5).prop_map(|l| l.join("\n"))
}

fn title() -> impl Strategy<Value = String> {
    line().prop_map(|t| {
        if t.trim().is_empty() {
            format!("T{t}")
        } else {
            t
        }
    })
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of((1900u16..2999, 1u8..13, 1u8..29).prop_map(|(y, m, d)| Date::new(y, m, d)))
        .prop_map(Option::flatten)
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(markdown(), 0..3)
}

fn option() -> impl Strategy<Value = ConsideredOption> {
    (line(), markdown(), texts(), texts()).prop_map(|(name, description, pros, cons)| {
        ConsideredOption {
            name,
            description,
            pros,
            cons,
        }
    })
}

/// MADR's part of a decision.
fn madr_part() -> impl Strategy<Value = Decision> {
    (
        (title(), select(DecisionStatus::ALL.to_vec()), date()),
        (texts(), texts(), texts()),
        (markdown(), texts(), vec(option(), 0..3)),
        (markdown(), texts(), texts(), markdown()),
    )
        .prop_map(
            |((title, status, date), people, (context, drivers, options), outcome)| {
                let (deciders, consulted, informed) = people;
                let (outcome, good_consequences, bad_consequences, confirmation) = outcome;
                Decision {
                    status,
                    date,
                    deciders,
                    consulted,
                    informed,
                    context,
                    drivers,
                    options,
                    outcome,
                    good_consequences,
                    bad_consequences,
                    confirmation,
                    ..Decision::new("", 0, title)
                }
            },
        )
}

/// Conway's part, with references drawn from the sample workspace and
/// relations to other generated decisions by position.
#[derive(Clone, Debug)]
struct ConwayPart {
    category: Option<Category>,
    relations: Vec<(RelationKind, usize)>,
    links: Vec<Id>,
    concerns: Vec<Id>,
    review: Review,
    resolution: Option<Resolution>,
    deprecation_reason: String,
    principles: Vec<PrincipleRef>,
}

fn conway_part() -> impl Strategy<Value = ConwayPart> {
    let ws = sample_workspace();
    let links: Vec<Id> = ws
        .elements
        .iter()
        .map(|e| e.id.clone())
        .chain(ws.relationships.iter().map(|r| r.id.clone()))
        .collect();
    let concerns: Vec<Id> = ws.concerns.iter().map(|c| c.id.clone()).collect();
    let principles: Vec<Id> = ws.principles.iter().map(|p| p.id.clone()).collect();
    let kinds = [
        RelationKind::Supersedes,
        RelationKind::Amends,
        RelationKind::RelatesTo,
    ];
    let comment = (markdown(), date(), markdown()).prop_map(|(author, date, text)| Comment {
        author,
        date,
        text,
    });
    (
        proptest::option::of((
            select(Reversibility::ALL.to_vec()),
            select(Scope::ALL.to_vec()),
        ))
        .prop_map(|c| {
            c.map(|(reversibility, scope)| Category {
                reversibility,
                scope,
            })
        }),
        vec((select(kinds.to_vec()), 0usize..4), 0..3),
        vec(select(links), 0..3),
        subsequence(concerns, 0..3),
        (texts(), texts(), vec(comment, 0..3), date()).prop_map(
            |(reviewers, open_questions, comments, review_by)| Review {
                reviewers,
                open_questions,
                comments,
                review_by,
            },
        ),
        proptest::option::of((markdown(), date()).prop_map(|(by, on)| Resolution { by, on })),
        markdown(),
        subsequence(principles, 0..3).prop_flat_map(|ids| {
            let n = ids.len();
            (
                Just(ids),
                vec((select(Stance::ALL.to_vec()), markdown()), n),
            )
        }),
    )
        .prop_map(
            |(
                category,
                relations,
                links,
                concerns,
                review,
                resolution,
                deprecation_reason,
                (ids, stances),
            )| {
                let principles = ids
                    .into_iter()
                    .zip(stances)
                    .map(|(principle, (stance, justification))| PrincipleRef {
                        principle,
                        stance,
                        justification,
                    })
                    .collect();
                ConwayPart {
                    category,
                    relations,
                    links,
                    concerns,
                    review,
                    resolution,
                    deprecation_reason,
                    principles,
                }
            },
        )
}

/// The sample workspace with 1 to 4 generated decisions as its log.
pub(super) fn workspace() -> impl Strategy<Value = Workspace> {
    (
        proptest::collection::btree_set(1u32..60, 1..5),
        vec((madr_part(), conway_part()), 4),
    )
        .prop_map(|(numbers, parts)| {
            let count = numbers.len();
            let mut ws = sample_workspace();
            ws.decisions = numbers
                .iter()
                .zip(parts)
                .enumerate()
                .map(|(i, (&number, (madr, c)))| {
                    let relations = c
                        .relations
                        .iter()
                        .filter(|(_, j)| *j < count && *j != i)
                        .map(|&(kind, j)| DecisionRelation {
                            kind,
                            target: Id::new(format!("gen-{j}")),
                        })
                        .collect();
                    Decision {
                        id: Id::new(format!("gen-{i}")),
                        number,
                        category: c.category,
                        relations,
                        links: c.links,
                        concerns: c.concerns,
                        review: c.review,
                        resolution: c.resolution,
                        deprecation_reason: c.deprecation_reason,
                        principles: c.principles,
                        ..madr
                    }
                })
                .collect();
            ws.last_decision_number = numbers.iter().max().copied().unwrap_or(0);
            ws
        })
}
