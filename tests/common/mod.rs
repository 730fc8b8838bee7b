//! Helpers shared by the integration tests of the contacts checker.

use safe_exit::checker::check_contacts_json;
use safe_exit::tools::json::{parse, Value};

/// What the interface's checker (`check_contacts`) reports on `text`, as check-data's lines
/// without the file name: one a problem, then the summary.
pub fn report_lines(text: &str) -> Vec<String> {
    let report = parse(&check_contacts_json(text, None)).expect("the report is JSON");
    let text = |value: Option<&Value>| match value {
        Some(Value::String(s)) => s.clone(),
        other => panic!("not a string: {other:?}"),
    };
    let Some(Value::Array(problems)) = report.get("problems") else { panic!("no problems array") };
    let mut lines: Vec<String> = problems.iter().map(|p| text(p.get("line"))).collect();
    lines.push(text(report.get("summary")));
    lines
}
