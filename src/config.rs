//! The widget's configuration, read from the custom element's attributes (or built by a Yew
//! app), with every value validated. A bad value never stops the widget: it falls back to the
//! safe default and leaves one warning that names the attribute and what it accepts.

use crate::i18n::Lang;
use crate::safe_url::{check_absolute, Loopback};
use std::fmt;

/// Where the widget goes when it exits, unless the partner names other pages: a weather page,
/// because it records nothing in a signed-in account (a search would land in search history).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.com/weather";

/// Every attribute the `<safe-exit>` element reads.
pub const ATTRIBUTES: [&str; 9] =
    ["exit-url", "lang", "src", "region", "shortcut", "position", "stealth", "clear-storage", "new-tab"];

/// Most destinations one `exit-url` may list.
const MAX_EXIT_URLS: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Shortcut {
    /// Shift pressed three times, each within 5 s of the previous one (GOV.UK's convention).
    #[default]
    Shift3,
    /// Escape pressed twice within 5 s.
    Escape2,
    None,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Position {
    /// Bottom on narrow screens (within thumb reach), top on wide ones.
    #[default]
    Auto,
    Top,
    Bottom,
    /// In the page's flow where the element stands; the partner takes care of reachability.
    Inline,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum ClearStorage {
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
    /// The area preselected in the contacts filter.
    pub region: Option<String>,
    pub shortcut: Shortcut,
    pub position: Position,
    /// Same-site navigation replaces the history entry, so a visit leaves one entry.
    pub stealth: bool,
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
    pub attribute: &'static str,
    pub value: String,
    pub problem: String,
    pub fallback: &'static str,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<safe-exit> attribute `{}`: \"{}\" {}; using {}.",
            self.attribute, self.value, self.problem, self.fallback
        )
    }
}

impl Config {
    /// Reads the configuration from attribute values; `get` returns an attribute's value, or
    /// `None` when the attribute is absent.
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Config, Vec<Warning>) {
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
            match value.trim() {
                "top" => config.position = Position::Top,
                "bottom" => config.position = Position::Bottom,
                "inline" => config.position = Position::Inline,
                "" | "auto" => config.position = Position::Auto,
                _ => warn("position", &value, "is not one of top, bottom, inline".into(), "bottom on phones, top on wide screens"),
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
                    None => warn(attribute, &value, "is not a boolean attribute value (present, or \"false\")".into(), "off"),
                }
            }
        }
        (config, warnings)
    }
}

/// Space-separated absolute https URLs, all of which must pass.
fn parse_exit_urls(value: &str) -> Result<Vec<String>, String> {
    let urls: Vec<&str> = value.split_ascii_whitespace().collect();
    if urls.is_empty() {
        return Err("is empty".into());
    }
    if urls.len() > MAX_EXIT_URLS {
        return Err(format!("lists more than {MAX_EXIT_URLS} URLs"));
    }
    urls.iter()
        .map(|url| {
            check_absolute(url, Loopback::HttpAllowed)
                .map(str::to_string)
                .map_err(|why| format!("has a URL that {why}: \"{url}\""))
        })
        .collect()
}

/// A same-origin path, or an absolute https URL (the partner's own server, ideally).
fn check_src(value: &str) -> Result<&str, &'static str> {
    let value = value.trim();
    let scheme_end = value.find(':');
    let first_slash = value.find('/');
    let has_scheme = matches!((scheme_end, first_slash), (Some(c), Some(s)) if c < s) || (scheme_end.is_some() && first_slash.is_none());
    if value.is_empty() {
        Err("is empty")
    } else if value.starts_with("//") {
        Err("is protocol-relative; give a path on this site or an https:// URL")
    } else if has_scheme {
        check_absolute(value, Loopback::HttpAllowed)
    } else if value.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\\')) {
        Err("contains spaces, quotes, angle brackets or control characters")
    } else {
        Ok(value)
    }
}

/// A region code, as the `region` attribute and the contacts file's `region` field use them.
pub fn is_region_code(code: &str) -> bool {
    (1..=32).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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

/// Picks one destination, given a random number in [0, 1).
pub fn choose_exit_url(urls: &[String], random: f64) -> &str {
    if urls.is_empty() {
        return DEFAULT_EXIT_URL;
    }
    let index = ((random.clamp(0.0, 1.0) * urls.len() as f64) as usize).min(urls.len() - 1);
    &urls[index]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        let map: HashMap<&str, &str> = pairs.iter().copied().collect();
        Config::from_attributes(|name| map.get(name).map(|v| v.to_string()))
    }

    #[test]
    fn no_attributes_give_safe_defaults_without_warnings() {
        let (config, warnings) = read(&[]);
        assert_eq!(config, Config::default());
        assert_eq!(config.exit_urls, [DEFAULT_EXIT_URL]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn every_attribute_is_read() {
        let (config, warnings) = read(&[
            ("exit-url", "https://a.example/x  https://b.example/y"),
            ("lang", "kk"),
            ("src", "/data/contacts.json"),
            ("region", "almaty"),
            ("shortcut", "escape2"),
            ("position", "top"),
            ("stealth", ""),
            ("clear-storage", "all"),
            ("new-tab", "new-tab"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.exit_urls, ["https://a.example/x", "https://b.example/y"]);
        assert_eq!(config.lang, Some(Lang::Kk));
        assert_eq!(config.src.as_deref(), Some("/data/contacts.json"));
        assert_eq!(config.region.as_deref(), Some("almaty"));
        assert_eq!(config.shortcut, Shortcut::Escape2);
        assert_eq!(config.position, Position::Top);
        assert!(config.stealth && config.new_tab);
        assert_eq!(config.clear_storage, ClearStorage::All);
    }

    #[test]
    fn one_bad_exit_url_refuses_the_attribute_and_keeps_the_default() {
        let (config, warnings) = read(&[("exit-url", "https://ok.example javascript:alert(1)")]);
        assert_eq!(config.exit_urls, [DEFAULT_EXIT_URL]);
        assert_eq!(warnings.len(), 1);
        let message = warnings[0].to_string();
        assert!(message.contains("`exit-url`") && message.contains("javascript:alert(1)") && message.contains(DEFAULT_EXIT_URL), "{message}");
    }

    #[test]
    fn bad_values_each_warn_once_naming_what_is_accepted() {
        let (config, warnings) = read(&[
            ("lang", "fr"),
            ("shortcut", "ctrl+x"),
            ("position", "left"),
            ("clear-storage", "cookies"),
            ("stealth", "yes please"),
            ("region", "Almaty City"),
            ("src", "javascript:alert(1)"),
            ("exit-url", ""),
        ]);
        assert_eq!(config, Config::default());
        let attributes: Vec<_> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(attributes, ["exit-url", "lang", "src", "region", "shortcut", "position", "clear-storage", "stealth"]);
        assert!(warnings[4].to_string().contains("shift3, escape2, none"));
    }

    #[test]
    fn src_accepts_paths_and_https_only() {
        for good in ["/contacts.json", "data/kz.json", "../c.json?v=2", "https://partner.example/c.json", "http://127.0.0.1:8080/c.json"] {
            assert!(check_src(good).is_ok(), "{good}");
        }
        for bad in ["data:application/json,{}", "javascript:x", "//cdn.example/c.json", "http://partner.example/c.json", "", "a b.json"] {
            assert!(check_src(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn boolean_attributes_follow_html_and_accept_false() {
        assert!(!read(&[("stealth", "false")]).0.stealth);
        assert!(read(&[("stealth", "true")]).0.stealth);
        assert!(read(&[("new-tab", "")]).0.new_tab);
    }

    #[test]
    fn exit_url_choice_covers_every_destination_and_stays_in_bounds() {
        let urls: Vec<String> = ["https://a.example", "https://b.example", "https://c.example"].map(String::from).into();
        assert_eq!(choose_exit_url(&urls, 0.0), "https://a.example");
        assert_eq!(choose_exit_url(&urls, 0.5), "https://b.example");
        assert_eq!(choose_exit_url(&urls, 0.999), "https://c.example");
        assert_eq!(choose_exit_url(&urls, 1.0), "https://c.example");
        assert_eq!(choose_exit_url(&[], 0.3), DEFAULT_EXIT_URL);
    }
}
