//! Checks a contacts file in the `safe-exit/directory/v1` format before a partner publishes it:
//! `cargo run --bin check-data -- FILE`. Prints every problem; exits with status 1 when any
//! service or contact would be dropped, 2 when the file cannot be read.

use safe_exit::directory::{parse_directory, Severity};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check-data FILE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("{path}: error: the file is not UTF-8 text");
                return ExitCode::from(1);
            }
        },
        Err(error) => {
            eprintln!("{path}: cannot read: {error}");
            return ExitCode::from(2);
        }
    };
    let report = parse_directory(&text);
    for problem in &report.problems {
        println!("{path}: {problem}");
    }
    let errors = report.problems.iter().filter(|p| p.severity == Severity::Error).count();
    let warnings = report.problems.len() - errors;
    let valid = report.directory.services.len();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    println!("{path}: {} valid; {}, {}", plural(valid, "service"), plural(errors, "error"), plural(warnings, "warning"));
    if report.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
