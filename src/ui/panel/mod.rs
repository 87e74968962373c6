//! The side panel's element and relationship details: properties, position and
//! size, concerns, marked glossary text, markdown.

pub mod arrange;
pub mod concern_weights;
pub mod details;
pub mod glossary_text;
pub mod markdown;
pub mod properties;
pub mod relationship;
