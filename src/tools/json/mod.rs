//! A small JSON reader and writer for untrusted contact files. The widget has its own because serde_json
//! costs about 26 KB gzip in the wasm bundle (see docs/performance.md); this one is a few KB,
//! bounds nesting depth so hostile input cannot exhaust the stack, and keeps object keys in
//! order so warnings follow the file.
//!
//! It reads with an explicit stack instead of recursion, so that it can stop after a slice of
//! the input and go on later ([`Parser::step`]): the widget reads a 1 MiB file in slices of a
//! few milliseconds, and an exit click between two slices is not kept waiting.

use std::fmt;

/// Deepest nesting accepted; the directory format needs five levels.
pub const MAX_DEPTH: usize = 32;

/// A JSON value.
#[derive(Clone, PartialEq, Debug)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, kept as written: the directory never computes with numbers, and converting
    /// them would pull float parsing and printing into the bundle.
    Number(String),
    /// A string, unescaped.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members in the order written, repeated keys included.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one, if repeated, as in browsers' JSON.parse).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// What kind of value this is, for error messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        }
    }
}

/// Where and why the text is not JSON.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct SyntaxError {
    /// The line, from 1.
    pub line: usize,
    /// The column on that line, in characters, from 1.
    pub column: usize,
    /// What is wrong there.
    pub message: &'static str,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not valid JSON at line {}, column {}: {}", self.line, self.column, self.message)
    }
}

/// Reads a whole JSON text.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser::new(text);
    loop {
        if let Some(result) = parser.step(usize::MAX) {
            return result;
        }
    }
}

mod reader;
#[cfg(test)]
mod tests;
mod writer;

pub use reader::Parser;
pub use writer::push_string;
