//! The contacts checker for pages that edit a contacts file, such as the WordPress plugin's
//! settings page: the same reading and validation as the widget's (`parse_directory`), with the
//! same lines as the `check-data` command, as a JSON report a script can show before saving.

use crate::directory::age::{check_on, parse_day};
use crate::directory::{Report, Severity};
use crate::tools::json::push_string;
use crate::tools::text::push_decimal;

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
    json.push_str("\"valid\":");
    push_decimal(&mut json, report.directory.services.len());
    json.push_str(",\"errors\":");
    push_decimal(&mut json, errors);
    json.push_str(",\"warnings\":");
    push_decimal(&mut json, warnings);
    json.push_str(",\"summary\":");
    push_string(&mut json, &summary(&report, errors, warnings));
    json.push_str(",\"problems\":[");
    for (index, problem) in report.problems.iter().enumerate() {
        if index > 0 {
            json.push(',');
        }
        let severity = if problem.severity == Severity::Error { "error" } else { "warning" };
        json.push_str("{\"severity\":\"");
        json.push_str(severity);
        json.push_str("\",\"place\":");
        push_string(&mut json, &problem.place());
        json.push_str(",\"index\":");
        match problem.index {
            Some(index) => push_decimal(&mut json, index),
            None => json.push_str("null"),
        }
        json.push_str(",\"path\":");
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
    let mut line = String::new();
    let counts =
        [(report.directory.services.len(), "service", " valid; "), (errors, "error", ", "), (warnings, "warning", "")];
    for (n, word, after) in counts {
        push_decimal(&mut line, n);
        line.push(' ');
        line.push_str(word);
        if n != 1 {
            line.push('s');
        }
        line.push_str(after);
    }
    line
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

    #[test]
    fn places_indices_paths_and_counts_are_written_as_the_lines_say() {
        let file = format!(
            r#"{{"schema":"safe-exit/directory/v1","services":[{}{{"id":"a b","contacts":[{{"type":"voice","value":"1"}}]}}]}}"#,
            "1,".repeat(11)
        );
        let json = check_contacts_json(&file, None);
        for part in [
            r#"{"valid":0,"errors":19,"warnings":0,"summary":"0 services valid; 19 errors, 0 warnings","problems":[{"#,
            r#""place":"service #10, field ``","index":9,"path":[],"message":"a service must be an object, not a number; service dropped","line":"error: service #10, field ``: a service must be an object, not a number; service dropped"}"#,
            r#"{"severity":"error","place":"service #12, field `contacts[0].value`","index":11,"path":["contacts",0,"value"],"message":"\"1\" is not a phone number (wrong number of digits); contact dropped","line":"error: service #12, field `contacts[0].value`: \"1\" is not a phone number (wrong number of digits); contact dropped"}"#,
            r#"{"severity":"error","place":"field `services`","index":null,"path":["services"],"#,
        ] {
            assert!(json.contains(part), "{part} not in {json}");
        }
    }
}
