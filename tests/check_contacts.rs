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

/// Each problem's place as data: `index` and `path`, for every problem of the file.
fn places(text: &str, today: Option<&str>) -> Vec<(String, String)> {
    let report = parse(&check_contacts_json(text, today)).unwrap();
    let Some(Value::Array(problems)) = report.get("problems") else { panic!() };
    let show = |value: &Value| match value {
        Value::Number(n) => n.clone(),
        Value::String(s) => format!("{s:?}"),
        Value::Null => "null".into(),
        other => panic!("{other:?}"),
    };
    problems
        .iter()
        .map(|p| {
            let Some(Value::Array(path)) = p.get("path") else { panic!("no path: {p:?}") };
            (show(p.get("index").unwrap()), path.iter().map(show).collect::<Vec<_>>().join(" "))
        })
        .collect()
}

#[test]
fn each_problem_carries_its_services_index_and_its_field_path_as_data() {
    let service = |id: &str, extra: &str| {
        format!(
            r#"{{"id":"{id}","name":{{"kk":"Қ","ru":"Р","en":"E"}},"kind":"hotline","contacts":[{{"type":"voice","value":"111"}}],
               "source":{{"url":"https://source.example/page","title":"Source"}},"verified":"2026-11-24"{extra}}}"#
        )
    };
    // The same id three times: the first is dropped (a bad kind), the second kept, the third
    // repeats it; then a service reached through an id that names no line, and a bad label.
    let services = [
        service("same", r#","kind":"bar""#),
        service("same", ""),
        service("same", ""),
        service("referral", r#","contacts":[],"reach_through":["nobody"]"#),
        service("label", r#","contacts":[{"type":"voice","value":"111","label":{"kk":"150","ru":"150","en":"150"}}]"#),
    ];
    let file = format!(r#"{{"schema":"safe-exit/directory/v1","updated":"nope","services":[{}]}}"#, services.join(","));
    assert_eq!(
        places(&file, None),
        [
            ("null", r#""updated""#),
            ("0", r#""kind""#),
            ("2", r#""id""#),
            ("4", r#""contacts" 0 "label""#),
            ("3", r#""reach_through" 0"#),
            ("3", r#""reach_through""#),
        ]
        .map(|(index, path)| (index.to_string(), path.to_string()))
    );
    let aged = places(&file.replace("2026-11-24", "2025-01-01"), Some("2026-12-06"));
    let warnings: Vec<_> = aged.iter().filter(|(_, path)| path == r#""verified""#).collect();
    assert_eq!(warnings, [&("1".to_string(), r#""verified""#.to_string()), &("4".into(), r#""verified""#.into())]);
}
