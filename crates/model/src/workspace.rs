//! The workspace: every record held once, and the queries the app and the lenses ask of it.

use std::collections::{HashMap, HashSet};

use super::{
    Concern, Decision, Element, GuidanceMatrix, Id, Principle, Relationship, Term, View, ViewKind,
};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Workspace {
    pub name: String,
    pub description: String,
    pub elements: Vec<Element>,
    pub relationships: Vec<Relationship>,
    pub views: Vec<View>,
    pub decisions: Vec<Decision>,
    pub principles: Vec<Principle>,
    pub concerns: Vec<Concern>,
    pub glossary: Vec<Term>,
    /// Who decides what, with how much analysis: the decision framework.
    pub guidance: GuidanceMatrix,
    /// The highest decision number ever given, deleted decisions included,
    /// so that numbers are never reused.
    pub last_decision_number: u32,
}

impl Workspace {
    pub fn new(name: impl Into<String>) -> Self {
        Workspace {
            name: name.into(),
            ..Workspace::default()
        }
    }

    pub fn element(&self, id: &Id) -> Option<&Element> {
        self.elements.iter().find(|e| &e.id == id)
    }

    pub fn relationship(&self, id: &Id) -> Option<&Relationship> {
        self.relationships.iter().find(|r| &r.id == id)
    }

    pub fn view(&self, id: &Id) -> Option<&View> {
        self.views.iter().find(|v| &v.id == id)
    }

    pub fn principle(&self, id: &Id) -> Option<&Principle> {
        self.principles.iter().find(|p| &p.id == id)
    }

    /// The number the next new decision gets: never one a decision has had,
    /// even one since deleted.
    pub fn next_decision_number(&self) -> u32 {
        let highest = self.decisions.iter().map(|d| d.number).max().unwrap_or(0);
        highest.max(self.last_decision_number).saturating_add(1)
    }

    pub fn decision(&self, id: &Id) -> Option<&Decision> {
        self.decisions.iter().find(|d| &d.id == id)
    }

    pub fn concern(&self, id: &Id) -> Option<&Concern> {
        self.concerns.iter().find(|c| &c.id == id)
    }

    pub fn views_of(&self, kind: ViewKind) -> impl Iterator<Item = &View> {
        self.views.iter().filter(move |v| v.kind == kind)
    }

    /// The team that owns an element, if any.
    pub fn owner_of(&self, id: &Id) -> Option<&Element> {
        let owner = self.element(id)?.owner.as_ref()?;
        self.element(owner)
    }

    /// Every element a team owns.
    pub fn owned_by<'a>(&'a self, team: &'a Id) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements
            .iter()
            .filter(move |e| e.owner.as_ref() == Some(team))
    }

    /// Elements directly inside a boundary or department.
    pub fn children_of<'a>(&'a self, parent: &'a Id) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements
            .iter()
            .filter(move |e| e.parent.as_ref() == Some(parent))
    }

    /// Relationships that start or end at an element.
    pub fn relationships_of<'a>(
        &'a self,
        id: &'a Id,
    ) -> impl Iterator<Item = &'a Relationship> + 'a {
        self.relationships
            .iter()
            .filter(move |r| &r.source == id || &r.target == id)
    }

    /// Relationships a view draws: those whose both ends it shows.
    pub fn relationships_in<'a>(
        &'a self,
        view: &'a View,
    ) -> impl Iterator<Item = &'a Relationship> + 'a {
        let shown: HashSet<&Id> = view.placements.iter().map(|p| &p.element).collect();
        self.relationships
            .iter()
            .filter(move |r| shown.contains(&r.source) && shown.contains(&r.target))
    }

    /// The decisions linked to each element or relationship, in log order,
    /// built in one pass (for drawing badges on a whole view).
    pub fn decisions_by_link(&self) -> HashMap<&Id, Vec<&Decision>> {
        let mut map: HashMap<&Id, Vec<&Decision>> = HashMap::new();
        for d in &self.decisions {
            for link in &d.links {
                map.entry(link).or_default().push(d);
            }
        }
        map
    }

    /// Elements by id, for code that looks many of them up at once (drawing a
    /// view of thousands): one pass instead of a search per lookup.
    pub fn element_index(&self) -> HashMap<&Id, &Element> {
        self.elements.iter().map(|e| (&e.id, e)).collect()
    }

    /// Decisions linked to an element or relationship, in number order.
    pub fn decisions_linked_to(&self, id: &Id) -> Vec<&Decision> {
        let mut found: Vec<&Decision> = self
            .decisions
            .iter()
            .filter(|d| d.links.contains(id))
            .collect();
        found.sort_by_key(|d| d.number);
        found
    }

    /// Decisions that name this one in a relation (e.g. the decisions that supersede it).
    pub fn decisions_relating_to<'a>(
        &'a self,
        id: &'a Id,
    ) -> impl Iterator<Item = (&'a Decision, super::RelationKind)> + 'a {
        self.decisions.iter().flat_map(move |d| {
            d.relations
                .iter()
                .filter(move |r| &r.target == id)
                .map(move |r| (d, r.kind))
        })
    }
}
