//! Where each pane's camera looks, carried out on the pane's signals: fitting
//! a newly shown view, the zoom shortcuts and buttons, and centring what a
//! search found. What the camera becomes is decided in
//! `conway_editor::session::Framing`; this module only reads the view and the
//! pane's size and sets the camera.

use leptos::prelude::*;

use super::AppState;
use conway_editor::session::{Framing, ZoomAction};
use conway_geometry::Rect;
use conway_model::{Id, ViewKind};

impl AppState {
    /// The pane's size and the bounds of what its view shows.
    fn framing(&self, kind: ViewKind) -> Framing {
        let pane = self.session.pane(kind);
        let bounds = pane.view.get_untracked().and_then(|id| {
            self.doc
                .workspace
                .with_untracked(|ws| ws.view(&id).and_then(|v| v.bounds()))
        });
        Framing {
            screen: pane.screen.get_untracked(),
            bounds: bounds.map(|(x, y, width, height)| Rect {
                x,
                y,
                width,
                height,
            }),
        }
    }

    /// Fits a pane's camera to its view, unless it already framed this view
    /// or has not been laid out yet.
    pub fn frame_if_new(&self, kind: ViewKind) {
        let pane = self.session.pane(kind);
        let view = pane.view.get_untracked();
        if pane.framed.get_untracked() == view && view.is_some() {
            return;
        }
        let framing = self.framing(kind);
        if framing.ready() {
            pane.camera.set(framing.fit());
            // Only when it differs: the pane's effect tracks `framed`, and a
            // pane with no view would otherwise frame itself forever.
            if pane.framed.get_untracked() != view {
                pane.framed.set(view);
            }
        }
    }

    /// Zooms a pane: in, out, back to 100% or to fit its view.
    pub fn zoom(&self, kind: ViewKind, action: ZoomAction) {
        let framing = self.framing(kind);
        if framing.ready() {
            let camera = self.session.pane(kind).camera;
            camera.set(framing.zoom(camera.get_untracked(), action));
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
