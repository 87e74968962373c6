//! Copy, cut, paste and duplicate. The clipboard carries a small workspace
//! file (the selection, the relationships among it, its placement), so a
//! paste works between tabs and even between browsers; pasted records get
//! fresh ids. Each paste or duplicate is one undo step.

use std::collections::HashMap;

use leptos::prelude::*;

use super::elements::fresh_id;
use super::{AppState, Selection};
use conway_edit::{ModelCommand, ViewCommand};
use conway_format as format;
use conway_model::{Id, Placement, View, ViewKind, Workspace};

/// How far a duplicate lands from its original, in canvas units.
const DUPLICATE_OFFSET: f64 = 24.0;

impl AppState {
    /// The selection as a workspace file, or None when nothing is selected.
    pub fn copy_selection(&self) -> Option<String> {
        let selected = self.selected_elements_untracked();
        if selected.is_empty() {
            return None;
        }
        let pane = self.session.active_pane.get_untracked();
        let view_id = self.view_signal(pane).get_untracked();
        self.doc.workspace.with_untracked(|ws| {
            let fragment = fragment(
                ws,
                &selected,
                view_id.as_ref().and_then(|v| ws.view(v)),
                false,
            );
            Some(format::write(&fragment))
        })
    }

    /// Pastes clipboard text if it is a workspace file; the pasted group is
    /// centred on `at` in a pane's current view. Returns false for other text.
    pub fn paste(&self, text: &str, pane: ViewKind, at: Option<(f64, f64)>) -> bool {
        let Ok(fragment) = format::read(text) else {
            return false;
        };
        self.insert_fragment(&fragment, pane, |bounds| match (at, bounds) {
            (Some((x, y)), Some((bx, by, bw, bh))) => (x - (bx + bw / 2.0), y - (by + bh / 2.0)),
            _ => (DUPLICATE_OFFSET, DUPLICATE_OFFSET),
        })
    }

    /// Ctrl/Cmd+D: copies the selection next to itself, keeping its owner
    /// teams and boundaries (which a clipboard file cannot carry).
    pub fn duplicate_selection(&self) {
        let selected = self.selected_elements_untracked();
        if selected.is_empty() {
            return;
        }
        let pane = self.session.active_pane.get_untracked();
        let view_id = self.view_signal(pane).get_untracked();
        let copy = self.doc.workspace.with_untracked(|ws| {
            fragment(
                ws,
                &selected,
                view_id.as_ref().and_then(|v| ws.view(v)),
                true,
            )
        });
        self.insert_fragment(&copy, pane, |_| (DUPLICATE_OFFSET, DUPLICATE_OFFSET));
    }

    fn insert_fragment(
        &self,
        fragment: &Workspace,
        pane: ViewKind,
        offset: impl Fn(Option<(f64, f64, f64, f64)>) -> (f64, f64),
    ) -> bool {
        let Some(view_id) = self.view_signal(pane).get_untracked() else {
            return false;
        };
        let commands = self.doc.workspace.with_untracked(|ws| {
            let mut fresh: HashMap<Id, Id> = HashMap::new();
            let mut taken = ws.clone();
            for e in &fragment.elements {
                let id = fresh_id(&taken, &e.id.as_str().chars().take(40).collect::<String>());
                taken.elements.push(conway_model::Element::new(
                    id.clone(),
                    e.kind,
                    "placeholder",
                ));
                fresh.insert(e.id.clone(), id);
            }
            let mut commands = Vec::new();
            for e in &fragment.elements {
                let mut copy = e.clone();
                copy.id = fresh[&e.id].clone();
                copy.parent = e.parent.as_ref().and_then(|p| {
                    fresh
                        .get(p)
                        .cloned()
                        .or_else(|| ws.element(p).map(|b| b.id.clone()))
                });
                copy.owner = e.owner.as_ref().and_then(|o| {
                    fresh
                        .get(o)
                        .cloned()
                        .or_else(|| ws.element(o).map(|t| t.id.clone()))
                });
                copy.concerns.retain(|c| ws.concern(&c.concern).is_some());
                commands.push(ModelCommand::AddElement { element: copy }.into());
            }
            for r in &fragment.relationships {
                let mut copy = r.clone();
                copy.id = fresh_id(&taken, "rel");
                taken.relationships.push(copy.clone());
                copy.source = fresh[&r.source].clone();
                copy.target = fresh[&r.target].clone();
                commands.push(ModelCommand::AddRelationship { relationship: copy }.into());
            }
            let target_side = ws.view(&view_id).map(|v| v.kind.side());
            let source = fragment
                .views
                .first()
                .filter(|v| Some(v.kind.side()) == target_side);
            if let Some(view) = source {
                let (dx, dy) = offset(view.bounds());
                let placements = view
                    .placements
                    .iter()
                    .map(|p| {
                        (
                            usize::MAX,
                            Placement {
                                element: fresh[&p.element].clone(),
                                x: (p.x + dx).round(),
                                y: (p.y + dy).round(),
                                ..p.clone()
                            },
                        )
                    })
                    .collect();
                commands.push(
                    ViewCommand::Show {
                        view: view_id.clone(),
                        placements,
                    }
                    .into(),
                );
            }
            (commands, fresh.into_values().collect::<Vec<Id>>())
        });
        let (commands, ids) = commands;
        if commands.is_empty() {
            return false;
        }
        self.dispatch_all("Paste", commands);
        let placed: Vec<Id> = self.doc.workspace.with_untracked(|ws| {
            ids.into_iter()
                .filter(|id| ws.element(id).is_some())
                .collect()
        });
        if !placed.is_empty() {
            self.session
                .selection
                .set(Some(Selection::Elements(placed)));
        }
        true
    }
}

/// A workspace holding just the selected elements, the relationships among
/// them, the concerns they name and their placement in `view`. References to
/// records outside the selection are dropped unless `keep_outside` (a
/// duplicate inside the same workspace may keep them).
fn fragment(ws: &Workspace, selected: &[Id], view: Option<&View>, keep_outside: bool) -> Workspace {
    let mut fragment = Workspace::new("Clipboard");
    fragment.elements = ws
        .elements
        .iter()
        .filter(|e| selected.contains(&e.id))
        .cloned()
        .collect();
    if !keep_outside {
        for e in &mut fragment.elements {
            e.parent = e.parent.take().filter(|p| selected.contains(p));
            e.owner = e.owner.take().filter(|o| selected.contains(o));
        }
    }
    fragment.relationships = ws
        .relationships
        .iter()
        .filter(|r| selected.contains(&r.source) && selected.contains(&r.target))
        .cloned()
        .collect();
    fragment.concerns = ws
        .concerns
        .iter()
        .filter(|c| {
            fragment
                .elements
                .iter()
                .any(|e| e.concerns.iter().any(|w| w.concern == c.id))
        })
        .cloned()
        .collect();
    if let Some(view) = view {
        let mut copy = View::new(view.id.clone(), view.kind, view.name.clone());
        copy.placements = view
            .placements
            .iter()
            .filter(|p| selected.contains(&p.element))
            .cloned()
            .collect();
        fragment.views.push(copy);
    }
    fragment
}
