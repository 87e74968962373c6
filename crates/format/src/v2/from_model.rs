//! Model → file version 2. Infallible: a workspace always has a file form.

use super::review::{guidance_to_file, principles_to_file, resolution_to_file, review_to_file};
use super::types as file;
use crate::{CURRENT_VERSION, FORMAT_NAME};
use conway_model as model;
use conway_model::Workspace;

fn strings(ids: &[model::Id]) -> Vec<String> {
    ids.iter().map(|id| id.as_str().to_string()).collect()
}

fn id_of(id: &Option<model::Id>) -> Option<String> {
    id.as_ref().map(|id| id.as_str().to_string())
}

pub fn file_from(ws: &Workspace) -> file::File {
    file::File {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        name: ws.name.clone(),
        description: ws.description.clone(),
        concerns: ws
            .concerns
            .iter()
            .map(|c| file::Concern {
                id: c.id.to_string(),
                name: c.name.clone(),
                description: c.description.clone(),
            })
            .collect(),
        elements: ws.elements.iter().map(element).collect(),
        relationships: ws.relationships.iter().map(relationship).collect(),
        views: ws.views.iter().map(view).collect(),
        decisions: ws.decisions.iter().map(decision).collect(),
        last_decision_number: ws.last_decision_number,
        principles: ws
            .principles
            .iter()
            .map(|p| file::Principle {
                id: p.id.to_string(),
                name: p.name.clone(),
                statement: p.statement.clone(),
                rationale: p.rationale.clone(),
                implications: p.implications.clone(),
            })
            .collect(),
        glossary: ws
            .glossary
            .iter()
            .map(|t| file::Term {
                id: t.id.to_string(),
                term: t.term.clone(),
                definition: t.definition.clone(),
                avoid: t.avoid.clone(),
            })
            .collect(),
        guidance: guidance_to_file(&ws.guidance),
    }
}

fn element(e: &model::Element) -> file::Element {
    file::Element {
        id: e.id.to_string(),
        kind: e.kind.into(),
        name: e.name.clone(),
        description: e.description.clone(),
        technology: e.technology.clone(),
        team_type: e.team_type.map(Into::into),
        role: e.role.clone(),
        power: e.stakeholder.map(|s| s.power),
        interest: e.stakeholder.map(|s| s.interest),
        owner: id_of(&e.owner),
        parent: id_of(&e.parent),
        concerns: e
            .concerns
            .iter()
            .map(|c| file::ConcernWeight {
                concern: c.concern.to_string(),
                weight: c.weight,
            })
            .collect(),
    }
}

fn relationship(r: &model::Relationship) -> file::Relationship {
    file::Relationship {
        id: r.id.to_string(),
        kind: r.kind.into(),
        source: r.source.to_string(),
        target: r.target.to_string(),
        description: r.description.clone(),
        technology: r.technology.clone(),
        synchrony: r.synchrony.map(Into::into),
        starts: r.starts.map(|d| d.to_string()),
        ends: r.ends.map(|d| d.to_string()),
    }
}

fn view(v: &model::View) -> file::View {
    file::View {
        id: v.id.to_string(),
        kind: v.kind.into(),
        name: v.name.clone(),
        description: v.description.clone(),
        placements: v
            .placements
            .iter()
            .map(|p| file::Placement {
                element: p.element.to_string(),
                x: p.x,
                y: p.y,
                width: p.width,
                height: p.height,
                pinned: p.pinned,
            })
            .collect(),
    }
}

fn decision(d: &model::Decision) -> file::Decision {
    file::Decision {
        id: d.id.to_string(),
        number: d.number,
        title: d.title.clone(),
        status: d.status.into(),
        date: d.date.map(|date| date.to_string()),
        deciders: d.deciders.clone(),
        consulted: d.consulted.clone(),
        informed: d.informed.clone(),
        context: d.context.clone(),
        drivers: d.drivers.clone(),
        options: d
            .options
            .iter()
            .map(|o| file::ConsideredOption {
                name: o.name.clone(),
                description: o.description.clone(),
                pros: o.pros.clone(),
                cons: o.cons.clone(),
            })
            .collect(),
        outcome: d.outcome.clone(),
        good_consequences: d.good_consequences.clone(),
        bad_consequences: d.bad_consequences.clone(),
        confirmation: d.confirmation.clone(),
        category: d.category.map(|c| file::Category {
            reversibility: c.reversibility.into(),
            scope: c.scope.into(),
        }),
        relations: d
            .relations
            .iter()
            .map(|r| file::DecisionRelation {
                kind: r.kind.into(),
                target: r.target.to_string(),
            })
            .collect(),
        links: strings(&d.links),
        concerns: strings(&d.concerns),
        review: review_to_file(&d.review),
        resolution: resolution_to_file(&d.resolution),
        deprecation_reason: d.deprecation_reason.clone(),
        principles: principles_to_file(&d.principles),
    }
}
