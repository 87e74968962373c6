//! Turns MADR files into the commands that bring their decisions into a
//! workspace: matched by number (an update keeps the decision's id), new ids
//! where needed, relations resolved by number, references the workspace does
//! not have dropped with a warning, texts fitted to Conway's limits. It must
//! never change the workspace itself: `edit` applies the commands, which it
//! orders so that each applies on its own: new decisions first, each at its
//! place in the log with the relations whose targets already exist, then one
//! update with the rest.

use std::collections::{HashMap, HashSet};

use super::archive::check_sizes;
use super::names::{named, Named};
use super::read::{self, Record};
use super::resolve::Resolver;
use super::{Import, MadrError, MadrFile, Warning};
use conway_edit::{Command, DecisionCommand};
use conway_model::{Decision, Id, Workspace};

/// What importing `files` into `ws` would do; files that are not decision
/// records (`NNNN-title.md`) are skipped. Fails, naming the file, on a file
/// it cannot read or two files with the same number.
pub fn import(ws: &Workspace, files: &[MadrFile]) -> Result<Import, MadrError> {
    check_sizes(files.iter().map(|f| (f.path.as_str(), f.text.len())))?;
    let mut warnings = Vec::new();
    let mut skipped = 0;
    let mut records: Vec<(&str, Record)> = Vec::new();
    let mut paths: HashMap<u32, &str> = HashMap::new();
    for f in files {
        match named(&f.path) {
            Named::Other => skipped += 1,
            Named::BadNumber(message) => {
                skipped += 1;
                warnings.push(Warning {
                    path: f.path.clone(),
                    message,
                });
            }
            Named::Decision(number) => {
                if let Some(first) = paths.insert(number, &f.path) {
                    return Err(MadrError::at(
                        &f.path,
                        format!("decision number {number} is also the number of {first}"),
                    ));
                }
                let mut record = read::record(&f.path, &f.text, number)
                    .map_err(|message| MadrError::at(&f.path, message))?;
                warnings.append(&mut record.warnings);
                records.push((&f.path, record));
            }
        }
    }
    records.sort_by_key(|(_, r)| r.number);
    let mut resolver = Resolver::new(ws, warnings);
    // Ids the files ask for first, then new ones for the rest.
    for (_, r) in &records {
        resolver.claim(r);
    }
    for (path, r) in &records {
        resolver.id_for(path, r);
    }
    let mut decisions: Vec<Decision> = records
        .iter()
        .map(|(path, r)| resolver.decision(path, r))
        .collect();
    if let Some((path, _)) = records
        .iter()
        .zip(&decisions)
        .find(|(_, d)| d.title.trim().is_empty())
    {
        return Err(MadrError::at(path.0, "the title is empty"));
    }
    let extra = resolver.successors(&records, &mut decisions);
    let updated = decisions
        .iter()
        .filter(|d| resolver.existing.contains_key(&d.number))
        .count();
    let commands = commands(ws, decisions, extra);
    Ok(Import {
        commands,
        added: records.len() - updated,
        updated,
        skipped,
        warnings: resolver.warnings,
    })
}

/// New decisions first, in number order and each at its place in the log, with
/// the relations whose targets are already there; then one update for the
/// decisions the log had and the relations that had to wait.
fn commands(ws: &Workspace, decisions: Vec<Decision>, extra: Vec<Decision>) -> Vec<Command> {
    let mut numbers: Vec<u32> = ws.decisions.iter().map(|d| d.number).collect();
    let mut present: HashSet<Id> = ws.decisions.iter().map(|d| d.id.clone()).collect();
    let existing: HashSet<u32> = numbers.iter().copied().collect();
    let mut commands = Vec::new();
    let mut updates = Vec::new();
    for d in decisions {
        if existing.contains(&d.number) {
            updates.push(d);
            continue;
        }
        let mut first = d.clone();
        first.relations.retain(|r| present.contains(&r.target));
        let index = numbers
            .iter()
            .position(|&n| n > d.number)
            .unwrap_or(numbers.len());
        numbers.insert(index, d.number);
        present.insert(d.id.clone());
        if first.relations.len() != d.relations.len() {
            updates.push(d);
        }
        commands.push(
            DecisionCommand::Add {
                index,
                decision: Box::new(first),
            }
            .into(),
        );
    }
    updates.extend(extra);
    if !updates.is_empty() {
        commands.push(DecisionCommand::Update { decisions: updates }.into());
    }
    commands
}
