//! The options of a MADR file: `## Considered Options` names them in order,
//! `## Pros and Cons of the Options` gives each a `### name` subsection with
//! a description and `Good, because` / `Bad, because` bullets. Reading only:
//! it must never write a file nor look at other sections.

use std::collections::{HashMap, VecDeque};

use super::blocks::{append, body, bullets, trim_blank};
use super::sections::{heading_of, verdict, verdict_bullet, Verdict};
use conway_model::ConsideredOption;

/// The `### option` subsections of `## Pros and Cons of the Options`: a
/// description, then verdict bullets. Says whether text before the first
/// subsection had to be left out.
pub(super) fn pros_and_cons(lines: &[&str], details: &mut Vec<ConsideredOption>) -> bool {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&j| matches!(heading_of(lines[j]), Some((3, _))))
        .collect();
    let intro = &lines[..starts.first().copied().unwrap_or(lines.len())];
    for (k, &start) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(lines.len());
        let name = heading_of(lines[start]).map_or("", |(_, n)| n);
        let content = &lines[start + 1..end];
        let split = content
            .iter()
            .position(|l| verdict_bullet(l).is_some())
            .unwrap_or(content.len());
        let mut option = ConsideredOption {
            name: name.to_string(),
            description: body(&content[..split]),
            ..ConsideredOption::default()
        };
        let mut rest = Vec::new();
        for b in bullets(&content[split..]) {
            match (b.marker, verdict(&b.text)) {
                (true, Some((Verdict::Good, t))) => option.pros.push(t.into()),
                (true, Some((Verdict::Bad, t))) => option.cons.push(t.into()),
                _ => rest.extend(b.lines),
            }
        }
        append(&mut option.description, &trim_blank(&rest).join("\n"));
        details.push(option);
    }
    intro.iter().any(|l| !l.trim().is_empty())
}

/// Options in the order `Considered Options` lists them, each with the details
/// of the first unclaimed subsection of its name; subsections of options the
/// list lacks come after.
pub(super) fn merge(names: Vec<String>, details: Vec<ConsideredOption>) -> Vec<ConsideredOption> {
    let mut unclaimed: HashMap<String, VecDeque<usize>> = HashMap::new();
    for (i, name) in names.iter().enumerate() {
        unclaimed.entry(name.clone()).or_default().push_back(i);
    }
    let mut options: Vec<ConsideredOption> = names
        .into_iter()
        .map(|name| ConsideredOption {
            name,
            ..ConsideredOption::default()
        })
        .collect();
    for option in details {
        match unclaimed
            .get_mut(&option.name)
            .and_then(VecDeque::pop_front)
        {
            Some(i) => options[i] = option,
            None => options.push(option),
        }
    }
    options
}
