//! Size limits every workspace keeps, so that what can be edited can always be
//! saved and loaded again: text lengths and the number of elements.

use super::{locate, Problem, Workspace};

/// The most elements a workspace holds.
pub const MAX_ELEMENTS: usize = 20_000;
/// Names, titles, terms.
pub const MAX_NAME: usize = 200;
/// Descriptions, technology, roles, list items.
pub const MAX_SHORT_TEXT: usize = 5_000;
/// Markdown bodies of decisions.
pub const MAX_LONG_TEXT: usize = 100_000;

struct Lengths {
    problems: Vec<Problem>,
}

impl Lengths {
    fn check(&mut self, at: &str, field: &str, text: &str, limit: usize) {
        let count = text.chars().count();
        if count > limit {
            self.problems.push(Problem {
                location: at.to_string(),
                message: format!("{field} is {count} characters long; the limit is {limit}"),
            });
        }
    }

    fn check_all(&mut self, at: &str, field: &str, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            self.check(at, &format!("{field}[{i}]"), item, MAX_SHORT_TEXT);
        }
    }
}

pub(super) fn check_lengths(ws: &Workspace) -> Vec<Problem> {
    let mut l = Lengths {
        problems: Vec::new(),
    };
    l.check("workspace", "name", &ws.name, MAX_NAME);
    l.check("workspace", "description", &ws.description, MAX_SHORT_TEXT);
    for (i, e) in ws.elements.iter().enumerate() {
        let at = locate("elements", i, &e.name);
        l.check(&at, "name", &e.name, MAX_NAME);
        l.check(&at, "description", &e.description, MAX_SHORT_TEXT);
        l.check(&at, "technology", &e.technology, MAX_NAME);
        l.check(&at, "role", &e.role, MAX_NAME);
    }
    for (i, r) in ws.relationships.iter().enumerate() {
        let at = locate("relationships", i, &r.description);
        l.check(&at, "description", &r.description, MAX_SHORT_TEXT);
        l.check(&at, "technology", &r.technology, MAX_NAME);
    }
    for (i, v) in ws.views.iter().enumerate() {
        let at = locate("views", i, &v.name);
        l.check(&at, "name", &v.name, MAX_NAME);
        l.check(&at, "description", &v.description, MAX_SHORT_TEXT);
    }
    for (i, d) in ws.decisions.iter().enumerate() {
        let at = locate("decisions", i, &d.title);
        l.check(&at, "title", &d.title, MAX_NAME);
        for (field, text) in [
            ("context", &d.context),
            ("outcome", &d.outcome),
            ("confirmation", &d.confirmation),
            ("deprecation_reason", &d.deprecation_reason),
        ] {
            l.check(&at, field, text, MAX_LONG_TEXT);
        }
        for (field, items) in [
            ("deciders", &d.deciders),
            ("consulted", &d.consulted),
            ("informed", &d.informed),
            ("drivers", &d.drivers),
            ("good_consequences", &d.good_consequences),
            ("bad_consequences", &d.bad_consequences),
            ("reviewers", &d.review.reviewers),
            ("open_questions", &d.review.open_questions),
        ] {
            l.check_all(&at, field, items);
        }
        for (j, o) in d.options.iter().enumerate() {
            let here = format!("{at}: options[{j}]");
            l.check(&here, "name", &o.name, MAX_NAME);
            l.check(&here, "description", &o.description, MAX_LONG_TEXT);
            l.check_all(&here, "pros", &o.pros);
            l.check_all(&here, "cons", &o.cons);
        }
        for (j, c) in d.review.comments.iter().enumerate() {
            let here = format!("{at}: comments[{j}]");
            l.check(&here, "author", &c.author, MAX_NAME);
            l.check(&here, "text", &c.text, MAX_LONG_TEXT);
        }
        if let Some(r) = &d.resolution {
            l.check(&at, "resolved_by", &r.by, MAX_NAME);
        }
        for (j, r) in d.principles.iter().enumerate() {
            let here = format!("{at}: principles[{j}]");
            l.check(&here, "justification", &r.justification, MAX_LONG_TEXT);
        }
    }
    for (category, g) in ws.guidance.cells() {
        let at = format!(
            "guidance ({}, {})",
            category.reversibility.label(),
            category.scope.label()
        );
        l.check(&at, "decides", &g.decides, MAX_SHORT_TEXT);
        l.check(&at, "analysis", &g.analysis, MAX_SHORT_TEXT);
        l.check(&at, "consult", &g.consult, MAX_SHORT_TEXT);
    }
    for (i, p) in ws.principles.iter().enumerate() {
        let at = locate("principles", i, &p.name);
        l.check(&at, "name", &p.name, MAX_NAME);
        l.check(&at, "statement", &p.statement, MAX_SHORT_TEXT);
        l.check(&at, "rationale", &p.rationale, MAX_SHORT_TEXT);
        l.check_all(&at, "implications", &p.implications);
    }
    for (i, c) in ws.concerns.iter().enumerate() {
        let at = locate("concerns", i, &c.name);
        l.check(&at, "name", &c.name, MAX_NAME);
        l.check(&at, "description", &c.description, MAX_SHORT_TEXT);
    }
    for (i, t) in ws.glossary.iter().enumerate() {
        let at = locate("glossary", i, &t.term);
        l.check(&at, "term", &t.term, MAX_NAME);
        l.check(&at, "definition", &t.definition, MAX_SHORT_TEXT);
        l.check_all(&at, "avoid", &t.avoid);
    }
    l.problems
}
