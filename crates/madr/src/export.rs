//! Writes a workspace's decision log as a MADR folder: one file per decision,
//! in number order, and `docs/decisions/README.md`, an index table. It must
//! never change the workspace or read anything but its decisions.

use std::collections::HashMap;

use super::names::{decision_path, file_name, DECISIONS_FOLDER};
use super::sections::{self, one_line};
use super::vocabulary::{word, STATUSES};
use super::{front_matter, MadrFile};
use conway_model::{Decision, Id, Workspace};

/// The MADR files of the decision log: `docs/decisions/NNNN-title.md` for
/// each decision, in number order, then the index `docs/decisions/README.md`.
pub fn export(ws: &Workspace) -> Vec<MadrFile> {
    let mut decisions: Vec<&Decision> = ws.decisions.iter().collect();
    decisions.sort_by_key(|d| d.number);
    let numbers: HashMap<&Id, u32> = decisions.iter().map(|d| (&d.id, d.number)).collect();
    let mut files: Vec<MadrFile> = decisions
        .iter()
        .map(|d| MadrFile {
            path: decision_path(d.number, &d.title),
            text: format!(
                "{}\n{}",
                front_matter::write(d, &numbers),
                sections::write(d)
            ),
        })
        .collect();
    let index = index(ws, &decisions, &files);
    files.push(MadrFile {
        path: format!("{DECISIONS_FOLDER}/README.md"),
        text: index,
    });
    files
}

/// A table of every decision: number, title linking to its file, status, date.
fn index(ws: &Workspace, decisions: &[&Decision], files: &[MadrFile]) -> String {
    let mut out = String::from("# Decision log\n\n");
    if !ws.name.trim().is_empty() {
        out.push_str(&format!(
            "The architecture decisions of {}, as Markdown Any Decision Records \
             ([MADR](https://adr.github.io/madr/)), exported from Conway.\n\n",
            table_text(&ws.name)
        ));
    }
    out.push_str("| Number | Title | Status | Date |\n| --- | --- | --- | --- |\n");
    for (d, file) in decisions.iter().zip(files) {
        out.push_str(&format!(
            "| {} | [{}]({}) | {} | {} |\n",
            d.reference(),
            table_text(&d.title),
            file_name(&file.path),
            word(&STATUSES, d.status),
            d.date.map(|date| date.to_string()).unwrap_or_default()
        ));
    }
    out
}

/// Text safe in a table cell and a link's text: one line, with the
/// characters Markdown would read as structure escaped.
fn table_text(text: &str) -> String {
    let mut out = String::new();
    for c in one_line(text).chars() {
        if matches!(c, '|' | '[' | ']' | '\\' | '*' | '_' | '`' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
