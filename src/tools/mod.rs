//! The general tools, below everything that knows the widget: the JSON reader and writer,
//! plain-text cleaning, the invisible characters, and the small string helpers that stand in
//! for std's in the bundle. Nothing here imports another layer (see the crate's layer order).

pub mod invisible;
pub mod json;
pub mod text;
