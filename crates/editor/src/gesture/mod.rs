//! The canvas's pointer gestures as a state machine over plain points: a
//! press on what the canvas hit (empty canvas, an element, a corner, a
//! relationship end, a connection handle), moves and a release become
//! intents — select, pan, move or drop on a team, resize, marquee, connect,
//! reconnect — and Escape or a lost pointer cancels, leaving nothing drawn
//! and nothing changed. It never touches the browser, the workspace or the
//! undo history: the canvas hit-tests, feeds it inputs and carries out what
//! it returns.

mod input;
mod intent;
mod snapping;

#[cfg(test)]
mod tests;

pub use input::{Button, End, Input, Modifiers, Pointer, Target};
pub use intent::{Intent, Marquee, Rubber};
pub use snapping::{Snapping, SNAP_PIXELS};

use conway_geometry::{drag_step, resized, Corner, Rect};
use conway_model::Id;

/// Pointer travel (screen pixels) below which a press counts as a click.
pub const CLICK_SLOP: f64 = 4.0;

/// What the canvas's pointer is doing: nothing, or one gesture (a second
/// finger or button joins nothing).
#[derive(Clone, Debug, Default)]
pub struct Gesture {
    held: Option<Held>,
}

/// A gesture in progress; points in `client` are screen pixels, the rest canvas units.
#[derive(Clone, Debug)]
enum Held {
    /// Space-drag or middle-drag pans the camera.
    Pan { pointer: i32, last: (f64, f64) },
    /// Dragging an element moves the selection; `anchor` is the pressed
    /// element's top-left, `offset` how far the selection is drawn moved.
    Drag {
        pointer: i32,
        start: (f64, f64),
        anchor: (f64, f64),
        snapping: Option<Snapping>,
        offset: (f64, f64),
    },
    /// Dragging a corner handle resizes one element.
    Resize {
        pointer: i32,
        element: Id,
        start: (f64, f64),
        original: Rect,
        corner: Corner,
    },
    /// Dragging empty canvas draws a selection rectangle (once it has moved).
    Marquee {
        pointer: i32,
        start: (f64, f64),
        end: Option<(f64, f64)>,
        additive: bool,
    },
    /// Dragging from a handle draws a relationship.
    Connect {
        pointer: i32,
        source: Id,
        line: Rubber,
    },
    /// Dragging an end of the selected relationship moves that end.
    Reconnect {
        pointer: i32,
        relationship: Id,
        end: End,
        line: Rubber,
    },
}

impl Held {
    fn pointer(&self) -> i32 {
        match self {
            Held::Pan { pointer, .. }
            | Held::Drag { pointer, .. }
            | Held::Resize { pointer, .. }
            | Held::Marquee { pointer, .. }
            | Held::Connect { pointer, .. }
            | Held::Reconnect { pointer, .. } => *pointer,
        }
    }
}

impl Gesture {
    /// Takes one input and says what to do about it.
    pub fn handle(&mut self, input: Input) -> Vec<Intent> {
        match input {
            Input::Down {
                pointer,
                button,
                on,
            } => match self.held {
                Some(_) => Vec::new(),
                None => self.press(pointer, button, on),
            },
            Input::Move { pointer, grid } => self.follow(pointer, grid),
            Input::Up {
                pointer,
                element,
                team,
            } => self.release(pointer, element, team),
            Input::Escape | Input::Lost => match self.held.take() {
                Some(_) => vec![Intent::Cancel],
                None => Vec::new(),
            },
        }
    }

    /// Gives a drag that has just started the elements it snaps to (known
    /// only once the canvas has carried out `StartMove`).
    pub fn snap_to(&mut self, snapping: Option<Snapping>) {
        if let Some(Held::Drag { snapping: s, .. }) = &mut self.held {
            *s = snapping;
        }
    }

    pub fn is_idle(&self) -> bool {
        self.held.is_none()
    }

    /// The pointer the gesture follows, if one is in progress.
    pub fn pointer(&self) -> Option<i32> {
        self.held.as_ref().map(Held::pointer)
    }

    /// Whether elements are being dragged (a release may drop them on a team).
    pub fn is_moving(&self) -> bool {
        matches!(self.held, Some(Held::Drag { .. }))
    }

    /// Whether the release needs the element under the pointer.
    pub fn ends_on_element(&self) -> bool {
        matches!(
            self.held,
            Some(Held::Connect { .. } | Held::Reconnect { .. })
        )
    }

    /// The selection rectangle to draw, once the pointer has moved.
    pub fn marquee(&self) -> Option<Marquee> {
        match self.held {
            Some(Held::Marquee {
                start,
                end: Some(end),
                ..
            }) => Some(Marquee::spanning(start, end)),
            _ => None,
        }
    }

    /// The rubber band to draw while connecting or reconnecting.
    pub fn rubber(&self) -> Option<Rubber> {
        match &self.held {
            Some(Held::Connect { line, .. } | Held::Reconnect { line, .. }) => Some(*line),
            _ => None,
        }
    }

    fn press(&mut self, pointer: Pointer, button: Button, on: Target) -> Vec<Intent> {
        match on {
            Target::Canvas => self.held = canvas_gesture(pointer, button),
            Target::Element { .. } if button == Button::Primary => {
                return self.press_element(pointer, on)
            }
            on => self.held = handle_gesture(pointer, button, on),
        }
        match self.held {
            Some(Held::Resize { .. }) => vec![Intent::StartResize],
            _ => Vec::new(),
        }
    }

    /// A primary press on an element: picks a link, toggles it in the
    /// selection (Shift), or starts dragging the selection.
    fn press_element(&mut self, pointer: Pointer, on: Target) -> Vec<Intent> {
        let Target::Element {
            element,
            top_left,
            selected,
            picking_links,
        } = on
        else {
            return Vec::new();
        };
        if picking_links {
            return vec![Intent::PickLink(element)];
        }
        if pointer.modifiers.shift {
            return vec![Intent::Toggle(element)];
        }
        self.held = Some(Held::Drag {
            pointer: pointer.id,
            start: pointer.client,
            anchor: top_left,
            snapping: None,
            offset: (0.0, 0.0),
        });
        let select = (!selected).then_some(Intent::Select(element));
        select.into_iter().chain([Intent::StartMove]).collect()
    }

    fn follow(&mut self, pointer: Pointer, grid: Option<f64>) -> Vec<Intent> {
        let Some(held) = self.held.as_mut().filter(|h| h.pointer() == pointer.id) else {
            return Vec::new();
        };
        let now = pointer.client;
        let zoom = pointer.zoom;
        let travel = |start: (f64, f64)| ((now.0 - start.0) / zoom, (now.1 - start.1) / zoom);
        match held {
            Held::Pan { last, .. } => {
                let (dx, dy) = (now.0 - last.0, now.1 - last.1);
                *last = now;
                vec![Intent::Pan { dx, dy }]
            }
            Held::Drag {
                start,
                anchor,
                snapping,
                offset,
                ..
            } => {
                // Only the preview follows the pointer; the workspace moves once, on release.
                let gridded = drag_step(*anchor, travel(*start), (0.0, 0.0), grid);
                let free = pointer.modifiers.alt;
                let (snapped, guides) = snap_drag(snapping.as_ref(), gridded, zoom, free);
                *offset = snapped;
                vec![Intent::MovePreview {
                    offset: snapped,
                    guides,
                }]
            }
            Held::Resize {
                element,
                start,
                original,
                corner,
                ..
            } => vec![Intent::Resize {
                element: element.clone(),
                to: resized(*original, *corner, travel(*start), grid),
            }],
            Held::Marquee { end, .. } => {
                *end = Some(pointer.canvas);
                Vec::new()
            }
            Held::Connect { line, .. } | Held::Reconnect { line, .. } => {
                line.to = pointer.canvas;
                Vec::new()
            }
        }
    }

    fn release(&mut self, pointer: Pointer, element: Option<Id>, team: Option<Id>) -> Vec<Intent> {
        if self.pointer() != Some(pointer.id) {
            return Vec::new();
        }
        let Some(held) = self.held.take() else {
            return Vec::new();
        };
        match held {
            Held::Pan { .. } => Vec::new(),
            Held::Drag { offset, .. } => match team {
                // Dropped on a team: the elements get an owner and stay where they were.
                Some(team) => vec![Intent::Cancel, Intent::DropOnTeam { team }],
                None if offset != (0.0, 0.0) => vec![Intent::Move { by: offset }, Intent::Commit],
                None => vec![Intent::Commit],
            },
            Held::Resize { .. } => vec![Intent::Commit],
            Held::Marquee {
                start,
                end,
                additive,
                ..
            } => select_by_marquee(
                end.map(|end| Marquee::spanning(start, end)),
                additive,
                pointer.zoom,
            ),
            Held::Connect { source, line, .. } => vec![Intent::Connect {
                target: element.filter(|e| *e != source),
                source,
                at: line.to,
            }],
            Held::Reconnect {
                relationship, end, ..
            } => element
                .map(|to| Intent::Reconnect {
                    relationship,
                    end,
                    to,
                })
                .into_iter()
                .collect(),
        }
    }
}

/// A press on a handle: a corner resizes and a relationship's end
/// reconnects (primary button only); a connection handle draws a
/// relationship with any button, as it always has.
fn handle_gesture(pointer: Pointer, button: Button, on: Target) -> Option<Held> {
    let (id, primary) = (pointer.id, button == Button::Primary);
    match on {
        Target::Corner {
            element,
            corner,
            original,
        } if primary => Some(Held::Resize {
            pointer: id,
            element,
            start: pointer.client,
            original,
            corner,
        }),
        Target::End {
            relationship,
            end,
            fixed_centre,
        } if primary => Some(Held::Reconnect {
            pointer: id,
            relationship,
            end,
            line: Rubber::between(fixed_centre, pointer.canvas),
        }),
        Target::Handle { element, centre } => Some(Held::Connect {
            pointer: id,
            source: element,
            line: Rubber::between(centre, pointer.canvas),
        }),
        _ => None,
    }
}

/// A drag's offset snapped to the other elements, unless `free` (Alt held).
fn snap_drag(
    snapping: Option<&Snapping>,
    offset: (f64, f64),
    zoom: f64,
    free: bool,
) -> ((f64, f64), Vec<conway_geometry::Guide>) {
    match snapping {
        Some(snapping) if !free => snapping.snap(offset, zoom),
        _ => (offset, Vec::new()),
    }
}

/// A press on empty canvas: middle button or Space pans, the primary
/// button draws a marquee (Shift adds to the selection).
fn canvas_gesture(pointer: Pointer, button: Button) -> Option<Held> {
    let pan = Held::Pan {
        pointer: pointer.id,
        last: pointer.client,
    };
    match button {
        Button::Middle => Some(pan),
        Button::Primary if pointer.modifiers.space => Some(pan),
        Button::Primary => Some(Held::Marquee {
            pointer: pointer.id,
            start: pointer.canvas,
            end: None,
            additive: pointer.modifiers.shift,
        }),
        Button::Other => None,
    }
}

/// A marquee's release: a real drag selects what it encloses; a click (less
/// than `CLICK_SLOP` on screen) on empty canvas clears the selection, unless
/// Shift was held.
fn select_by_marquee(area: Option<Marquee>, additive: bool, zoom: f64) -> Vec<Intent> {
    match area {
        Some(area) if area.extent() * zoom >= CLICK_SLOP => {
            vec![Intent::SelectInRect { area, additive }]
        }
        _ if !additive => vec![Intent::ClearSelection],
        _ => Vec::new(),
    }
}
