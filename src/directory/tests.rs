//! Reading whole files: the embedded data, and hostile or broken ones.

use super::*;
use crate::i18n::Lang;
use crate::tools::json;

fn service(extra: &str) -> String {
    format!(
        r#"{{"id":"s-1","name":{{"kk":"Қ","ru":"Р","en":"E"}},"kind":"hotline","contacts":[{{"type":"voice","value":"111"}}],
           "source":{{"url":"https://source.example/page","title":"Source"}},"verified":"2026-11-24"{extra}}}"#
    )
}

fn file(services: &[String]) -> String {
    format!(r#"{{"schema":"safe-exit/directory/v1","updated":"2026-11-24","services":[{}]}}"#, services.join(","))
}

/// How many services the shipped file holds, counted in its text rather than by the reader.
fn shipped_count(field: &str) -> usize {
    EMBEDDED_JSON.lines().filter(|l| l.starts_with(&format!("      \"{field}\": "))).count()
}

#[test]
fn the_shipped_data_is_read_whole_every_service_with_its_source_and_date() {
    let report = parse_directory(EMBEDDED_JSON);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    let written = shipped_count("id");
    assert!(written >= 7, "{written} services");
    assert_eq!(report.directory.services.len(), written, "the reader dropped a shipped service");
    assert_eq!(shipped_count("source"), written, "a shipped service has no source");
    assert_eq!(shipped_count("verified"), written, "a shipped service has no verified date");
    for service in &report.directory.services {
        assert!(!service.contacts.is_empty() || !service.reach_through.is_empty(), "{}", service.id);
        for lang in Lang::ALL {
            assert!(service.name.has(lang), "{} lacks a {} name", service.id, lang.code());
        }
    }
    assert_eq!(report.directory.services[0].contacts[0].href, "tel:112");
}

#[test]
fn the_compact_copy_the_widget_carries_is_the_shipped_file_without_its_indentation() {
    let compact = embedded_json();
    assert_eq!(json::parse(&compact), json::parse(EMBEDDED_JSON));
    assert!(compact.len() < EMBEDDED_JSON.len() && !compact.contains("\n"));
    assert!(parse_directory(&compact).problems.is_empty());
}

#[test]
fn every_shipped_phone_link_dials_digits_only() {
    let services = parse_directory(EMBEDDED_JSON).directory.services;
    let phones: Vec<&str> =
        services.iter().flat_map(|s| &s.contacts).filter_map(|c| c.href.strip_prefix("tel:")).collect();
    assert!(phones.len() >= 6, "{phones:?}");
    for number in phones {
        let digits = number.strip_prefix('+').unwrap_or(number);
        assert!(!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()), "tel:{number}");
    }
}

#[test]
fn a_shipped_service_made_wrong_is_refused_naming_the_field() {
    let source = EMBEDDED_JSON.find("      \"source\": {").unwrap();
    let source_end = source + EMBEDDED_JSON[source..].find("      },\n").unwrap() + "      },\n".len();
    let without_source = format!("{}{}", &EMBEDDED_JSON[..source], &EMBEDDED_JSON[source_end..]);
    let report = parse_directory(&without_source);
    assert_eq!(report.directory.services.len(), shipped_count("id") - 1);
    assert!(
        report.problems.iter().any(|p| p.id.as_deref() == Some("emergency-112") && p.field.to_string() == "source"),
        "{:?}",
        report.problems
    );

    let lettered = EMBEDDED_JSON.replacen(r#""value": "112""#, r#""value": "11a2""#, 1);
    let report = parse_directory(&lettered);
    assert!(report.problems.iter().any(|p| p.field.to_string() == "contacts[0].value"), "{:?}", report.problems);
    assert!(report.directory.services.iter().flat_map(|s| &s.contacts).all(|c| !c.href.contains('a')));
}

#[test]
fn a_valid_service_is_read_whole_and_unknown_fields_only_warn() {
    let report =
        parse_directory(&file(&[service(r#","free":true,"hours":{"en":"24/7"},"languages":["kk","ru"],"rating":5"#)]));
    assert_eq!(report.directory.services.len(), 1);
    let s = &report.directory.services[0];
    assert_eq!((s.free, s.is_24_7(), s.languages.len()), (Some(true), true, 2));
    assert_eq!(s.accessible, None, "unknown facts stay unknown");
    assert!(!report.has_errors());
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    assert!(report.problems.iter().any(|p| p.field.to_string() == "rating"));
    assert!(report.problems.iter().any(|p| p.field.to_string() == "hours" && p.message.contains("kk readers see en")));
}

#[test]
fn markup_in_text_stays_text() {
    let report =
        parse_directory(&file(&[service("").replace(r#""en":"E""#, r#""en":"<img src=x onerror=alert(1)>evil""#)]));
    let name = &report.directory.services[0].name;
    assert_eq!(name.get(Lang::En), "<img src=x onerror=alert(1)>evil");
}

#[test]
fn invisible_characters_are_refused_in_every_shown_text_naming_the_field_and_code_point() {
    let note = service(r#","notes":{"en":"Call \u200F+7 705 151 0000 now","ru":"Звоните"}"#);
    let report = parse_directory(&file(&[note]));
    let notes = report.directory.services[0].notes.as_ref().unwrap();
    assert_eq!(
        (notes.en.as_deref(), notes.ru.as_deref()),
        (None, Some("Звоните")),
        "the marked translation is dropped, not stripped"
    );
    let message =
        report.problems.iter().find(|p| p.field.to_string() == "notes.en").expect("notes.en refused").to_string();
    assert!(message.contains("U+200F (RIGHT-TO-LEFT MARK)") && message.contains("remove it"), "{message}");
    assert_eq!(message.matches('\u{200F}').count(), 0, "the message does not carry the mark itself");

    for (mark, code) in [
        ('\u{200E}', "U+200E"),
        ('\u{61C}', "U+061C"),
        ('\u{202E}', "U+202E"),
        ('\u{2067}', "U+2067"),
        ('\u{200B}', "U+200B"),
        ('\u{2060}', "U+2060"),
        ('\u{FEFF}', "U+FEFF"),
    ] {
        let named = service("").replace(r#""kk":"Қ","ru":"Р","en":"E""#, &format!(r#""en":"Help{mark}line""#));
        let report = parse_directory(&file(&[named]));
        assert!(report.directory.services.is_empty(), "{code}: a name with it is not shown");
        assert!(
            report.problems.iter().any(|p| p.field.to_string() == "name.en" && p.message.contains(code)),
            "{code}: {:?}",
            report.problems
        );
    }

    let contacts = r#"[{"type":"email","value":"help@\u202Eorg.evil"},{"type":"web","value":"https://example.org/\u200Fhelp"},
                       {"type":"voice","value":"112","label":{"en":"Police\u2066"}},{"type":"voice","value":"\u200E102"}]"#;
    let report = parse_directory(&file(&[service("").replace(r#"[{"type":"voice","value":"111"}]"#, contacts)]));
    let s = &report.directory.services[0];
    assert_eq!(s.contacts.iter().map(|c| c.href.as_str()).collect::<Vec<_>>(), ["tel:112"]);
    assert_eq!(s.contacts[0].label, None);
    let fields: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.message.contains("invisible character"))
        .map(|p| p.field.to_string())
        .collect();
    assert_eq!(fields, ["contacts[0].value", "contacts[1].value", "contacts[2].label.en", "contacts[3].value"]);

    let source = service("").replace(r#""title":"Source""#, r#""title":"Source\u202E""#);
    assert!(parse_directory(&file(&[source]))
        .problems
        .iter()
        .any(|p| p.field.to_string() == "source.title" && p.message.contains("U+202E")));
}

#[test]
fn a_label_never_shows_a_number_other_than_the_one_dialled() {
    let contacts = r#"[{"type":"voice","value":"112","label":{"en":"or call +7 705 151 0000"}},
                       {"type":"voice","value":"+7 (705) 151-00-00","label":{"en":"Line +7 705 151 00 00","ru":"24/7"}},
                       {"type":"web","value":"https://example.org/","label":{"en":"Hotline 150"}},
                       {"type":"sms","value":"1414","label":{"en":"Text 1414"}}]"#;
    let report = parse_directory(&file(&[service("").replace(r#"[{"type":"voice","value":"111"}]"#, contacts)]));
    let labels: Vec<bool> = report.directory.services[0].contacts.iter().map(|c| c.label.is_some()).collect();
    assert_eq!(labels, [false, true, false, true]);
    let messages: Vec<String> =
        report.problems.iter().filter(|p| p.severity == Severity::Error).map(ToString::to_string).collect();
    assert_eq!(messages.len(), 2, "{messages:#?}");
    assert!(
        messages[0].contains("`contacts[0].label`")
            && messages[0].contains("shows the number 77051510000, but the link dials 112"),
        "{}",
        messages[0]
    );
    assert!(messages[1].contains("the link dials no number"), "{}", messages[1]);
}

#[test]
fn many_unknown_fields_give_a_few_warnings_and_a_count() {
    let extra: String = (0..85_000).map(|i| format!(r#","x{i}":0"#)).collect();
    let report = parse_directory(&file(&[service(&extra)]));
    assert_eq!(report.directory.services.len(), 1);
    assert_eq!(
        report.problems.len(),
        format::MAX_UNKNOWN_FIELDS_NAMED + 1,
        "{:?}",
        &report.problems[..8.min(report.problems.len())]
    );
    assert_eq!(report.problems[0].field.to_string(), "x0");
    let last = report.problems.last().unwrap().to_string();
    assert!(
        last.contains("field `x5`: is not a field of the format, nor are 84994 more after it; all ignored"),
        "{last}"
    );
}

#[test]
fn the_console_summary_shows_the_first_problems_and_counts_them_all() {
    let broken: Vec<String> =
        (0..30).map(|i| service("").replace("s-1", &format!("s-{i}")).replace("2026-11-24\"}", "soon\"}")).collect();
    let report = parse_directory(&file(&broken));
    assert_eq!(report.problems.len(), 31);
    let lines = report.summary(10);
    assert_eq!(lines.len(), 11);
    assert_eq!(lines[0], report.problems[0].to_string());
    assert_eq!(
        lines[10],
        "… and 21 more; 31 in all (31 errors, 0 warnings): check the file with check-data to see every one"
    );
    assert_eq!(parse_directory(&file(&[service("")])).summary(10), Vec::<String>::new());
}

#[test]
fn member_names_are_printed_escaped() {
    let report = parse_directory(&file(&[service(r#","\u001b[2J\u001b[Hvalid\\":1"#)]));
    let line = report.problems[0].to_string();
    assert!(!line.chars().any(char::is_control), "{line:?}");
    assert!(line.contains(r"field `\u{1B}[2J\u{1B}[Hvalid\u{5C}`"), "{line}");
}

#[test]
fn reading_in_slices_gives_the_report_reading_at_once_gives() {
    let services: Vec<String> = (0..40).map(|i| service(r#","rating":1"#).replace("s-1", &format!("s-{i}"))).collect();
    let text = file(&services);
    for budget in [1, 100, 5000] {
        let mut reader = DirectoryReader::new(&text);
        let mut steps = 1;
        let report = loop {
            match reader.step(budget) {
                Some(report) => break report,
                None => steps += 1,
            }
        };
        assert_eq!(report, parse_directory(&text), "budget {budget}");
        assert!(steps > text.len() / budget.max(1000) / 2, "budget {budget}: {steps} steps");
    }
}

#[test]
fn dangerous_contact_values_are_dropped_with_the_service_id_and_field() {
    let contacts = r#"[{"type":"web","value":"javascript:alert(1)"},{"type":"voice","value":"call me"},
                       {"type":"fax","value":"123"},{"type":"voice","value":7},{"type":"voice","value":"150"}]"#;
    let text = file(&[service("").replace(r#"[{"type":"voice","value":"111"}]"#, contacts)]);
    let report = parse_directory(&text);
    let s = &report.directory.services[0];
    assert_eq!(s.contacts.iter().map(|c| c.href.as_str()).collect::<Vec<_>>(), ["tel:150"]);
    let messages: Vec<String> = report.problems.iter().map(ToString::to_string).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(
        messages[0].starts_with("error: service \"s-1\", field `contacts[0].value`: \"javascript:alert(1)\""),
        "{}",
        messages[0]
    );
    assert!(messages[2].contains("contacts[2].type") && messages[2].contains("\"fax\""));
    assert!(messages[3].contains("contacts[3].value") && messages[3].contains("must be a string"));
}

#[test]
fn services_missing_what_must_be_shown_are_dropped() {
    let no_source = service("").replace(r#""source":{"url":"https://source.example/page","title":"Source"},"#, "");
    let http_source = service("").replace("https://source.example", "http://source.example");
    let bad_date = service("").replace("2026-11-24", "2026-13-01");
    let wrong_types = r#"{"id":42,"name":"plain","kind":"spa","contacts":{}}"#.to_string();
    let good = service("").replace("s-1", "s-2");
    let report = parse_directory(&file(&[no_source, http_source, bad_date, wrong_types, good, "[]".into()]));
    assert_eq!(report.directory.services.len(), 1);
    assert_eq!(report.directory.services[0].id, "s-2");
    assert!(report.has_errors());
    let fields: Vec<String> = report.problems.iter().map(|p| p.field.to_string()).collect();
    for field in ["source", "source.url", "verified", "id", "name", "kind", "contacts"] {
        assert!(fields.iter().any(|f| f == field), "no problem reported for {field}: {fields:?}");
    }
}

#[test]
fn repeated_ids_keep_the_first() {
    let report = parse_directory(&file(&[service(""), service("")]));
    assert_eq!(report.directory.services.len(), 1);
    assert!(report.problems.iter().any(|p| p.field.to_string() == "id" && p.message.contains("repeats")));
}

#[test]
fn broken_files_say_why_and_yield_nothing() {
    for (text, expected) in [
        ("", "not valid JSON"),
        ("[]", "must hold an object"),
        (r#"{"schema":"other/v9","services":[]}"#, "must be \"safe-exit/directory/v1\""),
        (r#"{"schema":"safe-exit/directory/v1","services":"none"}"#, "must be an array"),
        (r#"{"schema":"safe-exit/directory/v1","services":[]}"#, "no valid service"),
    ] {
        let report = parse_directory(text);
        assert!(report.directory.services.is_empty());
        assert!(report.problems.iter().any(|p| p.message.contains(expected)), "{text}: {:?}", report.problems);
    }
}

#[test]
fn very_large_files_are_refused_before_parsing_and_long_lists_are_cut() {
    let huge = format!("{{\"schema\":\"safe-exit/directory/v1\",\"pad\":\"{}\"}}", "x".repeat(format::MAX_FILE_BYTES));
    let report = parse_directory(&huge);
    assert!(report.problems[0].message.contains("at most 1048576"));

    let many: Vec<String> =
        (0..format::MAX_SERVICES + 20).map(|i| service("").replace("s-1", &format!("s-{i}"))).collect();
    let report = parse_directory(&file(&many));
    assert_eq!(report.directory.services.len(), format::MAX_SERVICES);
    assert!(report.problems.iter().any(|p| p.message.contains("only the first 500")));

    let long_name = service("").replace(r#""en":"E""#, &format!(r#""en":"{}""#, "n".repeat(10_000)));
    let report = parse_directory(&file(&[long_name]));
    assert_eq!(report.directory.services[0].name.get(Lang::En).chars().count(), format::MAX_TEXT_CHARS + 1);
}

#[test]
fn missing_translations_fall_back_kk_ru_en() {
    let only_en = service("").replace(r#""kk":"Қ","ru":"Р","#, "");
    let report = parse_directory(&file(&[only_en]));
    let name = &report.directory.services[0].name;
    assert_eq!((name.get(Lang::Kk), name.shown_lang(Lang::Kk)), ("E", Lang::En));
    let only_ru = service("").replace(r#""kk":"Қ","#, "").replace(r#","en":"E""#, "");
    let name = &parse_directory(&file(&[only_ru])).directory.services[0].name;
    assert_eq!((name.get(Lang::Kk), name.get(Lang::En)), ("Р", "Р"));
}

#[test]
fn region_without_area_is_shown_nationwide_with_a_warning() {
    let report = parse_directory(&file(&[service(r#","region":"almaty""#)]));
    assert!(report.directory.services[0].is_nationwide());
    assert!(report.problems.iter().any(|p| p.field.to_string() == "region" && p.severity == Severity::Warning));
}

#[test]
fn a_service_without_contacts_is_kept_when_reached_through_a_line_with_contacts() {
    let line = service("");
    let centre = r#"{"id":"centre","name":{"en":"Centre"},"kind":"crisis_centre","reach_through":["s-1","nowhere",7],
        "source":{"url":"https://source.example/centre","title":"Source"},"verified":"2026-12-02"}"#;
    let orphan = r#"{"id":"orphan","name":{"en":"Orphan"},"kind":"crisis_centre","reach_through":["centre"],
        "source":{"url":"https://source.example/orphan","title":"Source"},"verified":"2026-12-02"}"#;
    let report = parse_directory(&file(&[line, centre.into(), orphan.into()]));
    let ids: Vec<&str> = report.directory.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s-1", "centre"], "a service reached only through another referral-only one has nothing to call");
    assert_eq!(report.directory.services[1].reach_through, ["s-1"]);
    let fields: Vec<(&str, String)> =
        report.problems.iter().map(|p| (p.id.as_deref().unwrap_or(""), p.field.to_string())).collect();
    let has = |service: &str, field: &str| fields.iter().any(|(s, f)| *s == service && f == field);
    assert!(has("centre", "reach_through"), "{fields:?}");
    assert!(has("centre", "reach_through[1]"), "{fields:?}");
    assert!(has("orphan", "reach_through[0]"), "{fields:?}");
    assert!(has("orphan", "reach_through"), "{fields:?}");
}

#[test]
fn what_is_left_unused_is_freed_in_slices_too() {
    // Services past the limit, deeply nested: freeing them is spread over many steps.
    let deep = format!(r#"{{"deep":{}0{}}}"#, "[".repeat(29), "]".repeat(29));
    let many: Vec<String> = (0..3000).map(|_| deep.clone()).collect();
    let text = file(&many);
    let mut reader = DirectoryReader::new(&text);
    let mut steps = 0;
    let report = loop {
        steps += 1;
        if let Some(report) = reader.step(4096) {
            break report;
        }
    };
    assert_eq!(report, parse_directory(&text));
    assert!(report.problems.iter().any(|p| p.message.contains("only the first 500")));
    let reading_steps = text.len() / 4096;
    assert!(steps > reading_steps + 3000 * 30 * 8 / 4096 / 2, "{steps} steps: the unused services were freed at once");
}

#[test]
fn a_source_carries_its_own_date_and_a_bad_one_is_shown_as_undated() {
    let dated = |date: &str| service(&format!(r#","source":{{"url":"https://s.example","title":"S","date":{date}}}"#));
    for (date, read) in
        [(r#""2021-09-08""#, Some("2021-09-08")), (r#""2024-03""#, Some("2024-03")), (r#""2012""#, Some("2012"))]
    {
        let report = parse_directory(&file(&[dated(date)]));
        assert!(report.problems.is_empty(), "{date}: {:?}", report.problems);
        assert_eq!(report.directory.services[0].source.date.as_deref(), read);
    }
    let report = parse_directory(&file(&[dated(r#""08.09.2021""#)]));
    assert_eq!(report.directory.services.len(), 1, "a bad source date drops nothing");
    assert_eq!(report.directory.services[0].source.date, None);
    assert_eq!(
        report.problems[0].to_string(),
        "warning: service \"s-1\", field `source.date`: must be the page's own date, YYYY-MM-DD, YYYY-MM or YYYY; found \"08.09.2021\"; shown as undated"
    );
    // A file from before source dates loads as it did, its sources undated.
    let old = parse_directory(&file(&[service("")]));
    assert!(old.problems.is_empty() && old.directory.services[0].source.date.is_none());
}

#[test]
fn the_file_marks_its_draft_languages_and_the_shipped_data_is_a_draft_in_kk_and_ru() {
    let with = |reviewed: &str| {
        format!(
            r#"{{"schema":"safe-exit/directory/v1","updated":"2026-11-24","reviewed":{reviewed},"services":[{}]}}"#,
            service("")
        )
    };
    let report = parse_directory(&with(r#"{"kk":false,"ru":true}"#));
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert!(
        report.directory.is_draft(Lang::Kk)
            && !report.directory.is_draft(Lang::Ru)
            && !report.directory.is_draft(Lang::En)
    );
    let report = parse_directory(&with(r#"{"kk":"no","de":false}"#));
    assert_eq!(report.directory.drafts, []);
    assert_eq!(
        report.problems[0].to_string(),
        "warning: field `reviewed`: must map kk, ru or en to true or false; other entries ignored"
    );
    assert!(!parse_directory(&file(&[service("")])).directory.is_draft(Lang::Kk), "no claim, no notice");
    let shipped = embedded();
    assert!(shipped.is_draft(Lang::Kk) && shipped.is_draft(Lang::Ru) && !shipped.is_draft(Lang::En));
}

#[test]
fn the_docs_list_the_areas_the_data_has() {
    // docs/embedding.md, on the `region` attribute: "… has these ten (…): `almaty` (Almaty), …".
    let docs = include_str!("../../docs/embedding.md");
    let start = docs.find("embedded directory has these").expect("the docs list the areas");
    let list = &docs[start..start + docs[start..].find("A well-formed code").expect("the list ends")];
    let listed: Vec<&str> = list.split('`').skip(1).step_by(2).filter(|code| *code != "region").collect();
    let directory = embedded();
    let codes: Vec<&str> = filter::areas(&directory).into_iter().map(|(code, _)| code).collect();
    assert_eq!(listed, codes);
}
