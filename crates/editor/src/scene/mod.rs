//! The scene: for every element and relationship of a view, what is drawn
//! (shape, colours, label lines, badges, the routed path, label position)
//! as plain data, enough to draw an item without a browser: the canvas
//! renders it as SVG, and exports can too. Each item's drawing is a
//! function of that item's facts alone, so that whoever shows the scene
//! keeps a cell per item and redraws only the items a change touches; no
//! function here builds a whole view's drawing at once on every frame.
//!
//! It never touches the browser, never names a CSS class (kinds, statuses
//! and colours are enums and palette indices, styled by whoever draws), and
//! never decides positions (the view does) or routes (the router does).

mod compact;
mod edge;
mod labels;
mod node;
mod ports;
mod shape;
#[cfg(test)]
mod tests;
mod text;

pub use compact::{
    readable_zoom, view_readable_zoom, CompactLabels, COMPACT_SMALLEST, DETAIL_ZOOM, NAME_FONT,
    READABLE_NAME_PX,
};
/// How a glossary word in a label is used; re-exported so that whoever
/// draws a `TextPiece` can style it without depending on the analysis crate.
pub use conway_analysis::TermUse;
pub use edge::{edge_scenes, obstacles, EdgePath, EdgeScene, Marker, Point};
pub use node::{
    caption, node_facts, node_scene, team_colours, DecisionBadge, LinkedDecisions, NodeFacts,
    NodeScene, OwnerColour, PinBadge, OWNER_COLOURS,
};
pub use shape::Shape;
pub use text::{
    EdgeLabel, EdgeLabelLine, LabelAnchor, LabelLine, LineRole, NodeLabels, TextPiece,
    DESCRIPTION_LINE, DETAIL_CHAR, NAME_CHAR, NAME_LINE,
};
