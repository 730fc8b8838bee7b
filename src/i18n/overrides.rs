//! A partner's own catalogue for a language (`<safe-exit catalogue="…">`): a compiled JSON
//! file (`make translations` compiles a PO file into one). It is validated like the contacts:
//! each message that breaks a rule is reported and left to the built-in text, so a bad or
//! incomplete file can only fall back, message by message.

use super::check::{phone_number_in, placeholders};
use super::{Lang, Msg, PRESSES_LEFT};
use crate::tools::json::{self, Value};
use crate::tools::text::{clean_text, join};
use std::cell::RefCell;

/// Format name and version of a compiled catalogue.
pub const SCHEMA: &str = "safe-exit/catalogue/v1";
/// Largest file read, in bytes.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// Longest message, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;

/// What passed in a partner's catalogue.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Catalogue {
    /// The language the catalogue translates into; `None` when it names none the widget speaks.
    pub lang: Option<Lang>,
    /// The messages that passed, with their texts.
    pub messages: Vec<(Msg, String)>,

    /// The plural message's forms, in the order of the language's plural categories.
    pub presses_left: Option<Vec<String>>,
}

/// How many plural forms a language's catalogue gives: Russian one/few/many, the others one/other.
fn plural_forms(lang: Lang) -> usize {
    if lang == Lang::Ru {
        3
    } else {
        2
    }
}

/// Reads a compiled catalogue; every problem is a message saying what to change.
pub fn parse_catalogue(text: &str) -> (Catalogue, Vec<String>) {
    if text.len() > MAX_FILE_BYTES {
        return (
            Catalogue::default(),
            vec![format!("the file is {} bytes; at most {MAX_FILE_BYTES} are read", text.len())],
        );
    }
    match json::parse(text) {
        Ok(root) => check_catalogue(&root),
        Err(error) => (Catalogue::default(), vec![error.to_string()]),
    }
}

/// Checks a catalogue already read as JSON (the widget reads it a slice at a time).
pub fn check_catalogue(root: &Value) -> (Catalogue, Vec<String>) {
    let mut catalogue = Catalogue::default();
    let mut problems = Vec::new();
    if !matches!(root.get("schema"), Some(Value::String(s)) if s == SCHEMA) {
        problems.push(format!("`schema` must be \"{SCHEMA}\""));
        return (catalogue, problems);
    }
    let Some(lang) = (match root.get("lang") {
        Some(Value::String(tag)) => Lang::from_tag(tag).filter(|&l| l.code() == tag),
        _ => None,
    }) else {
        problems.push("`lang` must be \"kk\", \"ru\" or \"en\"".into());
        return (catalogue, problems);
    };
    catalogue.lang = Some(lang);
    let Some(Value::Object(members)) = root.get("messages") else {
        problems.push("`messages` must be an object of message names and texts".into());
        return (catalogue, problems);
    };
    for (name, value) in members {
        if name == PRESSES_LEFT.0 {
            let forms: Option<Vec<String>> = match value {
                Value::Array(items) if items.len() == plural_forms(lang) => {
                    items.iter().map(|item| valid_text(item, PRESSES_LEFT.1, name, &mut problems)).collect()
                }
                _ => {
                    problems.push(format!(
                        "message {name}: must be an array of {} plural forms; the built-in text is used",
                        plural_forms(lang)
                    ));
                    None
                }
            };
            catalogue.presses_left = forms;
            continue;
        }
        let Some(&msg) = Msg::ALL.iter().find(|m| m.name() == name) else {
            problems.push(format!("message {}: is not a message of the widget; ignored", clean_text(name)));
            continue;
        };
        if let Some(text) = valid_text(value, msg.english(), name, &mut problems) {
            catalogue.messages.retain(|(m, _)| *m != msg);
            catalogue.messages.push((msg, text));
        }
    }
    (catalogue, problems)
}

/// A message's text if it keeps the rules; otherwise `None`, with the reason in `problems`.
fn valid_text(value: &Value, english: &str, name: &str, problems: &mut Vec<String>) -> Option<String> {
    let fail = |problems: &mut Vec<String>, why: &str| {
        problems.push(format!("message {name}: {why}; the built-in text is used"));
        None
    };
    let Value::String(text) = value else { return fail(problems, "must be a string") };
    let text = text.trim();
    if text.is_empty() {
        fail(problems, "is empty")
    } else if text.chars().count() > MAX_TEXT_CHARS {
        fail(problems, &format!("is longer than {MAX_TEXT_CHARS} characters"))
    } else if clean_text(text) != text {
        fail(problems, "contains control or text-direction characters")
    } else if placeholders(text) != placeholders(english) {
        fail(problems, &format!("must keep the placeholders of the English: {}", join(&placeholders(english), " ")))
    } else if let Some(number) = phone_number_in(text) {
        fail(problems, &format!("contains the phone number {number}; write the placeholder of the English instead"))
    } else {
        Some(text.to_string())
    }
}

thread_local! {
    /// The partner's messages in use, per language. Texts live as long as the page, once each:
    /// a catalogue attribute set again, or set back, reuses the texts it read before.
    static INSTALLED: RefCell<Vec<(Lang, Msg, &'static str)>> = const { RefCell::new(Vec::new()) };
    static PLURALS: RefCell<Vec<(Lang, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
    /// Every text kept so far, for that reuse.
    static KEPT: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// `text` for the rest of the page's life, kept once however often it is installed.
fn keep(text: String) -> &'static str {
    KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(&same) = kept.iter().find(|&&kept| kept == text) {
            return same;
        }
        let leaked: &'static str = Box::leak(text.into_boxed_str());
        kept.push(leaked);
        leaked
    })
}

/// Puts a catalogue's messages in use; later catalogues for the same language win.
pub fn install(catalogue: Catalogue) {
    let Some(lang) = catalogue.lang else { return };
    INSTALLED.with(|installed| {
        let mut installed = installed.borrow_mut();
        for (msg, text) in catalogue.messages {
            installed.retain(|(l, m, _)| !(*l == lang && *m == msg));
            installed.push((lang, msg, keep(text)));
        }
    });
    if let Some(forms) = catalogue.presses_left {
        let forms: Vec<&'static str> = forms.into_iter().map(keep).collect();
        PLURALS.with(|plurals| {
            let mut plurals = plurals.borrow_mut();
            plurals.retain(|(l, _)| *l != lang);
            plurals.push((lang, forms));
        });
    }
}

/// The partner's text of `msg` in `lang`, if one is installed.
pub(super) fn lookup(lang: Lang, msg: Msg) -> Option<&'static str> {
    INSTALLED.with(|installed| installed.borrow().iter().find(|(l, m, _)| *l == lang && *m == msg).map(|(_, _, t)| *t))
}

/// The partner's plural form number `index` of the plural message in `lang`.
pub(super) fn presses_left(lang: Lang, index: usize) -> Option<&'static str> {
    PLURALS.with(|plurals| {
        plurals.borrow().iter().find(|(l, _)| *l == lang).and_then(|(_, forms)| forms.get(index).copied())
    })
}

/// Whether the partner's catalogues replace every message of `lang`, so none of the built-in
/// drafts is shown.
pub(super) fn covers_all(lang: Lang) -> bool {
    presses_left(lang, 0).is_some() && Msg::ALL.iter().all(|&msg| lookup(lang, msg).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_installed_again_keeps_no_second_copy_of_its_texts() {
        let text = file(r#""ExitButton":"Шығу","PressesLeft":["{key} {n} рет","{key} {n} рет"]"#);
        install(parse_catalogue(&text).0);
        let kept = KEPT.with(|kept| kept.borrow().len());
        assert_eq!(kept, 2);
        install(parse_catalogue(&text).0);
        assert_eq!(KEPT.with(|kept| kept.borrow().len()), kept);
        assert_eq!(lookup(Lang::Kk, Msg::ExitButton), Some("Шығу"));
    }

    fn file(messages: &str) -> String {
        format!(r#"{{"schema":"safe-exit/catalogue/v1","lang":"kk","messages":{{{messages}}}}}"#)
    }

    #[test]
    fn good_messages_pass_and_each_bad_one_falls_back_with_a_reason() {
        let text = file(
            r#""ExitButton":"Шығу","HelpButton":"","RightsDanger":"102 нөміріне қоңырау шалыңыз","OnlineCalls1":"{helpline}",
               "PressesLeft":["{key} {n} рет","{key} {n} рет"],"Nope":"x","Close":"Жабу\u202e","TabRights":7"#,
        );
        let (catalogue, problems) = parse_catalogue(&text);
        assert_eq!(catalogue.lang, Some(Lang::Kk));
        assert_eq!(catalogue.messages, [(Msg::ExitButton, "Шығу".to_string())]);
        assert_eq!(
            catalogue.presses_left.as_deref(),
            Some(&["{key} {n} рет".to_string(), "{key} {n} рет".to_string()][..])
        );
        let joined = problems.join("\n");
        for expected in [
            "message HelpButton: is empty",
            "message RightsDanger: must keep the placeholders",
            "message OnlineCalls1: must keep the placeholders",
            "message Nope: is not a message",
            "message Close: contains control",
            "message TabRights: must be a string",
        ] {
            assert!(joined.contains(expected), "{expected} in\n{joined}");
        }
    }

    #[test]
    fn a_phone_number_in_place_of_a_placeholder_is_refused() {
        let (catalogue, problems) =
            parse_catalogue(&file(r#""OnlineMonitored3":"{helpline} {police} немесе 8 705 151 0000""#));
        assert!(catalogue.messages.is_empty());
        assert!(problems[0].contains("phone number 87051510000"), "{problems:?}");
    }

    #[test]
    fn a_file_that_is_not_a_catalogue_yields_nothing_and_says_why() {
        for (text, why) in
            [("[]", "schema"), (r#"{"schema":"safe-exit/catalogue/v1","lang":"de","messages":{}}"#, "lang"), ("{", "")]
        {
            let (catalogue, problems) = parse_catalogue(text);
            assert_eq!(catalogue.messages.len(), 0);
            assert!(problems.len() == 1 && problems[0].contains(why), "{problems:?}");
        }
    }

    #[test]
    fn installed_messages_replace_the_built_in_ones_for_their_language_only() {
        let (catalogue, _) = parse_catalogue(&file(r#""HelpButton":"Көмек керек""#));
        install(catalogue);
        assert_eq!(super::super::t(Lang::Kk, Msg::HelpButton), "Көмек керек");
        assert_eq!(super::super::t(Lang::Ru, Msg::HelpButton), "Помощь");
        assert!(!covers_all(Lang::Kk));
    }
}
