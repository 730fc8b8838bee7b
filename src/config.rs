//! The widget's configuration, read from the custom element's attributes (or built by a Yew
//! app), with every value validated. A bad value never stops the widget: it falls back to the
//! safe default and leaves one warning that names the attribute and what it accepts.

use crate::directory::format::is_region_code;
use crate::fetch_origin::THIRD_PARTY_SRC_CONSENT;
use crate::i18n::Lang;
use crate::safe_url::{check_absolute, Loopback, Refusal};

/// Where the widget goes when it exits, unless the partner names other pages: a weather page,
/// because it records nothing in a signed-in account (a search would land in search history).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.com/weather";

/// Every attribute the `<safe-exit>` element reads.
pub const ATTRIBUTES: [&str; 11] = [
    "exit-url",
    "lang",
    "src",
    "region",
    "shortcut",
    "position",
    "stealth",
    "clear-storage",
    "new-tab",
    "third-party-src",
    "catalogue",
];

/// Most destinations one `exit-url` may list, as a literal for the warning's text.
macro_rules! max_exit_urls {
    () => {
        10
    };
}
const MAX_EXIT_URLS: usize = max_exit_urls!();

/// The keyboard shortcut that exits (attribute `shortcut`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Shortcut {
    /// Shift pressed three times, each within 5 s of the previous one (GOV.UK's convention).
    #[default]
    Shift3,
    /// Escape pressed twice within 5 s.
    Escape2,
    /// No shortcut: only the button exits.
    None,
}

impl Shortcut {
    /// How many presses the shortcut takes (0 for none).
    pub fn presses(self) -> u8 {
        match self {
            Shortcut::Shift3 => 3,
            Shortcut::Escape2 => 2,
            Shortcut::None => 0,
        }
    }
}

/// Where the exit bar is (attribute `position`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Position {
    /// Bottom on narrow screens (within thumb reach), top on wide ones.
    #[default]
    Auto,
    /// Floating at the top of the window.
    Top,
    /// Floating at the bottom of the window.
    Bottom,
    /// In the page's flow where the element stands; the partner takes care of reachability.
    Inline,
}

impl Position {
    const ALL: [Position; 4] = [Position::Auto, Position::Top, Position::Bottom, Position::Inline];

    /// The value of the `position` attribute that asks for this position, which the widget
    /// also shows as its `data-position` for the stylesheet.
    pub fn name(self) -> &'static str {
        match self {
            Position::Auto => "auto",
            Position::Top => "top",
            Position::Bottom => "bottom",
            Position::Inline => "inline",
        }
    }

    /// The position `name` asks for; the empty value, like an absent attribute, is `auto`.
    fn from_name(name: &str) -> Option<Position> {
        if name.is_empty() {
            return Some(Position::Auto);
        }
        Position::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// What the exit clears of the site's storage (attribute `clear-storage`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum ClearStorage {
    /// Nothing.
    #[default]
    None,
    /// The site's sessionStorage.
    Session,
    /// The site's sessionStorage and localStorage.
    All,
}

/// A validated configuration. Build one with [`Config::default`] and its fields in a Yew app,
/// or with [`Config::from_attributes`] from the custom element.
#[derive(Clone, PartialEq, Debug)]
pub struct Config {
    /// One or more destinations; one is chosen at random for each exit.
    pub exit_urls: Vec<String>,
    /// The language asked for; `None` lets the page and browser decide.
    pub lang: Option<Lang>,
    /// Where to fetch a contacts directory from instead of the embedded one.
    pub src: Option<String>,
    /// The partner's own translation catalogues (compiled JSON), read over the built-in texts.
    pub catalogues: Vec<String>,
    /// The partner accepts that a `src` on another origin than the page's is fetched, which
    /// tells that server each visitor's IP address and the page they are on; without it, such
    /// a `src` is refused (see [`crate::fetch_origin::src_origin_check`]).
    pub third_party_src: bool,
    /// The area preselected in the contacts filter.
    pub region: Option<String>,
    /// The keyboard shortcut that exits.
    pub shortcut: Shortcut,
    /// Where the exit bar is.
    pub position: Position,
    /// Same-site navigation replaces the history entry, so a visit leaves one entry.
    pub stealth: bool,
    /// What the exit clears of the site's storage.
    pub clear_storage: ClearStorage,
    /// The exit also opens the neutral page in a new tab.
    pub new_tab: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            exit_urls: vec![DEFAULT_EXIT_URL.to_string()],
            lang: None,
            src: None,
            catalogues: Vec::new(),
            third_party_src: false,
            region: None,
            shortcut: Shortcut::default(),
            position: Position::default(),
            stealth: false,
            clear_storage: ClearStorage::default(),
            new_tab: false,
        }
    }
}

/// A value that was refused, and what was used instead.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Warning {
    /// The attribute's name.
    pub attribute: &'static str,
    /// The value refused, as given.
    pub value: String,
    /// What is wrong with it, naming what is accepted.
    pub problem: String,
    /// What is used instead.
    pub fallback: &'static str,
}

// The warnings are written with `concat`, not `format!`, here and below: the first stage then
// links none of the standard library's formatting (1.4 KB gzip of it, docs/performance.md).
impl Warning {
    /// The warning as the console shows it.
    pub fn message(&self) -> String {
        [
            "<safe-exit> attribute `",
            self.attribute,
            "`: \"",
            &self.value,
            "\" ",
            &self.problem,
            "; using ",
            self.fallback,
            ".",
        ]
        .concat()
    }
}

impl Config {
    /// Reads the configuration from attribute values; `get` returns an attribute's value, or
    /// `None` when the attribute is absent.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
        Config::read_attributes(&get)
    }

    // Not generic, so that the wasm holds one copy of it however many callers it has (each
    // closure type would make another copy: 1.4 KiB more in the first stage).
    fn read_attributes(get: &dyn Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
        let mut warnings = Vec::new();
        let mut warn = |attribute, value: &str, problem: String, fallback| {
            warnings.push(Warning { attribute, value: value.to_string(), problem, fallback })
        };
        let mut config = Config::default();

        if let Some(value) = get("exit-url") {
            match parse_exit_urls(&value) {
                Ok(urls) => config.exit_urls = urls,
                Err(problem) => warn("exit-url", &value, problem, DEFAULT_EXIT_URL),
            }
        }
        if let Some(value) = get("lang") {
            match Lang::from_tag(&value) {
                Some(lang) => config.lang = Some(lang),
                None => warn("lang", &value, "is not one of kk, ru, en".into(), "the page's language"),
            }
        }
        if let Some(value) = get("src") {
            match check_src(&value) {
                Ok(src) => config.src = Some(src.to_string()),
                Err(problem) => warn("src", &value, problem.into(), "the embedded Kazakhstan data"),
            }
        }
        if let Some(value) = get("third-party-src") {
            match value.trim() {
                THIRD_PARTY_SRC_CONSENT => config.third_party_src = true,
                _ => warn(
                    "third-party-src",
                    &value,
                    ["is not \"", THIRD_PARTY_SRC_CONSENT, "\" (the only value, which accepts that a `src` on another site learns each visitor's IP address)"].concat(),
                    "no `src` from another origin",
                ),
            }
        }
        if let Some(value) = get("catalogue") {
            // One warning for the attribute, naming the first URL refused; the others are read.
            let mut refused = None;
            for url in value.split_whitespace().take(3) {
                match check_src(url) {
                    Ok(url) => config.catalogues.push(url.to_string()),
                    Err(problem) => refused = refused.or(Some((url, problem))),
                }
            }
            if let Some((url, problem)) = refused {
                warn("catalogue", url, problem.into(), "the built-in texts for it");
            }
        }
        if let Some(value) = get("region") {
            let code = value.trim();
            if is_region_code(code) {
                config.region = Some(code.to_string());
            } else {
                warn("region", &value, "is not a region code (a-z, 0-9 and -, at most 32)".into(), "all areas");
            }
        }
        if let Some(value) = get("shortcut") {
            match value.trim() {
                "shift3" => config.shortcut = Shortcut::Shift3,
                "escape2" => config.shortcut = Shortcut::Escape2,
                "none" => config.shortcut = Shortcut::None,
                _ => warn("shortcut", &value, "is not one of shift3, escape2, none".into(), "shift3"),
            }
        }
        if let Some(value) = get("position") {
            match Position::from_name(value.trim()) {
                Some(position) => config.position = position,
                None => warn(
                    "position",
                    &value,
                    "is not one of top, bottom, inline".into(),
                    "bottom on phones, top on wide screens",
                ),
            }
        }
        if let Some(value) = get("clear-storage") {
            match value.trim() {
                "none" => config.clear_storage = ClearStorage::None,
                "session" => config.clear_storage = ClearStorage::Session,
                "all" => config.clear_storage = ClearStorage::All,
                _ => warn("clear-storage", &value, "is not one of none, session, all".into(), "none"),
            }
        }
        for (attribute, field) in [("stealth", &mut config.stealth), ("new-tab", &mut config.new_tab)] {
            if let Some(value) = get(attribute) {
                match parse_boolean(&value) {
                    Some(on) => *field = on,
                    None => warn(
                        attribute,
                        &value,
                        "is not a boolean attribute value (present, or \"false\")".into(),
                        "off",
                    ),
                }
            }
        }
        (config, warnings)
    }
}

/// What the widget says of `value` in the attribute `attribute`, alone: the warning it would
/// write to the console (and show `data-state="degraded"` for), or `None` when it reads the
/// value without one. The configurator asks this (through the first stage) instead of keeping
/// its own copy of the rules. A name the element does not read gets a warning too, although
/// the element itself ignores such an attribute without one.
pub fn check_attribute(attribute: &str, value: &str) -> Option<String> {
    if !ATTRIBUTES.contains(&attribute) {
        return Some(["<safe-exit> has no attribute `", attribute, "`; it is ignored."].concat());
    }
    let (_, warnings) = Config::from_attributes(|name| (name == attribute).then(|| value.to_string()));
    warnings.first().map(Warning::message)
}

/// Space-separated absolute https URLs, all of which must pass.
fn parse_exit_urls(value: &str) -> Result<Vec<String>, String> {
    let urls: Vec<&str> = value.split_ascii_whitespace().collect();
    if urls.is_empty() {
        return Err("is empty".into());
    }
    if urls.len() > MAX_EXIT_URLS {
        return Err(concat!("lists more than ", max_exit_urls!(), " URLs").into());
    }
    urls.iter()
        .map(|url| {
            check_absolute(url, Loopback::HttpAllowed)
                .map(str::to_string)
                .map_err(|why| ["has a URL that ", why.message(), ": \"", url, "\""].concat())
        })
        .collect()
}

/// A same-origin path, or an absolute https URL (the partner's own server, ideally).
fn check_src(value: &str) -> Result<&str, &'static str> {
    let value = value.trim();
    let scheme_end = value.find(':');
    let first_slash = value.find('/');
    let has_scheme = matches!((scheme_end, first_slash), (Some(c), Some(s)) if c < s)
        || (scheme_end.is_some() && first_slash.is_none());
    if value.is_empty() {
        Err("is empty")
    } else if value.starts_with("//") {
        Err("is protocol-relative; give a path on this site or an https:// URL")
    } else if has_scheme {
        check_absolute(value, Loopback::HttpAllowed).map_err(Refusal::message)
    } else if value.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\')) {
        Err("contains spaces, quotes, angle brackets or control characters")
    } else {
        Ok(value)
    }
}

/// HTML boolean attributes are on when present; `"false"` is also read as off, because
/// frameworks often render `stealth="false"`.
fn parse_boolean(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "stealth" | "new-tab" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
