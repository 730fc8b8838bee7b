//! The translation catalogues: complete, current, with the same placeholders as the English,
//! and no phone number inside a translation. And the PO reader build.rs compiles them with.

#[path = "../build/po.rs"]
#[allow(dead_code)]
mod po;

use safe_exit::i18n::{Msg, NUMBERS, PRESSES_LEFT};
use std::fs;

fn read(path: &str) -> po::Catalogue {
    po::parse(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{path}:{e}"))
}

fn source_messages() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = Msg::ALL.iter().map(|m| (m.name().to_string(), m.english().to_string())).collect();
    all.push((PRESSES_LEFT.0.into(), PRESSES_LEFT.1.into()));
    all
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text.match_indices('{').filter_map(|(i, _)| text[i..].find('}').map(|end| &text[i..=i + end])).collect();
    found.sort_unstable();
    found
}

/// A phone number: a short number of the directory's lines standing alone, or a run of seven
/// or more digits (spaces, dashes, parentheses and a leading + allowed between them).
fn phone_number_in(text: &str) -> Option<String> {
    let short = ["101", "102", "103", "104", "111", "112", "150"].iter().chain(NUMBERS.iter().map(|(_, n)| n));
    let bytes = text.as_bytes();
    for number in short {
        for (i, _) in text.match_indices(number) {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let after = bytes.get(i + number.len()).copied();
            let next = bytes.get(i + number.len() + 1).copied();
            let joined_before = before.is_some_and(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
            let joined_after = after.is_some_and(|b| b.is_ascii_digit()) || (matches!(after, Some(b'.' | b'-')) && next.is_some_and(|b| b.is_ascii_digit()));
            if !joined_before && !joined_after {
                return Some(number.to_string());
            }
        }
    }
    let mut run = String::new();
    for c in text.chars().chain([' ', 'x']) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !matches!(c, ' ' | '-' | '(' | ')' | '+') || (c == ' ' && run.is_empty()) {
            if run.len() >= 7 {
                return Some(run);
            }
            run.clear();
        }
    }
    None
}

#[test]
fn the_template_is_the_one_extracted_from_the_source() {
    let template = read("po/safe-exit.pot");
    let found: Vec<(String, String)> = template.entries.iter().map(|e| (e.context.clone().unwrap_or_default(), e.id.clone())).collect();
    assert_eq!(found, source_messages(), "po/safe-exit.pot is out of date: run `make translations`");
}

#[test]
fn every_catalogue_translates_every_message_with_the_same_placeholders_and_no_phone_number() {
    for lang in ["kk", "ru"] {
        let path = format!("po/{lang}.po");
        let catalogue = read(&path);
        for (name, english) in source_messages() {
            let entry = catalogue.get(&name).unwrap_or_else(|| panic!("{path}: no entry for {name}: run `make translations`"));
            assert_eq!(entry.id, english, "{path}:{}: {name}'s msgid is not the current English", entry.line);
            for s in &entry.strs {
                assert!(!s.trim().is_empty(), "{path}:{}: {name} is not translated", entry.line);
                assert_eq!(placeholders(s), placeholders(&entry.id), "{path}:{}: {name}'s placeholders differ from the English", entry.line);
                assert_eq!(phone_number_in(s), None, "{path}:{}: {name} has a phone number: use a placeholder", entry.line);
            }
        }
        for &msg in Msg::ALL {
            assert_eq!(phone_number_in(msg.english()), None, "the English of {} has a phone number", msg.name());
        }
    }
}

#[test]
fn the_phone_number_check_finds_numbers_and_lets_dates_and_articles_pass() {
    assert_eq!(phone_number_in("call 102 now"), Some("102".into()));
    assert_eq!(phone_number_in("звоните на 111."), Some("111".into()));
    assert_eq!(phone_number_in("+7 705 151 0000"), Some("77051510000".into()));
    assert_eq!(phone_number_in("(27.03.2020), article 165, Law No. 72-VIII of 2024, {police}"), None);
}

#[test]
fn the_reader_reads_what_the_writer_writes() {
    let text = "msgid \"\"\nmsgstr \"\"\n\"Language: kk\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n# a note\n#. from the source\n#, fuzzy\n#| msgid \"Old\"\nmsgctxt \"A\"\nmsgid \"Say \\\"hi\\\"\"\nmsgstr \"\"\n\"Сәлем\"\n\nmsgctxt \"P\"\nmsgid \"{n} time\"\nmsgid_plural \"{n} times\"\nmsgstr[0] \"{n} рет\"\nmsgstr[1] \"{n} рет\"\n\n#~ msgid \"gone\"\n#~ msgstr \"жоқ\"\n";
    let catalogue = po::parse(text).unwrap();
    assert_eq!(catalogue.header_field("Language"), Some("kk"));
    assert_eq!(catalogue.header_field("Plural-Forms"), Some("nplurals=2; plural=(n != 1);"));
    let a = catalogue.get("A").unwrap();
    assert_eq!((a.id.as_str(), a.strs[0].as_str(), a.fuzzy, a.line), ("Say \"hi\"", "Сәлем", true, 11));
    assert_eq!(a.translator_comments, ["a note"]);
    assert_eq!(catalogue.get("P").unwrap().strs.len(), 2);
    assert_eq!(catalogue.obsolete.len(), 2);
    let again = po::parse(&po::write(&catalogue)).unwrap();
    assert_eq!(again.header, catalogue.header);
    assert_eq!(again.entries.iter().map(|e| (&e.context, &e.id, &e.strs, e.fuzzy)).collect::<Vec<_>>(), catalogue.entries.iter().map(|e| (&e.context, &e.id, &e.strs, e.fuzzy)).collect::<Vec<_>>());
}

#[test]
fn the_reader_refuses_what_it_does_not_understand_and_names_the_line() {
    let cases = [
        ("msgid \"a\"\nmsgstr \"b\n", 2, "double quotes"),
        ("msgid \"a\"\nmsgstr \"b\\x\"\n", 2, "unknown escape"),
        ("msgid \"a\"\nmsgtext \"b\"\n", 2, "unknown keyword"),
        ("msgstr \"b\"\n", 1, "out of order"),
        ("msgid \"a\"\n\n", 2, "needs msgid and msgstr"),
        ("msgctxt \"A\"\nmsgid \"a\"\nmsgstr \"b\"\n\nmsgctxt \"A\"\nmsgid \"a\"\nmsgstr \"c\"\n", 6, "repeats"),
        ("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n", 3, "expected msgstr[0]"),
        ("#, fuzy\nmsgid \"a\"\nmsgstr \"b\"\n", 1, "unknown flag"),
        ("msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"\"\nmsgstr \"X: y\"\n", 4, "header"),
    ];
    for (text, line, why) in cases {
        let error = po::parse(text).expect_err(text);
        assert_eq!(error.line, line, "{text:?}: {error}");
        assert!(error.message.contains(why), "{text:?}: {error}");
    }
}
