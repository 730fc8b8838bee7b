//! Reading attributes into a `Config`, value by value.

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
        ("third-party-src", " shares-visitor-ip "),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(config.exit_urls, ["https://a.example/x", "https://b.example/y"]);
    assert_eq!(config.lang, Some(Lang::Kk));
    assert_eq!(config.src.as_deref(), Some("/data/contacts.json"));
    assert_eq!(config.region.as_deref(), Some("almaty"));
    assert_eq!(config.shortcut, Shortcut::Escape2);
    assert_eq!(config.position, Position::Top);
    assert!(config.stealth && config.new_tab && config.third_party_src);
    assert_eq!(config.clear_storage, ClearStorage::All);
}

#[test]
fn one_bad_exit_url_refuses_the_attribute_and_keeps_the_default() {
    let (config, warnings) = read(&[("exit-url", "https://ok.example javascript:alert(1)")]);
    assert_eq!(config.exit_urls, [DEFAULT_EXIT_URL]);
    assert_eq!(warnings.len(), 1);
    let message = warnings[0].message();
    assert!(
        message.contains("`exit-url`") && message.contains("javascript:alert(1)") && message.contains(DEFAULT_EXIT_URL),
        "{message}"
    );
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
    assert!(warnings[4].message().contains("shift3, escape2, none"));
}

#[test]
fn src_accepts_paths_and_https_only() {
    for good in [
        "/contacts.json",
        "data/kz.json",
        "../c.json?v=2",
        "https://partner.example/c.json",
        "http://127.0.0.1:8080/c.json",
    ] {
        assert!(check_src(good).is_ok(), "{good}");
    }
    for bad in [
        "data:application/json,{}",
        "javascript:x",
        "//cdn.example/c.json",
        "http://partner.example/c.json",
        "",
        "a b.json",
    ] {
        assert!(check_src(bad).is_err(), "{bad}");
    }
}

#[test]
fn check_attribute_gives_the_widgets_own_warning_for_one_value() {
    for url in ["https://a..b/", "https://x.org:abc/", "https://-bad.org/", "https://x.org:123456/"] {
        let (_, warnings) = read(&[("exit-url", url)]);
        assert_eq!(check_attribute("exit-url", url), Some(warnings[0].message()), "{url}");
    }
    assert_eq!(check_attribute("exit-url", "https://neutral.example/ http://127.0.0.1:8/"), None);
    let many = ["https://neutral.example/"; MAX_EXIT_URLS + 1].join(" ");
    assert!(check_attribute("exit-url", &many).is_some_and(|w| w.contains("more than 10")));
    assert!(check_attribute("src", "//cdn.example/c.json").is_some_and(|w| w.contains("protocol-relative")));
    assert_eq!(check_attribute("src", "/contacts.json"), None);
    assert!(check_attribute("region", "Almaty").is_some());
    assert!(check_attribute("shortcut", "ctrl").is_some_and(|w| w.contains("shift3, escape2, none")));
    assert_eq!(check_attribute("stealth", ""), None);
    assert!(check_attribute("exit-urls", "https://neutral.example/").is_some_and(|w| w.contains("no attribute")));
}

#[test]
fn boolean_attributes_follow_html_and_accept_false() {
    assert!(!read(&[("stealth", "false")]).0.stealth);
    assert!(read(&[("stealth", "true")]).0.stealth);
    assert!(read(&[("new-tab", "")]).0.new_tab);
}

#[test]
fn third_party_src_must_name_the_risk() {
    let (config, warnings) = read(&[("third-party-src", "")]);
    assert!(!config.third_party_src, "a bare attribute does not name the risk");
    assert!(warnings[0].message().contains("\"shares-visitor-ip\""), "{}", warnings[0].message());
    assert!(!read(&[]).0.third_party_src);
}
