//! Reads a `safe-exit/directory/v1` file into a [`Directory`], dropping what is invalid and
//! saying precisely what was dropped and why: the data may come from a server that someone
//! other than the partner controls, and the partner needs to know what to fix.

use super::invisible;
use super::json::{self, Value};
use super::link::{contact_href, ContactType};
use super::model::{Contact, Directory, Kind, Service, Source, Text};
use crate::config::is_region_code;
use crate::i18n::Lang;
use crate::safe_url::{check_absolute, Loopback};
use std::fmt;

/// The `schema` a directory file declares.
pub const SCHEMA: &str = "safe-exit/directory/v1";
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// Most services read from a file; the rest are dropped with an error.
pub const MAX_SERVICES: usize = 500;
/// Most contacts read for one service, and most entries of its `reach_through`.
pub const MAX_CONTACTS: usize = 10;
/// Longest text, in characters.
pub const MAX_TEXT_CHARS: usize = 500;
/// Unknown fields named one by one in each service; the rest are counted in one warning, so
/// that a file of 85,000 unknown fields gives a few lines, not 85,000.
pub const MAX_UNKNOWN_FIELDS_NAMED: usize = 5;

/// Known service fields; any other is tolerated and reported as a warning (it may be a typo).
const SERVICE_FIELDS: [&str; 16] = [
    "id",
    "name",
    "kind",
    "area",
    "region",
    "contacts",
    "reach_through",
    "hours",
    "free",
    "languages",
    "accepts_new_residents",
    "online_consultations",
    "accessible",
    "notes",
    "source",
    "verified",
];

/// How bad a problem is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Severity {
    /// Something was dropped, or the file could not be read.
    Error,
    /// Something was tolerated: a missing translation, an unknown field.
    Warning,
}

/// One problem found in a file.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// Whether something was dropped or only tolerated.
    pub severity: Severity,
    /// The service's id (or its position when it has no usable id).
    pub service: Option<String>,
    /// The field, as a path from the service (`contacts[2].value`); empty for the file itself.
    pub field: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let field = escape(&self.field);
        match &self.service {
            Some(service) => write!(f, "{level}: service {service}, field `{field}`: {}", self.message),
            None if self.field.is_empty() => write!(f, "{level}: {}", self.message),
            None => write!(f, "{level}: field `{field}`: {}", self.message),
        }
    }
}

/// A name or value from the file as it may be printed: control and invisible characters are
/// written as `\u{1B}`, so that a member name cannot send escape sequences to a terminal
/// (clear the screen, print a fake "valid") or reorder a console line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || invisible::is_invisible(c) || c == '\\' {
            out.push_str(&format!("\\u{{{:X}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
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
}

/// Reads and validates a directory file.
pub fn parse_directory(text: &str) -> Report {
    let mut reader = DirectoryReader::new(text);
    loop {
        if let Some(report) = reader.step(usize::MAX) {
            return report;
        }
    }
}

/// Reads and validates a directory file a slice at a time, so that the caller can let the
/// browser handle input between slices: [`DirectoryReader::step`] does about `budget` bytes
/// of reading, or checks services (or frees values) worth about as much, and returns the
/// report at the end.
pub struct DirectoryReader<'a> {
    stage: Stage<'a>,
    report: Report,
    /// What has been read and is no longer needed, freed a slice at a time too: freeing a tree
    /// of half a million values at once would hold the thread about as long as reading it.
    unused: Unused,
}

enum Stage<'a> {
    Reading(json::Parser<'a>),
    /// The services, with how many of them have been checked.
    Checking(Vec<Value>, usize),
    Done,
}

/// What checking one service counts for against a step's budget, as if it were this many
/// bytes, plus this many for each of its members (a rough match of the time each takes).
const SERVICE_COST: usize = 512;
const MEMBER_COST: usize = 32;
/// What freeing one value counts for, in bytes of reading.
const FREE_COST: usize = 8;

impl<'a> DirectoryReader<'a> {
    /// A reader at the start of `text`; a text over [`MAX_FILE_BYTES`] is refused unread.
    pub fn new(text: &'a str) -> DirectoryReader<'a> {
        let mut reader = DirectoryReader {
            stage: Stage::Reading(json::Parser::new(text)),
            report: Report::default(),
            unused: Unused::default(),
        };
        if text.len() > MAX_FILE_BYTES {
            reader
                .report
                .file_error("", format!("the file is {} bytes; at most {MAX_FILE_BYTES} are read", text.len()));
            reader.stage = Stage::Done;
        }
        reader
    }

    /// Works on for about `budget` bytes' worth; the report once all is done, else `None`.
    pub fn step(&mut self, budget: usize) -> Option<Report> {
        if !self.unused.is_empty() {
            self.unused.free(budget / FREE_COST + 1);
            return None;
        }
        match &mut self.stage {
            Stage::Reading(parser) => match parser.step(budget) {
                None => {}
                Some(Err(error)) => {
                    self.report.file_error("", error.to_string());
                    if let Stage::Reading(parser) = std::mem::replace(&mut self.stage, Stage::Done) {
                        self.unused.add(parser.into_partial());
                    }
                }
                Some(Ok(root)) => {
                    self.stage = match read_header(root, &mut self.report, &mut self.unused) {
                        Some(services) => Stage::Checking(services, 0),
                        None => Stage::Done,
                    };
                }
            },
            Stage::Checking(services, checked) => {
                let mut spent = 0;
                while *checked < services.len() && spent < budget && self.unused.is_empty() {
                    let service = std::mem::replace(&mut services[*checked], Value::Null);
                    spent = spent.saturating_add(SERVICE_COST + MEMBER_COST * members(&service));
                    *checked += 1;
                    read_service(*checked, service, &mut self.report, &mut self.unused);
                }
                if *checked == services.len() {
                    resolve_reach_through(&mut self.report);
                    if self.report.directory.services.is_empty() {
                        self.report.file_error("services", "no valid service is left to show".into());
                    }
                    self.stage = Stage::Done;
                }
            }
            Stage::Done => return Some(std::mem::take(&mut self.report)),
        }
        None
    }
}

impl Report {
    fn file_error(&mut self, field: &str, message: String) {
        self.problems.push(Problem { severity: Severity::Error, service: None, field: field.into(), message });
    }
}

fn members(value: &Value) -> usize {
    match value {
        Value::Object(members) => members.len(),
        _ => 0,
    }
}

/// Values to free, a few at a time.
#[derive(Default)]
struct Unused(Vec<Value>);

impl Unused {
    fn add(&mut self, value: Value) {
        if matches!(&value, Value::Array(items) if !items.is_empty())
            || matches!(&value, Value::Object(m) if !m.is_empty())
        {
            self.0.push(value);
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Frees about `count` values: a large array or object is taken apart from its end.
    fn free(&mut self, count: usize) {
        let mut freed = 0;
        while freed < count {
            let Some(value) = self.0.pop() else { return };
            let (children, rest) = match value {
                Value::Array(mut items) => {
                    let children = items.split_off(items.len().saturating_sub(count - freed));
                    (children, Value::Array(items))
                }
                Value::Object(mut members) => {
                    let cut = members.len().saturating_sub(count - freed);
                    (members.drain(cut..).map(|(_, value)| value).collect(), Value::Object(members))
                }
                _ => (Vec::new(), Value::Null),
            };
            freed += children.len() + 1;
            self.add(rest);
            for child in children {
                self.add(child);
            }
        }
    }
}

/// Checks the file's own fields; returns its services, as many as are read.
fn read_header(root: Value, report: &mut Report, unused: &mut Unused) -> Option<Vec<Value>> {
    if !matches!(root, Value::Object(_)) {
        report.file_error("", format!("the file must hold an object, not {}", root.kind()));
        unused.add(root);
        return None;
    }
    match root.get("schema") {
        Some(Value::String(s)) if s == SCHEMA => {}
        other => {
            let found = other.map_or("nothing".to_string(), describe);
            report.file_error("schema", format!("must be \"{SCHEMA}\", found {found}"));
            unused.add(root);
            return None;
        }
    }
    match root.get("updated") {
        None => {}
        Some(Value::String(d)) if is_date(d) => report.directory.updated = Some(d.clone()),
        Some(other) => report.file_error("updated", format!("must be a date YYYY-MM-DD, found {}", describe(other))),
    }
    read_reviewed(root.get("reviewed"), report);
    let Value::Object(mut members) = root else { return None };
    let services = members.iter().rposition(|(k, _)| k == "services").map(|i| members.swap_remove(i).1);
    unused.add(Value::Object(members));
    let Some(Value::Array(mut services)) = services else {
        report.file_error("services", "must be an array of services".into());
        unused.add(services.unwrap_or(Value::Null));
        return None;
    };
    if services.len() > MAX_SERVICES {
        report.file_error(
            "services",
            format!("lists {} services; only the first {MAX_SERVICES} are read", services.len()),
        );
        unused.add(Value::Array(services.split_off(MAX_SERVICES)));
    }
    Some(services)
}

/// Reads `reviewed`, which languages' texts a native speaker has checked: each `false` marks
/// that language a draft. Absent, the file makes no claim and no notice is shown for it.
fn read_reviewed(value: Option<&Value>, report: &mut Report) {
    let Some(value) = value else { return };
    let mut valid = matches!(value, Value::Object(_));
    if let Value::Object(members) = value {
        for (code, flag) in members {
            match (Lang::from_tag(code).filter(|lang| lang.code() == code), flag) {
                (Some(lang), Value::Bool(false)) => report.directory.drafts.push(lang),
                (Some(_), Value::Bool(true)) => {}
                _ => valid = false,
            }
        }
    }
    if !valid {
        report.problems.push(Problem {
            severity: Severity::Warning,
            service: None,
            field: "reviewed".into(),
            message: "must map kk, ru or en to true or false; other entries ignored".into(),
        });
    }
}

/// Checks the `number`th service (from 1) and keeps it if it passes.
fn read_service(number: usize, value: Value, report: &mut Report, unused: &mut Unused) {
    let mut reader = ServiceReader { label: format!("#{number}"), problems: Vec::new() };
    let service = reader.read(value, unused);
    report.problems.append(&mut reader.problems);
    match service {
        Some(service) if report.directory.services.iter().any(|s| s.id == service.id) => {
            report.problems.push(Problem {
                severity: Severity::Error,
                service: Some(format!("\"{}\"", service.id)),
                field: "id".into(),
                message: "repeats an earlier service's id; service dropped".into(),
            })
        }
        Some(service) => report.directory.services.push(service),
        None => {}
    }
}

/// Keeps only the `reach_through` ids that name a service with contacts of its own in the same
/// file (a line reached through another line would leave the visitor nothing to call), and
/// drops a service that is then left with no way to reach it.
fn resolve_reach_through(report: &mut Report) {
    let lines: Vec<String> =
        report.directory.services.iter().filter(|s| !s.contacts.is_empty()).map(|s| s.id.clone()).collect();
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

/// `YYYY-MM-DD`, read from the bytes: slicing the `str` and parsing its numbers would cost the
/// bundle a panic path and the integer parser for four digits.
fn is_date(text: &str) -> bool {
    let &[y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = text.as_bytes() else { return false };
    let two = |tens: u8, ones: u8| u32::from(tens - b'0') * 10 + u32::from(ones - b'0');
    [y1, y2, y3, y4, m1, m2, d1, d2].iter().all(u8::is_ascii_digit)
        && (1..=12).contains(&two(m1, m2))
        && (1..=31).contains(&two(d1, d2))
}

/// `YYYY-MM`: a page dated by its month only.
fn is_month(text: &str) -> bool {
    text.len() == 7 && is_date(&format!("{text}-01"))
}

/// `YYYY`: a page dated by its year only.
fn is_year(text: &str) -> bool {
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

/// Drops control characters (a text with invisible format characters is refused before it
/// gets here; messages quoting a refused value drop those too).
pub(crate) fn clean_text(text: &str) -> String {
    text.chars().filter(|&c| !c.is_control() && !invisible::is_invisible(c)).collect::<String>().trim().to_string()
}

/// A service's known fields, each the last of its name in the service (as [`Value::get`]
/// would find it), in the order of [`SERVICE_FIELDS`]: looked up there, instead of in a
/// `Value::Object` rebuilt from them, which would copy every name into a `String`.
struct Fields([Option<Value>; SERVICE_FIELDS.len()]);

impl Fields {
    fn get(&self, field: &str) -> Option<&Value> {
        self.0[SERVICE_FIELDS.iter().position(|&known| known == field)?].as_ref()
    }
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

    fn read(&mut self, value: Value, unused: &mut Unused) -> Option<Service> {
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
                self.label = format!("\"{id}\"");
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
                    self.error(
                        "source.url",
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
                self.error("source.title", format!("{}; service dropped", invisible::describe(c)));
                return None;
            }
            Some(Value::String(t)) if !clean_text(t).is_empty() => Some(truncate(&clean_text(t))),
            _ => None,
        };
        let date = match source.and_then(|s| s.get("date")) {
            None => None,
            Some(Value::String(d)) if is_date(d) || is_month(d) || is_year(d) => Some(d.clone()),
            Some(other) => {
                self.warning(
                    "source.date",
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

    fn contacts(&mut self, value: &Fields) -> Vec<Contact> {
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
                self.error(
                    &format!("{field}.type"),
                    format!(
                        "must be one of voice, sms, whatsapp, telegram, email, web; found {found}; contact dropped"
                    ),
                );
                continue;
            };
            let Some(Value::String(raw)) = item.get("value") else {
                self.error(&format!("{field}.value"), "must be a string; contact dropped".into());
                continue;
            };
            if let Some(c) = invisible::first_invisible(raw) {
                self.error(&format!("{field}.value"), format!("{}; contact dropped", invisible::describe(c)));
                continue;
            }
            match contact_href(kind, raw) {
                Ok(href) => {
                    let label = self.text_at(item.get("label"), &format!("{field}.label"), false);
                    let label = label.and_then(|label| self.label_shows_only(&field, label, kind, &href));
                    contacts.push(Contact { kind, value: truncate(&clean_text(raw)), href, label });
                }
                Err(why) => self.error(
                    &format!("{field}.value"),
                    format!("{} {why}; contact dropped", describe(&Value::String(raw.clone()))),
                ),
            }
        }
        contacts
    }

    /// The label, unless one of its translations shows a number other than the one the link
    /// dials: it is shown beside the link, and must not tell the visitor another number.
    fn label_shows_only(&mut self, field: &str, label: Text, kind: ContactType, href: &str) -> Option<Text> {
        let dialled: String = match kind {
            ContactType::Voice | ContactType::Sms | ContactType::WhatsApp => {
                href.chars().filter(char::is_ascii_digit).collect()
            }
            _ => String::new(),
        };
        for text in [&label.kk, &label.ru, &label.en].into_iter().flatten() {
            if let Some(number) = numbers_in(text).into_iter().find(|n| *n != dialled) {
                let link = if dialled.is_empty() {
                    "the link dials no number".to_string()
                } else {
                    format!("the link dials {dialled}")
                };
                self.error(
                    &format!("{field}.label"),
                    format!("shows the number {number}, but {link}; a label may show no number but its contact's own (give another number a contact of its own); label dropped"),
                );
                return None;
            }
        }
        Some(label)
    }

    /// A translated text; reports missing translations, which readers see in another language.
    fn text(&mut self, value: &Fields, field: &str, required: bool) -> Option<Text> {
        self.text_at(value.get(field), field, required)
    }

    /// [`Self::text`] of the value `found`, reported as `field`.
    fn text_at(&mut self, found: Option<&Value>, field: &str, required: bool) -> Option<Text> {
        let Some(found) = found else {
            if required {
                self.error(field, "is missing; service dropped".into());
            }
            return None;
        };
        let mut text = Text::default();
        if let Value::Object(_) = found {
            for lang in Lang::ALL {
                if let Some(Value::String(s)) = found.get(lang.code()) {
                    if let Some(c) = invisible::first_invisible(s) {
                        self.error(
                            &format!("{field}.{}", lang.code()),
                            format!("{}; this translation is dropped", invisible::describe(c)),
                        );
                        continue;
                    }
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
            let message = format!(
                "must be an object with text in \"kk\", \"ru\" or \"en\", found {}; {consequence}",
                describe(found)
            );
            if required {
                self.error(field, message)
            } else {
                self.warning(field, message)
            }
            return None;
        }
        // Written into two strings as they go: a Vec of per-language `format!`s joined at the end
        // was 0.6 KiB gzip more of the bundle.
        let (mut missing, mut shown) = (String::new(), String::new());
        for lang in Lang::ALL.into_iter().filter(|&l| !text.has(l)) {
            if !missing.is_empty() {
                missing.push_str(", ");
                shown.push_str(", ");
            }
            missing.push_str(lang.code());
            shown.push_str(lang.code());
            shown.push_str(" readers see ");
            shown.push_str(text.shown_lang(lang).code());
        }
        if !missing.is_empty() {
            self.warning(field, format!("has no translation in {missing}; {shown}"));
        }
        Some(text)
    }
}

/// The numbers a text shows: runs of three or more digits, which may be written with spaces,
/// dashes, dots, parentheses and a leading +, as phone numbers are (a year counts too).
fn numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut digits = String::new();
    for c in text.chars().chain(['\n']) {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '+' if !digits.is_empty() || c == '+' || c == '(' => {}
            _ => {
                if digits.len() >= 3 {
                    numbers.push(std::mem::take(&mut digits));
                }
                digits.clear();
            }
        }
    }
    numbers
}

fn truncate(text: &str) -> String {
    let mut short: String = text.chars().take(MAX_TEXT_CHARS).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}

fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}
