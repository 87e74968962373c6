//! The files worker's jobs: work on files that few users need, kept out of
//! the page's first download. MADR import and export: the MADR reader and
//! writer (YAML, zip, deflate: some 90 KB of compressed wasm). Publishing a
//! web page (`conway_share::page`, some 57 KB), which this crate cannot call:
//! the worker does, through `Job::Publish`. The page sends
//! the workspace as `.conway.json` text with the chosen files; the worker
//! answers with the zip, or with the workspace as the import leaves it, which
//! `replay` turns back into commands on the page, one undoable step.
//!
//! `handle` is all the worker does; the page must never call it (nor
//! `conway_madr`) itself, or the size it saves comes back.

#[cfg(test)]
mod tests;
pub mod wire;

use conway_edit::{Command, DecisionCommand};
use conway_madr::MadrFile;
/// The most bytes the chosen files may hold together.
pub use conway_madr::MAX_TOTAL_BYTES;
use conway_model::Workspace;
use wire::{Job, Reply};

/// Does one MADR job, start to end; every failure is a `Refused` saying
/// why. Publishing is `conway_share::page`'s (a crate above this one), so
/// the worker hands `Job::Publish` there and this refuses it.
pub fn handle(job: Job) -> Reply {
    let result = match job {
        Job::Export { workspace } => export(&workspace),
        Job::Import { workspace, files } => import(&workspace, files),
        Job::Publish { .. } => Err("publishing is done by the page module".into()),
    };
    result.unwrap_or_else(|message| Reply::Refused { message })
}

/// The workspace a job carries, read as a file is.
pub fn read(workspace: &str) -> Result<Workspace, String> {
    conway_format::read(workspace).map_err(|e| format!("The open workspace could not be read: {e}"))
}

fn export(workspace: &str) -> Result<Reply, String> {
    let ws = read(workspace)?;
    Ok(Reply::Exported {
        zip: conway_madr::zip(&conway_madr::export(&ws)),
        decisions: ws.decisions.len() as u32,
    })
}

fn import(workspace: &str, files: Vec<(String, Vec<u8>)>) -> Result<Reply, String> {
    let ws = read(workspace)?;
    let found = gather(files)?;
    let plan = conway_madr::import(&ws, &found).map_err(|e| e.to_string())?;
    if plan.commands.is_empty() {
        return Ok(Reply::NothingFound);
    }
    let mut after = ws;
    for command in plan.commands {
        conway_edit::apply(&mut after, command).map_err(|e| e.to_string())?;
    }
    Ok(Reply::Imported {
        workspace: conway_format::write(&after),
        added: plan.added as u32,
        updated: plan.updated as u32,
        skipped: plan.skipped as u32,
        warnings: plan.warnings.iter().map(ToString::to_string).collect(),
    })
}

/// The MADR files among the chosen ones: zips are opened, other files must
/// be UTF-8 text. Refused, naming the file, at the first one that is neither.
pub fn gather(files: Vec<(String, Vec<u8>)>) -> Result<Vec<MadrFile>, String> {
    let total: usize = files.iter().map(|(_, bytes)| bytes.len()).sum();
    if total > MAX_TOTAL_BYTES {
        return Err(too_big(total as f64));
    }
    let mut found = Vec::new();
    for (name, bytes) in files {
        if name.to_lowercase().ends_with(".zip") {
            let inside = conway_madr::read_archive(&bytes).map_err(|e| format!("{name}: {e}"))?;
            found.extend(inside);
        } else {
            let text = String::from_utf8(bytes)
                .map_err(|_| format!("{name}: not a text file (UTF-8 expected)."))?;
            found.push(MadrFile { path: name, text });
        }
    }
    Ok(found)
}

/// Why files of `total` bytes are too many to import.
pub fn too_big(total: f64) -> String {
    format!(
        "The chosen files hold {:.1} MB; the limit is {} MB.",
        total / 1e6,
        MAX_TOTAL_BYTES / 1_000_000
    )
}

/// The commands that turn `before` into `after` where an import changed it:
/// each new decision added where `after` has it, then one update of every
/// decision that changed. An import adds and updates decisions and nothing
/// else, so nothing else is compared.
pub fn replay(before: &Workspace, after: &Workspace) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut updates = Vec::new();
    for (index, d) in after.decisions.iter().enumerate() {
        match before.decision(&d.id) {
            None => commands.push(
                DecisionCommand::Add {
                    index,
                    decision: Box::new(d.clone()),
                }
                .into(),
            ),
            Some(old) if old != d => updates.push(d.clone()),
            Some(_) => {}
        }
    }
    if !updates.is_empty() {
        commands.push(DecisionCommand::Update { decisions: updates }.into());
    }
    commands
}
