//! The partner-facing checker, run as partners run it: its messages for a broken file are a
//! snapshot (tests/data/broken.expected), and its exit status tells errors from success.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

/// The day the checker is run on: a fixed clock, so that the entries' age does not change the
/// output as time passes (the age warnings have tests of their own).
const TODAY: &str = "2026-12-06";

fn check(file: &str) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(["--today", TODAY])
        .arg(file)
        .output()
        .expect("check-data runs");
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

/// Runs check-data on `text` written to a file of its own; returns (stdout, stderr, status).
fn check_text(name: &str, text: &[u8]) -> (String, String, i32) {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(["--today", TODAY])
        .arg(&path)
        .output()
        .expect("check-data runs");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn nothing_from_the_file_reaches_the_terminal_as_a_control_character() {
    let (stdout, _) = check("tests/data/broken.json");
    assert!(!stdout.contains('\u{1b}') && !stdout.contains('\u{7}'), "escape sequences printed raw");
    assert!(
        stdout.lines().all(|line| line.starts_with("tests/data/broken.json: ")),
        "a member name broke a line:\n{stdout}"
    );
    assert!(stdout.contains(r"field `\u{1B}[2J\u{1B}[H"), "{stdout}");
}

#[test]
fn a_huge_sparse_file_is_refused_by_its_size_without_being_read() {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sparse-3g.json");
    std::fs::File::create(&path).unwrap().set_len(3 << 30).unwrap();
    // Under a 512 MB address-space limit, reading the file whole would abort.
    let output = Command::new("sh")
        .args(["-c", "ulimit -v 524288 && exec \"$0\" \"$1\"", env!("CARGO_BIN_EXE_check-data")])
        .arg(&path)
        .output()
        .expect("check-data runs");
    std::fs::remove_file(&path).unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("the file is 3221225472 bytes; at most 1048576 are read"), "{stdout}");
}

#[test]
fn a_closed_pipe_ends_it_quietly() {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(["--today", TODAY])
        .arg("tests/data/broken.json")
        .stdout(writer)
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr, "", "nothing but the report is printed");
}

#[test]
fn half_a_surrogate_pair_and_a_byte_order_mark_are_named() {
    let (stdout, _, status) =
        check_text("lone-surrogate.json", br#"{"schema": "safe-exit/directory/v1", "x": "\ud800\u0041"}"#);
    assert_eq!(status, 1);
    assert!(
        stdout.contains("line 1, column 44: a \\u escape is half of a UTF-16 surrogate pair with no other half"),
        "{stdout}"
    );
    let (stdout, _, status) = check_text("bom.json", "\u{FEFF}{}".as_bytes());
    assert_eq!(status, 1);
    assert!(
        stdout.contains(
            "line 1, column 1: the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"
        ),
        "{stdout}"
    );
    let (stdout, _, status) = check_text("latin1.json", b"{\"a\": \"caf\xe9\"}");
    assert_eq!(status, 1);
    assert!(stdout.contains("error: the file is not UTF-8 text (at byte 10); save it as UTF-8"), "{stdout}");
}

#[test]
fn entries_older_than_six_months_are_warned_of_and_the_file_still_passes() {
    let service = |id: &str, verified: &str| {
        format!(
            r#"{{"id":"{id}","name":{{"kk":"Н","ru":"Н","en":"N"}},"kind":"hotline","contacts":[{{"type":"voice","value":"111"}}],"source":{{"url":"https://s.example","title":"S"}},"verified":"{verified}"}}"#
        )
    };
    let file = format!(
        r#"{{"schema":"safe-exit/directory/v1","updated":"2026-12-01","services":[{},{}]}}"#,
        service("old", "2026-06-05"),
        service("fresh", "2026-06-06")
    );
    let (stdout, _, status) = check_text("ages.json", file.as_bytes());
    assert_eq!(status, 0, "{stdout}");
    let lines: Vec<&str> = stdout.lines().map(|l| l.split_once(": ").unwrap().1).collect();
    assert_eq!(
        lines,
        [
            "warning: service \"old\", field `verified`: last verified 2026-06-05, 6 months ago; check it against its source and update `verified` (after 12 months the widget tells visitors it may have changed)",
            "2 services valid; 0 errors, 1 warning",
        ]
    );
    // The interface's checker says the same when given the same day.
    let report = safe_exit::checker::check_contacts_json(&file, Some(TODAY));
    assert!(report.contains(&format!("\"line\":\"{}\"", lines[0].replace('"', "\\\""))), "{report}");
    assert!(!safe_exit::checker::check_contacts_json(&file, None).contains("months ago"));
}

#[test]
fn a_bad_today_is_a_usage_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_check-data"))
        .args(["--today", "06.12.2026", "static/data/kz.json"])
        .output()
        .expect("check-data runs");
    assert_eq!(output.status.code(), Some(2));
}
