//! `make translations`: extracts po/safe-exit.pot from the widget's English messages and merges
//! it into every po/*.po, the way msgmerge does: a translation is kept; one whose English has
//! changed is kept as a draft (`#, fuzzy`, with the old English as `#|`); a new message gets an
//! empty translation; a message no longer in the source is kept as obsolete (`#~`).
//!
//! `translations --json FILE.po` prints the catalogue compiled to the JSON a partner can name in
//! `<safe-exit catalogue="…">` (`safe-exit/catalogue/v1`).

#[path = "../../build/po.rs"]
mod po;

use safe_exit::i18n::{Msg, PRESSES_LEFT};
use safe_exit::tools::json::push_string;
use std::{fs, process::ExitCode};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, path] = args.as_slice() {
        if flag == "--json" {
            return match fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|t| po::parse(&t).map_err(|e| format!("{path}:{e}")))
            {
                Ok(catalogue) => {
                    println!("{}", compiled_json(&catalogue));
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::FAILURE
                }
            };
        }
    }
    let template = extract();
    let mut failed = false;
    if let Err(e) = fs::write("po/safe-exit.pot", po::write(&template)) {
        eprintln!("po/safe-exit.pot: {e}");
        return ExitCode::FAILURE;
    }
    for lang in ["kk", "ru"] {
        let path = format!("po/{lang}.po");
        let merged = fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|text| po::parse(&text).map_err(|e| format!("{path}:{e}")))
            .map(|catalogue| merge(&catalogue, &template));
        match merged {
            Ok(catalogue) => {
                if let Err(e) = fs::write(&path, po::write(&catalogue)) {
                    eprintln!("{path}: {e}");
                    failed = true;
                }
            }
            Err(e) => {
                eprintln!("{e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A catalogue as `safe-exit/catalogue/v1` JSON: its language and every translated message.
fn compiled_json(catalogue: &po::Catalogue) -> String {
    let quote = |text: &str| {
        let mut out = String::new();
        push_string(&mut out, text);
        out
    };
    let lang = catalogue.header_field("Language").unwrap_or_default();
    let messages: Vec<String> = catalogue
        .entries
        .iter()
        .filter(|e| e.strs.iter().all(|s| !s.is_empty()))
        .map(|e| {
            let value = match e.id_plural {
                Some(_) => format!("[{}]", e.strs.iter().map(|s| quote(s)).collect::<Vec<_>>().join(", ")),
                None => quote(&e.strs[0]),
            };
            format!("    {}: {value}", quote(e.context.as_deref().unwrap_or_default()))
        })
        .collect();
    format!(
        "{{\n  \"schema\": \"safe-exit/catalogue/v1\",\n  \"lang\": {},\n  \"messages\": {{\n{}\n  }}\n}}",
        quote(lang),
        messages.join(",\n")
    )
}

/// The template: every message, in source order, with empty translations.
fn extract() -> po::Catalogue {
    let mut entries: Vec<po::Entry> = Msg::ALL
        .iter()
        .map(|msg| po::Entry {
            context: Some(msg.name().into()),
            id: msg.english().into(),
            strs: vec![String::new()],
            ..Default::default()
        })
        .collect();
    let (name, one, other) = PRESSES_LEFT;
    entries.push(po::Entry {
        context: Some(name.into()),
        id: one.into(),
        id_plural: Some(other.into()),
        strs: vec![String::new(), String::new()],
        ..Default::default()
    });
    let header = "Project-Id-Version: safe-exit\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n";
    po::Catalogue { header: header.into(), entries, obsolete: Vec::new() }
}

/// `catalogue` brought up to `template`; see the module's comment.
fn merge(catalogue: &po::Catalogue, template: &po::Catalogue) -> po::Catalogue {
    let nplurals = catalogue
        .header_field("Plural-Forms")
        .and_then(|f| f.strip_prefix("nplurals="))
        .and_then(|f| f.split(';').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(2);
    let entries = template
        .entries
        .iter()
        .map(|source| {
            let context = source.context.as_deref().unwrap_or_default();
            let empty = vec![String::new(); if source.id_plural.is_some() { nplurals } else { 1 }];
            match catalogue.get(context) {
                Some(old) if old.id == source.id && old.id_plural == source.id_plural => old.clone(),
                Some(old) => po::Entry {
                    fuzzy: true,
                    previous: vec![format!("msgid {:?}", old.id)],
                    strs: if old.strs.len() == empty.len() { old.strs.clone() } else { empty },
                    ..po::Entry { translator_comments: old.translator_comments.clone(), ..source.clone() }
                },
                None => po::Entry { strs: empty, ..source.clone() },
            }
        })
        .collect();
    let mut obsolete = catalogue.obsolete.clone();
    for old in catalogue.entries.iter().filter(|e| template.get(e.context.as_deref().unwrap_or_default()).is_none()) {
        obsolete.push(format!("#~ msgctxt {:?}", old.context.as_deref().unwrap_or_default()));
        obsolete.push(format!("#~ msgid {:?}", old.id));
        obsolete.push(format!("#~ msgstr {:?}", old.strs.first().map(String::as_str).unwrap_or_default()));
    }
    po::Catalogue { header: catalogue.header.clone(), entries, obsolete }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(context: &str, id: &str, translation: &str) -> po::Entry {
        po::Entry { context: Some(context.into()), id: id.into(), strs: vec![translation.into()], ..Default::default() }
    }

    #[test]
    fn a_merge_keeps_translations_marks_changed_ones_fuzzy_adds_new_and_keeps_removed_as_obsolete() {
        let template = po::Catalogue {
            entries: vec![
                entry("Same", "Same text", ""),
                entry("Changed", "New text", ""),
                entry("Added", "Added text", ""),
            ],
            ..Default::default()
        };
        let mut kept = entry("Same", "Same text", "Сол мәтін");
        kept.translator_comments = vec!["reviewed".into()];
        let catalogue = po::Catalogue {
            header: "Plural-Forms: nplurals=2; plural=(n != 1);\n".into(),
            entries: vec![kept.clone(), entry("Changed", "Old text", "Ескі мәтін"), entry("Removed", "Gone", "Жоқ")],
            obsolete: Vec::new(),
        };
        let merged = merge(&catalogue, &template);
        assert_eq!(merged.header, catalogue.header);
        assert_eq!(merged.entries[0], kept);
        let changed = &merged.entries[1];
        assert_eq!((changed.id.as_str(), changed.strs[0].as_str(), changed.fuzzy), ("New text", "Ескі мәтін", true));
        assert_eq!(changed.previous, ["msgid \"Old text\""]);
        assert_eq!((merged.entries[2].strs[0].as_str(), merged.entries[2].fuzzy), ("", false));
        assert_eq!(merged.obsolete, ["#~ msgctxt \"Removed\"", "#~ msgid \"Gone\"", "#~ msgstr \"Жоқ\""]);
        assert_eq!(
            po::parse(&po::write(&merged)).unwrap().obsolete,
            merged.obsolete,
            "obsolete lines survive a round trip"
        );
    }

    #[test]
    fn a_compiled_catalogue_is_read_back_by_the_widget() {
        let catalogue = po::parse(&fs::read_to_string("po/ru.po").unwrap()).unwrap();
        let (read, problems) = safe_exit::i18n::overrides::parse_catalogue(&compiled_json(&catalogue));
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read.messages.len(), Msg::ALL.len());
        assert_eq!(read.presses_left.map(|f| f.len()), Some(3));
    }

    #[test]
    fn the_template_lists_every_message_once_with_the_plural_last() {
        let template = extract();
        assert_eq!(template.entries.len(), Msg::ALL.len() + 1);
        let last = template.entries.last().unwrap();
        assert_eq!((last.context.as_deref(), last.id_plural.is_some()), (Some(PRESSES_LEFT.0), true));
    }
}
