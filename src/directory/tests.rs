//! Reading whole files: the embedded data, and hostile or broken ones.

use super::*;
use crate::i18n::Lang;

fn service(extra: &str) -> String {
    format!(
        r#"{{"id":"s-1","name":{{"kk":"Қ","ru":"Р","en":"E"}},"kind":"hotline","contacts":[{{"type":"voice","value":"111"}}],
           "source":{{"url":"https://source.example/page","title":"Source"}},"verified":"2026-11-24"{extra}}}"#
    )
}

fn file(services: &[String]) -> String {
    format!(r#"{{"schema":"safe-exit/directory/v1","updated":"2026-11-24","services":[{}]}}"#, services.join(","))
}

#[test]
fn the_embedded_data_has_no_problems_and_every_service_names_its_source() {
    let report = parse_directory(EMBEDDED_JSON);
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert!(report.directory.services.len() >= 7);
    for service in &report.directory.services {
        assert!(service.source.url.starts_with("https://"), "{}", service.id);
        assert!(!service.verified.is_empty());
        assert!(!service.contacts.is_empty() || !service.reach_through.is_empty(), "{}", service.id);
        for lang in Lang::ALL {
            assert!(service.name.has(lang), "{} lacks a {} name", service.id, lang.code());
        }
    }
    let first = &report.directory.services[0];
    assert_eq!(first.contacts[0].href, "tel:112");
}

#[test]
fn a_valid_service_is_read_whole_and_unknown_fields_only_warn() {
    let report = parse_directory(&file(&[service(r#","free":true,"hours":{"en":"24/7"},"languages":["kk","ru"],"rating":5"#)]));
    assert_eq!(report.directory.services.len(), 1);
    let s = &report.directory.services[0];
    assert_eq!((s.free, s.is_24_7(), s.languages.len()), (Some(true), true, 2));
    assert_eq!(s.accessible, None, "unknown facts stay unknown");
    assert!(!report.has_errors());
    assert_eq!(report.problems.len(), 2, "{:?}", report.problems);
    assert!(report.problems.iter().any(|p| p.field == "rating"));
    assert!(report.problems.iter().any(|p| p.field == "hours" && p.message.contains("kk readers see en")));
}

#[test]
fn markup_in_text_stays_text_and_disguising_characters_are_removed() {
    let report = parse_directory(&file(&[service("").replace(r#""en":"E""#, r#""en":"<img src=x onerror=alert(1)>\u202eevil""#)]));
    let name = &report.directory.services[0].name;
    assert_eq!(name.get(Lang::En), "<img src=x onerror=alert(1)>evil");
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
    assert!(messages[0].starts_with("error: service \"s-1\", field `contacts[0].value`: \"javascript:alert(1)\""), "{}", messages[0]);
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
    let fields: Vec<&str> = report.problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["source", "source.url", "verified", "id", "name", "kind", "contacts"] {
        assert!(fields.contains(&field), "no problem reported for {field}: {fields:?}");
    }
}

#[test]
fn repeated_ids_keep_the_first() {
    let report = parse_directory(&file(&[service(""), service("")]));
    assert_eq!(report.directory.services.len(), 1);
    assert!(report.problems.iter().any(|p| p.field == "id" && p.message.contains("repeats")));
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
    let huge = format!("{{\"schema\":\"safe-exit/directory/v1\",\"pad\":\"{}\"}}", "x".repeat(validate::MAX_FILE_BYTES));
    let report = parse_directory(&huge);
    assert!(report.problems[0].message.contains("at most 1048576"));

    let many: Vec<String> = (0..validate::MAX_SERVICES + 20).map(|i| service("").replace("s-1", &format!("s-{i}"))).collect();
    let report = parse_directory(&file(&many));
    assert_eq!(report.directory.services.len(), validate::MAX_SERVICES);
    assert!(report.problems.iter().any(|p| p.message.contains("only the first 500")));

    let long_name = service("").replace(r#""en":"E""#, &format!(r#""en":"{}""#, "n".repeat(10_000)));
    let report = parse_directory(&file(&[long_name]));
    assert_eq!(report.directory.services[0].name.get(Lang::En).chars().count(), validate::MAX_TEXT_CHARS + 1);
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
    assert!(report.problems.iter().any(|p| p.field == "region" && p.severity == Severity::Warning));
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
    let fields: Vec<(&str, &str)> = report.problems.iter().map(|p| (p.service.as_deref().unwrap_or(""), p.field.as_str())).collect();
    assert!(fields.contains(&("\"centre\"", "reach_through")), "{fields:?}");
    assert!(fields.contains(&("\"centre\"", "reach_through[1]")), "{fields:?}");
    assert!(fields.contains(&("\"orphan\"", "reach_through[0]")), "{fields:?}");
    assert!(fields.contains(&("\"orphan\"", "reach_through")), "{fields:?}");
}
