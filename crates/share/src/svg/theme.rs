//! The colours of the light and dark themes, as the app's style sheets have
//! them: an exported SVG has no style sheet from the app, so each value is
//! copied here with the CSS rule it comes from. A designer changing one of
//! those rules must change the same value here (and the other way round).
//! Nothing here decides what is drawn, only with which colour.

use super::xml::Attrs;

/// A colour, with its opacity written apart (`fill-opacity`) because SVG
/// tools that read `#rrggbb` do not all read `rgba()`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Colour {
    pub hex: &'static str,
    pub alpha: f64,
}

impl Attrs {
    /// `fill`, and `fill-opacity` when the colour is translucent.
    pub(super) fn fill(self, colour: Colour) -> Self {
        self.paint("fill", "fill-opacity", colour)
    }

    /// `stroke`, and `stroke-opacity` when the colour is translucent.
    pub(super) fn stroke(self, colour: Colour) -> Self {
        self.paint("stroke", "stroke-opacity", colour)
    }

    fn paint(self, name: &'static str, opacity: &'static str, colour: Colour) -> Self {
        let with = self.with(name, colour.hex);
        if colour.alpha < 1.0 {
            with.num(opacity, colour.alpha)
        } else {
            with
        }
    }
}

const fn solid(hex: &'static str) -> Colour {
    Colour { hex, alpha: 1.0 }
}

const fn translucent(hex: &'static str, alpha: f64) -> Colour {
    Colour { hex, alpha }
}

/// A theme's custom properties (style/main.css, `:root` for light,
/// `:root[data-theme="dark"]` for dark; the dark theme keeps the light value
/// of what it does not override), and the few literal colours whose rule
/// differs by theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Palette {
    pub canvas: Colour,
    pub text: Colour,
    pub muted: Colour,
    pub surface: Colour,
    pub border: Colour,
    pub accent: Colour,
    pub edge: Colour,
    pub edge_label_bg: Colour,
    pub c4_person: Colour,
    pub c4_system: Colour,
    pub c4_container: Colour,
    pub c4_component: Colour,
    pub c4_external: Colour,
    pub c4_on_dark: Colour,
    pub c4_on_light: Colour,
    pub boundary: Colour,
    pub tt_stream: (Colour, Colour),
    pub tt_platform: (Colour, Colour),
    pub tt_enabling: (Colour, Colour),
    pub tt_complicated: (Colour, Colour),
    pub org_person: Colour,
    pub org_line: Colour,
    pub stakeholder: Colour,
    pub stakeholder_line: Colour,
    pub department: Colour,
    /// style/org.css, `.node.by-owner.unowned .shape` (dark: its `:root[data-theme="dark"]` rule).
    pub unowned_fill: Colour,
    /// style/org.css, `.node.by-owner text` (dark: `.node.by-owner.unowned text`).
    pub unowned_text: Colour,
}

pub(super) const LIGHT: Palette = Palette {
    canvas: solid("#fbfbfa"),
    text: solid("#1d1f24"),
    muted: solid("#62666f"),
    surface: solid("#ffffff"),
    border: solid("#dcdcd6"),
    accent: solid("#4f46e5"),
    edge: solid("#5b616b"),
    edge_label_bg: translucent("#fbfbfa", 0.92),
    c4_person: solid("#08427b"),
    c4_system: solid("#1168bd"),
    c4_container: solid("#438dd5"),
    c4_component: solid("#85bbf0"),
    c4_external: solid("#8b8f96"),
    c4_on_dark: solid("#ffffff"),
    c4_on_light: solid("#0b2540"),
    boundary: solid("#7a7f87"),
    tt_stream: (solid("#ffe9a8"), solid("#e3b92b")),
    tt_platform: (solid("#d6def8"), solid("#7b8fdb")),
    tt_enabling: (solid("#d3efe3"), solid("#4fae8a")),
    tt_complicated: (solid("#ffd9c4"), solid("#e07a45")),
    org_person: solid("#ffffff"),
    org_line: solid("#9aa0a8"),
    stakeholder: solid("#f3e8ff"),
    stakeholder_line: solid("#9b6bd6"),
    // rgba(120, 120, 140, 0.05)
    department: translucent("#78788c", 0.05),
    unowned_fill: solid("#ffffff"),
    unowned_text: solid("#1d1f24"),
};

pub(super) const DARK: Palette = Palette {
    canvas: solid("#1a1c21"),
    text: solid("#e7e9ee"),
    muted: solid("#a0a6b1"),
    surface: solid("#1e2127"),
    border: solid("#343943"),
    accent: solid("#818cf8"),
    edge: solid("#a3a9b4"),
    // rgba(26, 28, 33, 0.92)
    edge_label_bg: translucent("#1a1c21", 0.92),
    // Not overridden by the dark theme.
    c4_person: solid("#08427b"),
    c4_system: solid("#1168bd"),
    c4_container: solid("#438dd5"),
    c4_component: solid("#85bbf0"),
    c4_external: solid("#6b7079"),
    // Not overridden by the dark theme.
    c4_on_dark: solid("#ffffff"),
    c4_on_light: solid("#0b2540"),
    boundary: solid("#8d939c"),
    tt_stream: (solid("#5a4a17"), solid("#d8b23a")),
    tt_platform: (solid("#2c355a"), solid("#8ea0ea")),
    tt_enabling: (solid("#1d4536"), solid("#5cc39b")),
    tt_complicated: (solid("#5a3020"), solid("#ef9160")),
    org_person: solid("#262a31"),
    // Not overridden by the dark theme.
    org_line: solid("#9aa0a8"),
    stakeholder: solid("#372a4a"),
    stakeholder_line: solid("#b891ea"),
    // rgba(160, 160, 190, 0.06)
    department: translucent("#a0a0be", 0.06),
    unowned_fill: solid("#2a2d33"),
    unowned_text: solid("#e5e7eb"),
};

/// Colours the same in both themes.
pub(super) mod fixed {
    use super::{solid, translucent, Colour};

    /// style/main.css, the `stroke` of `.kind-person .shape *`,
    /// `.kind-softwaresystem .shape`, `.kind-container .shape` (and data
    /// stores, queues), `.kind-component .shape`, `.kind-externalsystem .shape`.
    pub const PERSON_LINE: Colour = solid("#062f58");
    pub const SYSTEM_LINE: Colour = solid("#0b4884");
    pub const CONTAINER_LINE: Colour = solid("#2e6295");
    pub const COMPONENT_LINE: Colour = solid("#5d82a8");
    pub const EXTERNAL_LINE: Colour = solid("#6b6e73");
    /// style/main.css, `.kind-systemboundary .shape`: rgba(120, 130, 150, 0.04).
    pub const BOUNDARY_FILL: Colour = translucent("#788296", 0.04);
    /// style/org.css, `.owner-0` … `.owner-9`: `--owner-fill` and `--owner-line`.
    pub const OWNERS: [(Colour, Colour); 10] = [
        (solid("#fde68a"), solid("#b7791f")),
        (solid("#bfdbfe"), solid("#3b6fb6")),
        (solid("#bbf7d0"), solid("#2f855a")),
        (solid("#fecaca"), solid("#c53030")),
        (solid("#ddd6fe"), solid("#6b46c1")),
        (solid("#fed7aa"), solid("#c05621")),
        (solid("#a5f3fc"), solid("#0e7490")),
        (solid("#fbcfe8"), solid("#b83280")),
        (solid("#d9f99d"), solid("#5f7f12")),
        (solid("#e5e7eb"), solid("#4b5563")),
    ];
    /// style/org.css, `.node.by-owner text`.
    pub const OWNED_TEXT: Colour = solid("#1d1f24");
    /// style/org.css, the `stroke` of `.node.by-owner.unowned .shape` and `.swatch.unowned`.
    pub const UNOWNED_LINE: Colour = solid("#9ca3af");
    /// style/org.css, the wavy underline of `.glossary-avoid`.
    pub const GLOSSARY_AVOID: Colour = solid("#d97706");
    /// style/decisions.css, `.decision-badge.status-*`: the badge's fill and its text.
    pub const PROPOSED: (Colour, Colour) = (solid("#f59e0b"), solid("#3b2300"));
    pub const ACCEPTED: (Colour, Colour) = (solid("#10b981"), solid("#022c22"));
    pub const SUPERSEDED: (Colour, Colour) = (solid("#818cf8"), solid("#1e1b4b"));
    /// Deprecated and rejected share one rule.
    pub const RETIRED: (Colour, Colour) = (solid("#9ca3af"), solid("#111827"));
}

/// The app's font: the system UI stack of style/main.css's `:root` (no font
/// file travels with a picture), quoted with `'` to sit in an attribute.
pub(super) const FONT_FAMILY: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
