//! Finding glossary terms in text: whole words, any case, a plural "s"/"es"
//! allowed, the longest term first and no overlaps; a synonym the glossary
//! says to avoid is found too, with the term to use instead. Pure text work.

use conway_model::{Id, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TermUse {
    /// The agreed term.
    Preferred,
    /// A synonym to avoid; the term names the word to use.
    Avoided,
}

/// Where a glossary word occurs, as byte offsets into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMatch {
    pub start: usize,
    pub end: usize,
    pub term: Id,
    pub usage: TermUse,
}

/// A glossary made ready for finding its words in many texts: each pattern
/// once, longest first (so "golden path" wins over "path").
pub struct TermFinder<'g> {
    glossary: &'g [Term],
    patterns: Vec<(Vec<char>, &'g Id, TermUse)>,
}

fn same(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// The glossary words in `text`, in order.
pub fn find_terms(glossary: &[Term], text: &str) -> Vec<TermMatch> {
    TermFinder::new(glossary).find(text)
}

/// `text` cut into pieces, each a glossary word with its mark or plain text.
pub fn glossary_pieces<'t>(glossary: &[Term], text: &'t str) -> Vec<(&'t str, Option<TermMark>)> {
    TermFinder::new(glossary).pieces(text)
}

impl<'g> TermFinder<'g> {
    pub fn new(glossary: &'g [Term]) -> Self {
        let mut patterns: Vec<(Vec<char>, &Id, TermUse)> = Vec::new();
        for t in glossary {
            let words = std::iter::once((t.term.as_str(), TermUse::Preferred))
                .chain(t.avoid.iter().map(|a| (a.as_str(), TermUse::Avoided)));
            for (word, usage) in words {
                let chars: Vec<char> = word.trim().chars().collect();
                if chars.iter().any(|c| c.is_alphanumeric()) {
                    patterns.push((chars, &t.id, usage));
                }
            }
        }
        patterns.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        TermFinder { glossary, patterns }
    }

    /// The terms whose words occur in `text`, each once, in glossary order.
    pub fn terms_in(&self, text: &str) -> Vec<&'g Term> {
        let found = self.find(text);
        self.glossary
            .iter()
            .filter(|t| found.iter().any(|m| m.term == t.id))
            .collect()
    }

    /// The glossary words in `text`, in order.
    pub fn find(&self, text: &str) -> Vec<TermMatch> {
        let patterns = &self.patterns;
        if patterns.is_empty() {
            return Vec::new();
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
        let is_word = |i: usize| chars.get(i).is_some_and(|(_, c)| c.is_alphanumeric());
        let mut found = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            if i > 0 && is_word(i - 1) || !is_word(i) {
                i += 1;
                continue;
            }
            let hit = patterns.iter().find_map(|(pattern, id, usage)| {
                let fits = pattern.len() <= chars.len() - i
                    && pattern
                        .iter()
                        .zip(&chars[i..])
                        .all(|(p, (_, c))| same(*p, *c));
                if !fits {
                    return None;
                }
                let mut end = i + pattern.len();
                // A plural: "orders", "boxes".
                for suffix in [&['e', 's'][..], &['s'][..]] {
                    let matches = suffix
                        .iter()
                        .enumerate()
                        .all(|(k, s)| chars.get(end + k).is_some_and(|(_, c)| same(*c, *s)));
                    if matches && !is_word(end + suffix.len()) {
                        end += suffix.len();
                        break;
                    }
                }
                (!is_word(end)).then(|| (end, (*id).clone(), *usage))
            });
            match hit {
                Some((end, term, usage)) => {
                    found.push(TermMatch {
                        start: byte_at(i),
                        end: byte_at(end),
                        term,
                        usage,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        found
    }
}

/// How a glossary word is shown: a class for its styling and the hover text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMark {
    /// "glossary-word" for an agreed term, "glossary-avoid" for a synonym.
    pub class: &'static str,
    /// "Term: definition", or "Say \"Term\" instead: definition".
    pub hint: String,
}

impl TermFinder<'_> {
    /// `text` cut into pieces, each a glossary word with its mark or plain text.
    pub fn pieces<'t>(&self, text: &'t str) -> Vec<(&'t str, Option<TermMark>)> {
        let mut pieces = Vec::new();
        let mut at = 0;
        for m in self.find(text) {
            let Some(term) = self.glossary.iter().find(|t| t.id == m.term) else {
                continue;
            };
            if m.start > at {
                pieces.push((&text[at..m.start], None));
            }
            let mark = match m.usage {
                TermUse::Preferred => TermMark {
                    class: "glossary-word",
                    hint: format!("{}: {}", term.term, term.definition),
                },
                TermUse::Avoided => TermMark {
                    class: "glossary-avoid",
                    hint: format!("Say \"{}\" instead: {}", term.term, term.definition),
                },
            };
            pieces.push((&text[m.start..m.end], Some(mark)));
            at = m.end;
        }
        if at < text.len() {
            pieces.push((&text[at..], None));
        }
        pieces
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Vec<Term> {
        vec![
            Term {
                id: "t-order".into(),
                term: "Order".into(),
                definition: "A commitment to buy.".into(),
                avoid: vec!["purchase".into()],
            },
            Term {
                id: "t-golden".into(),
                term: "Golden path".into(),
                definition: "The supported way.".into(),
                avoid: vec!["paved road".into()],
            },
            Term {
                id: "t-path".into(),
                term: "Path".into(),
                definition: "A route.".into(),
                avoid: vec![],
            },
        ]
    }

    /// (the words found, the id of their term, how they are used)
    fn words(text: &str) -> Vec<(&str, &'static str, TermUse)> {
        find_terms(&glossary(), text)
            .into_iter()
            .map(|m| {
                let id = ["t-order", "t-golden", "t-path"]
                    .into_iter()
                    .find(|id| m.term.as_str() == *id)
                    .unwrap();
                (&text[m.start..m.end], id, m.usage)
            })
            .collect()
    }

    #[test]
    fn whole_words_in_any_case_with_plurals() {
        assert_eq!(
            words("Orders flow; an ORDER is placed. Reorder and ordering are other words."),
            vec![
                ("Orders", "t-order", TermUse::Preferred),
                ("ORDER", "t-order", TermUse::Preferred)
            ]
        );
    }

    #[test]
    fn the_longest_term_wins_and_matches_do_not_overlap() {
        assert_eq!(
            words("Use the golden path, not any path."),
            vec![
                ("golden path", "t-golden", TermUse::Preferred),
                ("path", "t-path", TermUse::Preferred)
            ]
        );
    }

    #[test]
    fn synonyms_to_avoid_are_found_with_the_preferred_term() {
        assert_eq!(
            words("Each purchase takes the paved road."),
            vec![
                ("purchase", "t-order", TermUse::Avoided),
                ("paved road", "t-golden", TermUse::Avoided)
            ]
        );
    }

    #[test]
    fn offsets_are_byte_offsets_that_survive_non_ascii_text() {
        let text = "Ünïcode — orders ✓";
        let found = find_terms(&glossary(), text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].start..found[0].end], "orders");
        assert!(find_terms(&[], text).is_empty());
        assert!(find_terms(&glossary(), "").is_empty());
    }

    #[test]
    fn pieces_cover_the_text_exactly_and_carry_the_hint() {
        let text = "An order takes the paved road.";
        let pieces = glossary_pieces(&glossary(), text);
        assert_eq!(pieces.iter().map(|(p, _)| *p).collect::<String>(), text);
        let marked: Vec<_> = pieces
            .iter()
            .filter_map(|(p, m)| m.as_ref().map(|m| (*p, m.class, m.hint.as_str())))
            .collect();
        assert_eq!(
            marked,
            vec![
                ("order", "glossary-word", "Order: A commitment to buy."),
                (
                    "paved road",
                    "glossary-avoid",
                    "Say \"Golden path\" instead: The supported way."
                )
            ]
        );
        assert_eq!(glossary_pieces(&[], "plain"), vec![("plain", None)]);
    }
}
