//! Checks a contacts file in the `safe-exit/directory/v1` format before a partner publishes it:
//! `cargo run --bin check-data -- [--today YYYY-MM-DD] FILE`. Prints every problem, and a
//! warning for each entry verified more than six months before today (the computer's clock in
//! UTC, or `--today`); exits with status 1 when any service or contact would be dropped, 2 when
//! the file cannot be read.
//!
//! Everything it prints that comes from the file is escaped, so a hostile file cannot send
//! escape sequences to the terminal; it reads no more than the widget would; and output cut
//! short (`check-data FILE | head`) ends it quietly.

use safe_exit::directory::age::{check_on, day_from_unix_days, parse_day, Day};
use safe_exit::directory::format::MAX_FILE_BYTES;
use safe_exit::directory::Severity;
use safe_exit::tools::text::escape;
use std::io::{self, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: check-data [--today YYYY-MM-DD] FILE.json";

fn main() -> ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let today = match args.first().and_then(|a| a.to_str()) {
        Some("--today") => match args.get(1).and_then(|d| d.to_str()).and_then(parse_day) {
            Some(day) => {
                args.drain(..2);
                day
            }
            None => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        },
        _ => clock_today(),
    };
    let [path] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let shown = escape(&path.to_string_lossy());
    let (problems, summary, status) = match read_limited(std::path::Path::new(&path)) {
        Err(error) => {
            eprintln!("{shown}: cannot read: {error}");
            return ExitCode::from(2);
        }
        Ok(Err(problem)) => {
            (vec![format!("error: {problem}")], "0 services valid; 1 error, 0 warnings".to_string(), ExitCode::from(1))
        }
        Ok(Ok(text)) => {
            let report = check_on(&text, Some(today));
            let errors = report.problems.iter().filter(|p| p.severity == Severity::Error).count();
            let warnings = report.problems.len() - errors;
            let valid = report.directory.services.len();
            let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
            let summary = format!(
                "{} valid; {}, {}",
                plural(valid, "service"),
                plural(errors, "error"),
                plural(warnings, "warning")
            );
            let status = if report.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS };
            (report.problems.iter().map(ToString::to_string).collect(), summary, status)
        }
    };
    let mut out = io::stdout().lock();
    let printed = problems
        .iter()
        .chain([&summary])
        .try_for_each(|line| writeln!(out, "{shown}: {line}"))
        .and_then(|()| out.flush());
    match printed {
        // The reader stopped reading (`| head`): nothing is wrong with the file for that.
        Err(error) if error.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("check-data: cannot print: {error}");
            ExitCode::from(2)
        }
        _ => status,
    }
}

/// Today in UTC, on the computer's clock.
fn clock_today() -> Day {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    day_from_unix_days(seconds / 86_400)
}

/// The file's text, or why it is not one the widget would read: the size is checked before
/// reading, and at most one byte more than the limit is read, whatever the file claims.
fn read_limited(path: &std::path::Path) -> io::Result<Result<String, String>> {
    let file = std::fs::File::open(path)?;
    let too_large = |size: u64| format!("the file is {size} bytes; at most {MAX_FILE_BYTES} are read");
    let size = file.metadata()?.len();
    if size > MAX_FILE_BYTES as u64 {
        return Ok(Err(too_large(size)));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Ok(Err(format!("the file grew while it was read; at most {MAX_FILE_BYTES} bytes are read")));
    }
    Ok(String::from_utf8(bytes).map_err(|error| {
        format!("the file is not UTF-8 text (at byte {}); save it as UTF-8", error.utf8_error().valid_up_to())
    }))
}
