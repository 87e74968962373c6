//! Where a new element goes when the user did not point at a place (a click
//! on a palette kind): the free spot nearest the middle of the pane, so that
//! clicking a kind several times lays the new elements out side by side
//! instead of piling them up. Boundaries do not count as taken: a new
//! element may sit inside one.

use conway_geometry::Rect;
use conway_model::{View, Workspace};

/// Room kept clear between a new element and its neighbours.
const GAP: f64 = 20.0;
/// Rings of candidate spots tried around the middle before giving up.
const RINGS: i32 = 12;

/// The top-left corner of a `size` box nearest `centre` that overlaps no
/// element (boundaries aside) of `view`; `centre`'s own spot if every ring
/// is full.
pub fn free_spot(ws: &Workspace, view: &View, size: (f64, f64), centre: (f64, f64)) -> (f64, f64) {
    let taken: Vec<Rect> = view
        .placements
        .iter()
        .filter(|p| {
            ws.element(&p.element)
                .is_some_and(|e| !e.kind.is_container_of_others())
        })
        .map(Rect::from)
        .collect();
    let (w, h) = size;
    let at = |dx: i32, dy: i32| {
        (
            (centre.0 - w / 2.0 + f64::from(dx) * (w + GAP)).round(),
            (centre.1 - h / 2.0 + f64::from(dy) * (h + GAP)).round(),
        )
    };
    let free = |(x, y): (f64, f64)| {
        let mine = Rect {
            x: x - GAP / 2.0,
            y: y - GAP / 2.0,
            width: w + GAP,
            height: h + GAP,
        };
        !taken.iter().any(|r| r.overlaps(&mine))
    };
    for ring in 0..=RINGS {
        let mut spots: Vec<(i32, i32)> = (-ring..=ring)
            .flat_map(|dx| (-ring..=ring).map(move |dy| (dx, dy)))
            .filter(|(dx, dy)| dx.abs().max(dy.abs()) == ring)
            .collect();
        // Nearest first; across before down, as a row of new boxes reads.
        spots.sort_by_key(|(dx, dy)| (dx * dx + dy * dy, dy.abs(), *dy, *dx));
        if let Some(spot) = spots
            .into_iter()
            .map(|(dx, dy)| at(dx, dy))
            .find(|s| free(*s))
        {
            return spot;
        }
    }
    at(0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use conway_model::{Element, ElementKind, Id, Placement, ViewKind};

    fn add(
        ws: &mut Workspace,
        view: usize,
        id: &str,
        kind: ElementKind,
        (x, y, width, height): (f64, f64, f64, f64),
    ) {
        ws.elements.push(Element::new(Id::new(id), kind, id));
        ws.views[view].placements.push(Placement {
            element: Id::new(id),
            x,
            y,
            width,
            height,
            pinned: false,
        });
    }

    fn empty() -> Workspace {
        let mut ws = Workspace::default();
        ws.views
            .push(View::new(Id::new("v"), ViewKind::System, "V"));
        ws
    }

    #[test]
    fn an_empty_view_takes_the_new_element_in_the_middle() {
        let ws = empty();
        assert_eq!(
            free_spot(&ws, &ws.views[0], (200.0, 100.0), (500.0, 300.0)),
            (400.0, 250.0)
        );
    }

    #[test]
    fn each_new_element_goes_to_the_next_free_spot_not_on_the_last() {
        let mut ws = empty();
        let size = (200.0, 100.0);
        let mut seen = Vec::new();
        for i in 0..9 {
            let (x, y) = free_spot(&ws, &ws.views[0], size, (500.0, 300.0));
            let mine = Rect {
                x,
                y,
                width: size.0,
                height: size.1,
            };
            assert!(
                seen.iter().all(|r: &Rect| !r.overlaps(&mine)),
                "element {i} lands on another"
            );
            seen.push(mine);
            add(
                &mut ws,
                0,
                &format!("e{i}"),
                ElementKind::Container,
                (x, y, size.0, size.1),
            );
        }
        // The second sits beside the first, in the same row.
        assert_eq!(seen[1].y, seen[0].y);
    }

    #[test]
    fn a_boundary_does_not_count_as_taken() {
        let mut ws = empty();
        add(
            &mut ws,
            0,
            "b",
            ElementKind::SystemBoundary,
            (0.0, 0.0, 1000.0, 600.0),
        );
        assert_eq!(
            free_spot(&ws, &ws.views[0], (200.0, 100.0), (500.0, 300.0)),
            (400.0, 250.0)
        );
    }
}
