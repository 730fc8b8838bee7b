//! What the widget shows from files: the contact directory (the embedded one, read once per
//! page, or a partner's `src`) and a partner's catalogues, fetched and checked without ever
//! keeping an exit click waiting. Shared by the root component, which loads them, and the
//! panels that show them.

use crate::browser;
use crate::directory::{format, Directory, DirectoryReader};
use crate::fetch_origin::src_origin_check;
use crate::i18n::overrides;
use crate::tools::json;
use std::rc::Rc;

/// Contact data as shown: the directory, and whether a partner's file failed to load.
#[derive(Clone)]
pub struct Data {
    /// The directory shown.
    pub directory: Rc<Directory>,
    /// A partner's file failed, and the embedded directory is shown instead.
    pub degraded: bool,
}

/// The same directory is the same `Rc`: a directory is never changed once read, only replaced
/// by another. Comparing the contents instead, on every render of the panel, would walk up to
/// 500 services, and cost the bundle the code to do it.
impl PartialEq for Data {
    fn eq(&self, other: &Data) -> bool {
        Rc::ptr_eq(&self.directory, &other.directory) && self.degraded == other.degraded
    }
}

thread_local! {
    /// The embedded directory, read once per page however many widgets show it.
    static EMBEDDED: Rc<Directory> = Rc::new(crate::directory::embedded());
}

/// The embedded directory.
pub fn embedded() -> Rc<Directory> {
    EMBEDDED.with(Rc::clone)
}

/// Fetches, validates and puts in use a partner's catalogue; every message that breaks a rule
/// is reported and the built-in text stays. Like `src`, a catalogue on another origin is
/// fetched only if the partner accepted what that tells its server.
pub async fn load_catalogue(url: &str, third_party: bool) {
    let fetched = match fetch_allowed(url, third_party) {
        Ok(()) => browser::fetch_text(url, overrides::MAX_FILE_BYTES, 10_000).await,
        Err(why) => Err(why),
    };
    match fetched {
        Ok(text) => {
            let mut parser = json::Parser::new(&text);
            let (catalogue, problems) = match in_slices(|budget| parser.step(budget)).await {
                Ok(root) => overrides::check_catalogue(&root),
                Err(error) => (overrides::Catalogue::default(), vec![error.to_string()]),
            };
            for problem in problems.iter().take(MAX_PROBLEMS_LOGGED) {
                browser::warn(&format!("<safe-exit> catalogue {url}: {problem}"));
            }
            if problems.len() > MAX_PROBLEMS_LOGGED {
                let more = (problems.len() - MAX_PROBLEMS_LOGGED).to_string();
                browser::warn(&format!("<safe-exit> catalogue {url}: … and {more} more problems like these"));
            }
            overrides::install(catalogue);
        }
        Err(why) => browser::warn(&format!("<safe-exit> catalogue {url}: {why}; using the built-in texts.")),
    }
}

/// Problems printed to the console, at most; a summary line counts the rest.
const MAX_PROBLEMS_LOGGED: usize = 10;
/// How long the data path may hold the main thread before it lets the browser handle input:
/// a quarter of a frame, so an exit click waits for no more than that and one step.
const SLICE_MS: f64 = 4.0;
/// The work between two looks at the clock, in bytes read: well under a millisecond.
const STEP_BYTES: usize = 4096;

/// Fetches and validates a partner's directory; any problem is reported, and a file with no
/// valid service at all counts as a failure. A `src` on another origin is fetched only if the
/// partner accepted what that tells its server.
pub async fn load_directory(src: &str, third_party: bool) -> Result<Directory, String> {
    fetch_allowed(src, third_party)?;
    let text = browser::fetch_text(src, format::MAX_FILE_BYTES, 10_000).await?;
    let mut reader = DirectoryReader::new(&text);
    let report = in_slices(|budget| reader.step(budget)).await;
    for line in report.summary(MAX_PROBLEMS_LOGGED) {
        browser::warn(&format!("<safe-exit> src {src}: {line}"));
    }
    if report.directory.services.is_empty() {
        return Err(format!("{src} holds no valid service"));
    }
    Ok(report.directory)
}

/// Whether a partner file may be fetched from `url`: refused on another origin unless the
/// partner opted in with `third-party-src`, and warned about when it did.
fn fetch_allowed(url: &str, third_party: bool) -> Result<(), String> {
    let origin = browser::origin_of(url).ok_or_else(|| format!("{url} is not a URL"))?;
    if let Some(warning) = src_origin_check(&origin, &browser::page_origin(), third_party)? {
        browser::warn(&warning);
    }
    Ok(())
}

/// Runs `step` (about [`STEP_BYTES`] of work each) until it returns its result, in slices of at
/// most [`SLICE_MS`], yielding to the browser between them, so that no file, however hostile,
/// keeps an exit click waiting.
async fn in_slices<T>(mut step: impl FnMut(usize) -> Option<T>) -> T {
    loop {
        let started = browser::now();
        while browser::now() - started < SLICE_MS {
            if let Some(done) = step(STEP_BYTES) {
                return done;
            }
        }
        browser::yield_to_browser().await;
    }
}
