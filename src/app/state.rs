//! The reactive state of one open workspace. Signals live here, never in the model.

use leptos::prelude::*;

use crate::model::{Element, ElementKind, Id, ViewKind, Workspace};

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The last save failed; the message says why and what still works.
    Failed(String),
    /// Saving is off because storage holds data this Conway must not overwrite.
    Paused(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Error,
    Info,
    /// Another tab saved this workspace; the user chooses whose copy wins.
    Conflict,
}

/// A message shown above the panes until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub kind: NoticeKind,
    pub title: String,
    pub detail: String,
    /// Raw text the user can download, e.g. a damaged saved copy.
    pub download: Option<(String, String)>,
}

/// What the details panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    Element(Id),
    Decision(Id),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    pub selection: RwSignal<Option<Selection>>,
    pub system_view: RwSignal<Option<Id>>,
    pub org_view: RwSignal<Option<Id>>,
    pub save_status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
    /// Revision of the stored copy this tab last read or wrote.
    pub revision: RwSignal<u64>,
}

impl AppState {
    pub fn new(workspace: Workspace) -> Self {
        let state = AppState {
            workspace: RwSignal::new(Workspace::default()),
            selection: RwSignal::new(None),
            system_view: RwSignal::new(None),
            org_view: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            revision: RwSignal::new(0),
        };
        state.open(workspace);
        state
    }

    /// Replaces the open workspace (load, import, another tab's save: never an
    /// undo step). Each pane keeps its view if the new workspace still has it.
    pub fn open(&self, workspace: Workspace) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let pane = self.view_signal(kind);
            let kept = pane
                .get_untracked()
                .filter(|id| workspace.view(id).is_some_and(|v| v.kind == kind));
            pane.set(kept.or_else(|| workspace.views_of(kind).next().map(|v| v.id.clone())));
        }
        let selection_survives = match self.selection.get_untracked() {
            Some(Selection::Element(id)) => workspace.element(&id).is_some(),
            Some(Selection::Decision(id)) => workspace.decision(&id).is_some(),
            None => true,
        };
        if !selection_survives {
            self.selection.set(None);
        }
        self.workspace.set(workspace);
    }

    pub fn view_signal(&self, kind: ViewKind) -> RwSignal<Option<Id>> {
        match kind {
            ViewKind::System => self.system_view,
            ViewKind::Org => self.org_view,
        }
    }

    pub fn selected_element(&self) -> Option<Id> {
        match self.selection.get() {
            Some(Selection::Element(id)) => Some(id),
            _ => None,
        }
    }

    /// Selects an element and makes sure both panes show what the selection is about.
    pub fn select_element(&self, id: Id) {
        self.selection.set(Some(Selection::Element(id.clone())));
        let mut wanted = self.cross_highlight();
        wanted.push(id);
        self.reveal(&wanted);
    }

    /// Selects a decision and shows its linked elements where possible.
    pub fn select_decision(&self, id: Id) {
        let links = self.workspace.with_untracked(|ws| {
            ws.decision(&id)
                .map(|d| d.links.clone())
                .unwrap_or_default()
        });
        self.selection.set(Some(Selection::Decision(id)));
        self.reveal(&links);
    }

    /// For each pane whose current view shows none of `ids`, switches to the
    /// view of its kind that shows the most of them (if any does).
    fn reveal(&self, ids: &[Id]) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let current = self.view_signal(kind);
            let better = self.workspace.with_untracked(|ws| {
                let shown = |v: &crate::model::View| ids.iter().filter(|id| v.shows(id)).count();
                let now = current
                    .get_untracked()
                    .and_then(|c| ws.view(&c))
                    .map_or(0, shown);
                if now > 0 {
                    return None;
                }
                ws.views_of(kind)
                    .map(|v| (shown(v), v.id.clone()))
                    .filter(|(n, _)| *n > 0)
                    .max_by_key(|(n, _)| *n)
                    .map(|(_, id)| id)
            });
            if let Some(view) = better {
                current.set(Some(view));
            }
        }
    }

    pub fn show_error(&self, title: impl Into<String>, detail: impl Into<String>) {
        self.notice.set(Some(Notice {
            kind: NoticeKind::Error,
            title: title.into(),
            detail: detail.into(),
            download: None,
        }));
    }

    /// Elements drawn highlighted because of the selection in the other pane:
    /// the owner team of a selected system element, or what a selected team owns.
    pub fn cross_highlight(&self) -> Vec<Id> {
        let Some(id) = self.selected_element() else {
            return Vec::new();
        };
        self.workspace.with(|ws| {
            let Some(element) = ws.element(&id) else {
                return Vec::new();
            };
            if element.kind == ElementKind::Team {
                ws.owned_by(&id).map(|e: &Element| e.id.clone()).collect()
            } else {
                element.owner.iter().cloned().collect()
            }
        })
    }
}
