//! Contact data: the model, reading and validating `safe-exit/directory/v1` files, turning
//! contact values into safe links, and choosing what to show for an area.

pub mod filter;
pub mod invisible;
pub mod json;
pub mod link;
pub mod model;
pub mod validate;

pub use model::{Contact, Directory, Kind, Service, Source, Text};
pub use validate::{parse_directory, DirectoryReader, Problem, Report, Severity};

/// The default directory for Kazakhstan, static/data/kz.json as written.
pub const EMBEDDED_JSON: &str = include_str!("../../static/data/kz.json");

/// The same JSON without the whitespace between its tokens (build.rs): what the widget carries.
pub const EMBEDDED_JSON_COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/kz.json"));

/// The embedded directory, read and validated; a test keeps it free of problems.
pub fn embedded() -> Directory {
    parse_directory(EMBEDDED_JSON_COMPACT).directory
}

#[cfg(test)]
mod tests;
