//! Reads a `safe-exit/directory/v1` file into a [`Directory`], dropping what is invalid and
//! saying precisely what was dropped and why: the data may come from a server that someone
//! other than the partner controls, and the partner needs to know what to fix.

use super::json::{self, Value};
use super::link::{contact_href, ContactType};
use super::model::{Contact, Directory, Kind, Service, Source, Text};
use crate::config::is_region_code;
use crate::i18n::Lang;
use crate::safe_url::{check_absolute, Loopback};
use std::fmt;

pub const SCHEMA: &str = "safe-exit/directory/v1";
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
pub const MAX_SERVICES: usize = 500;
pub const MAX_CONTACTS: usize = 10;
/// Longest text, in characters.
pub const MAX_TEXT_CHARS: usize = 500;

/// Known service fields; any other is tolerated and reported as a warning (it may be a typo).
const SERVICE_FIELDS: [&str; 16] = [
    "id", "name", "kind", "area", "region", "contacts", "reach_through", "hours", "free", "languages",
    "accepts_new_residents", "online_consultations", "accessible", "notes", "source", "verified",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    /// Something was dropped, or the file could not be read.
    Error,
    /// Something was tolerated: a missing translation, an unknown field.
    Warning,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    pub severity: Severity,
    /// The service's id (or its position when it has no usable id).
    pub service: Option<String>,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match &self.service {
            Some(service) => write!(f, "{level}: service {service}, field `{}`: {}", self.field, self.message),
            None if self.field.is_empty() => write!(f, "{level}: {}", self.message),
            None => write!(f, "{level}: field `{}`: {}", self.field, self.message),
        }
    }
}

/// The services that passed, and every problem found on the way.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Report {
    pub directory: Directory,
    pub problems: Vec<Problem>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Reads and validates a directory file.
pub fn parse_directory(text: &str) -> Report {
    let mut report = Report::default();
    if text.len() > MAX_FILE_BYTES {
        report.file_error("", format!("the file is {} bytes; at most {MAX_FILE_BYTES} are read", text.len()));
        return report;
    }
    match json::parse(text) {
        Ok(root) => read_root(&root, &mut report),
        Err(error) => report.file_error("", error.to_string()),
    }
    report
}

impl Report {
    fn file_error(&mut self, field: &str, message: String) {
        self.problems.push(Problem { severity: Severity::Error, service: None, field: field.into(), message });
    }
}

fn read_root(root: &Value, report: &mut Report) {
    if !matches!(root, Value::Object(_)) {
        return report.file_error("", format!("the file must hold an object, not {}", root.kind()));
    }
    match root.get("schema") {
        Some(Value::String(s)) if s == SCHEMA => {}
        other => {
            let found = other.map_or("nothing".to_string(), describe);
            return report.file_error("schema", format!("must be \"{SCHEMA}\", found {found}"));
        }
    }
    match root.get("updated") {
        None => {}
        Some(Value::String(d)) if is_date(d) => report.directory.updated = Some(d.clone()),
        Some(other) => report.file_error("updated", format!("must be a date YYYY-MM-DD, found {}", describe(other))),
    }
    let Some(Value::Array(services)) = root.get("services") else {
        return report.file_error("services", "must be an array of services".into());
    };
    if services.len() > MAX_SERVICES {
        report.file_error("services", format!("lists {} services; only the first {MAX_SERVICES} are read", services.len()));
    }
    for (index, value) in services.iter().take(MAX_SERVICES).enumerate() {
        let mut reader = ServiceReader { label: format!("#{}", index + 1), problems: Vec::new() };
        let service = reader.read(value);
        report.problems.append(&mut reader.problems);
        match service {
            Some(service) if report.directory.services.iter().any(|s| s.id == service.id) => report.problems.push(Problem {
                severity: Severity::Error,
                service: Some(format!("\"{}\"", service.id)),
                field: "id".into(),
                message: "repeats an earlier service's id; service dropped".into(),
            }),
            Some(service) => report.directory.services.push(service),
            None => {}
        }
    }
    resolve_reach_through(report);
    if report.directory.services.is_empty() {
        report.file_error("services", "no valid service is left to show".into());
    }
}

/// Keeps only the `reach_through` ids that name a service with contacts of its own in the same
/// file (a line reached through another line would leave the visitor nothing to call), and
/// drops a service that is then left with no way to reach it.
fn resolve_reach_through(report: &mut Report) {
    let lines: Vec<String> = report.directory.services.iter().filter(|s| !s.contacts.is_empty()).map(|s| s.id.clone()).collect();
    let mut problems = Vec::new();
    report.directory.services.retain_mut(|service| {
        let mut index = 0;
        service.reach_through.retain(|id| {
            let known = lines.contains(id);
            if !known {
                problems.push(Problem {
                    severity: Severity::Error,
                    service: Some(format!("\"{}\"", service.id)),
                    field: format!("reach_through[{index}]"),
                    message: format!("\"{id}\" is not the id of a service with contacts in this file; dropped"),
                });
            }
            index += 1;
            known
        });
        let reachable = !service.contacts.is_empty() || !service.reach_through.is_empty();
        if !reachable {
            problems.push(Problem {
                severity: Severity::Error,
                service: Some(format!("\"{}\"", service.id)),
                field: "reach_through".into(),
                message: "no line is left to reach this service through, and it has no contact; service dropped".into(),
            });
        }
        reachable
    });
    report.problems.append(&mut problems);
}

/// A short, safe rendering of a value for messages.
fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => {
            // Cleaned like shown text: a hostile file's control or bidi characters must not
            // reach the partner's console as they are.
            let short: String = clean_text(s).chars().take(60).collect();
            format!("\"{short}{}\"", if s.chars().count() > 60 { "…" } else { "" })
        }
        Value::Number(n) => format!("the number {n}"),
        other => other.kind().to_string(),
    }
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Drops characters that could disguise text: controls and bidirectional overrides.
pub(crate) fn clean_text(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() && !matches!(*c as u32, 0x202A..=0x202E | 0x2066..=0x2069))
        .collect::<String>()
        .trim()
        .to_string()
}

struct ServiceReader {
    label: String,
    problems: Vec<Problem>,
}

impl ServiceReader {
    fn push(&mut self, severity: Severity, field: &str, message: String) {
        self.problems.push(Problem { severity, service: Some(self.label.clone()), field: field.into(), message });
    }
    fn error(&mut self, field: &str, message: String) {
        self.push(Severity::Error, field, message)
    }
    fn warning(&mut self, field: &str, message: String) {
        self.push(Severity::Warning, field, message)
    }

    fn read(&mut self, value: &Value) -> Option<Service> {
        let Value::Object(members) = value else {
            self.error("", format!("a service must be an object, not {}; service dropped", value.kind()));
            return None;
        };
        if let Some(Value::String(id)) = value.get("id") {
            if is_id(id) {
                self.label = format!("\"{id}\"");
            }
        }
        for (key, _) in members {
            if !SERVICE_FIELDS.contains(&key.as_str()) {
                self.warning(key, "is not a field of the format; ignored".into());
            }
        }
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
        let (Some(id), Some(name), Some(kind), Some(source), Some(verified)) = (id, name, kind, source, verified) else {
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
        })
    }

    fn required_id(&mut self, value: &Value) -> Option<String> {
        match value.get("id") {
            Some(Value::String(id)) if is_id(id) => Some(id.clone()),
            Some(other) => {
                self.error("id", format!("must be lowercase letters, digits and dashes (at most 64), found {}; service dropped", describe(other)));
                None
            }
            None => {
                self.error("id", "is missing; service dropped".into());
                None
            }
        }
    }

    fn kind(&mut self, value: &Value) -> Option<Kind> {
        match value.get("kind") {
            Some(Value::String(k)) if Kind::from_name(k).is_some() => Kind::from_name(k),
            other => {
                let found = other.map_or("nothing".into(), describe);
                self.error("kind", format!("must be one of emergency, hotline, crisis_centre, shelter, legal_aid, police, online; found {found}; service dropped"));
                None
            }
        }
    }

    fn region(&mut self, value: &Value) -> Option<String> {
        match value.get("region")? {
            Value::String(code) if is_region_code(code) => Some(code.clone()),
            other => {
                self.warning("region", format!("must be a code of a-z, 0-9 and - (at most 32), found {}; ignored", describe(other)));
                None
            }
        }
    }

    fn flag(&mut self, value: &Value, field: &str) -> Option<bool> {
        match value.get(field)? {
            Value::Bool(b) => Some(*b),
            Value::Null => None,
            other => {
                self.warning(field, format!("must be true or false, found {}; treated as unknown", describe(other)));
                None
            }
        }
    }

    fn languages(&mut self, value: &Value) -> Vec<String> {
        let Some(found) = value.get("languages") else { return Vec::new() };
        let codes = match found {
            Value::Array(items) => items
                .iter()
                .filter_map(|item| match item {
                    Value::String(code) if (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()) => Some(code.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        };
        if !matches!(found, Value::Array(items) if items.len() == codes.len()) {
            self.warning("languages", "must be an array of language codes such as \"kk\"; invalid entries ignored".into());
        }
        codes
    }

    fn verified(&mut self, value: &Value) -> Option<String> {
        match value.get("verified") {
            Some(Value::String(d)) if is_date(d) => Some(d.clone()),
            other => {
                let found = other.map_or("nothing".into(), describe);
                self.error("verified", format!("must be the date the facts were last checked, YYYY-MM-DD; found {found}; service dropped"));
                None
            }
        }
    }

    fn source(&mut self, value: &Value) -> Option<Source> {
        let source = value.get("source");
        let url = match source.and_then(|s| s.get("url")) {
            Some(Value::String(url)) => match check_absolute(url, Loopback::HttpsOnly) {
                Ok(url) => Some(url.to_string()),
                Err(why) => {
                    self.error("source.url", format!("{} {why}; service dropped", describe(&Value::String(url.clone()))));
                    return None;
                }
            },
            _ => None,
        };
        let title = match source.and_then(|s| s.get("title")) {
            Some(Value::String(t)) if !clean_text(t).is_empty() => Some(truncate(&clean_text(t))),
            _ => None,
        };
        match (url, title) {
            (Some(url), Some(title)) => Some(Source { url, title }),
            _ => {
                self.error("source", "needs a url (https) and a title: every contact shown must name its source; service dropped".into());
                None
            }
        }
    }

    /// The ids in `reach_through`; whether each names a line is checked once the whole file is read.
    fn reach_through(&mut self, value: &Value) -> Vec<String> {
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
            self.error("reach_through", format!("must be an array of at most {MAX_CONTACTS} service ids; invalid entries dropped"));
        }
        ids
    }

    fn contacts(&mut self, value: &Value) -> Vec<Contact> {
        let Some(Value::Array(items)) = value.get("contacts") else {
            return Vec::new(); // reported by the caller, as for an empty list
        };
        if items.len() > MAX_CONTACTS {
            self.error("contacts", format!("lists {} contacts; only the first {MAX_CONTACTS} are read", items.len()));
        }
        let mut contacts = Vec::new();
        for (i, item) in items.iter().take(MAX_CONTACTS).enumerate() {
            let field = format!("contacts[{i}]");
            let kind = match item.get("type") {
                Some(Value::String(t)) => ContactType::from_name(t),
                _ => None,
            };
            let Some(kind) = kind else {
                let found = item.get("type").map_or("nothing".into(), describe);
                self.error(&format!("{field}.type"), format!("must be one of voice, sms, whatsapp, telegram, email, web; found {found}; contact dropped"));
                continue;
            };
            let Some(Value::String(raw)) = item.get("value") else {
                self.error(&format!("{field}.value"), "must be a string; contact dropped".into());
                continue;
            };
            match contact_href(kind, raw) {
                Ok(href) => {
                    let label = self.text(item, "label", false);
                    contacts.push(Contact { kind, value: truncate(&clean_text(raw)), href, label });
                }
                Err(why) => self.error(&format!("{field}.value"), format!("{} {why}; contact dropped", describe(&Value::String(raw.clone())))),
            }
        }
        contacts
    }

    /// A translated text; reports missing translations, which readers see in another language.
    fn text(&mut self, value: &Value, field: &str, required: bool) -> Option<Text> {
        let Some(found) = value.get(field) else {
            if required {
                self.error(field, "is missing; service dropped".into());
            }
            return None;
        };
        let mut text = Text::default();
        if let Value::Object(_) = found {
            for lang in Lang::ALL {
                if let Some(Value::String(s)) = found.get(lang.code()) {
                    let cleaned = clean_text(s);
                    if !cleaned.is_empty() {
                        let slot = match lang {
                            Lang::Kk => &mut text.kk,
                            Lang::Ru => &mut text.ru,
                            Lang::En => &mut text.en,
                        };
                        *slot = Some(truncate(&cleaned));
                    }
                }
            }
        }
        if Lang::ALL.iter().all(|&l| !text.has(l)) {
            let consequence = if required { "service dropped" } else { "ignored" };
            let message = format!("must be an object with text in \"kk\", \"ru\" or \"en\", found {}; {consequence}", describe(found));
            if required { self.error(field, message) } else { self.warning(field, message) }
            return None;
        }
        let missing: Vec<&str> = Lang::ALL.into_iter().filter(|&l| !text.has(l)).map(Lang::code).collect();
        if !missing.is_empty() {
            let shown: Vec<String> = Lang::ALL
                .into_iter()
                .filter(|&l| !text.has(l))
                .map(|l| format!("{} readers see {}", l.code(), text.shown_lang(l).code()))
                .collect();
            self.warning(field, format!("has no translation in {}; {}", missing.join(", "), shown.join(", ")));
        }
        Some(text)
    }
}

fn truncate(text: &str) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}
