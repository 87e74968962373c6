//! Meets records with the workspace: the id each number has (the log's for
//! an update, else the file's `conway.id` if free, else `adr-NNNN` made
//! unique), relations by number turned into ids, links, concerns and
//! principles the workspace lacks dropped with a warning, texts fitted to the
//! limits. It must never build commands nor change the workspace.

use std::collections::{HashMap, HashSet};

use super::fit::fit;
use super::read::Record;
use super::vocabulary::{quote, word, RELATION_KINDS};
use super::Warning;
use conway_model::{Decision, DecisionRelation, Id, RelationKind, Workspace};

pub(super) struct Resolver<'a> {
    ws: &'a Workspace,
    pub existing: HashMap<u32, &'a Decision>,
    /// Elements and relationships, which decisions link to.
    linkable: HashSet<&'a Id>,
    concerns: HashSet<&'a Id>,
    principles: HashSet<&'a Id>,
    /// The id each number has after the import.
    ids: HashMap<u32, Id>,
    taken: HashSet<String>,
    pub warnings: Vec<Warning>,
}

impl<'a> Resolver<'a> {
    pub fn new(ws: &'a Workspace, warnings: Vec<Warning>) -> Self {
        let taken = ws
            .elements
            .iter()
            .map(|e| &e.id)
            .chain(ws.relationships.iter().map(|r| &r.id))
            .chain(ws.views.iter().map(|v| &v.id))
            .chain(ws.decisions.iter().map(|d| &d.id))
            .chain(ws.principles.iter().map(|p| &p.id))
            .chain(ws.concerns.iter().map(|c| &c.id))
            .chain(ws.glossary.iter().map(|t| &t.id))
            .map(|id| id.to_string())
            .collect();
        Resolver {
            ws,
            existing: ws.decisions.iter().map(|d| (d.number, d)).collect(),
            linkable: ws
                .elements
                .iter()
                .map(|e| &e.id)
                .chain(ws.relationships.iter().map(|r| &r.id))
                .collect(),
            concerns: ws.concerns.iter().map(|c| &c.id).collect(),
            principles: ws.principles.iter().map(|p| &p.id).collect(),
            ids: ws
                .decisions
                .iter()
                .map(|d| (d.number, d.id.clone()))
                .collect(),
            taken,
            warnings,
        }
    }

    fn warn(&mut self, path: &str, message: String) {
        self.warnings.push(Warning {
            path: path.into(),
            message,
        });
    }

    /// The decision a record becomes, once `id_for` has given every record its id.
    pub fn decision(&mut self, path: &str, r: &Record) -> Decision {
        let mut d = r.decision.clone();
        d.id = self.id_for(path, r);
        if let (false, Some(old)) = (r.conway, self.existing.get(&r.number)) {
            d.category = old.category;
            d.relations = old.relations.clone();
            d.links = old.links.clone();
            d.concerns = old.concerns.clone();
            d.review = old.review.clone();
            d.resolution = old.resolution.clone();
            d.deprecation_reason = old.deprecation_reason.clone();
            d.principles = old.principles.clone();
        } else {
            d.relations = self.relations(path, r, &d.id);
            self.references(path, &mut d);
        }
        fit(&mut d, &mut |message| self.warn(path, message));
        d
    }

    /// Gives a new decision the id its file asks for, if well-formed and free.
    pub fn claim(&mut self, r: &Record) {
        let wanted = &r.decision.id;
        if !self.ids.contains_key(&r.number)
            && wanted.is_well_formed()
            && self.taken.insert(wanted.to_string())
        {
            self.ids.insert(r.number, wanted.clone());
        }
    }

    /// The id of the decision numbered as the record: the log's, the one
    /// `claim` gave it, else `adr-NNNN` made unique.
    pub fn id_for(&mut self, path: &str, r: &Record) -> Id {
        if let Some(id) = self.ids.get(&r.number) {
            return id.clone();
        }
        let wanted = r.decision.id.as_str();
        if !wanted.is_empty() {
            self.warn(
                path,
                format!(
                    "id {} is taken or malformed; a new id is given",
                    quote(wanted)
                ),
            );
        }
        let base = format!("adr-{:04}", r.number);
        let mut candidate = base.clone();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        let id = Id::new(candidate);
        self.ids.insert(r.number, id.clone());
        id
    }

    fn relations(&mut self, path: &str, r: &Record, own: &Id) -> Vec<DecisionRelation> {
        let mut found = Vec::new();
        for &(kind, number) in &r.relations {
            let label = format!(
                "relation \"{} ADR-{number:04}\"",
                word(&RELATION_KINDS, kind)
            );
            match self.target(number) {
                Some(target) if &target == own => self.warn(
                    path,
                    format!("{label} points at the decision itself; dropped"),
                ),
                Some(target) => found.push(DecisionRelation { kind, target }),
                None => self.warn(
                    path,
                    format!("{label}: no decision has that number; dropped"),
                ),
            }
        }
        found
    }

    /// The id a number will have once the import is applied.
    fn target(&self, number: u32) -> Option<Id> {
        self.ids.get(&number).cloned()
    }

    /// Drops links, concerns and principles this workspace does not have.
    fn references(&mut self, path: &str, d: &mut Decision) {
        let mut dropped = Vec::new();
        d.links.retain(|id| {
            let known = self.linkable.contains(id);
            if !known {
                dropped.push(format!(
                    "link to {} (no such element or relationship)",
                    quote(id.as_str())
                ));
            }
            known
        });
        d.concerns.retain(|id| {
            let known = self.concerns.contains(id);
            if !known {
                dropped.push(format!("concern {} (no such concern)", quote(id.as_str())));
            }
            known
        });
        let mut cited = HashSet::new();
        d.principles.retain(|p| {
            let id = quote(p.principle.as_str());
            if !self.principles.contains(&p.principle) {
                dropped.push(format!("principle {id} (no such principle)"));
                false
            } else if !cited.insert(p.principle.clone()) {
                dropped.push(format!("principle {id} (cited twice)"));
                false
            } else {
                true
            }
        });
        for what in dropped {
            self.warn(path, format!("{what}; dropped"));
        }
    }

    /// Relations from `superseded by ADR-0005` statuses, on the successors:
    /// imported ones are changed in place, the log's returned for updating.
    pub fn successors(
        &mut self,
        records: &[(&str, Record)],
        decisions: &mut [Decision],
    ) -> Vec<Decision> {
        let mut extra: Vec<Decision> = Vec::new();
        for (i, (path, r)) in records.iter().enumerate() {
            let own = decisions[i].id.clone();
            for &number in &r.superseded_by {
                let Some(target) = self.target(number).filter(|t| *t != own) else {
                    self.warn(
                        path,
                        format!(
                            "superseded by ADR-{number:04}, but no other decision has that number"
                        ),
                    );
                    continue;
                };
                let relation = DecisionRelation {
                    kind: RelationKind::Supersedes,
                    target: own.clone(),
                };
                let successor = match decisions.iter().position(|d| d.id == target) {
                    Some(j) => &mut decisions[j],
                    None => match extra.iter().position(|d| d.id == target) {
                        Some(j) => &mut extra[j],
                        None => match self.ws.decision(&target) {
                            Some(d) => {
                                extra.push(d.clone());
                                let last = extra.len() - 1;
                                &mut extra[last]
                            }
                            None => continue,
                        },
                    },
                };
                if !successor.relations.contains(&relation) {
                    successor.relations.push(relation);
                }
            }
        }
        extra
    }
}
