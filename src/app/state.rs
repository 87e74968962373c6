//! The reactive state of one open workspace. Signals live here, never in the model.

use leptos::prelude::*;

use super::keymap::ZoomAction;
use conway_edit::History;
use conway_model::{ElementKind, Id, ViewKind, Workspace};

pub use conway_editor::persistence::{Notice, NoticeKind, SaveStatus};

/// What the details panel shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Selection {
    /// One or more elements, in the order they were selected (never empty).
    Elements(Vec<Id>),
    Relationship(Id),
    Decision(Id),
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    /// The storage slot the open workspace is saved in.
    pub slot: RwSignal<String>,
    /// Bumped whenever any stored workspace changes (here or in another tab),
    /// so the workspace list reads storage again.
    pub catalogue_changed: RwSignal<u32>,
    /// Whether the workspace list is open.
    pub workspaces_open: RwSignal<bool>,
    /// Whether the questions for a new decision are open.
    pub new_decision_open: RwSignal<bool>,
    /// The decision whose links clicks on the canvas toggle, while picking.
    pub picking_links: RwSignal<Option<Id>>,
    /// The date the organisation map shows interactions as of (`None`: all).
    pub interactions_as_of: RwSignal<Option<conway_model::Date>>,
    /// A glossary term to show in the overview (set by search).
    pub glossary_focus: RwSignal<Option<Id>>,
    /// The overview's vocabulary shows the concerns, not the glossary.
    pub concerns_open: RwSignal<bool>,
    /// The direction auto-layout runs in (this session).
    pub layout_direction: RwSignal<conway_autolayout::Direction>,
    /// The layered engine auto-layout uses: `Auto` unless the page's address
    /// asks for one (`?layout-engine=layout-rs` or `sugiyama`, for `make bench`).
    pub layout_engine: conway_autolayout::EngineChoice,
    /// The auto-layout running in the background, if any (one at a time).
    pub layout_run: RwSignal<Option<super::LayoutRun>>,
    /// Whether the power/interest grid of stakeholders is open.
    pub stakeholder_grid_open: RwSignal<bool>,
    /// The concern both panes are seen through (the concern lens), if any.
    pub concern_focus: RwSignal<Option<Id>>,
    /// Whether the side panel shows the Conway lens (kept while selecting).
    pub lens_open: RwSignal<bool>,
    /// System views drawn coloured by owner team (for this session).
    pub owner_colours: RwSignal<std::collections::HashSet<Id>>,
    pub selection: RwSignal<Option<Selection>>,
    pub system_view: RwSignal<Option<Id>>,
    pub org_view: RwSignal<Option<Id>>,
    pub save_status: RwSignal<SaveStatus>,
    pub notice: RwSignal<Option<Notice>>,
    /// Revision of the stored copy this tab last read or wrote.
    pub revision: RwSignal<u64>,
    /// The file text this tab last saved or loaded: what "no unsaved changes" means.
    pub last_saved: StoredValue<String>,
    /// Set when a workspace is opened (not edited), so autosave skips that change.
    pub just_loaded: StoredValue<bool>,
    /// Undo and redo steps of this page (never saved).
    pub history: StoredValue<History>,
    /// Whether undo and redo are available, for the buttons.
    pub undo_redo: RwSignal<(bool, bool)>,
    /// The pane the user last worked in (Ctrl+A selects in it).
    pub active_pane: RwSignal<ViewKind>,
    /// The kind most recently created (double-click on empty canvas makes another).
    pub last_kind: RwSignal<Option<ElementKind>>,
    /// The element being renamed in place, if any.
    pub renaming: RwSignal<Option<Id>>,
    /// Whether the properties form of the details panel is unfolded.
    pub properties_open: RwSignal<bool>,
    /// Whether the keyboard shortcuts overlay is open.
    pub shortcuts_open: RwSignal<bool>,
    /// Space is held: dragging the canvas pans instead of selecting.
    pub space_held: RwSignal<bool>,
    /// Whether dragging and resizing snap to the grid.
    pub snap_to_grid: RwSignal<bool>,
    /// Whether the search dialog is open.
    pub search_open: RwSignal<bool>,
    /// An element a pane should bring into view (after a search).
    pub focus_request: RwSignal<Option<(ViewKind, Id)>>,
    /// What the pointer is doing on each pane's canvas (held here so that
    /// cancelling reaches it; the canvas draws from it).
    pub system_gesture: RwSignal<conway_editor::gesture::Gesture>,
    pub org_gesture: RwSignal<conway_editor::gesture::Gesture>,
    /// A zoom asked for by a shortcut, for the pane of that kind to carry out.
    pub zoom_request: RwSignal<Option<(ViewKind, ZoomAction)>>,
}

impl AppState {
    pub fn new(workspace: Workspace) -> Self {
        let state = AppState {
            workspace: RwSignal::new(Workspace::default()),
            slot: RwSignal::new(String::new()),
            catalogue_changed: RwSignal::new(0),
            workspaces_open: RwSignal::new(false),
            new_decision_open: RwSignal::new(false),
            picking_links: RwSignal::new(None),
            owner_colours: RwSignal::new(Default::default()),
            lens_open: RwSignal::new(false),
            concern_focus: RwSignal::new(None),
            stakeholder_grid_open: RwSignal::new(false),
            glossary_focus: RwSignal::new(None),
            concerns_open: RwSignal::new(false),
            layout_direction: RwSignal::new(Default::default()),
            layout_engine: super::layout::engine_from_address(),
            layout_run: RwSignal::new(None),
            interactions_as_of: RwSignal::new(None),
            selection: RwSignal::new(None),
            system_view: RwSignal::new(None),
            org_view: RwSignal::new(None),
            save_status: RwSignal::new(SaveStatus::Saved),
            notice: RwSignal::new(None),
            revision: RwSignal::new(0),
            last_saved: StoredValue::new(String::new()),
            just_loaded: StoredValue::new(false),
            history: StoredValue::new(History::default()),
            undo_redo: RwSignal::new((false, false)),
            active_pane: RwSignal::new(ViewKind::System),
            last_kind: RwSignal::new(None),
            renaming: RwSignal::new(None),
            properties_open: RwSignal::new(false),
            shortcuts_open: RwSignal::new(false),
            space_held: RwSignal::new(false),
            search_open: RwSignal::new(false),
            snap_to_grid: RwSignal::new(false),
            focus_request: RwSignal::new(None),
            zoom_request: RwSignal::new(None),
            system_gesture: RwSignal::new(Default::default()),
            org_gesture: RwSignal::new(Default::default()),
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
            Some(Selection::Elements(ids)) => ids.iter().all(|id| workspace.element(id).is_some()),
            Some(Selection::Decision(id)) => workspace.decision(&id).is_some(),
            Some(Selection::Relationship(id)) => workspace.relationship(&id).is_some(),
            None => true,
        };
        if !selection_survives {
            self.selection.set(None);
        }
        self.renaming.set(None);
        self.just_loaded.set_value(true);
        self.workspace.set(workspace);
        // History belongs to the workspace it was made on.
        self.history.update_value(History::clear);
        self.refresh_history();
    }

    pub fn view_signal(&self, kind: ViewKind) -> RwSignal<Option<Id>> {
        match kind {
            ViewKind::System => self.system_view,
            ViewKind::Org => self.org_view,
        }
    }

    pub fn gesture_signal(&self, kind: ViewKind) -> RwSignal<conway_editor::gesture::Gesture> {
        match kind {
            ViewKind::System => self.system_gesture,
            ViewKind::Org => self.org_gesture,
        }
    }

    pub fn show_error(&self, title: impl Into<String>, detail: impl Into<String>) {
        self.show(NoticeKind::Error, title.into(), detail.into());
    }

    pub fn show_info(&self, title: impl Into<String>, detail: impl Into<String>) {
        self.show(NoticeKind::Info, title.into(), detail.into());
    }

    fn show(&self, kind: NoticeKind, title: String, detail: String) {
        self.notice.set(Some(Notice {
            kind,
            title,
            detail,
            download: None,
        }));
    }
}
