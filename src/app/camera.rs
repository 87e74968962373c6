//! Where each pane's camera looks, carried out on the pane's signals: framing
//! a newly shown view, the zoom shortcuts and buttons, centring what a search
//! found, and keeping the view steady when the pane is resized. What the
//! camera becomes is decided in `conway_editor::session::Framing`; this
//! module only reads the view, the pane's size and what floats over it, and
//! sets the camera.

use leptos::prelude::*;

use super::{AppState, Selection};
use conway_editor::scene::view_readable_zoom;
use conway_editor::session::{legend_rows, Framing, Overlays, ZoomAction};
use conway_geometry::{Camera, Rect};
use conway_model::{Id, ViewKind};

/// How Conway last framed a pane by itself, so that a resize can do it again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AutoFrame {
    /// As a newly shown view: whole, or its important part if that reads better.
    Opened,
    /// The whole view (Fit).
    Fitted,
}

impl AppState {
    /// The pane's size, the bounds of what its view shows and what floats over it.
    fn framing(&self, kind: ViewKind) -> Framing {
        let pane = self.session.pane(kind);
        let view = pane.view.get_untracked();
        let legend = view.as_ref().is_some_and(|v| {
            self.session
                .owner_colours
                .with_untracked(|set| set.contains(v))
        });
        let (bounds, legend_rows) = view
            .as_ref()
            .and_then(|id| {
                self.doc.workspace.with_untracked(|ws| {
                    let v = ws.view(id)?;
                    Some((v.bounds(), legend.then(|| legend_rows(ws, v))))
                })
            })
            .unwrap_or((None, None));
        let screen = pane.screen.get_untracked();
        let overlays = Overlays {
            minimap: self.session.minimap_shown.get_untracked(),
            legend_rows,
        };
        Framing {
            screen,
            bounds: bounds.map(|(x, y, width, height)| Rect {
                x,
                y,
                width,
                height,
            }),
            clear: overlays.insets(kind, screen.1),
        }
    }

    /// The selected elements' bounds in `kind`'s view, if any are in it.
    fn selection_bounds(&self, kind: ViewKind) -> Option<Rect> {
        let Some(Selection::Elements(ids)) = self.session.selection.get_untracked() else {
            return None;
        };
        ids.iter()
            .filter_map(|id| self.placement_in(kind, id))
            .map(|p| Rect::from(&p))
            .reduce(Rect::union)
    }

    /// How a newly shown view opens: whole if its names read well so, else
    /// its important part (the selection, or its top) at a readable zoom.
    fn opened(&self, kind: ViewKind, framing: &Framing) -> Camera {
        let readable = self
            .session
            .pane(kind)
            .view
            .get_untracked()
            .map_or(0.0, |id| {
                self.doc
                    .workspace
                    .with_untracked(|ws| ws.view(&id).map_or(0.0, |v| view_readable_zoom(ws, v)))
            });
        framing.open(readable, self.selection_bounds(kind))
    }

    fn set_auto_camera(&self, kind: ViewKind, camera: Camera, how: AutoFrame) {
        let pane = self.session.pane(kind);
        pane.camera.set(camera);
        pane.auto_camera.set_value(Some((camera, how)));
    }

    /// Frames a pane's newly shown view, unless it already framed this view
    /// or has not been laid out yet.
    pub fn frame_if_new(&self, kind: ViewKind) {
        let pane = self.session.pane(kind);
        let view = pane.view.get_untracked();
        if pane.framed.get_untracked() == view && view.is_some() {
            return;
        }
        let framing = self.framing(kind);
        if framing.ready() {
            self.set_auto_camera(kind, self.opened(kind, &framing), AutoFrame::Opened);
            // Only when it differs: the pane's effect tracks `framed`, and a
            // pane with no view would otherwise frame itself forever.
            if pane.framed.get_untracked() != view {
                pane.framed.set(view);
            }
        }
    }

    /// The pane was resized from `before`: a view Conway framed by itself
    /// is framed again for the new size; one the user moved keeps its middle.
    pub fn resized(&self, kind: ViewKind, before: (f64, f64)) {
        let pane = self.session.pane(kind);
        let view = pane.view.get_untracked();
        if view.is_none() || pane.framed.get_untracked() != view {
            return; // Not framed yet: `frame_if_new` does it.
        }
        let framing = self.framing(kind);
        if !framing.ready() {
            return;
        }
        let camera = pane.camera.get_untracked();
        match pane.auto_camera.get_value() {
            Some((auto, how)) if auto == camera => {
                let again = match how {
                    AutoFrame::Opened => self.opened(kind, &framing),
                    AutoFrame::Fitted => framing.fit(),
                };
                self.set_auto_camera(kind, again, how);
            }
            _ => pane.camera.set(framing.resized(camera, before)),
        }
    }

    /// Zooms a pane: in, out, back to 100% or to fit its view.
    pub fn zoom(&self, kind: ViewKind, action: ZoomAction) {
        let framing = self.framing(kind);
        if framing.ready() {
            let camera = self.session.pane(kind).camera;
            let next = framing.zoom(camera.get_untracked(), action);
            if action == ZoomAction::Fit {
                self.set_auto_camera(kind, next, AutoFrame::Fitted);
            } else {
                camera.set(next);
            }
        }
    }

    /// Shows the element a search chose in the middle of its pane, switching
    /// the pane to a view that shows it first if need be.
    pub fn centre_on(&self, kind: ViewKind, id: &Id) {
        self.reveal(std::slice::from_ref(id));
        let Some(placement) = self.placement_in(kind, id) else {
            return;
        };
        let pane = self.session.pane(kind);
        let framing = self.framing(kind);
        if !framing.ready() {
            return;
        }
        pane.camera
            .set(framing.centre_on(pane.camera.get_untracked(), placement.centre()));
        pane.framed.set(pane.view.get_untracked());
    }
}
