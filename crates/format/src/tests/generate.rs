//! A proptest strategy for valid workspaces of every shape the model allows.

use proptest::prelude::*;

use conway_model::*;

/// Text with anything a user might type: quotes, markup, emoji, newlines.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just('a'),
            Just('Z'),
            Just(' '),
            Just('"'),
            Just('\\'),
            Just('<'),
            Just('\n'),
            Just('é'),
            Just('🚀'),
            Just('\u{7f}'),
            any::<char>(),
        ],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn name() -> impl Strategy<Value = String> {
    text(30).prop_map(|t| format!("n{t}"))
}

fn coordinate() -> impl Strategy<Value = f64> {
    prop_oneof![-1.0e6..1.0e6f64, Just(0.0), Just(-0.0), Just(0.1 + 0.2)]
}

fn date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (1990u16..2100, 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d).unwrap_or_else(|| unreachable!())),
    )
}

prop_compose! {
    fn raw_element()(kind in 0..ElementKind::ALL.len(), name in name(), description in text(60),
                     technology in text(20), role in text(20), team in 0..4usize,
                     power in 0u8..=100, interest in 0u8..=100, pick in any::<u64>())
        -> (usize, String, String, String, String, usize, u8, u8, u64) {
        (kind, name, description, technology, role, team, power, interest, pick)
    }
}

/// Builds a workspace that is valid by construction from random raw parts.
pub fn workspace() -> impl Strategy<Value = Workspace> {
    (
        name(),
        text(80),
        proptest::collection::vec(raw_element(), 0..25),
        proptest::collection::vec(
            (
                any::<u64>(),
                any::<u64>(),
                0..6usize,
                text(30),
                date(),
                date(),
            ),
            0..30,
        ),
        proptest::collection::vec(
            (
                coordinate(),
                coordinate(),
                8.0..5000.0f64,
                8.0..5000.0f64,
                any::<bool>(),
            ),
            25,
        ),
        proptest::collection::vec((name(), text(200), 0..5usize, any::<u64>()), 0..8),
        proptest::collection::vec(
            (name(), text(50), proptest::collection::vec(text(10), 0..3)),
            0..4,
        ),
    )
        .prop_map(
            |(ws_name, description, raw, raw_rels, geometry, raw_decisions, words)| {
                build(
                    ws_name,
                    description,
                    raw,
                    raw_rels,
                    geometry,
                    raw_decisions,
                    words,
                )
            },
        )
}

type RawElement = (usize, String, String, String, String, usize, u8, u8, u64);
type RawRelationship = (u64, u64, usize, String, Option<Date>, Option<Date>);
type RawDecision = (String, String, usize, u64);

fn build(
    ws_name: String,
    description: String,
    raw: Vec<RawElement>,
    raw_rels: Vec<RawRelationship>,
    geometry: Vec<(f64, f64, f64, f64, bool)>,
    raw_decisions: Vec<RawDecision>,
    words: Vec<(String, String, Vec<String>)>,
) -> Workspace {
    let mut ws = Workspace::new(ws_name);
    ws.description = description.clone();
    ws.concerns.push(Concern {
        id: "c-latency".into(),
        name: "Latency".into(),
        description: String::new(),
    });
    for (i, (kind, name, description, technology, role, team, power, interest, _)) in
        raw.iter().enumerate()
    {
        let kind = ElementKind::ALL[*kind];
        let mut e = Element::new(format!("e{i}"), kind, name.clone());
        e.description = description.clone();
        e.technology = technology.clone();
        e.role = role.clone();
        if kind == ElementKind::Team {
            e.team_type = Some(TeamType::ALL[*team]);
        }
        if kind == ElementKind::Stakeholder {
            e.stakeholder = Some(StakeholderProfile {
                power: *power,
                interest: *interest,
            });
            e.concerns.push(ConcernWeight {
                concern: "c-latency".into(),
                weight: 1 + power % 5,
            });
        }
        ws.elements.push(e);
    }
    // Owners and parents point only at earlier elements, so no cycles arise.
    for (i, raw) in raw.iter().enumerate() {
        let pick = raw.8 as usize;
        let kind = ws.elements[i].kind;
        let teams: Vec<Id> = ws.elements[..i]
            .iter()
            .filter(|e| e.kind == ElementKind::Team)
            .map(|e| e.id.clone())
            .collect();
        if kind.is_ownable() && !teams.is_empty() && !pick.is_multiple_of(3) {
            ws.elements[i].owner = Some(teams[pick % teams.len()].clone());
        }
        let parents: Vec<Id> = ws.elements[..i]
            .iter()
            .filter(|e| e.kind.is_container_of_others() && e.side() == kind.side())
            .map(|e| e.id.clone())
            .collect();
        if !parents.is_empty() && pick.is_multiple_of(2) {
            ws.elements[i].parent = Some(parents[pick % parents.len()].clone());
        }
    }
    add_relationships(&mut ws, raw_rels);
    add_views(&mut ws, &geometry);
    for (i, (title, context, status, pick)) in raw_decisions.into_iter().enumerate() {
        let mut d = Decision::new(format!("d{i}"), (i as u32) * 2 + 1, title);
        d.context = context;
        d.status = DecisionStatus::ALL[status];
        d.deciders = vec!["Ana".into()];
        d.options.push(ConsideredOption {
            name: "Option A".into(),
            pros: vec!["simple".into()],
            ..ConsideredOption::default()
        });
        d.category = (pick % 2 == 0).then_some(Category {
            reversibility: Reversibility::OneWayDoor,
            scope: Scope::SeveralTeams,
        });
        if i > 0 {
            d.relations.push(DecisionRelation {
                kind: RelationKind::Supersedes,
                target: format!("d{}", pick as usize % i).into(),
            });
        }
        if !ws.elements.is_empty() {
            d.links
                .push(ws.elements[pick as usize % ws.elements.len()].id.clone());
        }
        d.concerns.push("c-latency".into());
        if pick % 3 == 0 {
            d.review = Review {
                reviewers: vec!["Ben".into()],
                open_questions: vec![d.context.clone()],
                comments: vec![Comment {
                    author: "Ana".into(),
                    date: Date::new(2026, 1 + (pick % 12) as u8, 1),
                    text: d.context.clone(),
                }],
                review_by: Date::new(2026, 2, 28),
            };
        }
        if d.status != DecisionStatus::Proposed {
            d.resolution = Some(Resolution {
                by: "Ana".into(),
                on: (pick % 2 == 1).then_some(Date::new(2025, 5, 5)).flatten(),
            });
        }
        if d.status == DecisionStatus::Deprecated {
            d.deprecation_reason = d.context.clone();
        }
        ws.decisions.push(d);
    }
    ws.last_decision_number = (ws.decisions.len() as u32) * 2;
    if ws.decisions.len() % 2 == 1 {
        ws.guidance.set(
            Category {
                reversibility: Reversibility::CostlyToReverse,
                scope: Scope::OneTeam,
            },
            Guidance {
                decides: "Guild".into(),
                analysis: description.clone(),
                consult: String::new(),
            },
        );
    }
    for (i, (name, statement, implications)) in words.into_iter().enumerate() {
        ws.principles.push(Principle {
            id: format!("p{i}").into(),
            name: name.clone(),
            statement: statement.clone(),
            rationale: String::new(),
            implications: implications.clone(),
        });
        ws.glossary.push(Term {
            id: format!("t{i}").into(),
            term: name,
            definition: statement,
            avoid: implications,
        });
    }
    let principles: Vec<Id> = ws.principles.iter().map(|p| p.id.clone()).collect();
    for (i, d) in ws.decisions.iter_mut().enumerate() {
        if let Some(p) = principles.get(i % (principles.len() + 1)) {
            let departs = i % 2 == 1;
            d.principles.push(PrincipleRef {
                principle: p.clone(),
                stance: if departs {
                    Stance::DepartsFrom
                } else {
                    Stance::Follows
                },
                justification: if departs {
                    d.title.clone()
                } else {
                    String::new()
                },
            });
        }
    }
    ws
}

fn add_relationships(ws: &mut Workspace, raw_rels: Vec<RawRelationship>) {
    if ws.elements.is_empty() {
        return;
    }
    for (i, (a, b, kind, description, starts, ends)) in raw_rels.into_iter().enumerate() {
        let source = &ws.elements[a as usize % ws.elements.len()];
        let target = &ws.elements[b as usize % ws.elements.len()];
        let kind = RelationshipKind::ALL[kind];
        if !kind.fits(source.kind, target.kind) {
            continue;
        }
        let mut r = Relationship::new(format!("r{i}"), kind, source.id.clone(), target.id.clone());
        r.description = description;
        if kind.is_interaction_mode() {
            let (starts, ends) = match (starts, ends) {
                (Some(s), Some(e)) if e < s => (Some(e), Some(s)),
                pair => pair,
            };
            r.starts = starts;
            r.ends = ends;
        }
        ws.relationships.push(r);
    }
}

fn add_views(ws: &mut Workspace, geometry: &[(f64, f64, f64, f64, bool)]) {
    for (kind, side) in [(ViewKind::System, Side::System), (ViewKind::Org, Side::Org)] {
        let mut view = View::new(
            format!("view-{side:?}").to_lowercase(),
            kind,
            format!("{side:?} view"),
        );
        for (i, e) in ws
            .elements
            .iter()
            .enumerate()
            .filter(|(_, e)| e.side() == side)
        {
            let (x, y, width, height, shown) = geometry[i % geometry.len()];
            if shown {
                view.placements.push(Placement {
                    element: e.id.clone(),
                    x,
                    y,
                    width,
                    height,
                    pinned: i % 3 == 0,
                });
            }
        }
        ws.views.push(view);
    }
}
