//! The partner-facing checker, run as partners run it: its messages for a broken file are a
//! snapshot (tests/data/broken.expected), and its exit status tells errors from success.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn check(file: &str) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data")).arg(file).output().expect("check-data runs");
    (String::from_utf8(output.stdout).unwrap(), output.status.code().unwrap_or(-1))
}

#[test]
fn a_broken_file_gets_every_problem_named_and_a_failing_status() {
    let (stdout, status) = check("tests/data/broken.json");
    let expected = std::fs::read_to_string("tests/data/broken.expected").unwrap();
    assert_eq!(stdout, expected, "check-data's messages changed; if on purpose, update tests/data/broken.expected");
    assert_eq!(status, 1);
}

#[test]
fn the_embedded_data_passes() {
    let (stdout, status) = check("static/data/kz.json");
    assert_eq!(status, 0, "{stdout}");
    assert!(stdout.ends_with("0 errors, 0 warnings\n"), "{stdout}");
}

#[test]
fn a_missing_file_is_a_usage_error() {
    assert_eq!(check("tests/data/no-such-file.json").1, 2);
}
