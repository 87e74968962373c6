//! The organisation side: team pages, the Conway and concern lenses, ownership
//! by drop and colour, the stakeholder grid, the glossary and concerns editors.

pub mod as_of;
pub mod concern_lens;
pub mod concerns;
pub mod conway_lens;
pub mod glossary;
pub mod lens_overlay;
pub mod owner_drop;
pub mod owner_legend;
pub mod stakeholder_grid;
pub mod team_page;
