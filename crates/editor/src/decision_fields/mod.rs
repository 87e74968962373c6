//! What each field of the decision form means: how the text a user types
//! becomes a decision's fields (one item per line, comma-separated names, a
//! category that needs both axes), how considered options and relations to
//! other decisions are added and removed, and which elements and
//! relationships a decision can be linked to. Each function changes a copy of
//! the decision; the app turns the changed copy into one undoable command.
//! Nothing here knows about the form's markup or the browser.

mod links;
#[cfg(test)]
mod tests;

pub use links::{link_candidates, linked, relations_shown};

use conway_model::{
    Category, ConsideredOption, Date, Decision, DecisionRelation, Id, RelationKind, Reversibility,
    Scope,
};

/// One item per line, blank lines dropped.
pub fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// Comma-separated names.
pub fn names(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .collect()
}

/// A field of the form that holds text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Never blank: a blank title leaves the old one.
    Title,
    /// `YYYY-MM-DD`; anything else clears the date.
    Date,
    Deciders,
    Consulted,
    Informed,
    Context,
    Drivers,
    Outcome,
    GoodConsequences,
    BadConsequences,
    Confirmation,
    DeprecationReason,
}

/// Sets a field from what the user typed.
pub fn set(d: &mut Decision, field: Field, text: &str) {
    match field {
        Field::Title => {
            if !text.trim().is_empty() {
                d.title = text.trim().to_string();
            }
        }
        Field::Date => d.date = Date::parse(text),
        Field::Deciders => d.deciders = names(text),
        Field::Consulted => d.consulted = names(text),
        Field::Informed => d.informed = names(text),
        Field::Context => d.context = text.to_string(),
        Field::Drivers => d.drivers = lines(text),
        Field::Outcome => d.outcome = text.to_string(),
        Field::GoodConsequences => d.good_consequences = lines(text),
        Field::BadConsequences => d.bad_consequences = lines(text),
        Field::Confirmation => d.confirmation = text.to_string(),
        Field::DeprecationReason => d.deprecation_reason = text.to_string(),
    }
}

/// The text a field shows: what `set` reads back to the same value.
pub fn text(d: &Decision, field: Field) -> String {
    match field {
        Field::Title => d.title.clone(),
        Field::Date => d.date.map(|x| x.to_string()).unwrap_or_default(),
        Field::Deciders => d.deciders.join(", "),
        Field::Consulted => d.consulted.join(", "),
        Field::Informed => d.informed.join(", "),
        Field::Context => d.context.clone(),
        Field::Drivers => d.drivers.join("\n"),
        Field::Outcome => d.outcome.clone(),
        Field::GoodConsequences => d.good_consequences.join("\n"),
        Field::BadConsequences => d.bad_consequences.join("\n"),
        Field::Confirmation => d.confirmation.clone(),
        Field::DeprecationReason => d.deprecation_reason.clone(),
    }
}

/// Chooses one axis of the category; a category needs both, so the other
/// keeps its value (or takes its first one). Neither set: no category.
pub fn set_category(d: &mut Decision, reversibility: Option<Reversibility>, scope: Option<Scope>) {
    d.category = match (reversibility, scope) {
        (None, None) => None,
        (r, s) => Some(Category {
            reversibility: r.unwrap_or(Reversibility::TwoWayDoor),
            scope: s.unwrap_or(Scope::OneTeam),
        }),
    };
}

/// A field of one considered option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionField {
    Name,
    Description,
    /// One per line.
    Pros,
    /// One per line.
    Cons,
}

/// Sets a field of the option at `index` (nothing if there is none there).
pub fn set_option(d: &mut Decision, index: usize, field: OptionField, text: &str) {
    let Some(o) = d.options.get_mut(index) else {
        return;
    };
    match field {
        OptionField::Name => o.name = text.trim().to_string(),
        OptionField::Description => o.description = text.to_string(),
        OptionField::Pros => o.pros = lines(text),
        OptionField::Cons => o.cons = lines(text),
    }
}

/// Adds an option named after its place ("Option 3").
pub fn add_option(d: &mut Decision) {
    d.options.push(ConsideredOption {
        name: format!("Option {}", d.options.len() + 1),
        ..ConsideredOption::default()
    });
}

/// Removes the option at `index` (nothing if there is none there: the form
/// may show a list older than the decision).
pub fn remove_option(d: &mut Decision, index: usize) {
    if index < d.options.len() {
        d.options.remove(index);
    }
}

/// Relates the decision to another, once: a relation already there, or one
/// to the decision itself, is not added.
pub fn add_relation(d: &mut Decision, kind: RelationKind, target: Id) {
    if target != d.id
        && !d
            .relations
            .iter()
            .any(|r| r.kind == kind && r.target == target)
    {
        d.relations.push(DecisionRelation { kind, target });
    }
}

/// Takes back one relation of `kind` to `target`.
pub fn remove_relation(d: &mut Decision, kind: RelationKind, target: &Id) {
    d.relations
        .retain(|r| !(r.kind == kind && &r.target == target));
}
