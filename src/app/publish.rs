//! Publishing: the workspace as one self-contained web page
//! (the share crate's `page`) that anyone opens from disk, a wiki or a static
//! host without Conway, and that Conway opens again. The page is written in
//! the files worker, so its code is not in the app's first download; this
//! module sends the job and downloads the answer.

use leptos::prelude::*;

use super::AppState;
use conway_editor::file_jobs::wire::{Job, Reply};

/// Downloads `<workspace>.html`, dated today.
pub fn publish_page(state: AppState) {
    let (workspace, name, title) = state.doc.workspace.with_untracked(|ws| {
        let file = conway_format::file_name(ws);
        let stem = file
            .strip_suffix(conway_format::FILE_EXTENSION)
            .unwrap_or(&file);
        (
            conway_format::write(ws),
            format!("{stem}.html"),
            ws.name.clone(),
        )
    });
    let job = Job::Publish {
        workspace,
        published_on: super::today().map(|d| d.to_string()).unwrap_or_default(),
        // Coloured by owner when the user looks at a system view that way.
        by_owner: state
            .session
            .owner_colours
            .with_untracked(|set| !set.is_empty()),
    };
    super::timing::begin("conway:publish");
    leptos::task::spawn_local(async move {
        let answer = super::worker_job::files_job(&job).await;
        super::timing::finish("conway:publish");
        let result = match answer {
            Ok(Reply::Published { html }) => super::files::download(&html, &name, "text/html"),
            Ok(Reply::Refused { message }) => Err(message),
            Ok(other) => Err(format!("the worker answered {other:?}")),
            Err(reason) => Err(reason),
        };
        match result {
            Ok(()) => state.show_info(
                format!("Published \"{title}\" as a web page"),
                format!("{name}: every view, decision, team and term in one file that opens anywhere, without Conway or a network. Conway opens it again too."),
            ),
            Err(reason) => state.show_error("The page was not published", reason),
        }
    });
}
