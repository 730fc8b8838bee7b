//! What reading a file reports: each problem with its severity, its place as data (the
//! service's index and the field's path) and its message, and the services that passed.

use super::model::Directory;
use crate::tools::json::{push_string, Value};
use crate::tools::text::{clean_text, escape, push_decimal, push_escaped};
use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    /// Something was dropped, or the file could not be read.
    Error,
    /// Something was tolerated: a missing translation, an unknown field.
    Warning,
}

/// Where a value is: `contacts[2].value` is the member `contacts`, then item 2, then the
/// member `value`. Only the first member may be any name the file uses (an unknown field); the
/// steps below it are the format's own names and indices, kept as they print after it (one
/// string costs the bundle less than a list of steps). [`Path::push_json`] gives the segments.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Path {
    text: String,
    /// Where the first member's name ends in `text`.
    member: usize,
}

impl Path {
    /// The member `name` of the top level; the top level itself when `name` is empty.
    pub fn of(name: &str) -> Path {
        Path { text: name.into(), member: name.len() }
    }

    /// This path, then the member `key`, one of the format's own names (`a-z` and `_`).
    pub fn key(mut self, key: &'static str) -> Path {
        self.text.push('.');
        self.text.push_str(key);
        self
    }

    /// This path, then the item at `index`.
    pub fn index(mut self, index: usize) -> Path {
        self.text.push('[');
        push_decimal(&mut self.text, index);
        self.text.push(']');
        self
    }

    /// Whether this is the top level itself.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Appends the path as a JSON array of its segments, names as strings and indices as
    /// numbers: `["contacts",2,"value"]`.
    pub fn push_json(&self, json: &mut String) {
        let (member, steps) = self.text.split_at(self.member);
        json.push('[');
        if !member.is_empty() {
            push_string(json, member);
        }
        // The steps are the format's names and decimal indices, which need no escaping.
        let mut in_name = false;
        for b in steps.bytes() {
            if in_name && (b == b'.' || b == b'[') {
                json.push('"');
                in_name = false;
            }
            match b {
                b'.' => {
                    json.push_str(",\"");
                    in_name = true;
                }
                b'[' => json.push(','),
                b']' => {}
                b => json.push(char::from(b)),
            }
        }
        if in_name {
            json.push('"');
        }
        json.push(']');
    }
}

/// `contacts[2].value`, escaped as [`escape`] does (which only the first member's name, any
/// name the file uses, can need).
impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape(&self.text))
    }
}

/// One problem found in a file.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// Whether something was dropped or only tolerated.
    pub severity: Severity,
    /// The service's id, when it has a usable one.
    pub id: Option<String>,
    /// The service's index in the file's `services`, from 0; `None` for the file itself.
    pub index: Option<usize>,
    /// The field, as a path from the service (`contacts[2].value`), or from the file's top
    /// level when there is no service; empty for the file itself.
    pub field: Path,
    /// What is wrong, in plain English.
    pub message: String,
}

impl Problem {
    /// Where it is, as its line names it: `service "x", field `contacts[1].value`` (`service
    /// #2` before the service has a usable id), `field `schema``, or nothing for the file itself.
    pub fn place(&self) -> String {
        let mut place = String::new();
        match (&self.id, self.index) {
            (Some(id), _) => {
                place.push_str("service \"");
                place.push_str(id);
                place.push_str("\", ");
            }
            (None, Some(index)) => {
                place.push_str("service #");
                push_decimal(&mut place, index + 1);
                place.push_str(", ");
            }
            (None, None) if self.field.is_empty() => return place,
            (None, None) => {}
        }
        place.push_str("field `");
        push_escaped(&mut place, &self.field.text);
        place.push('`');
        place
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        f.write_str(level)?;
        f.write_str(": ")?;
        let place = self.place();
        if !place.is_empty() {
            f.write_str(&place)?;
            f.write_str(": ")?;
        }
        f.write_str(&self.message)
    }
}

/// The services that passed, and every problem found on the way.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Report {
    /// What passed.
    pub directory: Directory,
    /// Everything found, in file order.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Whether a service or contact was dropped, or the file could not be read.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// The first `limit` problems, then one line that counts them all when some were left
    /// out: what a console can show without flooding it.
    pub fn summary(&self, limit: usize) -> Vec<String> {
        let mut lines: Vec<String> = self.problems.iter().take(limit).map(ToString::to_string).collect();
        if self.problems.len() > limit {
            let errors = self.problems.iter().filter(|p| p.severity == Severity::Error).count();
            lines.push(format!(
                "… and {} more; {} in all ({errors} errors, {} warnings): check the file with check-data to see every one",
                self.problems.len() - limit,
                self.problems.len(),
                self.problems.len() - errors,
            ));
        }
        lines
    }

    /// An error about the file itself, at its top-level `field` (none when empty).
    pub(super) fn file_error(&mut self, field: &str, message: String) {
        let field = Path::of(field);
        self.problems.push(Problem { severity: Severity::Error, id: None, index: None, field, message });
    }
}

/// A short, safe rendering of a value for messages.
pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => {
            // Cleaned like shown text: a hostile file's control or bidi characters must not
            // reach the partner's console as they are.
            let mut short = String::from("\"");
            short.extend(clean_text(s).chars().take(60));
            if s.chars().count() > 60 {
                short.push('…');
            }
            short.push('"');
            short
        }
        Value::Number(n) => String::from("the number ") + n,
        other => other.kind().to_string(),
    }
}
