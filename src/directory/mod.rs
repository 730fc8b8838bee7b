//! Contact data: the model, reading and validating `safe-exit/directory/v1` files, turning
//! contact values into safe links, and choosing what to show for an area.

pub mod age;
mod contacts;
mod file;
pub mod filter;
pub mod format;
pub mod link;
pub mod model;
mod reader;
mod report;
mod service;
mod texts;
mod unused;

pub use model::{Contact, Directory, Kind, Service, Source, Text};
pub use reader::{parse_directory, DirectoryReader};
pub use report::{Path, Problem, Report, Severity};

/// The default directory for Kazakhstan, static/data/kz.json as written.
pub const EMBEDDED_JSON: &str = include_str!("../../static/data/kz.json");

/// The same JSON without the whitespace between its tokens (build.rs), packed: what the
/// widget carries.
const EMBEDDED_PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kz.json.packed"));

/// The JSON the widget carries: static/data/kz.json without the whitespace between its tokens.
pub fn embedded_json() -> String {
    crate::packed::unpack(EMBEDDED_PACKED)
}

/// The embedded directory, read and validated; a test keeps it free of problems.
pub fn embedded() -> Directory {
    parse_directory(&embedded_json()).directory
}

#[cfg(test)]
mod tests;
