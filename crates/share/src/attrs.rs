//! A start tag's attributes, shared by the SVG writer and the page's HTML
//! writer: names are `&'static str`, so they never come from a workspace;
//! values are plain text that each writer escapes when it writes them.

/// A start tag's attributes, in the order written.
#[derive(Default)]
pub(crate) struct Attrs(Vec<(&'static str, String)>);

impl Attrs {
    pub fn new() -> Self {
        Attrs::default()
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.push((name, value.into()));
        self
    }

    /// A number as SVG writes it (short, no `-0`).
    pub fn num(self, name: &'static str, value: f64) -> Self {
        self.with(name, crate::svg::xml::num(value))
    }

    /// `class="…"`.
    pub fn class(self, value: impl Into<String>) -> Self {
        self.with("class", value)
    }

    /// `id="…"`, for an anchor made by the page's `anchor`.
    pub fn id(self, value: impl Into<String>) -> Self {
        self.with("id", value)
    }

    /// The attributes, names and unescaped values, in order.
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.0.iter().map(|(name, value)| (*name, value.as_str()))
    }
}
