//! One service's fields, each checked by its own rule: what is kept, and every problem
//! with the field's path. Contacts and translated texts have files of their own.

use super::format::{
    is_date, is_id, is_month, is_region_code, is_year, MAX_CONTACTS, MAX_UNKNOWN_FIELDS_NAMED, SERVICE_FIELDS,
};
use super::model::{Kind, Service, Source};
use super::report::{describe, Path, Problem, Severity};
use super::texts::truncate;
use super::unused::Unused;
use crate::safe_url::{check_absolute, Loopback};
use crate::tools::invisible;
use crate::tools::json::Value;
use crate::tools::text::clean_text;

/// A service's known fields, each the last of its name in the service (as [`Value::get`]
/// would find it), in the order of [`SERVICE_FIELDS`]: looked up there, instead of in a
/// `Value::Object` rebuilt from them, which would copy every name into a `String`.
pub(super) struct Fields([Option<Value>; SERVICE_FIELDS.len()]);

impl Fields {
    pub(super) fn get(&self, field: &str) -> Option<&Value> {
        self.0[SERVICE_FIELDS.iter().position(|&known| known == field)?].as_ref()
    }
}

/// Checks one service, collecting its problems.
pub(super) struct ServiceReader {
    /// The service's index in the file's `services`.
    index: usize,
    /// The service's id, once it is known to be usable.
    id: Option<String>,
    /// What was found, in field order.
    pub(super) problems: Vec<Problem>,
}

impl ServiceReader {
    /// A reader for the service at `index` in `services`.
    pub(super) fn new(index: usize) -> ServiceReader {
        ServiceReader { index, id: None, problems: Vec::new() }
    }

    fn push(&mut self, severity: Severity, field: Path, message: String) {
        let (id, index) = (self.id.clone(), Some(self.index));
        self.problems.push(Problem { severity, id, index, field, message });
    }
    /// An error at the service's own field `field` (the service itself when empty).
    pub(super) fn error(&mut self, field: &str, message: String) {
        self.push(Severity::Error, Path::of(field), message)
    }
    /// A warning at the service's own field `field`.
    pub(super) fn warning(&mut self, field: &str, message: String) {
        self.push(Severity::Warning, Path::of(field), message)
    }
    /// An error at `field`, deeper in the service.
    pub(super) fn error_at(&mut self, field: Path, message: String) {
        self.push(Severity::Error, field, message)
    }
    /// A warning at `field`, deeper in the service.
    pub(super) fn warning_at(&mut self, field: Path, message: String) {
        self.push(Severity::Warning, field, message)
    }

    /// Checks the service `value`; the service if it passes.
    pub(super) fn read(&mut self, value: Value, unused: &mut Unused) -> Option<Service> {
        let Value::Object(members) = value else {
            self.error("", format!("a service must be an object, not {}; service dropped", value.kind()));
            unused.add(value);
            return None;
        };
        // One pass keeps the last of each known field (as `get` would find it) and names or
        // counts the unknown ones, so that a service of 85,000 fields costs one look at each,
        // not one search of all of them per field read.
        let mut known: [Option<Value>; SERVICE_FIELDS.len()] = Default::default();
        let mut unknown = Vec::new();
        let mut more = 0usize;
        let mut ignored = Vec::new();
        for (key, member) in members {
            match SERVICE_FIELDS.iter().position(|&field| field == key) {
                Some(i) => {
                    if let Some(repeated) = known[i].replace(member) {
                        ignored.push((key, repeated));
                    }
                }
                None if unknown.len() <= MAX_UNKNOWN_FIELDS_NAMED => {
                    unknown.push(key);
                    ignored.push((String::new(), member));
                }
                None => {
                    more += 1;
                    ignored.push((key, member));
                }
            }
        }
        unused.add(Value::Object(ignored));
        let value = Fields(known);
        if let Some(Value::String(id)) = value.get("id") {
            if is_id(id) {
                self.id = Some(id.clone());
            }
        }
        for (i, key) in unknown.iter().enumerate() {
            match i < MAX_UNKNOWN_FIELDS_NAMED {
                true => self.warning(key, "is not a field of the format; ignored".into()),
                false => self
                    .warning(key, format!("is not a field of the format, nor are {more} more after it; all ignored")),
            }
        }
        let service = self.read_known(&value);
        for field in value.0.into_iter().flatten() {
            unused.add(field);
        }
        service
    }

    /// Reads a service of known fields, each once.
    fn read_known(&mut self, value: &Fields) -> Option<Service> {
        let id = self.required_id(value);
        let name = self.text(value, "name", true);
        let kind = self.kind(value);
        let source = self.source(value);
        let verified = self.verified(value);
        let contacts = self.contacts(value);
        let reach_through = self.reach_through(value);
        if contacts.is_empty() && reach_through.is_empty() {
            self.error("contacts", "no valid contact is left; service dropped".into());
        }
        let (Some(id), Some(name), Some(kind), Some(source), Some(verified)) = (id, name, kind, source, verified)
        else {
            return None;
        };
        if contacts.is_empty() && reach_through.is_empty() {
            return None;
        }
        let region = self.region(value);
        let area = self.text(value, "area", false);
        if region.is_some() != area.is_some() {
            self.warning("region", "`region` and `area` go together; the service is shown as nationwide".into());
        }
        let nationwide = region.is_none() || area.is_none();
        Some(Service {
            id,
            name,
            kind,
            area: if nationwide { None } else { area },
            region: if nationwide { None } else { region },
            contacts,
            reach_through,
            hours: self.text(value, "hours", false),
            free: self.flag(value, "free"),
            languages: self.languages(value),
            accepts_new_residents: self.flag(value, "accepts_new_residents"),
            online_consultations: self.flag(value, "online_consultations"),
            accessible: self.flag(value, "accessible"),
            notes: self.text(value, "notes", false),
            source,
            verified,
            position: self.index,
        })
    }

    fn required_id(&mut self, value: &Fields) -> Option<String> {
        match value.get("id") {
            Some(Value::String(id)) if is_id(id) => Some(id.clone()),
            Some(other) => {
                self.error(
                    "id",
                    format!(
                        "must be lowercase letters, digits and dashes (at most 64), found {}; service dropped",
                        describe(other)
                    ),
                );
                None
            }
            None => {
                self.error("id", "is missing; service dropped".into());
                None
            }
        }
    }

    fn kind(&mut self, value: &Fields) -> Option<Kind> {
        match value.get("kind") {
            Some(Value::String(k)) if Kind::from_name(k).is_some() => Kind::from_name(k),
            other => {
                let found = other.map_or("nothing".into(), describe);
                self.error("kind", format!("must be one of emergency, hotline, crisis_centre, shelter, legal_aid, police, online; found {found}; service dropped"));
                None
            }
        }
    }

    fn region(&mut self, value: &Fields) -> Option<String> {
        match value.get("region")? {
            Value::String(code) if is_region_code(code) => Some(code.clone()),
            other => {
                self.warning(
                    "region",
                    format!("must be a code of a-z, 0-9 and - (at most 32), found {}; ignored", describe(other)),
                );
                None
            }
        }
    }

    fn flag(&mut self, value: &Fields, field: &str) -> Option<bool> {
        match value.get(field)? {
            Value::Bool(b) => Some(*b),
            Value::Null => None,
            other => {
                self.warning(field, format!("must be true or false, found {}; treated as unknown", describe(other)));
                None
            }
        }
    }

    fn languages(&mut self, value: &Fields) -> Vec<String> {
        let Some(found) = value.get("languages") else { return Vec::new() };
        let codes = match found {
            Value::Array(items) => items
                .iter()
                .filter_map(|item| match item {
                    Value::String(code)
                        if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) =>
                    {
                        Some(code.clone())
                    }
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        if !matches!(found, Value::Array(items) if items.len() == codes.len()) {
            self.warning(
                "languages",
                "must be an array of language codes such as \"kk\"; invalid entries ignored".into(),
            );
        }
        codes
    }

    fn verified(&mut self, value: &Fields) -> Option<String> {
        match value.get("verified") {
            Some(Value::String(d)) if is_date(d) => Some(d.clone()),
            other => {
                let found = other.map_or("nothing".into(), describe);
                self.error(
                    "verified",
                    format!("must be the date the facts were last checked, YYYY-MM-DD; found {found}; service dropped"),
                );
                None
            }
        }
    }

    fn source(&mut self, value: &Fields) -> Option<Source> {
        let source = value.get("source");
        let url = match source.and_then(|s| s.get("url")) {
            Some(Value::String(url)) => match check_absolute(url, Loopback::HttpsOnly) {
                Ok(url) => Some(url.to_string()),
                Err(why) => {
                    self.error_at(
                        Path::of("source").key("url"),
                        format!("{} {}; service dropped", describe(&Value::String(url.clone())), why.message()),
                    );
                    return None;
                }
            },
            _ => None,
        };
        let title = match source.and_then(|s| s.get("title")) {
            Some(Value::String(t)) if invisible::first_invisible(t).is_some() => {
                let c = invisible::first_invisible(t).unwrap_or_default();
                self.error_at(Path::of("source").key("title"), invisible::describe(c) + "; service dropped");
                return None;
            }
            Some(Value::String(t)) if !clean_text(t).is_empty() => Some(truncate(&clean_text(t))),
            _ => None,
        };
        let date = match source.and_then(|s| s.get("date")) {
            None => None,
            Some(Value::String(d)) if is_date(d) || is_month(d) || is_year(d) => Some(d.clone()),
            Some(other) => {
                self.warning_at(
                    Path::of("source").key("date"),
                    format!(
                        "must be the page's own date, YYYY-MM-DD, YYYY-MM or YYYY; found {}; shown as undated",
                        describe(other)
                    ),
                );
                None
            }
        };
        match (url, title) {
            (Some(url), Some(title)) => Some(Source { url, title, date }),
            _ => {
                self.error(
                    "source",
                    "needs a url (https) and a title: every contact shown must name its source; service dropped".into(),
                );
                None
            }
        }
    }

    /// The ids in `reach_through`; whether each names a line is checked once the whole file is read.
    fn reach_through(&mut self, value: &Fields) -> Vec<String> {
        let Some(found) = value.get("reach_through") else { return Vec::new() };
        let ids = match found {
            Value::Array(items) => items
                .iter()
                .take(MAX_CONTACTS)
                .filter_map(|item| match item {
                    Value::String(id) if is_id(id) => Some(id.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        if !matches!(found, Value::Array(items) if items.len() == ids.len()) {
            self.error(
                "reach_through",
                format!("must be an array of at most {MAX_CONTACTS} service ids; invalid entries dropped"),
            );
        }
        ids
    }
}
