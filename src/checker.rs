//! The contacts checker for pages that edit a contacts file, such as the WordPress plugin's
//! settings page: the same reading and validation as the widget's (`parse_directory`), with the
//! same lines as the `check-data` command, as a JSON report a script can show before saving.

use crate::directory::age::{check_on, parse_day};
use crate::directory::{Report, Severity};
use crate::tools::json::push_string;

/// Checks a `safe-exit/directory/v1` file and returns the JSON report
/// `{"valid", "errors", "warnings", "summary", "problems": [{"severity", "place", "index", "path",
/// "message", "line"}]}`, where each `line` is what `check-data` prints for the problem (without
/// the file name), and `summary` its last line. `index` is the service's index in the file's
/// `services` (`null` for the file itself) and `path` the field's path from that service (or
/// from the file's top level) as data, member names and array indices: `["contacts", 1, "value"]`. With `today` (`YYYY-MM-DD`, the partner's clock), entries verified
/// more than six months before it are warned of too.
pub fn check_contacts_json(text: &str, today: Option<&str>) -> String {
    let report = check_on(text, today.and_then(parse_day));
    let mut json = String::from("{");
    let errors = report.problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = report.problems.len() - errors;
    json.push_str(&format!(
        "\"valid\":{},\"errors\":{errors},\"warnings\":{warnings},\"summary\":",
        report.directory.services.len()
    ));
    push_string(&mut json, &summary(&report, errors, warnings));
    json.push_str(",\"problems\":[");
    for (index, problem) in report.problems.iter().enumerate() {
        if index > 0 {
            json.push(',');
        }
        let severity = if problem.severity == Severity::Error { "error" } else { "warning" };
        json.push_str(&format!("{{\"severity\":\"{severity}\",\"place\":"));
        push_string(&mut json, &problem.place());
        match problem.index {
            Some(index) => json.push_str(&format!(",\"index\":{index},\"path\":")),
            None => json.push_str(",\"index\":null,\"path\":"),
        }
        problem.field.push_json(&mut json);
        json.push_str(",\"message\":");
        push_string(&mut json, &problem.message);
        json.push_str(",\"line\":");
        push_string(&mut json, &problem.to_string());
        json.push('}');
    }
    json.push_str("]}");
    json
}

/// The checker's last line, e.g. "1 service valid; 9 errors, 4 warnings".
fn summary(report: &Report, errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let valid = report.directory.services.len();
    format!("{} valid; {}, {}", plural(valid, "service"), plural(errors, "error"), plural(warnings, "warning"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_is_not_json_is_one_error_without_a_place() {
        let json = check_contacts_json("not json", None);
        assert!(json.starts_with(r#"{"valid":0,"errors":"#), "{json}");
        assert!(json.contains(r#""severity":"error","place":"","#), "{json}");
    }
}
