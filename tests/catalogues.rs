//! The translation catalogues: complete, current, with the same placeholders as the English,
//! and no phone number inside a translation. And the PO reader build.rs compiles them with.

#[path = "../build/po.rs"]
#[allow(dead_code)]
mod po;

use safe_exit::i18n::check::{phone_number_in, placeholders};
use safe_exit::i18n::{Msg, PRESSES_LEFT};
use std::fs;

fn read(path: &str) -> po::Catalogue {
    po::parse(&fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{path}:{e}"))
}

fn source_messages() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> =
        Msg::ALL.iter().map(|m| (m.name().to_string(), m.english().to_string())).collect();
    all.push((PRESSES_LEFT.0.into(), PRESSES_LEFT.1.into()));
    all
}

#[test]
fn the_template_is_the_one_extracted_from_the_source() {
    let template = read("po/safe-exit.pot");
    let found: Vec<(String, String)> =
        template.entries.iter().map(|e| (e.context.clone().unwrap_or_default(), e.id.clone())).collect();
    assert_eq!(found, source_messages(), "po/safe-exit.pot is out of date: run `make translations`");
}

#[test]
fn every_catalogue_translates_every_message_with_the_same_placeholders_and_no_phone_number() {
    for lang in ["kk", "ru"] {
        let path = format!("po/{lang}.po");
        let catalogue = read(&path);
        for (name, english) in source_messages() {
            let entry =
                catalogue.get(&name).unwrap_or_else(|| panic!("{path}: no entry for {name}: run `make translations`"));
            assert_eq!(entry.id, english, "{path}:{}: {name}'s msgid is not the current English", entry.line);
            for s in &entry.strs {
                assert!(!s.trim().is_empty(), "{path}:{}: {name} is not translated", entry.line);
                assert_eq!(
                    placeholders(s),
                    placeholders(&entry.id),
                    "{path}:{}: {name}'s placeholders differ from the English",
                    entry.line
                );
                assert_eq!(
                    phone_number_in(s),
                    None,
                    "{path}:{}: {name} has a phone number: use a placeholder",
                    entry.line
                );
            }
        }
        for &msg in Msg::ALL {
            assert_eq!(phone_number_in(msg.english()), None, "the English of {} has a phone number", msg.name());
        }
    }
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
    assert_eq!(
        again.entries.iter().map(|e| (&e.context, &e.id, &e.strs, e.fuzzy)).collect::<Vec<_>>(),
        catalogue.entries.iter().map(|e| (&e.context, &e.id, &e.strs, e.fuzzy)).collect::<Vec<_>>()
    );
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
