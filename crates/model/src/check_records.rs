//! Integrity checks of relationships, views, decisions and the vocabulary:
//! the second half of `Workspace::problems()`, split from check.rs for size.

use std::collections::{HashMap, HashSet};

use super::check::{quoted, Checker};
use super::{locate, ElementKind, Id, Placement, RelationshipKind, Synchrony};

impl Checker<'_> {
    pub(super) fn relationships(&mut self) {
        let ws = self.ws;
        for (i, r) in ws.relationships.iter().enumerate() {
            let at = locate("relationships", i, &r.description);
            let source = self.end(&at, "source", &r.source);
            let target = self.end(&at, "target", &r.target);
            if let (Some(s), Some(t)) = (source, target) {
                if !r.kind.fits(s, t) {
                    self.report(
                        at.clone(),
                        format!(
                            "a {} relationship cannot join a {} to a {}",
                            r.kind.label(),
                            s.label(),
                            t.label()
                        ),
                    );
                }
            }
            match (r.kind, r.synchrony) {
                (RelationshipKind::Uses, None) => {
                    self.report(at.clone(), "a uses relationship needs sync or async".into())
                }
                (RelationshipKind::Uses, Some(_)) | (_, None) => {}
                (kind, Some(s)) => self.report(
                    at.clone(),
                    format!(
                        "only uses relationships are sync or async, but this {} is {}",
                        kind.label(),
                        if s == Synchrony::Sync {
                            "sync"
                        } else {
                            "async"
                        }
                    ),
                ),
            }
            if !r.kind.is_interaction_mode() && (r.starts.is_some() || r.ends.is_some()) {
                self.report(
                    at.clone(),
                    format!(
                        "only interaction modes have start and end dates, not {}",
                        r.kind.label()
                    ),
                );
            }
            if let (Some(s), Some(e)) = (r.starts, r.ends) {
                if e < s {
                    self.report(at, format!("ends {e} before it starts {s}"));
                }
            }
        }
    }

    fn end(&mut self, at: &str, field: &str, id: &Id) -> Option<ElementKind> {
        let kind = self.kinds.get(id).copied();
        if kind.is_none() {
            self.report(
                at.into(),
                format!("{field} {} does not exist", quoted(id.as_str())),
            );
        }
        kind
    }

    pub(super) fn views(&mut self) {
        let ws = self.ws;
        for (i, v) in ws.views.iter().enumerate() {
            let at = locate("views", i, &v.name);
            if v.name.trim().is_empty() {
                self.report(at.clone(), "name is empty".into());
            }
            let mut seen = HashSet::new();
            for (j, p) in v.placements.iter().enumerate() {
                let here = format!("{at}: placements[{j}]");
                match self.kinds.get(&p.element) {
                    None => self.report(
                        here.clone(),
                        format!("element {} does not exist", quoted(p.element.as_str())),
                    ),
                    Some(kind) if kind.side() != v.kind.side() => self.report(
                        here.clone(),
                        format!("a {} cannot appear in a {:?} view", kind.label(), v.kind)
                            .to_lowercase(),
                    ),
                    _ => {}
                }
                if !seen.insert(&p.element) {
                    self.report(
                        here.clone(),
                        format!("element {} is placed twice", quoted(p.element.as_str())),
                    );
                }
                self.placement(&here, p);
            }
        }
    }

    fn placement(&mut self, at: &str, p: &Placement) {
        let coordinate = |v: f64| v.is_finite() && v.abs() <= Placement::MAX_COORDINATE;
        let size =
            |v: f64| v.is_finite() && (Placement::MIN_SIZE..=Placement::MAX_SIZE).contains(&v);
        if !coordinate(p.x) || !coordinate(p.y) {
            self.report(
                at.into(),
                format!(
                    "position ({}, {}) must be finite numbers within ±{}",
                    p.x,
                    p.y,
                    Placement::MAX_COORDINATE
                ),
            );
        }
        if !size(p.width) || !size(p.height) {
            self.report(
                at.into(),
                format!(
                    "size {} × {} must be {} to {}",
                    p.width,
                    p.height,
                    Placement::MIN_SIZE,
                    Placement::MAX_SIZE
                ),
            );
        }
    }

    pub(super) fn decisions(&mut self) {
        let ws = self.ws;
        let mut numbers: HashMap<u32, usize> = HashMap::new();
        for (i, d) in ws.decisions.iter().enumerate() {
            let at = locate("decisions", i, &d.title);
            if d.title.trim().is_empty() {
                self.report(at.clone(), "title is empty".into());
            }
            if d.number == 0 {
                self.report(at.clone(), "number must be 1 or more".into());
            } else if let Some(first) = numbers.insert(d.number, i) {
                self.report(
                    at.clone(),
                    format!("number {} is already used by decisions[{first}]", d.number),
                );
            }
            for (j, rel) in d.relations.iter().enumerate() {
                if rel.target == d.id {
                    self.report(
                        format!("{at}: relations[{j}]"),
                        "a decision cannot relate to itself".into(),
                    );
                } else if !self.decisions.contains(&rel.target) {
                    self.report(
                        format!("{at}: relations[{j}]"),
                        format!("decision {} does not exist", quoted(rel.target.as_str())),
                    );
                }
            }
            for (j, link) in d.links.iter().enumerate() {
                if !self.kinds.contains_key(link) && !self.relationships.contains(link) {
                    self.report(
                        format!("{at}: links[{j}]"),
                        format!(
                            "element or relationship {} does not exist",
                            quoted(link.as_str())
                        ),
                    );
                }
            }
            for (j, concern) in d.concerns.iter().enumerate() {
                if !self.concerns.contains(concern) {
                    self.report(
                        format!("{at}: concerns[{j}]"),
                        format!("concern {} does not exist", quoted(concern.as_str())),
                    );
                }
            }
            let mut cited = HashSet::new();
            for (j, r) in d.principles.iter().enumerate() {
                if !self.principles.contains(&r.principle) {
                    self.report(
                        format!("{at}: principles[{j}]"),
                        format!("principle {} does not exist", quoted(r.principle.as_str())),
                    );
                } else if !cited.insert(&r.principle) {
                    self.report(
                        format!("{at}: principles[{j}]"),
                        format!("principle {} is cited twice", quoted(r.principle.as_str())),
                    );
                }
            }
        }
    }

    pub(super) fn vocabulary(&mut self) {
        let ws = self.ws;
        let named = ws
            .principles
            .iter()
            .enumerate()
            .map(|(i, p)| (locate("principles", i, &p.name), p.name.as_str()))
            .chain(
                ws.concerns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (locate("concerns", i, &c.name), c.name.as_str())),
            )
            .chain(
                ws.glossary
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (locate("glossary", i, &t.term), t.term.as_str())),
            );
        let empty: Vec<String> = named
            .filter(|(_, n)| n.trim().is_empty())
            .map(|(at, _)| at)
            .collect();
        for at in empty {
            self.report(at, "name is empty".into());
        }
    }
}
