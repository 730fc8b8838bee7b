//! Independent oracles: what the parsers' output may look like, written without `safe_url`.

use super::*;

/// Characters that must never reach an href: they could end an attribute, open markup, or
/// be dropped by the browser's URL parser so that the link means something else.
pub(crate) fn has_unsafe_char(url: &str) -> bool {
    url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\'))
}

/// The lowercase scheme and the authority of `scheme://authority/...`, as a browser reads it.
pub(crate) fn scheme_and_authority(url: &str) -> Option<(String, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    let rest = rest.strip_prefix("//")?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    Some((scheme.to_ascii_lowercase(), authority))
}

/// The host of an authority whose port, if any, is a number; `None` when the authority is
/// one a browser cannot parse (`localhost:abc`, `[::1]x`), since an exit to it would throw.
pub(crate) fn host(authority: &str) -> Option<&str> {
    let (host, port) = if authority.starts_with('[') {
        authority.split_at(authority.find(']')? + 1)
    } else {
        authority.split_at(authority.find(':').unwrap_or(authority.len()))
    };
    let port_ok = port.is_empty() || port.strip_prefix(':').is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
    let brackets_ok = host.starts_with('[') || !host.contains(['[', ']']);
    (port_ok && brackets_ok && !host.is_empty()).then_some(host)
}

/// An https URL with a host and no credentials, or (when `loopback_http`) plain http to this
/// machine and nowhere else.
pub(crate) fn is_allowed_url(url: &str, loopback_http: bool) -> bool {
    let Some((scheme, authority)) = scheme_and_authority(url) else { return false };
    let Some(host) = host(authority) else { return false };
    if has_unsafe_char(url) || authority.contains('@') {
        return false;
    }
    match scheme.as_str() {
        "https" => true,
        "http" => loopback_http && matches!(host.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "[::1]"),
        _ => false,
    }
}

/// Where a relative `src` ends up: it must stay on the page's own origin.
pub(crate) fn is_same_origin_path(src: &str) -> bool {
    let starts_with_two_slashes = src.chars().take(2).filter(|&c| c == '/' || c == '\\').count() == 2;
    let has_scheme = src.find(':').is_some_and(|colon| src.find(['/', '?', '#']).is_none_or(|cut| colon < cut));
    // Quotes are harmless in a path that is only fetched; a backslash is not, since browsers
    // read it as a slash, and `/\\host` would be another origin.
    let breaks_out = src.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    !src.is_empty() && !starts_with_two_slashes && !has_scheme && !breaks_out
}

/// What a contact link of each type may look like, and nothing more.
pub(crate) fn is_allowed_href(kind: ContactType, href: &str) -> bool {
    fn all(s: &str, len: std::ops::RangeInclusive<usize>, ok: impl Fn(u8) -> bool) -> bool {
        len.contains(&s.len()) && s.bytes().all(ok)
    }
    let digits = |s: &str, min| all(s.strip_prefix('+').unwrap_or(s), min..=15, |b| b.is_ascii_digit());
    match kind {
        ContactType::Voice => href.strip_prefix("tel:").is_some_and(|n| digits(n, 2)),
        ContactType::Sms => href.strip_prefix("sms:").is_some_and(|n| digits(n, 2)),
        ContactType::WhatsApp => {
            href.strip_prefix("https://wa.me/").is_some_and(|n| all(n, 7..=15, |b| b.is_ascii_digit()))
        }
        ContactType::Telegram => href
            .strip_prefix("https://t.me/")
            .is_some_and(|u| all(u, 5..=32, |b| b.is_ascii_alphanumeric() || b == b'_')),
        ContactType::Email => href.strip_prefix("mailto:").is_some_and(|a| {
            a.matches('@').count() == 1 && !has_unsafe_char(a) && !a.contains([':', '/', '?', '#', '&', '%', ',', ';'])
        }),
        ContactType::Web => is_allowed_url(href, false),
    }
}

pub(crate) fn texts_of(text: &Text) -> impl Iterator<Item = &String> {
    [&text.kk, &text.ru, &text.en].into_iter().flatten()
}

/// A text as the widget may show it: present, bounded, trimmed, and with nothing that could
/// disguise it (controls, bidirectional overrides and isolates).
pub(crate) fn check_shown_text(what: &str, text: &str) -> Result<(), TestCaseError> {
    prop_assert!(!text.is_empty(), "{what} is empty");
    prop_assert!(text.chars().count() <= MAX_TEXT_CHARS + 1, "{what} has {} characters", text.chars().count());
    prop_assert_eq!(text.trim(), text, "{} is not trimmed", what);
    prop_assert!(
        !text.chars().any(|c| c.is_control() || matches!(c as u32, 0x202A..=0x202E | 0x2066..=0x2069)),
        "{what} keeps a disguising character: {text:?}"
    );
    Ok(())
}

pub(crate) fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Every invariant of a directory read from untrusted text.
/// Reading `text` a slice of `budget` at a time gives the same value, or the same report,
/// as reading it at once.
pub(crate) fn check_slices(text: &str, budget: usize) -> Result<(), TestCaseError> {
    let mut parser = safe_exit::tools::json::Parser::new(text);
    let value = loop {
        if let Some(result) = parser.step(budget) {
            break result;
        }
    };
    prop_assert_eq!(value, safe_exit::tools::json::parse(text));
    let mut reader = safe_exit::directory::DirectoryReader::new(text);
    let report = loop {
        if let Some(report) = reader.step(budget) {
            break report;
        }
    };
    prop_assert_eq!(report, parse_directory(text));
    Ok(())
}

pub(crate) fn check_report(report: &Report) -> Result<(), TestCaseError> {
    let services = &report.directory.services;
    prop_assert!(services.len() <= MAX_SERVICES);
    if services.is_empty() {
        prop_assert!(report.has_errors(), "an empty directory must be reported as an error");
    }
    for problem in &report.problems {
        let _ = problem.to_string();
    }
    let mut ids = std::collections::HashSet::new();
    for service in services {
        prop_assert!(ids.insert(service.id.as_str()), "id {:?} repeated", service.id);
        prop_assert!(
            (1..=64).contains(&service.id.len())
                && service.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "id {:?}",
            service.id
        );
        prop_assert!((1..=MAX_CONTACTS).contains(&service.contacts.len()), "{} contacts", service.contacts.len());
        for contact in &service.contacts {
            prop_assert!(is_allowed_href(contact.kind, &contact.href), "{:?} href {:?}", contact.kind, contact.href);
            check_shown_text("a contact value", &contact.value)?;
            for label in contact.label.iter().flat_map(texts_of) {
                check_shown_text("a contact label", label)?;
            }
        }
        prop_assert!(is_allowed_url(&service.source.url, false), "source url {:?}", service.source.url);
        check_shown_text("a source title", &service.source.title)?;
        prop_assert!(is_date(&service.verified), "verified {:?}", service.verified);
        prop_assert!(texts_of(&service.name).next().is_some(), "a service without a name");
        for text in [&Some(service.name.clone()), &service.area, &service.hours, &service.notes]
            .into_iter()
            .flatten()
            .flat_map(texts_of)
        {
            check_shown_text("a service text", text)?;
        }
        prop_assert_eq!(service.region.is_some(), service.area.is_some(), "region and area go together");
        if let Some(region) = &service.region {
            prop_assert!(
                (1..=32).contains(&region.len())
                    && region.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
    }
    if let Some(updated) = &report.directory.updated {
        prop_assert!(is_date(updated));
    }
    Ok(())
}
