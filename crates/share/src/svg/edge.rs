//! One relationship as SVG, as `src/ui/canvas/edge.rs` draws it: the
//! routed line with its end markers and its label on a translucent box,
//! in a group titled "Web app → API: calls". It leaves out the wide
//! invisible hit line and the selected state, which only the editor needs.

use super::paint::{line_paint, LinePaint};
use super::theme::Palette;
use super::xml::{id_attribute, translate, Attrs, Xml};
use conway_editor::scene::{EdgeLabel, EdgeScene, Marker};
use conway_model::RelationshipKind;

/// The ids of the end markers `markers` defines, prefixed so that several
/// pictures inlined in one page do not take each other's.
const ARROW: &str = "conway-arrow";
const BRACKET: &str = "conway-bracket";
const DOT: &str = "conway-dot";

/// The markers, as the canvas's `EdgeMarkers` defines them, coloured by
/// `.arrowhead`, `.bracket` and `.dot` (style/main.css).
pub(super) fn markers(xml: &mut Xml, p: &Palette) {
    let marker = |id, view_box, (x, y), (w, h)| {
        Attrs::new()
            .with("id", id)
            .with("viewBox", view_box)
            .num("refX", x)
            .num("refY", y)
            .num("markerWidth", w)
            .num("markerHeight", h)
            .with("markerUnits", "userSpaceOnUse")
    };
    xml.open("defs", Attrs::new());
    xml.open(
        "marker",
        marker(ARROW, "0 0 10 10", (9.0, 5.0), (9.0, 9.0)).with("orient", "auto-start-reverse"),
    );
    xml.empty(
        "path",
        Attrs::new().with("d", "M0 0 L10 5 L0 10 z").fill(p.edge),
    );
    xml.close();
    xml.open(
        "marker",
        marker(BRACKET, "0 0 10 12", (9.0, 6.0), (10.0, 12.0)).with("orient", "auto"),
    );
    let bracket = Attrs::new().with("d", "M2 0 L9 0 L9 12 L2 12");
    xml.empty("path", outlined(bracket, p.tt_platform.1, 2.0));
    xml.close();
    xml.open("marker", marker(DOT, "0 0 10 10", (5.0, 5.0), (8.0, 8.0)));
    let dot = Attrs::new().num("cx", 5.0).num("cy", 5.0).num("r", 4.0);
    xml.empty("circle", outlined(dot, p.tt_enabling.1, 1.5));
    xml.close();
    xml.close();
}

fn outlined(attrs: Attrs, colour: super::theme::Colour, width: f64) -> Attrs {
    attrs
        .with("fill", "none")
        .stroke(colour)
        .num("stroke-width", width)
}

fn marker_url(marker: Marker) -> String {
    let id = match marker {
        Marker::Arrow => ARROW,
        Marker::Bracket => BRACKET,
        Marker::Dot => DOT,
    };
    format!("url(#{id})")
}

/// What a relationship's group is titled: "Web app → API: calls [JSON/HTTPS]",
/// with the kind named when it is not a plain "uses".
pub(super) fn edge_title(
    (source, target): (&str, &str),
    kind: RelationshipKind,
    description: &str,
    technology: &str,
) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if kind != RelationshipKind::Uses {
        parts.push(kind.label());
    }
    if !description.is_empty() {
        parts.push(description);
    }
    let mut what = parts.join(" · ");
    if !technology.is_empty() {
        if !what.is_empty() {
            what.push(' ');
        }
        what.push_str(&format!("[{technology}]"));
    }
    if what.is_empty() {
        format!("{source} → {target}")
    } else {
        format!("{source} → {target}: {what}")
    }
}

pub(super) fn draw_edge(xml: &mut Xml, edge: &EdgeScene, title: &str, p: &Palette) {
    let kind = format!("{:?}", edge.kind).to_lowercase();
    let class = format!(
        "edge kind-{kind}{}",
        if edge.dashed { " async" } else { "" }
    );
    xml.open(
        "g",
        Attrs::new()
            .with("id", id_attribute("relationship-", edge.id.as_str()))
            .with("class", class)
            .with("data-relationship-id", edge.id.as_str()),
    );
    xml.text("title", Attrs::new(), title);
    let mut line = stroked(
        Attrs::new()
            .with("class", "edge-line")
            .with("d", edge.path.svg_data()),
        &line_paint(edge.kind, edge.dashed, p),
    );
    if let Some(m) = edge.markers.0 {
        line = line.with("marker-start", marker_url(m));
    }
    if let Some(m) = edge.markers.1 {
        line = line.with("marker-end", marker_url(m));
    }
    xml.empty("path", line);
    if let Some(label) = &edge.label {
        draw_label(xml, label, edge.path.label_at, p);
    }
    xml.close();
}

fn stroked(attrs: Attrs, paint: &LinePaint) -> Attrs {
    let mut attrs = attrs
        .with("fill", "none")
        .stroke(paint.stroke)
        .num("stroke-width", paint.width);
    if let Some(dash) = paint.dash {
        attrs = attrs.with("stroke-dasharray", dash);
    }
    if let Some(opacity) = paint.opacity {
        attrs = attrs.num("stroke-opacity", opacity);
    }
    if paint.round_caps {
        attrs = attrs.with("stroke-linecap", "round");
    }
    attrs
}

/// `.edge-label`: the box (`rect`, `--edge-label-bg`) and the lines (11 px,
/// `--muted`, the technology in italics).
fn draw_label(xml: &mut Xml, label: &EdgeLabel, at: (f64, f64), p: &Palette) {
    xml.open(
        "g",
        Attrs::new()
            .with("class", "edge-label")
            .with("text-anchor", "middle")
            .with("transform", translate(at)),
    );
    xml.empty(
        "rect",
        Attrs::new()
            .num("x", -label.width / 2.0)
            .num("y", -label.height / 2.0)
            .num("width", label.width)
            .num("height", label.height)
            .num("rx", 4.0)
            .fill(p.edge_label_bg),
    );
    for line in &label.lines {
        let mut attrs = Attrs::new()
            .num("x", 0.0)
            .num("y", line.y)
            .num("font-size", 11.0)
            .fill(p.muted);
        if line.technology {
            attrs = attrs
                .with("class", "label-technology")
                .with("font-style", "italic");
        }
        xml.text("text", attrs, &line.text);
    }
    xml.close();
}
