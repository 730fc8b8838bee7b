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

/// The default directory for Kazakhstan, compiled into the widget from static/data/kz.json.
pub const EMBEDDED_JSON: &str = include_str!("../../static/data/kz.json");

/// The embedded directory, read and validated; a test keeps it free of problems.
pub fn embedded() -> Directory {
    parse_directory(EMBEDDED_JSON).directory
}

#[cfg(test)]
mod tests;
