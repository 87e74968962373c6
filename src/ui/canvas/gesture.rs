//! The canvas's side of its pointer gestures: a pointer event becomes the
//! plain input of the gesture machine (`editor::gesture`), and the intents
//! it returns become the app's commands, so a gesture is still one undo
//! step. Also the wheel (zoom around the pointer, or pan for trackpad
//! scrolling).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::AppState;
use crate::ui::canvas::connect::{element_at, finish, Pending};
use crate::ui::canvas::preview::DragPreview;
use crate::ui::org::owner_drop::OwnerDrop;
use conway_editor::gesture::{
    Button, End, Gesture, Input, Intent, Modifiers, Pointer, Snapping, Target,
};
use conway_geometry::{Camera, Rect};
use conway_model::{Id, ViewKind};

/// Leaving a form field by pressing the canvas must still save what was typed:
/// blurring fires the field's `change` before the selection moves on.
pub fn commit_pending_input() {
    if let Some(active) = document().active_element() {
        if let Ok(field) = active.dyn_into::<web_sys::HtmlElement>() {
            if matches!(field.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") {
                let _ = field.blur();
            }
        }
    }
}

/// One pane's gestures: its machine (held in `AppState`, so Escape reaches
/// it) and what carrying out its intents touches.
#[derive(Clone, Copy)]
pub struct Gestures {
    state: AppState,
    kind: ViewKind,
    machine: RwSignal<Gesture>,
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
    pub preview: DragPreview,
    owner_drop: OwnerDrop,
    menu: RwSignal<Option<Pending>>,
    /// The canvas's top-left on the page, measured when a gesture starts
    /// (measuring on every move would lay the page out each time).
    origin: StoredValue<(f64, f64)>,
}

impl Gestures {
    pub fn new(
        state: AppState,
        kind: ViewKind,
        camera: RwSignal<Camera>,
        svg: NodeRef<leptos::svg::Svg>,
        menu: RwSignal<Option<Pending>>,
    ) -> Self {
        let gestures = Gestures {
            state,
            kind,
            machine: state.session.pane(kind).gesture,
            camera,
            svg,
            preview: DragPreview::new(),
            owner_drop: OwnerDrop::new(),
            menu,
            origin: StoredValue::new((0.0, 0.0)),
        };
        Effect::new(move |was: Option<bool>| {
            let now = gestures.machine.with(Gesture::is_moving);
            // A drag cancelled from outside (Escape) leaves nothing drawn.
            if was == Some(true) && !now {
                gestures.preview.clear();
                gestures.owner_drop.unmark();
            }
            now
        });
        gestures
    }

    /// Whether a gesture is in progress (a press then starts nothing).
    pub fn busy(&self) -> bool {
        self.machine.with_untracked(|g| !g.is_idle())
    }

    /// The selection rectangle to draw (tracked).
    pub fn marquee(&self) -> Option<conway_editor::gesture::Marquee> {
        self.machine.with(Gesture::marquee)
    }

    /// The rubber band to draw (tracked).
    pub fn rubber(&self) -> Option<conway_editor::gesture::Rubber> {
        self.machine.with(Gesture::rubber)
    }

    /// A press on what the canvas hit; true if it started a gesture.
    pub fn press(&self, event: &leptos::ev::PointerEvent, on: Target) -> bool {
        if self.busy() {
            return false;
        }
        if let Some(svg) = self.svg.get_untracked() {
            let origin = svg.get_bounding_client_rect();
            self.origin.set_value((origin.left(), origin.top()));
        }
        let intents = self.feed(Input::Down {
            pointer: self.pointer(event),
            button: Button::from_index(event.button()),
            on,
        });
        let started = self.busy();
        if let (true, Some(svg)) = (started, self.svg.get_untracked()) {
            let _ = svg.set_pointer_capture(event.pointer_id());
        }
        self.act(intents, event);
        started
    }

    pub fn moved(&self, event: &leptos::ev::PointerEvent) {
        if self.follows(event) {
            let grid = self.state.grid();
            let intents = self.feed(Input::Move {
                pointer: self.pointer(event),
                grid,
            });
            self.act(intents, event);
        }
    }

    pub fn released(&self, event: &leptos::ev::PointerEvent) {
        if !self.follows(event) {
            return;
        }
        let (moving, on_element) = self
            .machine
            .with_untracked(|g| (g.is_moving(), g.ends_on_element()));
        // What lies under the pointer, which only the page can tell.
        let (x, y, own) = (event.client_x(), event.client_y(), self.svg.get_untracked());
        let element = own
            .as_ref()
            .filter(|_| on_element)
            .and_then(|own| element_at(own, x, y));
        let team = own
            .as_ref()
            .filter(|_| moving && self.kind == ViewKind::System)
            .and_then(|own| self.owner_drop.finish(self.state, own, x, y));
        let intents = self.feed(Input::Up {
            pointer: self.pointer(event),
            element,
            team,
        });
        self.act(intents, event);
        if moving {
            self.preview.clear();
        }
    }

    /// The browser took the pointer away.
    pub fn lost(&self, event: &leptos::ev::PointerEvent) {
        let intents = self.feed(Input::Lost);
        self.act(intents, event);
    }

    fn follows(&self, event: &leptos::ev::PointerEvent) -> bool {
        self.machine.with_untracked(Gesture::pointer) == Some(event.pointer_id())
    }

    fn feed(&self, input: Input) -> Vec<Intent> {
        self.machine
            .try_update(|g| g.handle(input))
            .unwrap_or_default()
    }

    fn pointer(&self, event: &leptos::ev::PointerEvent) -> Pointer {
        let camera = self.camera.get_untracked();
        let client = (event.client_x() as f64, event.client_y() as f64);
        let (left, top) = self.origin.get_value();
        Pointer {
            id: event.pointer_id(),
            client,
            canvas: camera.to_canvas(client.0 - left, client.1 - top),
            zoom: camera.zoom,
            modifiers: Modifiers {
                shift: event.shift_key(),
                alt: event.alt_key(),
                space: self.state.session.space_held.get_untracked(),
            },
        }
    }

    fn act(&self, intents: Vec<Intent>, event: &leptos::ev::PointerEvent) {
        let (state, kind) = (self.state, self.kind);
        for intent in intents {
            match intent {
                Intent::PickLink(id) => {
                    state.pick_link(&id);
                }
                Intent::Toggle(id) => state.toggle_selected(id),
                Intent::Select(id) => state.select_element(id),
                Intent::StartMove => self.start_move(),
                Intent::MovePreview { offset, guides } => {
                    self.preview.show(offset, guides);
                    self.hover_team(event);
                }
                Intent::Move { by: (dx, dy) } => {
                    state.move_selection(kind, dx, dy);
                    state.settle_parents(kind);
                }
                Intent::DropOnTeam { team } => {
                    state.assign_owner(&state.selected_elements_untracked(), Some(&team))
                }
                Intent::StartResize => {
                    state.begin_gesture("Resize");
                }
                Intent::Resize { element, to } => self.resize(&element, to),
                Intent::Commit => state.commit_gesture(),
                Intent::Pan { dx, dy } => self.camera.update(|c| *c = c.panned(dx, dy)),
                Intent::SelectInRect { area, additive } => {
                    state.select_in_rect(kind, area.corners(), additive)
                }
                Intent::ClearSelection => state.session.selection.set(None),
                Intent::Connect { source, target, at } => self.connect(source, target, at, event),
                Intent::Reconnect {
                    relationship,
                    end,
                    to,
                } => state.reconnect(&relationship, end == End::Source, to),
                Intent::Cancel => {
                    state.cancel_gesture();
                    self.preview.clear();
                }
            }
        }
    }

    /// Opens the drag's undo step and draws the selection (with what its
    /// boundaries hold) moving; the machine learns what it may snap to.
    fn start_move(&self) {
        let state = self.state;
        state.begin_gesture("Move");
        let Some(view) = state.view_signal(self.kind).get_untracked() else {
            return;
        };
        let selected = state.selected_elements_untracked();
        let snapping = state.doc.workspace.with_untracked(|ws| {
            let v = ws.view(&view)?;
            let moving = conway_editor::elements::moving_set(ws, &view, &selected);
            let snapping = Snapping::new(v, &moving);
            self.preview.start(ws, v, moving);
            snapping
        });
        self.machine.update(|g| g.snap_to(snapping));
    }

    fn hover_team(&self, event: &leptos::ev::PointerEvent) {
        if let (ViewKind::System, Some(own)) = (self.kind, self.svg.get_untracked()) {
            self.owner_drop
                .hover(self.state, &own, event.client_x(), event.client_y());
        }
    }

    fn resize(&self, element: &Id, to: Rect) {
        if self.state.in_gesture() {
            self.state.resize(self.kind, element, to);
        } else {
            // Its undo step is gone (another workspace was opened): the resize just ends.
            self.machine.update(|g| drop(g.handle(Input::Lost)));
        }
    }

    fn connect(
        &self,
        source: Id,
        target: Option<Id>,
        at: (f64, f64),
        event: &leptos::ev::PointerEvent,
    ) {
        let (left, top) = self.origin.get_value();
        let screen = (
            event.client_x() as f64 - left,
            event.client_y() as f64 - top,
        );
        let pending = Pending {
            source,
            target,
            screen,
            at,
        };
        finish(self.state, pending, self.menu);
    }
}

/// Wheel or pinch zooms around the pointer; a trackpad's two-finger scroll pans.
pub fn wheel(
    camera: RwSignal<Camera>,
    svg: NodeRef<leptos::svg::Svg>,
    event: leptos::ev::WheelEvent,
) {
    event.prevent_default();
    let Some(element) = svg.get_untracked() else {
        return;
    };
    let origin = element.get_bounding_client_rect();
    let (sx, sy) = (
        event.client_x() as f64 - origin.left(),
        event.client_y() as f64 - origin.top(),
    );
    let zooming = event.ctrl_key()
        || event.delta_mode() != 0
        || event.delta_y().abs() >= 40.0 && event.delta_x() == 0.0;
    if zooming {
        let factor = (-event.delta_y() * if event.delta_mode() == 1 { 0.05 } else { 0.002 }).exp();
        camera.update(|c| *c = c.zoom_at(factor, sx, sy));
    } else {
        camera.update(|c| *c = c.panned(-event.delta_x(), -event.delta_y()));
    }
}
