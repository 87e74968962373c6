//! The reactive state of the page, split by what it holds: the document (the
//! open workspace, its history and how it stands in storage), the session
//! (what this tab looks at and works on: selection, each pane's view and
//! camera, lenses) and the dialogs open over them. Signals live here, never
//! in the model; a signal holds state, never an event to be reacted to (no
//! counters, no "requests"): what the rules decide is in `conway_editor`.

use leptos::prelude::*;

use conway_edit::History;
use conway_editor::gesture::Gesture;
use conway_geometry::Camera;
use conway_model::{ElementKind, Id, ViewKind, Workspace};
use conway_storage::Summary;

pub use conway_editor::persistence::{Notice, NoticeKind, SaveStatus};
pub use conway_editor::session::Selection;

/// The open workspace, its undo history, and how it stands in storage.
#[derive(Clone, Copy)]
pub struct Document {
    pub workspace: RwSignal<Workspace>,
    /// The storage slot the open workspace is saved in.
    pub slot: RwSignal<String>,
    /// The workspaces in storage as this tab last read them (the workspace
    /// list shows these, with the open one as it is now).
    pub stored: RwSignal<Vec<Summary>>,
    /// Revision of the stored copy this tab last read or wrote.
    pub revision: RwSignal<u64>,
    /// The file text this tab last saved or loaded: what "no unsaved changes" means.
    pub last_saved: StoredValue<String>,
    /// Set when a workspace is opened (not edited), so autosave skips that change.
    pub just_loaded: StoredValue<bool>,
    pub save_status: RwSignal<SaveStatus>,
    /// Undo and redo steps of this page (never saved).
    pub history: StoredValue<History>,
    /// Whether undo and redo are available, for the buttons.
    pub undo_redo: RwSignal<(bool, bool)>,
    /// Set while a workspace opened from a share link is shown read-only:
    /// it is in no slot and nothing is saved until the user saves it.
    pub shared: RwSignal<bool>,
}

/// One pane's share of the session: the view it shows and how it looks at it.
#[derive(Clone, Copy)]
pub struct Pane {
    pub view: RwSignal<Option<Id>>,
    pub camera: RwSignal<Camera>,
    /// The view the camera was last fitted or centred for: a pane showing
    /// another one (or `None` after a workspace is opened) fits it anew.
    pub framed: RwSignal<Option<Id>>,
    /// The canvas's size in CSS pixels, kept by a ResizeObserver.
    pub screen: RwSignal<(f64, f64)>,
    /// What the pointer is doing on the canvas (held here so that cancelling
    /// reaches it; the canvas draws from it).
    pub gesture: RwSignal<Gesture>,
    /// The camera Conway itself last chose (opening or fitting the view):
    /// while the user has not moved it, a resized pane is framed anew.
    pub auto_camera: StoredValue<Option<(Camera, super::camera::AutoFrame)>>,
}

impl Pane {
    fn new() -> Self {
        Pane {
            view: RwSignal::new(None),
            camera: RwSignal::new(Camera::default()),
            framed: RwSignal::new(None),
            screen: RwSignal::new((0.0, 0.0)),
            gesture: RwSignal::new(Gesture::default()),
            auto_camera: StoredValue::new(None),
        }
    }
}

/// What this tab looks at and works on; never saved with the workspace.
#[derive(Clone, Copy)]
pub struct Session {
    pub selection: RwSignal<Option<Selection>>,
    pub system: Pane,
    pub org: Pane,
    /// The pane the user last worked in (Ctrl+A and zoom shortcuts act on it).
    pub active_pane: RwSignal<ViewKind>,
    /// The decision whose links clicks on the canvas toggle, while picking.
    pub picking_links: RwSignal<Option<Id>>,
    /// The date the organisation map shows interactions as of (`None`: all).
    pub interactions_as_of: RwSignal<Option<conway_model::Date>>,
    /// A glossary term to show in the overview (set by search).
    pub glossary_focus: RwSignal<Option<Id>>,
    /// The overview's vocabulary shows the concerns, not the glossary.
    pub concerns_open: RwSignal<bool>,
    /// The concern both panes are seen through (the concern lens), if any.
    pub concern_focus: RwSignal<Option<Id>>,
    /// Whether the side panel shows the Conway lens (kept while selecting).
    pub lens_open: RwSignal<bool>,
    /// System views drawn coloured by owner team.
    pub owner_colours: RwSignal<std::collections::HashSet<Id>>,
    /// The direction auto-layout runs in.
    pub layout_direction: RwSignal<conway_autolayout::Direction>,
    /// The layered engine auto-layout uses: `Auto` unless the page's address
    /// asks for one (`?layout-engine=layout-rs` or `sugiyama`, for `make bench`).
    pub layout_engine: conway_autolayout::EngineChoice,
    /// The auto-layout running in the background, if any (one at a time).
    pub layout_run: RwSignal<Option<super::LayoutRun>>,
    /// The kind most recently created (double-click on empty canvas makes another).
    pub last_kind: RwSignal<Option<ElementKind>>,
    /// The element being renamed in place, if any.
    pub renaming: RwSignal<Option<Id>>,
    /// Whether the properties form of the details panel is unfolded.
    pub properties_open: RwSignal<bool>,
    /// Space is held: dragging the canvas pans instead of selecting.
    pub space_held: RwSignal<bool>,
    /// Whether dragging and resizing snap to the grid.
    pub snap_to_grid: RwSignal<bool>,
    /// Both maps side by side, or one maximised.
    pub layout: RwSignal<conway_editor::session::PaneLayout>,
    /// The side panel is shown (remembered per browser).
    pub panel_shown: RwSignal<bool>,
    /// The panes' minimaps are shown (remembered per browser).
    pub minimap_shown: RwSignal<bool>,
}

impl Session {
    pub fn pane(&self, kind: ViewKind) -> Pane {
        match kind {
            ViewKind::System => self.system,
            ViewKind::Org => self.org,
        }
    }
}

/// The dialogs and notices open over the maps.
#[derive(Clone, Copy)]
pub struct Dialogs {
    pub workspaces: RwSignal<bool>,
    /// The questions for a new decision.
    pub new_decision: RwSignal<bool>,
    /// The power/interest grid of stakeholders.
    pub stakeholder_grid: RwSignal<bool>,
    /// The keyboard shortcuts overlay.
    pub shortcuts: RwSignal<bool>,
    pub search: RwSignal<bool>,
    /// While printing: the picture of the view being printed (an object URL).
    pub printing: RwSignal<Option<String>>,
    /// The share link dialog.
    pub share: RwSignal<bool>,
    /// The picture export dialog, for the view of that pane.
    pub export_picture: RwSignal<Option<ViewKind>>,
    pub notice: RwSignal<Option<Notice>>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: Document,
    pub session: Session,
    pub dialogs: Dialogs,
}

impl AppState {
    pub fn new(workspace: Workspace) -> Self {
        let doc = Document {
            workspace: RwSignal::new(Workspace::default()),
            slot: RwSignal::new(String::new()),
            stored: RwSignal::new(Vec::new()),
            revision: RwSignal::new(0),
            last_saved: StoredValue::new(String::new()),
            just_loaded: StoredValue::new(false),
            save_status: RwSignal::new(SaveStatus::Saved),
            history: StoredValue::new(History::default()),
            undo_redo: RwSignal::new((false, false)),
            shared: RwSignal::new(false),
        };
        let session = Session {
            selection: RwSignal::new(None),
            system: Pane::new(),
            org: Pane::new(),
            active_pane: RwSignal::new(ViewKind::System),
            picking_links: RwSignal::new(None),
            interactions_as_of: RwSignal::new(None),
            glossary_focus: RwSignal::new(None),
            concerns_open: RwSignal::new(false),
            concern_focus: RwSignal::new(None),
            lens_open: RwSignal::new(false),
            owner_colours: RwSignal::new(Default::default()),
            layout_direction: RwSignal::new(Default::default()),
            layout_engine: super::layout::engine_from_address(),
            layout_run: RwSignal::new(None),
            last_kind: RwSignal::new(None),
            renaming: RwSignal::new(None),
            properties_open: RwSignal::new(false),
            space_held: RwSignal::new(false),
            snap_to_grid: RwSignal::new(false),
            layout: RwSignal::new(Default::default()),
            panel_shown: RwSignal::new(super::room::remembered(super::room::PANEL_KEY)),
            minimap_shown: RwSignal::new(super::room::remembered(super::room::MINIMAP_KEY)),
        };
        let dialogs = Dialogs {
            workspaces: RwSignal::new(false),
            new_decision: RwSignal::new(false),
            stakeholder_grid: RwSignal::new(false),
            shortcuts: RwSignal::new(false),
            search: RwSignal::new(false),
            printing: RwSignal::new(None),
            share: RwSignal::new(false),
            export_picture: RwSignal::new(None),
            notice: RwSignal::new(None),
        };
        let state = AppState {
            doc,
            session,
            dialogs,
        };
        state.open(workspace);
        state
    }

    /// Replaces the open workspace (load, import, another tab's save: never an
    /// undo step). Each pane keeps its view if the new workspace still has it,
    /// and fits it anew.
    pub fn open(&self, workspace: Workspace) {
        for kind in [ViewKind::System, ViewKind::Org] {
            let pane = self.session.pane(kind);
            let kept = pane.view.with_untracked(|current| {
                conway_editor::session::view_after_open(&workspace, kind, current.as_ref())
            });
            pane.view.set(kept);
            pane.framed.set(None);
        }
        let survives = self
            .session
            .selection
            .with_untracked(|s| s.as_ref().is_none_or(|s| s.survives_in(&workspace)));
        if !survives {
            self.session.selection.set(None);
        }
        self.session.renaming.set(None);
        self.doc.just_loaded.set_value(true);
        self.doc.workspace.set(workspace);
        // History belongs to the workspace it was made on.
        self.doc.history.update_value(History::clear);
        self.refresh_history();
    }

    /// The view a pane shows.
    pub fn view_signal(&self, kind: ViewKind) -> RwSignal<Option<Id>> {
        self.session.pane(kind).view
    }

    pub fn show_error(&self, title: impl Into<String>, detail: impl Into<String>) {
        self.show(NoticeKind::Error, title.into(), detail.into());
    }

    pub fn show_info(&self, title: impl Into<String>, detail: impl Into<String>) {
        self.show(NoticeKind::Info, title.into(), detail.into());
    }

    fn show(&self, kind: NoticeKind, title: String, detail: String) {
        self.dialogs.notice.set(Some(Notice {
            kind,
            title,
            detail,
            download: None,
        }));
    }
}
