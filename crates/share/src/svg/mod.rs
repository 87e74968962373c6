//! A view as a self-contained SVG picture, drawn from the same scene as
//! the canvas (`conway_editor::scene`) in the light or dark theme, fitted to
//! its content with a margin, and carrying the whole workspace in its
//! `<metadata>` so that dropping the picture into Conway opens it like the
//! file. Pure Rust, for the app and a command-line tool alike.
//!
//! It must never let a workspace's text become markup: every text is
//! escaped, element and attribute names are fixed in the code, and the
//! picture has no script, no event attribute, no link (`href`), no
//! `foreignObject`, no DOCTYPE and no external reference of any kind (fonts
//! are the system's). It never changes the workspace.

pub(crate) mod base64;
mod edge;
mod embed;
mod frame;
mod legend;
mod node;
mod paint;
mod theme;
pub(crate) mod xml;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use conway_editor::scene::{edge_scenes, node_facts, node_scene, EdgeScene, NodeFacts, NodeScene};
use conway_geometry::Rect;
use conway_model::{Date, Id, Relationship, View, Workspace};

pub use embed::{workspace_in_svg, SvgError, NAMESPACE};
pub use frame::MAX_MARGIN;

use theme::Palette;
use xml::{num, Attrs, Xml};

/// The app's two themes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    fn palette(self) -> &'static Palette {
        match self {
            Theme::Light => &theme::LIGHT,
            Theme::Dark => &theme::DARK,
        }
    }
}

/// How a view is pictured.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgOptions {
    pub theme: Theme,
    /// The canvas's colour behind the drawing; without it, the picture is transparent.
    pub background: bool,
    /// Room around the content, in pixels (0 to `MAX_MARGIN`).
    pub margin: f64,
    /// Colour by owner, with the owner legend, as the canvas does when it is on.
    pub by_owner: bool,
    /// Show interactions only while in force on this day, as the
    /// organisation pane's date slider does; `None` shows every one.
    pub as_of: Option<Date>,
    /// Carry the workspace in `<metadata>` (what a downloaded picture needs
    /// to open back into Conway). A page holding several pictures turns it
    /// off and carries the workspace once itself.
    pub embed_workspace: bool,
    /// Put before every `id` the picture defines, and in every `url(#…)`
    /// naming one, so that several pictures inlined in one page (a view in
    /// two themes, say) neither share an id nor take each other's markers.
    /// Only letters, digits, `-`, `_` and `.` of it are kept; empty by default.
    pub id_prefix: String,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            theme: Theme::Light,
            background: true,
            margin: 32.0,
            by_owner: false,
            as_of: None,
            embed_workspace: true,
            id_prefix: String::new(),
        }
    }
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

/// The picture of the view `view` of `ws`, or `None` if there is no such view.
pub fn view_svg(ws: &Workspace, view: &Id, options: &SvgOptions) -> Option<String> {
    let view = ws.view(view)?;
    let palette = options.theme.palette();
    let drawing = Drawing::of(ws, view, options);
    let mut xml = Xml::new();
    xml.prefix_ids(&options.id_prefix);
    xml.open("svg", root_attributes(view, drawing.frame));
    xml.text("title", Attrs::new(), &view.name);
    if !view.description.is_empty() {
        xml.text("desc", Attrs::new(), &view.description);
    }
    if options.embed_workspace {
        embed::write_metadata(&mut xml, &conway_format::write(ws));
    }
    edge::markers(&mut xml, palette);
    if options.background {
        let background = frame_rect(drawing.frame).with("class", "background");
        xml.empty("rect", background.fill(palette.canvas));
    }
    draw_edges(&mut xml, ws, &drawing.edges, palette);
    draw_nodes(&mut xml, &drawing.facts, &drawing.nodes, palette);
    if let Some(at) = drawing.legend_frame {
        legend::draw_legend(&mut xml, &drawing.legend, at, palette);
    }
    Some(format!("{XML_DECLARATION}{}\n", xml.finish()))
}

/// What a picture draws, gathered before any SVG is written.
struct Drawing {
    facts: Vec<NodeFacts>,
    nodes: Vec<NodeScene>,
    edges: Vec<EdgeScene>,
    legend: Vec<legend::LegendEntry>,
    /// Under the drawing, when colouring by owner and something is owned or unowned.
    legend_frame: Option<Rect>,
    frame: Rect,
}

impl Drawing {
    fn of(ws: &Workspace, view: &View, options: &SvgOptions) -> Drawing {
        let facts = node_facts(ws, view, options.by_owner);
        let nodes: Vec<NodeScene> = facts.iter().map(node_scene).collect();
        // A fresh route cache routes every relationship. The canvas's keeps
        // the routes a change did not touch, so after edits a line there can
        // take another path than in a picture (or a reloaded page).
        let edges = edge_scenes(ws, view, options.as_of, &mut Default::default());
        let legend = if options.by_owner {
            legend::legend_entries(ws, view)
        } else {
            Vec::new()
        };
        let content = frame::content_bounds(&nodes, &edges);
        let legend_at = content.map_or((0.0, 0.0), |c| (c.x, c.y + c.height + legend::LEGEND_GAP));
        let legend_frame = (!legend.is_empty()).then(|| legend::legend_box(&legend, legend_at));
        let everything = frame::union_all(content.into_iter().chain(legend_frame));
        Drawing {
            frame: frame::framed(everything, options.margin),
            facts,
            nodes,
            edges,
            legend,
            legend_frame,
        }
    }
}

fn root_attributes(view: &View, frame: Rect) -> Attrs {
    Attrs::new()
        .with("xmlns", "http://www.w3.org/2000/svg")
        .with("version", "1.1")
        .num("width", frame.width)
        .num("height", frame.height)
        .with(
            "viewBox",
            format!(
                "{} {} {} {}",
                num(frame.x),
                num(frame.y),
                num(frame.width),
                num(frame.height)
            ),
        )
        .with("font-family", theme::FONT_FAMILY)
        .num("font-size", 14.0)
        .with("class", "conway-view")
        .with("data-view-id", view.id.as_str())
}

fn frame_rect(frame: Rect) -> Attrs {
    Attrs::new()
        .num("x", frame.x)
        .num("y", frame.y)
        .num("width", frame.width)
        .num("height", frame.height)
}

/// The relationships, under the elements as on the canvas.
fn draw_edges(xml: &mut Xml, ws: &Workspace, edges: &[EdgeScene], palette: &Palette) {
    let elements = ws.element_index();
    let relationships: HashMap<&Id, &Relationship> =
        ws.relationships.iter().map(|r| (&r.id, r)).collect();
    let name = |id: &Id| elements.get(id).map_or("", |e| e.name.as_str());
    xml.open("g", Attrs::new().with("class", "edges"));
    for scene in edges {
        let (description, technology) = relationships.get(&scene.id).map_or(("", ""), |r| {
            (r.description.as_str(), r.technology.as_str())
        });
        let title = edge::edge_title(
            (name(&scene.source), name(&scene.target)),
            scene.kind,
            description,
            technology,
        );
        edge::draw_edge(xml, scene, &title, palette);
    }
    xml.close();
}

fn draw_nodes(xml: &mut Xml, facts: &[NodeFacts], nodes: &[NodeScene], palette: &Palette) {
    xml.open("g", Attrs::new().with("class", "nodes"));
    for (facts, scene) in facts.iter().zip(nodes) {
        let text = node::NodeText {
            name: &facts.name,
            caption: &facts.caption,
            description: &facts.description,
        };
        node::draw_node(xml, scene, &text, palette);
    }
    xml.close();
}
