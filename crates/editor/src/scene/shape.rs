//! The outline an element is drawn with, per kind: C4's shapes on the system
//! side (a person, a database, a queue, a box), Team Topologies' for teams (a
//! complicated-subsystem team is an octagon), rounded boxes for boundaries
//! and departments. Numbers in the element's own units (its top-left corner
//! at 0, 0) and SVG path data; never a style, which the kind decides.

use conway_model::{ElementKind, TeamType};

/// A person's head radius, as a share of the box's height and width.
const HEAD_OF_HEIGHT: f64 = 0.2;
const HEAD_OF_WIDTH: f64 = 0.25;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shape {
    /// A rectangle with corners rounded by `radius`.
    Box { radius: f64 },
    /// A head of radius `head` centred at the top, above a body from
    /// `body_top` down with corners rounded by `body_radius`.
    Person {
        head: f64,
        body_top: f64,
        body_radius: f64,
    },
    /// A standing cylinder (a data store); `rim` is the half-height of its
    /// top and bottom ellipses.
    Cylinder { rim: f64 },
    /// A cylinder lying down (a queue); `rim` is the half-width of its ends.
    Pipe { rim: f64 },
    /// A box with its corners cut by `corner`.
    Octagon { corner: f64 },
}

impl Shape {
    /// The shape of an element of `kind` in a box of `width` × `height`.
    pub fn of(kind: ElementKind, team_type: Option<TeamType>, (w, h): (f64, f64)) -> Shape {
        match kind {
            ElementKind::Person => {
                let head = (h * HEAD_OF_HEIGHT).min(w * HEAD_OF_WIDTH);
                Shape::Person {
                    head,
                    body_top: head * 1.6,
                    body_radius: head * 0.9,
                }
            }
            ElementKind::DataStore => Shape::Cylinder {
                rim: (h * 0.1).min(14.0),
            },
            ElementKind::Queue => Shape::Pipe {
                rim: (w * 0.08).min(18.0),
            },
            ElementKind::Team if team_type == Some(TeamType::ComplicatedSubsystem) => {
                Shape::Octagon {
                    corner: (w.min(h) * 0.22).min(24.0),
                }
            }
            ElementKind::SystemBoundary | ElementKind::GroupBoundary | ElementKind::Department => {
                Shape::Box { radius: 10.0 }
            }
            ElementKind::Team => Shape::Box { radius: 14.0 },
            _ => Shape::Box { radius: 8.0 },
        }
    }

    /// Where the labels may start: below a person's head, else at the top.
    pub fn label_top(&self) -> f64 {
        match self {
            Shape::Person { body_top, .. } => *body_top,
            _ => 0.0,
        }
    }

    /// For a cylinder or a pipe, the SVG path data of its outline and of the
    /// rim drawn across it, in a box of `width` × `height`.
    pub fn cylinder_paths(&self, (w, h): (f64, f64)) -> Option<(String, String)> {
        let hw = w / 2.0;
        let hh = h / 2.0;
        match *self {
            Shape::Cylinder { rim: ry } => Some((
                format!(
                    "M0 {ry} A{hw} {ry} 0 0 1 {w} {ry} V{b} A{hw} {ry} 0 0 1 0 {b} Z",
                    b = h - ry
                ),
                format!("M0 {ry} A{hw} {ry} 0 0 0 {w} {ry}"),
            )),
            Shape::Pipe { rim: rx } => Some((
                format!(
                    "M{rx} 0 H{r} A{rx} {hh} 0 0 1 {r} {h} H{rx} A{rx} {hh} 0 0 1 {rx} 0 Z",
                    r = w - rx
                ),
                format!("M{r} 0 A{rx} {hh} 0 0 0 {r} {h}", r = w - rx),
            )),
            _ => None,
        }
    }

    /// For an octagon, its corners as SVG polygon points.
    pub fn polygon_points(&self, (w, h): (f64, f64)) -> Option<String> {
        let Shape::Octagon { corner: c } = *self else {
            return None;
        };
        Some(format!(
            "{c},0 {a},0 {w},{c} {w},{b} {a},{h} {c},{h} 0,{b} 0,{c}",
            a = w - c,
            b = h - c
        ))
    }
}
