//! Publishing: the workspace as one self-contained web page
//! (`conway_share::page`) that anyone opens from disk, a wiki or a static
//! host without Conway, and that Conway opens again. This module only
//! downloads what the page module writes.

use leptos::prelude::*;

use super::AppState;
use conway_share::page::{publish, PageOptions};

/// Downloads `<workspace>.html`, dated today.
pub fn publish_page(state: AppState) {
    let (html, name, title) = state.doc.workspace.with_untracked(|ws| {
        let options = PageOptions {
            published_on: super::today(),
            // Coloured by owner when the user looks at a system view that way.
            by_owner: state
                .session
                .owner_colours
                .with_untracked(|set| !set.is_empty()),
            ..PageOptions::default()
        };
        let file = conway_format::file_name(ws);
        let stem = file
            .strip_suffix(conway_format::FILE_EXTENSION)
            .unwrap_or(&file);
        (
            publish(ws, &options),
            format!("{stem}.html"),
            ws.name.clone(),
        )
    });
    match super::files::download(&html, &name, "text/html") {
        Ok(()) => state.show_info(
            format!("Published \"{title}\" as a web page"),
            format!("{name}: every view, decision, team and term in one file that opens anywhere, without Conway or a network. Conway opens it again too."),
        ),
        Err(reason) => state.show_error("The page was not published", reason),
    }
}
