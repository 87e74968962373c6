//! Text with its glossary words marked: an agreed term is underlined with its
//! definition on hover; a synonym to avoid is flagged with the term to use.
//! Only text nodes and attributes are made, never markup from the text.

use leptos::prelude::*;

use crate::app::AppState;
use crate::model::{find_terms, TermUse};

#[component]
pub fn GlossaryText(text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pieces = state.workspace.with_untracked(|ws| {
        let mut pieces = Vec::new();
        let mut at = 0;
        for m in find_terms(&ws.glossary, &text) {
            if m.start > at {
                pieces.push((text[at..m.start].to_string(), None));
            }
            let Some(term) = ws.glossary.iter().find(|t| t.id == m.term) else {
                continue;
            };
            let hint = match m.usage {
                TermUse::Preferred => (
                    format!("{}: {}", term.term, term.definition),
                    "glossary-word",
                ),
                TermUse::Avoided => (
                    format!("Say \"{}\" instead: {}", term.term, term.definition),
                    "glossary-avoid",
                ),
            };
            pieces.push((text[m.start..m.end].to_string(), Some(hint)));
            at = m.end;
        }
        if at < text.len() {
            pieces.push((text[at..].to_string(), None));
        }
        pieces
    });
    pieces
        .into_iter()
        .map(|(piece, hint)| match hint {
            None => piece.into_any(),
            Some((title, class)) => {
                view! { <span class=class title=title data-testid=class>{piece}</span> }.into_any()
            }
        })
        .collect_view()
}
