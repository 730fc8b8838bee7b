//! The file-level flow: the file's own fields, each service in turn, and what can only be
//! judged once every service is read (the `reach_through` ids).

use super::format::{is_date, MAX_SERVICES, SCHEMA};
use super::report::{describe, Path, Problem, Report, Severity};
use super::service::ServiceReader;
use super::unused::Unused;
use crate::i18n::Lang;
use crate::tools::json::Value;

/// A file being checked: the report so far, and what is left to free.
#[derive(Default)]
pub(super) struct FileCheck {
    pub(super) report: Report,
    pub(super) unused: Unused,
}

impl FileCheck {
    /// Checks the file's own fields; returns its services, as many as are read.
    pub(super) fn header(&mut self, root: Value) -> Option<Vec<Value>> {
        let report = &mut self.report;
        if !matches!(root, Value::Object(_)) {
            report.file_error("", format!("the file must hold an object, not {}", root.kind()));
            self.unused.add(root);
            return None;
        }
        match root.get("schema") {
            Some(Value::String(s)) if s == SCHEMA => {}
            other => {
                let found = other.map_or("nothing".to_string(), describe);
                report.file_error("schema", format!("must be \"{SCHEMA}\", found {found}"));
                self.unused.add(root);
                return None;
            }
        }
        match root.get("updated") {
            None => {}
            Some(Value::String(d)) if is_date(d) => report.directory.updated = Some(d.clone()),
            Some(other) => {
                report.file_error("updated", format!("must be a date YYYY-MM-DD, found {}", describe(other)))
            }
        }
        read_reviewed(root.get("reviewed"), report);
        let Value::Object(mut members) = root else { return None };
        let services = members.iter().rposition(|(k, _)| k == "services").map(|i| members.swap_remove(i).1);
        self.unused.add(Value::Object(members));
        let Some(Value::Array(mut services)) = services else {
            report.file_error("services", "must be an array of services".into());
            self.unused.add(services.unwrap_or(Value::Null));
            return None;
        };
        if services.len() > MAX_SERVICES {
            report.file_error(
                "services",
                format!("lists {} services; only the first {MAX_SERVICES} are read", services.len()),
            );
            self.unused.add(Value::Array(services.split_off(MAX_SERVICES)));
        }
        Some(services)
    }

    /// Checks the service at `index` in `services` and keeps it if it passes.
    pub(super) fn service(&mut self, index: usize, value: Value) {
        let mut reader = ServiceReader::new(index);
        let service = reader.read(value, &mut self.unused);
        let report = &mut self.report;
        report.problems.append(&mut reader.problems);
        match service {
            Some(service) if report.directory.services.iter().any(|s| s.id == service.id) => {
                report.problems.push(Problem {
                    severity: Severity::Error,
                    id: Some(service.id.clone()),
                    index: Some(index),
                    field: Path::of("id"),
                    message: "repeats an earlier service's id; service dropped".into(),
                })
            }
            Some(service) => report.directory.services.push(service),
            None => {}
        }
    }

    /// What is judged once every service is read.
    pub(super) fn finish(&mut self) {
        resolve_reach_through(&mut self.report);
        if self.report.directory.services.is_empty() {
            self.report.file_error("services", "no valid service is left to show".into());
        }
    }
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
            id: None,
            index: None,
            field: Path::of("reviewed"),
            message: "must map kk, ru or en to true or false; other entries ignored".into(),
        });
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
                    id: Some(service.id.clone()),
                    index: Some(service.position),
                    field: Path::of("reach_through").index(index),
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
                id: Some(service.id.clone()),
                index: Some(service.position),
                field: Path::of("reach_through"),
                message: "no line is left to reach this service through, and it has no contact; service dropped".into(),
            });
        }
        reachable
    });
    report.problems.append(&mut problems);
}
