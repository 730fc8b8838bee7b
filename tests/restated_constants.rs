//! The values the plugin (wordpress/), the loader (static/) and the configurator (demo/) write
//! down again in their own language, compared with the widget's: the default exit URL, the most
//! exit URLs, the longest URL, the contacts file's largest size, the attributes' choices and the
//! exit label in each language. Each is a declaration of a few characters there, so a test keeps
//! them equal more cheaply than a generated file would. Region codes are not restated: the
//! configurator asks the widget's first stage and lists the built-in directory's codes, and the
//! plugin has no region setting.

use safe_exit::config::{check_attribute, DEFAULT_EXIT_URL};
use safe_exit::directory::format::MAX_FILE_BYTES;
use safe_exit::i18n::{t, Lang, Msg};
use safe_exit::safe_url::MAX_URL_LEN;
use std::collections::BTreeSet;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// Panics unless `path` holds `declaration`, the restatement with the widget's value in it.
fn assert_declares(path: &str, declaration: &str) {
    assert!(read(path).contains(declaration), "{path} should say {declaration:?}, as the widget does");
}

/// The most URLs `exit-url` takes without a warning, found by asking the widget.
fn most_exit_urls() -> usize {
    (1..100)
        .find(|&n| check_attribute("exit-url", &vec!["https://a.example/"; n].join(" ")).is_some())
        .expect("the widget takes any number of exit URLs")
        - 1
}

/// The quoted values `'…'` of the first line of `text` after `from` that starts with `key`.
fn quoted_after(text: &str, from: &str, key: &str) -> BTreeSet<String> {
    let rest = &text[text.find(from).unwrap_or_else(|| panic!("no {from:?}"))..];
    let line = rest.lines().find(|line| line.trim_start().starts_with(key)).unwrap_or_else(|| panic!("no {key:?}"));
    let after = &line[line.find("=>").unwrap_or(0)..];
    after.split('\'').skip(1).step_by(2).map(str::to_string).collect()
}

/// The values of the configurator's `<option>`s of `<select id="{id}">`, or of its radio buttons
/// `name="{id}"`.
fn configurator_values(html: &str, id: &str) -> BTreeSet<String> {
    let value_of = |tag: &str| tag.split("value=\"").nth(1).and_then(|v| v.split('"').next()).map(str::to_string);
    if let Some(start) = html.find(&format!("<select id=\"{id}\"")) {
        let select = &html[start..start + html[start..].find("</select>").unwrap()];
        return select.split("<option").skip(1).filter_map(value_of).collect();
    }
    let radio = format!("type=\"radio\" id=\"{id}-");
    html.split("<input").filter(|tag| tag.trim_start().starts_with(&radio)).filter_map(value_of).collect()
}

#[test]
fn the_default_exit_url_is_the_widgets() {
    assert_declares("static/exit-core.js", &format!("export const DEFAULT_EXIT_URL = '{DEFAULT_EXIT_URL}';"));
    assert_declares(
        "wordpress/includes/options.php",
        &format!("const SAFE_EXIT_DEFAULT_EXIT_URL = '{DEFAULT_EXIT_URL}';"),
    );
    assert_declares("demo/configure.html", &format!(">{DEFAULT_EXIT_URL}</textarea>"));
}

#[test]
fn the_most_exit_urls_is_the_widgets() {
    let most = most_exit_urls();
    assert_declares("wordpress/includes/exit-urls.php", &format!("define( 'SAFE_EXIT_MAX_EXIT_URLS', {most} );"));
    assert_declares("static/loader.js", &format!("urls.length <= {most} &&"));
    assert_declares("demo/configure.html", &format!("(at most {most})"));
}

#[test]
fn the_longest_url_is_the_widgets() {
    assert_declares(
        "wordpress/includes/exit-urls.php",
        &format!("define( 'SAFE_EXIT_MAX_URL_BYTES', {MAX_URL_LEN} );"),
    );
    assert_declares("static/exit-core.js", &format!("new TextEncoder().encode(url).length > {MAX_URL_LEN}) return 1;"));
}

#[test]
fn the_largest_contacts_file_is_the_widgets() {
    assert_declares(
        "wordpress/includes/contacts.php",
        &format!("const SAFE_EXIT_CONTACTS_MAX_BYTES = {MAX_FILE_BYTES};"),
    );
}

#[test]
fn every_choice_the_plugin_and_the_configurator_offer_is_one_the_widget_takes() {
    let php = read("wordpress/includes/options.php");
    let html = read("demo/configure.html");
    for (attribute, option) in [
        ("lang", "'safe_exit_lang'"),
        ("shortcut", "'safe_exit_shortcut'"),
        ("position", "'safe_exit_position'"),
        ("clear-storage", "'safe_exit_clear_storage'"),
    ] {
        // '' in the plugin and "auto" in the configurator's language list mean no attribute.
        let plugin: BTreeSet<String> =
            quoted_after(&php, "function safe_exit_choices", option).into_iter().filter(|v| !v.is_empty()).collect();
        let configurator: BTreeSet<String> =
            configurator_values(&html, attribute).into_iter().filter(|v| attribute != "lang" || v != "auto").collect();
        assert!(plugin.len() >= 2, "{option}: {plugin:?}");
        assert_eq!(plugin, configurator, "the plugin and the configurator offer different {attribute} values");
        for value in &plugin {
            assert_eq!(
                check_attribute(attribute, value),
                None,
                "{attribute}=\"{value}\" is offered, but the widget warns"
            );
        }
    }
}

#[test]
fn the_exit_label_in_each_language_is_the_widgets() {
    for lang in Lang::ALL {
        let (code, label) = (lang.code(), t(lang, Msg::ExitButton));
        assert_declares("wordpress/includes/element.php", &format!("'{code}' => '{label}',"));
        assert_declares("demo/configure.js", &format!("{code}: '{label}'"));
    }
}
