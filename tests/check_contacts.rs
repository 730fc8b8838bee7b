//! The settings page's checker (`check_contacts`) reports exactly what `check-data` prints for
//! the same file: the command is run as partners run it, and its lines compared.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use safe_exit::checker::check_contacts_json;
use safe_exit::tools::json::{parse, Value};
use std::process::Command;

/// The day the checker is run on: a fixed clock, so that the entries' age does not change the
/// output as time passes (the age warnings have tests of their own).
const TODAY: &str = "2026-12-06";

fn command_lines(file: &str) -> Vec<String> {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(["--today", TODAY])
        .arg(file)
        .output()
        .expect("check-data runs");
    let prefix = format!("{file}: ");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| line.strip_prefix(&prefix).unwrap().to_string())
        .collect()
}

fn report_lines(file: &str) -> Vec<String> {
    common::report_lines(&std::fs::read_to_string(file).unwrap())
}

#[test]
fn the_report_has_the_lines_of_check_data() {
    for file in ["tests/data/broken.json", "static/data/kz.json"] {
        assert_eq!(report_lines(file), command_lines(file), "{file}");
    }
}

#[test]
fn each_problem_has_its_severity_place_and_message() {
    let report =
        parse(&check_contacts_json(&std::fs::read_to_string("tests/data/broken.json").unwrap(), None)).unwrap();
    let Some(Value::Array(problems)) = report.get("problems") else { panic!() };
    let place = Value::String("service \"good-line\", field `contacts[1].value`".into());
    let first = problems
        .iter()
        .find(|p| p.get("place") == Some(&place))
        .expect("the javascript: link is reported at its place");
    assert_eq!(first.get("severity"), Some(&Value::String("error".into())));
    assert!(
        matches!(first.get("message"), Some(Value::String(m)) if m.ends_with("is not an absolute https:// URL; contact dropped"))
    );
    assert!(matches!(report.get("valid"), Some(Value::Number(n)) if n == "1"));
}
