//! The front matter's `conway:` key: what a decision holds that MADR has no
//! place for (id, category, links, concerns, relations by decision number,
//! review, resolution, deprecation reason, principles). Written only when not
//! empty and read back exactly; it must never resolve ids against a workspace
//! (the import does that) nor hold anything MADR's own keys already carry.

use std::collections::HashMap;

use super::read::Record;
use super::vocabulary::{
    not_one_of, quote, value, word, RELATION_KINDS, REVERSIBILITIES, SCOPES, STANCES,
};
use super::yaml_in::{self, date, entries, mapping, number, text, texts, Node};
use super::yaml_out::YamlOut;
use super::Warning;
use conway_model::{Category, Comment, Decision, Id, PrincipleRef, Resolution, Review};

const KEYS: [&str; 9] = [
    "id",
    "category",
    "links",
    "concerns",
    "relations",
    "review",
    "resolution",
    "deprecation-reason",
    "principles",
];

fn ids(list: &[Id]) -> Vec<String> {
    list.iter().map(Id::to_string).collect()
}

/// Writes `conway:` and what it holds; relations name decisions by number.
pub(super) fn write(out: &mut YamlOut, d: &Decision, numbers: &HashMap<&Id, u32>) {
    out.key(0, "conway");
    out.text(2, "id", d.id.as_str());
    if let Some(c) = d.category {
        out.key(2, "category");
        out.word(4, "reversibility", word(&REVERSIBILITIES, c.reversibility));
        out.word(4, "scope", word(&SCOPES, c.scope));
    }
    out.list(2, "links", &ids(&d.links));
    out.list(2, "concerns", &ids(&d.concerns));
    let relations: Vec<_> = d
        .relations
        .iter()
        .filter_map(|r| Some((r.kind, *numbers.get(&r.target)?)))
        .collect();
    if !relations.is_empty() {
        out.key(2, "relations");
        for (kind, number) in relations {
            out.dash(4);
            out.word(6, "kind", word(&RELATION_KINDS, kind));
            out.word(6, "decision", &number.to_string());
        }
    }
    write_review(out, &d.review);
    if let Some(r) = &d.resolution {
        out.key(2, "resolution");
        out.text(4, "by", &r.by);
        if let Some(on) = r.on {
            out.word(4, "on", &on.to_string());
        }
    }
    if !d.deprecation_reason.is_empty() {
        out.text(2, "deprecation-reason", &d.deprecation_reason);
    }
    if !d.principles.is_empty() {
        out.key(2, "principles");
        for p in &d.principles {
            out.dash(4);
            out.text(6, "principle", p.principle.as_str());
            out.word(6, "stance", word(&STANCES, p.stance));
            if !p.justification.is_empty() {
                out.text(6, "justification", &p.justification);
            }
        }
    }
}

fn write_review(out: &mut YamlOut, review: &Review) {
    if review.is_empty() {
        return;
    }
    out.key(2, "review");
    out.list(4, "reviewers", &review.reviewers);
    out.list(4, "open-questions", &review.open_questions);
    if !review.comments.is_empty() {
        out.key(4, "comments");
        for c in &review.comments {
            out.dash(6);
            out.text(8, "author", &c.author);
            if let Some(on) = c.date {
                out.word(8, "date", &on.to_string());
            }
            out.text(8, "text", &c.text);
        }
    }
    if let Some(by) = review.review_by {
        out.word(4, "review-by", &by.to_string());
    }
}

/// Reads the `conway:` mapping into `record`; keys in messages are full paths.
pub(super) fn read(map: &Node, record: &mut Record, path: &str) -> Result<(), String> {
    record.conway = true;
    let d = &mut record.decision;
    d.id = Id::new(text(&map["id"], "conway.id")?.trim());
    if let Some(c) = mapping(&map["category"], "conway.category")? {
        let pick = |key: &str| text(&c[key], &format!("conway.category.{key}"));
        let (r, s) = (pick("reversibility")?, pick("scope")?);
        d.category = Some(Category {
            reversibility: value(&REVERSIBILITIES, &r)
                .ok_or_else(|| not_one_of("conway.category.reversibility", &r, &REVERSIBILITIES))?,
            scope: value(&SCOPES, &s)
                .ok_or_else(|| not_one_of("conway.category.scope", &s, &SCOPES))?,
        });
    }
    let id_list = |key: &str| -> Result<Vec<Id>, String> {
        Ok(texts(&map[key], &format!("conway.{key}"))?
            .iter()
            .map(|t| Id::new(t.trim()))
            .collect())
    };
    d.links = id_list("links")?;
    d.concerns = id_list("concerns")?;
    for (i, r) in entries(&map["relations"], "conway.relations")?
        .iter()
        .enumerate()
    {
        let at = format!("conway.relations[{i}]");
        let kind = text(&r["kind"], &format!("{at}.kind"))?;
        let kind = value(&RELATION_KINDS, &kind)
            .ok_or_else(|| not_one_of(&format!("{at}.kind"), &kind, &RELATION_KINDS))?;
        record
            .relations
            .push((kind, number(&r["decision"], &format!("{at}.decision"))?));
    }
    if let Some(r) = mapping(&map["review"], "conway.review")? {
        d.review = read_review(r)?;
    }
    if let Some(r) = mapping(&map["resolution"], "conway.resolution")? {
        d.resolution = Some(Resolution {
            by: text(&r["by"], "conway.resolution.by")?,
            on: date(&r["on"], "conway.resolution.on")?,
        });
    }
    d.deprecation_reason = text(&map["deprecation-reason"], "conway.deprecation-reason")?;
    for (i, p) in entries(&map["principles"], "conway.principles")?
        .iter()
        .enumerate()
    {
        let at = format!("conway.principles[{i}]");
        let stance = text(&p["stance"], &format!("{at}.stance"))?;
        d.principles.push(PrincipleRef {
            principle: Id::new(text(&p["principle"], &format!("{at}.principle"))?.trim()),
            stance: value(&STANCES, &stance)
                .ok_or_else(|| not_one_of(&format!("{at}.stance"), &stance, &STANCES))?,
            justification: text(&p["justification"], &format!("{at}.justification"))?,
        });
    }
    for key in yaml_in::unknown_keys(map, &KEYS) {
        record.warnings.push(Warning {
            path: path.into(),
            message: format!("front matter key conway.{} is not read", quote(&key)),
        });
    }
    Ok(())
}

fn read_review(r: &Node) -> Result<Review, String> {
    let mut review = Review {
        reviewers: texts(&r["reviewers"], "conway.review.reviewers")?,
        open_questions: texts(&r["open-questions"], "conway.review.open-questions")?,
        comments: Vec::new(),
        review_by: date(&r["review-by"], "conway.review.review-by")?,
    };
    for (i, c) in entries(&r["comments"], "conway.review.comments")?
        .iter()
        .enumerate()
    {
        let at = format!("conway.review.comments[{i}]");
        review.comments.push(Comment {
            author: text(&c["author"], &format!("{at}.author"))?,
            date: date(&c["date"], &format!("{at}.date"))?,
            text: text(&c["text"], &format!("{at}.text"))?,
        });
    }
    Ok(review)
}
