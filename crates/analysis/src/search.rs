//! Finding things in a workspace by text: elements by name, description and
//! technology, decisions by title and text, and glossary terms by term,
//! definition and the words to avoid. Every word must match.

use conway_model::{Id, Workspace};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitKind {
    Element,
    Decision,
    Term,
}

/// One search result, best first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub kind: HitKind,
    pub id: Id,
    pub title: String,
    /// The kind of element, or the decision's reference and status.
    pub detail: String,
    score: u32,
}

/// How well the words match: name start beats name beats other text; 0 is no match.
fn score(words: &[String], name: &str, rest: &[&str]) -> u32 {
    let name = name.to_lowercase();
    let rest: Vec<String> = rest.iter().map(|t| t.to_lowercase()).collect();
    let mut total = 0;
    for word in words {
        let in_name = if name.starts_with(word.as_str()) {
            3
        } else if name.contains(word.as_str()) {
            2
        } else {
            0
        };
        let in_rest = if rest.iter().any(|t| t.contains(word.as_str())) {
            1
        } else {
            0
        };
        match in_name.max(in_rest) {
            0 => return 0,
            s => total += s,
        }
    }
    total
}

/// Up to `limit` elements and decisions matching every word of `query`.
pub fn search(ws: &Workspace, query: &str, limit: usize) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let elements = ws.elements.iter().map(|e| Hit {
        kind: HitKind::Element,
        id: e.id.clone(),
        title: e.name.clone(),
        detail: e.team_type.map_or_else(
            || e.kind.label().to_string(),
            |t| format!("{} team", t.label()),
        ),
        score: score(&words, &e.name, &[&e.description, &e.technology, &e.role]),
    });
    let decisions = ws.decisions.iter().map(|d| Hit {
        kind: HitKind::Decision,
        id: d.id.clone(),
        title: d.title.clone(),
        detail: format!("{} · {}", d.reference(), d.status.label()),
        score: score(&words, &d.title, &[&d.reference(), &d.context, &d.outcome]),
    });
    let terms = ws.glossary.iter().map(|t| {
        let avoid = t.avoid.join(" ");
        Hit {
            kind: HitKind::Term,
            id: t.id.clone(),
            title: t.term.clone(),
            detail: "Glossary".to_string(),
            score: score(&words, &t.term, &[&t.definition, &avoid]),
        }
    });
    let mut hits: Vec<Hit> = elements
        .chain(decisions)
        .chain(terms)
        .filter(|h| h.score > 0)
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::sample::sample_workspace;

    #[test]
    fn names_rank_above_descriptions_and_every_word_must_match() {
        let ws = sample_workspace();
        let hits = search(&ws, "orders", 50);
        assert_eq!(
            hits[0].title, "Orders Database",
            "a name that starts with the word comes first: {hits:#?}"
        );
        assert!(
            hits.iter().any(|h| h.kind == HitKind::Decision),
            "decisions are found too"
        );
        assert!(search(&ws, "orders kafka", 50).iter().all(|h| h.score >= 2));
        assert!(search(&ws, "zebra", 50).is_empty());
        assert!(search(&ws, "   ", 50).is_empty());
    }

    #[test]
    fn glossary_terms_are_found_by_term_definition_and_words_to_avoid() {
        let ws = sample_workspace();
        let term = |q: &str| {
            search(&ws, q, 50)
                .into_iter()
                .filter(|h| h.kind == HitKind::Term)
                .map(|h| h.title)
                .collect::<Vec<_>>()
        };
        assert_eq!(term("basket")[0], "Basket", "the term itself ranks first");
        assert_eq!(
            term("trolley"),
            vec!["Basket".to_string()],
            "a word to avoid finds its term"
        );
    }

    #[test]
    fn decisions_are_found_by_reference_and_text() {
        let ws = sample_workspace();
        assert_eq!(search(&ws, "adr-0003", 5)[0].kind, HitKind::Decision);
        assert!(
            search(&ws, "RABBITMQ", 5)
                .iter()
                .any(|h| h.title.contains("RabbitMQ")),
            "case does not matter"
        );
    }
}
