//! The sample's records beyond MADR's sections: who accepted or rejected each
//! decision, the RFC reviews of the open proposals, the reason ADR-0004 was
//! deprecated, and the principles decisions follow or depart from.

use super::date;
use crate::{Comment, Decision, Id, PrincipleRef, Resolution, Review, Stance};

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|&text| text.into()).collect()
}

fn comment(author: &str, on: &str, text: &str) -> Comment {
    Comment {
        author: author.into(),
        date: date(on),
        text: text.into(),
    }
}

/// (decision number, principle, stance, justification)
const PRINCIPLES: &[(u32, &str, Stance, &str)] = &[
    (1, "principle-managed-services", Stance::Follows, ""),
    (2, "principle-least-data", Stance::Follows, ""),
    (5, "principle-golden-path", Stance::Follows, ""),
    (6, "principle-events-between-teams", Stance::Follows, ""),
    (7, "principle-build-it-run-it", Stance::Follows, ""),
    (
        8,
        "principle-managed-services",
        Stance::DepartsFrom,
        "Proposed to cut the Elastic Cloud bill by about 40%. Rejected: the forum judged the \
         saving smaller than the on-call load it would add to Search Relevance.",
    ),
    (9, "principle-golden-path", Stance::Follows, ""),
    (10, "principle-least-data", Stance::Follows, ""),
    (11, "principle-events-between-teams", Stance::Follows, ""),
    (12, "principle-build-it-run-it", Stance::Follows, ""),
];

/// Adds the records to the sample's decisions (numbered 1 to 12).
pub(super) fn add_records(decisions: &mut [Decision]) {
    for d in decisions.iter_mut() {
        if let Some(by) = d.deciders.first() {
            if !matches!(d.status, crate::DecisionStatus::Proposed) {
                d.resolution = Some(Resolution {
                    by: by.clone(),
                    on: d.date,
                });
            }
        }
        d.principles = PRINCIPLES
            .iter()
            .filter(|(number, ..)| *number == d.number)
            .map(|&(_, principle, stance, justification)| PrincipleRef {
                principle: Id::new(principle),
                stance,
                justification: justification.into(),
            })
            .collect();
        match d.number {
            4 => {
                d.deprecation_reason = "The warehouse system now sends signed dispatch webhooks; \
                                        new integrations use them, and Fulfilment retires the \
                                        poller in Q1 2027."
                    .into();
            }
            11 => d.review = catalogue_rfc(),
            12 => d.review = payments_rfc(),
            _ => {}
        }
    }
}

fn catalogue_rfc() -> Review {
    Review {
        reviewers: texts(&[
            "Elena Sokolova (Principal Engineer)",
            "Search Relevance",
            "Checkout",
        ]),
        open_questions: texts(&[
            "Who owns the projections other teams read: Discovery or each consumer?",
            "How long is the event history kept, given the least-data principle?",
        ]),
        comments: vec![
            comment(
                "Elena Sokolova",
                "2026-10-20",
                "Starting with prices only keeps this reversible for longer. Can we write \
                 down the point after which it becomes a one-way door?",
            ),
            comment(
                "Search Relevance",
                "2026-10-27",
                "We would rather build our own projection than read Discovery's; please keep \
                 the raw events published.",
            ),
        ],
        review_by: date("2026-11-30"),
    }
}

fn payments_rfc() -> Review {
    Review {
        reviewers: texts(&["Payments & Fraud", "Daniel Ortiz (CISO)"]),
        open_questions: texts(&["What SLO does the payments API start with?"]),
        comments: vec![comment(
            "Daniel Ortiz",
            "2026-11-12",
            "Supportive: it puts PCI-scoped code under one team again.",
        )],
        review_by: date("2026-11-20"),
    }
}
