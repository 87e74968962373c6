//! Views: named diagrams of one side, each with its own positions and sizes.

use super::{Id, Side};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    System,
    Org,
}

impl ViewKind {
    pub fn side(self) -> Side {
        match self {
            ViewKind::System => Side::System,
            ViewKind::Org => Side::Org,
        }
    }
}

/// Where one element sits in one view: top-left corner and size, in canvas units.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub element: Id,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// Placed by hand and kept there: auto-layout never moves it.
    pub pinned: bool,
}

impl Placement {
    /// The largest coordinate magnitude a file may carry.
    pub const MAX_COORDINATE: f64 = 1_000_000.0;
    pub const MIN_SIZE: f64 = 8.0;
    pub const MAX_SIZE: f64 = 100_000.0;

    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    pub fn contains_point(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub id: Id,
    pub kind: ViewKind,
    pub name: String,
    pub description: String,
    /// Drawing order: earlier placements are drawn first (underneath).
    pub placements: Vec<Placement>,
}

impl View {
    pub fn new(id: impl Into<Id>, kind: ViewKind, name: impl Into<String>) -> Self {
        View {
            id: id.into(),
            kind,
            name: name.into(),
            description: String::new(),
            placements: Vec::new(),
        }
    }

    pub fn placement(&self, element: &Id) -> Option<&Placement> {
        self.placements.iter().find(|p| &p.element == element)
    }

    /// Placements by element id, for many lookups at once.
    pub fn placement_index(&self) -> std::collections::HashMap<&Id, &Placement> {
        self.placements.iter().map(|p| (&p.element, p)).collect()
    }

    pub fn shows(&self, element: &Id) -> bool {
        self.placement(element).is_some()
    }

    /// The smallest rectangle holding every placement, as (x, y, width, height).
    pub fn bounds(&self) -> Option<(f64, f64, f64, f64)> {
        let mut it = self.placements.iter();
        let first = it.next()?;
        let (mut x0, mut y0) = (first.x, first.y);
        let (mut x1, mut y1) = (first.x + first.width, first.y + first.height);
        for p in it {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x + p.width);
            y1 = y1.max(p.y + p.height);
        }
        Some((x0, y0, x1 - x0, y1 - y0))
    }
}
