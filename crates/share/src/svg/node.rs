//! One element as SVG, as `src/ui/canvas/node.rs` draws it: a group in the
//! element's own units with its shape, its label lines (glossary words
//! marked) and its decision badge, titled with its name. It leaves out what
//! only the editor needs: the focus ring, resize and connection handles,
//! the selection and lens states, and the pin mark (how auto-layout treats
//! the box, which says nothing about the architecture).

use super::paint::{badge_colours, shape_paint, text_fill, text_style, ShapePaint};
use super::theme::{fixed, Palette};
use super::xml::{id_attribute, num, translate, Attrs, Xml};
use conway_editor::scene::{
    DecisionBadge, LabelAnchor, LabelLine, LineRole, NodeScene, OwnerColour, Shape, TermUse,
};

/// What one element's group says about it beside its drawing.
pub(super) struct NodeText<'a> {
    pub name: &'a str,
    pub caption: &'a str,
    pub description: &'a str,
}

pub(super) fn draw_node(xml: &mut Xml, node: &NodeScene, text: &NodeText, p: &Palette) {
    xml.open(
        "g",
        Attrs::new()
            .with("id", id_attribute("element-", node.id.as_str()))
            .with("class", class(node))
            .with("data-element-id", node.id.as_str())
            .with("transform", translate((node.bounds.x, node.bounds.y))),
    );
    xml.text("title", Attrs::new(), text.name);
    let about = if text.description.is_empty() {
        text.caption.to_string()
    } else {
        format!("{}\n{}", text.caption, text.description)
    };
    xml.text("desc", Attrs::new(), &about);
    shape(xml, node, &shape_paint(node, p));
    labels(xml, node, p);
    if let Some(badge) = &node.decisions {
        decision_badge(xml, badge, p);
    }
    xml.close();
}

/// The canvas's classes (`node kind-… team-… owner-…`), kept so that a
/// picture can be restyled with the same selectors as the app.
fn class(node: &NodeScene) -> String {
    let mut class = format!("node kind-{:?}", node.kind).to_lowercase();
    if let Some(t) = node.team_type {
        class.push_str(&format!(" team-{t:?}").to_lowercase());
    }
    match node.owner {
        Some(OwnerColour::Team(i)) => class.push_str(&format!(" by-owner owner-{i}")),
        Some(OwnerColour::Unowned) => class.push_str(" by-owner unowned"),
        None => {}
    }
    class
}

fn painted(attrs: Attrs, paint: &ShapePaint) -> Attrs {
    let attrs = attrs
        .fill(paint.fill)
        .stroke(paint.stroke)
        .num("stroke-width", paint.width);
    match paint.dash {
        Some(dash) => attrs.with("stroke-dasharray", dash),
        None => attrs,
    }
}

fn shape(xml: &mut Xml, node: &NodeScene, paint: &ShapePaint) {
    let (w, h) = (node.bounds.width, node.bounds.height);
    let class = Attrs::new().with("class", "shape");
    match node.shape {
        Shape::Person {
            head,
            body_top,
            body_radius,
        } => {
            xml.open("g", painted(class, paint));
            person(xml, (w, h), head, (body_top, body_radius));
            xml.close();
        }
        Shape::Cylinder { .. } | Shape::Pipe { .. } => {
            let (outline, rim) = node.shape.cylinder_paths((w, h)).unwrap_or_default();
            xml.open("g", painted(class, paint));
            xml.empty("path", Attrs::new().with("d", outline));
            // `.node .rim { fill: none !important }`
            xml.empty(
                "path",
                Attrs::new()
                    .with("class", "rim")
                    .with("d", rim)
                    .with("fill", "none"),
            );
            xml.close();
        }
        Shape::Octagon { .. } => {
            let points = node.shape.polygon_points((w, h)).unwrap_or_default();
            xml.empty("polygon", painted(class.with("points", points), paint));
        }
        Shape::Box { radius } => xml.empty(
            "rect",
            painted(
                class.num("width", w).num("height", h).num("rx", radius),
                paint,
            ),
        ),
    }
}

/// A head of radius `head` centred at the top, over a rounded body.
fn person(xml: &mut Xml, (w, h): (f64, f64), head: f64, (body_top, body_radius): (f64, f64)) {
    let head_at = Attrs::new().num("cx", w / 2.0).num("cy", head);
    xml.empty("circle", head_at.num("r", head));
    let body = Attrs::new().num("y", body_top).num("width", w);
    xml.empty(
        "rect",
        body.num("height", h - body_top).num("rx", body_radius),
    );
}

fn labels(xml: &mut Xml, node: &NodeScene, p: &Palette) {
    let group = match node.labels.anchor {
        LabelAnchor::Middle => Attrs::new()
            .with("class", "labels")
            .with("text-anchor", "middle"),
        LabelAnchor::Start => Attrs::new().with("class", "labels boundary-label"),
    };
    xml.open("g", group);
    for line in &node.labels.lines {
        label_line(xml, node, line, p);
    }
    xml.close();
}

fn label_line(xml: &mut Xml, node: &NodeScene, line: &LabelLine, p: &Palette) {
    let (size, weight, opacity) = text_style(line.role);
    let class = match line.role {
        LineRole::Name => "label-name",
        LineRole::Caption => "label-caption",
        LineRole::Description => "label-description",
    };
    let mut attrs = Attrs::new()
        .with("class", class)
        .num("x", line.x)
        .num("y", line.y)
        .num("font-size", size)
        .fill(text_fill(node, line.role, p));
    if let Some(weight) = weight {
        attrs = attrs.with("font-weight", weight);
    }
    if let Some(opacity) = opacity {
        attrs = attrs.num("opacity", opacity);
    }
    xml.open("text", attrs);
    for piece in &line.pieces {
        match piece.term {
            None => xml.chars(&piece.text),
            Some(term) => xml.text("tspan", glossary_mark(term, p), &piece.text),
        }
    }
    xml.close();
}

/// style/org.css, `.glossary-word` (dotted, accent) and `.glossary-avoid`
/// (wavy, amber): a plain underline where the styles are not understood.
fn glossary_mark(term: TermUse, p: &Palette) -> Attrs {
    let (class, style, colour) = match term {
        TermUse::Preferred => ("glossary-word", "dotted", p.accent),
        TermUse::Avoided => ("glossary-avoid", "wavy", fixed::GLOSSARY_AVOID),
    };
    Attrs::new()
        .with("class", class)
        .with("text-decoration", "underline")
        .with(
            "style",
            format!(
                "text-decoration: underline {style} {}; text-underline-offset: 3px",
                colour.hex
            ),
        )
}

/// style/decisions.css, `.decision-badge`: a pill with the count, titled
/// with the decisions' references and titles.
fn decision_badge(xml: &mut Xml, badge: &DecisionBadge, p: &Palette) {
    let status = badge.linked.status;
    let (fill, ink) = badge_colours(status);
    xml.open(
        "g",
        Attrs::new()
            .with(
                "class",
                format!("decision-badge status-{}", status.label().to_lowercase()),
            )
            .with("transform", translate(badge.centre)),
    );
    xml.text("title", Attrs::new(), &badge.linked.titles);
    xml.empty(
        "rect",
        Attrs::new()
            .num("x", -13.0)
            .num("y", -10.0)
            .num("width", 26.0)
            .num("height", 20.0)
            .num("rx", 10.0)
            .fill(fill)
            .stroke(p.surface)
            .num("stroke-width", 2.0),
    );
    xml.text(
        "text",
        Attrs::new()
            .with("text-anchor", "middle")
            .num("y", 4.0)
            .num("font-size", 11.0)
            .with("font-weight", "700")
            .fill(ink),
        &num(badge.linked.count as f64),
    );
    xml.close();
}
