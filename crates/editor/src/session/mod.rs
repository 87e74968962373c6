//! The session: what the user is looking at and working on in this tab, never
//! saved with the workspace. What is selected and how a click, Shift-click or
//! marquee changes it; which view each pane shows when a workspace is opened or
//! the selection moves elsewhere; and where each pane's camera looks. Plain
//! values in and out: the web crate keeps them in signals, and this module
//! must never know about signals, the page or storage.

mod framing;
mod overlays;
mod room;
mod selection;
#[cfg(test)]
mod tests;

pub use framing::{Framing, Insets, ZoomAction, FIT_PADDING, ZOOM_STEP};
pub use overlays::{legend_rows, Overlays, MINIMAP_SIZE};
pub use room::{panel_setting, panel_shown, PaneLayout};
pub use selection::{cross_highlight, marquee, pane_showing, toggled, Selection};

use conway_model::{Id, View, ViewKind, Workspace};

/// The view a pane shows after `workspace` is opened: the one it showed, if
/// the workspace still has it as a view of the pane's kind, else its first.
pub fn view_after_open(workspace: &Workspace, kind: ViewKind, current: Option<&Id>) -> Option<Id> {
    current
        .filter(|id| workspace.view(id).is_some_and(|v| v.kind == kind))
        .cloned()
        .or_else(|| workspace.views_of(kind).next().map(|v| v.id.clone()))
}

/// The view of `kind` a pane should switch to so that `ids` can be seen: none
/// while its current view shows any of them; otherwise the first view showing
/// the most of them (none if no view shows any).
pub fn view_revealing(
    workspace: &Workspace,
    kind: ViewKind,
    current: Option<&Id>,
    ids: &[Id],
) -> Option<Id> {
    let shown = |v: &View| ids.iter().filter(|id| v.shows(id)).count();
    if current.and_then(|c| workspace.view(c)).map_or(0, shown) > 0 {
        return None;
    }
    workspace
        .views_of(kind)
        .map(|v| (shown(v), v))
        .filter(|(n, _)| *n > 0)
        .fold(None::<(usize, &View)>, |best, (n, v)| match best {
            Some((m, _)) if m >= n => best,
            _ => Some((n, v)),
        })
        .map(|(_, v)| v.id.clone())
}
