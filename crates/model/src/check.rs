//! Integrity checks of a workspace: unique, well-formed ids, references that
//! resolve to the right kind of record, sane numbers. Every problem says where.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::{ConcernWeight, ElementKind, Id, StakeholderProfile, Workspace};

/// One thing wrong with a workspace, and where: `elements[12] "Checkout API": owner "team-x" does not exist`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Names a record by its list, index and name, as users find it in the file.
pub fn locate(list: &str, index: usize, name: &str) -> String {
    if name.trim().is_empty() {
        format!("{list}[{index}]")
    } else {
        format!("{list}[{index}] {}", quoted(name))
    }
}

pub(super) fn quoted(text: &str) -> String {
    let short: String = text.chars().take(60).collect();
    format!("\"{short}\"")
}

/// Lookups built once, so checking stays linear in the size of the workspace.
pub(super) struct Checker<'a> {
    pub(super) ws: &'a Workspace,
    pub(super) kinds: HashMap<&'a Id, ElementKind>,
    parents: HashMap<&'a Id, &'a Id>,
    pub(super) relationships: HashSet<&'a Id>,
    pub(super) decisions: HashSet<&'a Id>,
    pub(super) concerns: HashSet<&'a Id>,
    pub(super) principles: HashSet<&'a Id>,
    pub(super) problems: Vec<Problem>,
}

impl Workspace {
    /// Every integrity problem, in file order; empty when the workspace is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut checker = Checker {
            ws: self,
            kinds: self.elements.iter().map(|e| (&e.id, e.kind)).collect(),
            parents: self
                .elements
                .iter()
                .filter_map(|e| Some((&e.id, e.parent.as_ref()?)))
                .collect(),
            relationships: self.relationships.iter().map(|r| &r.id).collect(),
            decisions: self.decisions.iter().map(|d| &d.id).collect(),
            concerns: self.concerns.iter().map(|c| &c.id).collect(),
            principles: self.principles.iter().map(|p| &p.id).collect(),
            problems: Vec::new(),
        };
        checker.ids();
        checker.elements();
        checker.relationships();
        checker.views();
        checker.decisions();
        checker.vocabulary();
        let mut problems = checker.problems;
        problems.extend(super::limits::check_lengths(self));
        problems
    }
}

impl<'a> Checker<'a> {
    pub(super) fn report(&mut self, location: String, message: String) {
        self.problems.push(Problem { location, message });
    }

    fn ids(&mut self) {
        let ws = self.ws;
        let mut seen: HashMap<&Id, String> = HashMap::new();
        let records = ws
            .elements
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.id, locate("elements", i, &e.name)))
            .chain(
                ws.relationships
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (&r.id, locate("relationships", i, &r.description))),
            )
            .chain(
                ws.views
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (&v.id, locate("views", i, &v.name))),
            )
            .chain(
                ws.decisions
                    .iter()
                    .enumerate()
                    .map(|(i, d)| (&d.id, locate("decisions", i, &d.title))),
            )
            .chain(
                ws.principles
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (&p.id, locate("principles", i, &p.name))),
            )
            .chain(
                ws.concerns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (&c.id, locate("concerns", i, &c.name))),
            )
            .chain(
                ws.glossary
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (&t.id, locate("glossary", i, &t.term))),
            );
        for (id, location) in records {
            if !id.is_well_formed() {
                self.report(
                    location.clone(),
                    format!(
                        "id {} must be 1 to {} letters, digits or -_.:",
                        quoted(id.as_str()),
                        Id::MAX_LEN
                    ),
                );
            }
            if let Some(first) = seen.get(id) {
                let message = format!("id {} is already used by {first}", quoted(id.as_str()));
                self.report(location, message);
            } else {
                seen.insert(id, location);
            }
        }
    }

    fn elements(&mut self) {
        let ws = self.ws;
        let looping = self.looping();
        for (i, e) in ws.elements.iter().enumerate() {
            let at = locate("elements", i, &e.name);
            if e.name.trim().is_empty() {
                self.report(at.clone(), "name is empty".into());
            }
            match (e.kind, e.team_type) {
                (ElementKind::Team, None) => {
                    self.report(at.clone(), "a team needs a team type".into())
                }
                (kind, Some(t)) if kind != ElementKind::Team => self.report(
                    at.clone(),
                    format!(
                        "only teams have a team type, but this {} has {}",
                        kind.label(),
                        t.label()
                    ),
                ),
                _ => {}
            }
            self.stakeholder(&at, e.kind, e.stakeholder);
            if let Some(owner) = &e.owner {
                match self.kinds.get(owner) {
                    None => self.report(
                        at.clone(),
                        format!("owner {} does not exist", quoted(owner.as_str())),
                    ),
                    Some(ElementKind::Team) if e.kind.is_ownable() => {}
                    Some(ElementKind::Team) => self.report(
                        at.clone(),
                        format!("a {} cannot be owned by a team", e.kind.label()),
                    ),
                    Some(kind) => self.report(
                        at.clone(),
                        format!(
                            "owner {} is a {}, not a team",
                            quoted(owner.as_str()),
                            kind.label()
                        ),
                    ),
                }
            }
            if let Some(parent) = &e.parent {
                match self.kinds.get(parent) {
                    None => self.report(
                        at.clone(),
                        format!("parent {} does not exist", quoted(parent.as_str())),
                    ),
                    Some(kind) if !kind.is_container_of_others() || kind.side() != e.side() => self
                        .report(
                            at.clone(),
                            format!(
                                "parent {} is a {}, which cannot contain a {}",
                                quoted(parent.as_str()),
                                kind.label(),
                                e.kind.label()
                            ),
                        ),
                    _ if looping.contains(&e.id) => {
                        self.report(at.clone(), "its chain of parents runs in a loop".into())
                    }
                    _ => {}
                }
            }
            self.concern_weights(&at, &e.concerns);
        }
    }

    fn stakeholder(&mut self, at: &str, kind: ElementKind, profile: Option<StakeholderProfile>) {
        match (kind, profile) {
            (ElementKind::Stakeholder, None) => {
                self.report(at.into(), "a stakeholder needs power and interest".into())
            }
            (ElementKind::Stakeholder, Some(p))
                if p.power > StakeholderProfile::MAX || p.interest > StakeholderProfile::MAX =>
            {
                self.report(
                    at.into(),
                    format!(
                        "power and interest must be 0 to {}",
                        StakeholderProfile::MAX
                    ),
                )
            }
            (ElementKind::Stakeholder, Some(_)) | (_, None) => {}
            (kind, Some(_)) => self.report(
                at.into(),
                format!(
                    "only stakeholders have power and interest, not a {}",
                    kind.label()
                ),
            ),
        }
    }

    fn concern_weights(&mut self, at: &str, weights: &[ConcernWeight]) {
        let mut seen = HashSet::new();
        for (j, w) in weights.iter().enumerate() {
            let here = format!("{at}: concerns[{j}]");
            if !self.concerns.contains(&w.concern) {
                self.report(
                    here.clone(),
                    format!("concern {} does not exist", quoted(w.concern.as_str())),
                );
            }
            if !(1..=ConcernWeight::MAX_WEIGHT).contains(&w.weight) {
                self.report(
                    here.clone(),
                    format!(
                        "weight must be 1 to {}, not {}",
                        ConcernWeight::MAX_WEIGHT,
                        w.weight
                    ),
                );
            }
            if !seen.insert(&w.concern) {
                self.report(
                    here,
                    format!("concern {} is listed twice", quoted(w.concern.as_str())),
                );
            }
        }
    }

    /// Elements whose parent chain never ends (it runs into a loop), found in
    /// one pass: each element's chain is walked once and the answer remembered.
    fn looping(&self) -> HashSet<&'a Id> {
        let mut answer: HashMap<&'a Id, bool> = HashMap::new();
        for e in &self.ws.elements {
            let mut path: Vec<&'a Id> = Vec::new();
            let mut on_path: HashSet<&'a Id> = HashSet::new();
            let mut current = &e.id;
            let loops = loop {
                if let Some(known) = answer.get(current) {
                    break *known;
                }
                if !on_path.insert(current) {
                    break true;
                }
                path.push(current);
                match self.parents.get(current) {
                    Some(parent) => current = parent,
                    None => break false,
                }
            };
            for id in path {
                answer.insert(id, loops);
            }
        }
        answer
            .into_iter()
            .filter(|(_, loops)| *loops)
            .map(|(id, _)| id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::*;

    fn boundary(id: &str, parent: Option<&str>) -> Element {
        let mut e = Element::new(id, ElementKind::GroupBoundary, id);
        e.parent = parent.map(Id::from);
        e
    }

    #[test]
    fn parent_loops_are_found_and_deep_chains_are_fine() {
        let mut ws = Workspace::new("Loops");
        ws.elements.push(boundary("a", Some("b")));
        ws.elements.push(boundary("b", Some("a")));
        ws.elements.push(boundary("c", Some("a")));
        let problems = ws.problems();
        assert_eq!(
            problems
                .iter()
                .filter(|p| p.message.contains("runs in a loop"))
                .count(),
            3,
            "{problems:#?}"
        );

        // A 20,000-deep chain is legal and checked in linear time.
        let mut deep = Workspace::new("Deep");
        deep.elements.push(boundary("b0", None));
        for i in 1..MAX_ELEMENTS {
            deep.elements
                .push(boundary(&format!("b{i}"), Some(&format!("b{}", i - 1))));
        }
        assert_eq!(deep.problems(), vec![]);
    }
}
