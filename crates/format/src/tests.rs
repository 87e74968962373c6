//! Tests of the file format: round trips, every load error, migrations and the schema.

mod errors;
mod generate;
mod migration;
mod round_trip;
mod schema;
