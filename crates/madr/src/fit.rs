//! Fits an imported decision's texts to the limits every workspace keeps
//! (`model::limits`), cutting what is too long and saying so, so that an
//! import can always be applied. It must never change a text within limits.

use conway_model::{Decision, MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT};

/// Cuts each text of `d` to its limit, calling `warn` for each one cut.
pub(super) fn fit(d: &mut Decision, warn: &mut dyn FnMut(String)) {
    let mut cut = |what: &str, text: &mut String, limit: usize| {
        if let Some((end, _)) = text.char_indices().nth(limit) {
            let count = text.chars().count();
            text.truncate(end);
            warn(format!(
                "{what} was {count} characters long; cut to the limit of {limit}"
            ));
        }
    };
    cut("the title", &mut d.title, MAX_NAME);
    cut("the context", &mut d.context, MAX_LONG_TEXT);
    cut("the decision outcome", &mut d.outcome, MAX_LONG_TEXT);
    cut("the confirmation", &mut d.confirmation, MAX_LONG_TEXT);
    cut(
        "the deprecation reason",
        &mut d.deprecation_reason,
        MAX_LONG_TEXT,
    );
    for (what, items) in [
        ("a decision-maker", &mut d.deciders),
        ("a consulted person", &mut d.consulted),
        ("an informed person", &mut d.informed),
        ("a decision driver", &mut d.drivers),
        ("a good consequence", &mut d.good_consequences),
        ("a bad consequence", &mut d.bad_consequences),
        ("a reviewer", &mut d.review.reviewers),
        ("an open question", &mut d.review.open_questions),
    ] {
        for item in items.iter_mut() {
            cut(what, item, MAX_SHORT_TEXT);
        }
    }
    for o in &mut d.options {
        cut("an option's name", &mut o.name, MAX_NAME);
        cut("an option's description", &mut o.description, MAX_LONG_TEXT);
        for item in o.pros.iter_mut().chain(o.cons.iter_mut()) {
            cut("an option's pro or con", item, MAX_SHORT_TEXT);
        }
    }
    for c in &mut d.review.comments {
        cut("a comment's author", &mut c.author, MAX_NAME);
        cut("a comment", &mut c.text, MAX_LONG_TEXT);
    }
    if let Some(r) = &mut d.resolution {
        cut("who resolved the decision", &mut r.by, MAX_NAME);
    }
    for p in &mut d.principles {
        cut(
            "a principle's justification",
            &mut p.justification,
            MAX_LONG_TEXT,
        );
    }
}
