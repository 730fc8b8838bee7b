//! The resumable driver: reads a file a slice at a time, then checks its services a few at a
//! time, so that the caller can let the browser handle input between slices.

use super::file::FileCheck;
use super::format::MAX_FILE_BYTES;
use super::report::Report;
use crate::tools::json::{self, Value};

/// Reads and validates a directory file.
pub fn parse_directory(text: &str) -> Report {
    let mut reader = DirectoryReader::new(text);
    loop {
        if let Some(report) = reader.step(usize::MAX) {
            return report;
        }
    }
}

/// Reads and validates a directory file a slice at a time, so that the caller can let the
/// browser handle input between slices: [`DirectoryReader::step`] does about `budget` bytes
/// of reading, or checks services (or frees values) worth about as much, and returns the
/// report at the end.
pub struct DirectoryReader<'a> {
    stage: Stage<'a>,
    check: FileCheck,
}

enum Stage<'a> {
    Reading(json::Parser<'a>),
    /// The services, with how many of them have been checked.
    Checking(Vec<Value>, usize),
    Done,
}

/// What checking one service counts for against a step's budget, as if it were this many
/// bytes, plus this many for each of its members (a rough match of the time each takes).
const SERVICE_COST: usize = 512;
const MEMBER_COST: usize = 32;
/// What freeing one value counts for, in bytes of reading.
const FREE_COST: usize = 8;

impl<'a> DirectoryReader<'a> {
    /// A reader at the start of `text`; a text over [`MAX_FILE_BYTES`] is refused unread.
    pub fn new(text: &'a str) -> DirectoryReader<'a> {
        let mut reader =
            DirectoryReader { stage: Stage::Reading(json::Parser::new(text)), check: FileCheck::default() };
        if text.len() > MAX_FILE_BYTES {
            reader
                .check
                .report
                .file_error("", format!("the file is {} bytes; at most {MAX_FILE_BYTES} are read", text.len()));
            reader.stage = Stage::Done;
        }
        reader
    }

    /// Works on for about `budget` bytes' worth; the report once all is done, else `None`.
    pub fn step(&mut self, budget: usize) -> Option<Report> {
        let check = &mut self.check;
        if !check.unused.is_empty() {
            check.unused.free(budget / FREE_COST + 1);
            return None;
        }
        match &mut self.stage {
            Stage::Reading(parser) => match parser.step(budget) {
                None => {}
                Some(Err(error)) => {
                    check.report.file_error("", error.to_string());
                    if let Stage::Reading(parser) = std::mem::replace(&mut self.stage, Stage::Done) {
                        check.unused.add(parser.into_partial());
                    }
                }
                Some(Ok(root)) => {
                    self.stage = match check.header(root) {
                        Some(services) => Stage::Checking(services, 0),
                        None => Stage::Done,
                    };
                }
            },
            Stage::Checking(services, checked) => {
                let mut spent = 0;
                while *checked < services.len() && spent < budget && check.unused.is_empty() {
                    let service = std::mem::replace(&mut services[*checked], Value::Null);
                    spent = spent.saturating_add(SERVICE_COST + MEMBER_COST * members(&service));
                    check.service(*checked, service);
                    *checked += 1;
                }
                if *checked == services.len() {
                    check.finish();
                    self.stage = Stage::Done;
                }
            }
            Stage::Done => return Some(std::mem::take(&mut check.report)),
        }
        None
    }
}

fn members(value: &Value) -> usize {
    match value {
        Value::Object(members) => members.len(),
        _ => 0,
    }
}
