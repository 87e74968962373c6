//! The shape the sample's decision records are written in (static text, so the
//! records read as data) and their conversion into model decisions.

use super::{concern_id, date, decisions_early, decisions_late, decisions_middle};
use crate::{
    Category, ConsideredOption, Decision, DecisionRelation, DecisionStatus, Id, RelationKind,
    Reversibility, Scope,
};

/// One ADR as written in the sample, MADR 4 sections in order.
pub(super) struct Adr {
    pub number: u32,
    pub title: &'static str,
    pub status: DecisionStatus,
    /// `YYYY-MM-DD`.
    pub date: &'static str,
    pub deciders: &'static [&'static str],
    pub consulted: &'static [&'static str],
    pub informed: &'static [&'static str],
    pub context: &'static str,
    pub drivers: &'static [&'static str],
    pub options: &'static [Opt],
    pub outcome: &'static str,
    pub good: &'static [&'static str],
    pub bad: &'static [&'static str],
    pub confirmation: &'static str,
    pub category: (Reversibility, Scope),
    /// Relations to older decisions, by number.
    pub relations: &'static [(RelationKind, u32)],
    /// Element and relationship ids.
    pub links: &'static [&'static str],
    /// Concern short names, as in `concern-<name>`.
    pub concerns: &'static [&'static str],
}

/// A considered option with its pros and cons.
pub(super) struct Opt {
    pub name: &'static str,
    pub description: &'static str,
    pub pros: &'static [&'static str],
    pub cons: &'static [&'static str],
}

/// Every decision in the sample, in number order.
pub(super) fn decisions() -> Vec<Decision> {
    let mut all: Vec<Decision> = decisions_early::ADRS
        .iter()
        .chain(decisions_middle::ADRS)
        .chain(decisions_late::ADRS)
        .map(decision)
        .collect();
    super::reviews::add_records(&mut all);
    all
}

fn adr_id(number: u32) -> Id {
    Id::new(format!("adr-{number:04}"))
}

fn texts(items: &[&str]) -> Vec<String> {
    items.iter().map(|&text| text.into()).collect()
}

fn decision(adr: &Adr) -> Decision {
    let (reversibility, scope) = adr.category;
    Decision {
        status: adr.status,
        date: date(adr.date),
        deciders: texts(adr.deciders),
        consulted: texts(adr.consulted),
        informed: texts(adr.informed),
        context: adr.context.into(),
        drivers: texts(adr.drivers),
        options: adr.options.iter().map(option).collect(),
        outcome: adr.outcome.into(),
        good_consequences: texts(adr.good),
        bad_consequences: texts(adr.bad),
        confirmation: adr.confirmation.into(),
        category: Some(Category {
            reversibility,
            scope,
        }),
        relations: adr
            .relations
            .iter()
            .map(|&(kind, number)| DecisionRelation {
                kind,
                target: adr_id(number),
            })
            .collect(),
        links: adr.links.iter().map(|&id| Id::new(id)).collect(),
        concerns: adr.concerns.iter().map(|&name| concern_id(name)).collect(),
        ..Decision::new(adr_id(adr.number), adr.number, adr.title)
    }
}

fn option(opt: &Opt) -> ConsideredOption {
    ConsideredOption {
        name: opt.name.into(),
        description: opt.description.into(),
        pros: texts(opt.pros),
        cons: texts(opt.cons),
    }
}
