//! Commands of auto-layout: pinning elements where they are, and setting the
//! places and sizes of many elements of a view at once (a layout's result),
//! each one undo step. What goes where is decided in `conway_autolayout`;
//! this module must never compute a layout, only apply one.

use std::collections::{HashMap, HashSet};

use super::view::{sane, view_mut};
use super::{EditError, ViewAction, ViewCommand};
use conway_model::{Id, Placement, View, Workspace};

pub(super) fn pin(
    ws: &mut Workspace,
    view: Id,
    pins: Vec<(Id, bool)>,
) -> Result<ViewCommand, EditError> {
    let v = view_mut(ws, &view)?;
    let index =
        positions(v, pins.iter().map(|(id, _)| id)).map_err(|element| EditError::Unplaced {
            action: ViewAction::Pin,
            element,
        })?;
    let old = pins
        .into_iter()
        .map(|(id, pinned)| {
            let p = &mut v.placements[index[&id]];
            (id, std::mem::replace(&mut p.pinned, pinned))
        })
        .collect();
    Ok(ViewCommand::Pin { view, pins: old })
}

pub(super) fn lay_out(
    ws: &mut Workspace,
    view: Id,
    placements: Vec<Placement>,
) -> Result<ViewCommand, EditError> {
    let v = view_mut(ws, &view)?;
    let index = positions(v, placements.iter().map(|p| &p.element)).map_err(|element| {
        EditError::Unplaced {
            action: ViewAction::LayOut,
            element,
        }
    })?;
    if let Some(p) = placements.iter().find(|p| !sane(p)) {
        return Err(EditError::LaidOutOfRange {
            element: p.element.clone(),
        });
    }
    let old = placements
        .into_iter()
        .map(|p| {
            let i = index[&p.element];
            std::mem::replace(&mut v.placements[i], p)
        })
        .collect();
    Ok(ViewCommand::Layout {
        view,
        placements: old,
    })
}

/// Where each placement of the view is, by element, if every one of `ids`
/// is placed there and none comes twice; otherwise the first that is not
/// placed or comes again.
fn positions<'a>(view: &View, ids: impl Iterator<Item = &'a Id>) -> Result<HashMap<Id, usize>, Id> {
    let index: HashMap<Id, usize> = view
        .placements
        .iter()
        .enumerate()
        .map(|(i, p)| (p.element.clone(), i))
        .collect();
    let mut seen = HashSet::new();
    for id in ids {
        if !index.contains_key(id) || !seen.insert(id) {
            return Err(id.clone());
        }
    }
    Ok(index)
}

#[cfg(test)]
mod tests {
    use crate::{apply, tests::check as round_trip, ViewCommand};
    use conway_model::sample::sample_workspace;
    use conway_model::Placement;

    fn placements(view: &str) -> Vec<Placement> {
        sample_workspace()
            .view(&view.into())
            .unwrap()
            .placements
            .clone()
    }

    #[test]
    fn pins_are_set_and_undone_exactly() {
        let all = placements("view-containers");
        let pins = vec![
            (all[0].element.clone(), true),
            (all[1].element.clone(), true),
        ];
        let pinned = round_trip(ViewCommand::Pin {
            view: "view-containers".into(),
            pins,
        });
        let v = pinned.view(&"view-containers".into()).unwrap();
        assert!(v.placements[0].pinned && v.placements[1].pinned && !v.placements[2].pinned);
    }

    #[test]
    fn a_layout_moves_and_resizes_many_elements_as_one_step() {
        let moved: Vec<Placement> = placements("view-containers")
            .into_iter()
            .map(|p| Placement {
                x: p.x + 100.0,
                width: p.width + 20.0,
                ..p
            })
            .collect();
        let after = round_trip(ViewCommand::Layout {
            view: "view-containers".into(),
            placements: moved.clone(),
        });
        assert_eq!(
            after.view(&"view-containers".into()).unwrap().placements,
            moved
        );
    }

    #[test]
    fn a_layout_with_strangers_duplicates_or_wild_numbers_is_refused() {
        let mut ws = sample_workspace();
        let before = ws.clone();
        let all = placements("view-containers");
        let stranger = Placement {
            element: "nobody".into(),
            ..all[0].clone()
        };
        let wild = Placement {
            x: f64::NAN,
            ..all[0].clone()
        };
        for placements in [
            vec![stranger],
            vec![all[0].clone(), all[0].clone()],
            vec![wild],
        ] {
            let command = ViewCommand::Layout {
                view: "view-containers".into(),
                placements,
            };
            assert!(apply(&mut ws, command).is_err());
        }
        let pin_stranger = ViewCommand::Pin {
            view: "view-containers".into(),
            pins: vec![("nobody".into(), true)],
        };
        assert!(apply(&mut ws, pin_stranger).is_err());
        assert_eq!(ws, before);
    }
}
