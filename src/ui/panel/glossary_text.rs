//! Text with its glossary words marked: an agreed term is underlined with its
//! definition on hover; a synonym to avoid is flagged with the term to use.
//! Only text nodes and attributes are made, never markup from the text.

use leptos::prelude::*;

use crate::app::AppState;
use conway_analysis::glossary_pieces;

#[component]
pub fn GlossaryText(text: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pieces: Vec<(String, Option<_>)> = state.doc.workspace.with_untracked(|ws| {
        glossary_pieces(&ws.glossary, &text)
            .into_iter()
            .map(|(piece, mark)| (piece.to_string(), mark))
            .collect()
    });
    pieces
        .into_iter()
        .map(|(piece, mark)| match mark {
            None => piece.into_any(),
            Some(mark) => view! {
                <span class=mark.class title=mark.hint data-testid=mark.class>{piece}</span>
            }
            .into_any(),
        })
        .collect_view()
}
