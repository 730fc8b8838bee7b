//! The contacts corpus (tests/corpus/contacts/): for each file, `check-data`'s output is the
//! one in its `.expected` file, its exit status follows from it (1 when any line is an error),
//! and the interface's checker (`check_contacts`) gives the same lines. The configurator's and
//! the widget's end-to-end tests read the same `.expected` files.
//!
//! After a deliberate change of a message: `BLESS=1 cargo test --test contacts_corpus`, then
//! review the diff of the `.expected` files.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::report_lines;
use std::path::PathBuf;
use std::process::Command;

/// The day the checker is run on: a fixed clock, so that the entries' age does not change the
/// output as time passes (the age warnings have tests of their own).
const TODAY: &str = "2026-12-06";

const CORPUS: &str = "tests/corpus/contacts";

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(CORPUS)
        .expect("the corpus exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn check_data_and_the_interface_checker_give_each_file_its_expected_verdict() {
    let files = corpus_files();
    assert!(files.len() >= 10, "the corpus lost files: {files:?}");
    let bless = std::env::var_os("BLESS").is_some();
    for file in files {
        let name = file.to_str().unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
            .args(["--today", TODAY])
            .arg(name)
            .output()
            .expect("check-data runs");
        let stdout = String::from_utf8(output.stdout).unwrap();
        let expected_path = file.with_extension("expected");
        if bless {
            std::fs::write(&expected_path, &stdout).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} is missing", expected_path.display()));
        assert_eq!(
            stdout, expected,
            "check-data's output for {name} changed; if on purpose, BLESS=1 (see the top of this file)"
        );

        let prefix = format!("{name}: ");
        let lines: Vec<&str> =
            expected.lines().map(|l| l.strip_prefix(&prefix).expect("each line names the file")).collect();
        let has_error = lines.iter().any(|l| l.starts_with("error: "));
        assert_eq!(output.status.code(), Some(if has_error { 1 } else { 0 }), "{name}");

        let text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(report_lines(&text), lines, "check_contacts disagrees with check-data on {name}");
    }
}
