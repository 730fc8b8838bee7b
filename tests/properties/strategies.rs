//! Strategies: arbitrary strings mixed with near misses of valid values and known attacks.

use super::*;

/// Known attacks and near misses, as whole values or as pieces of one.
pub(crate) const HOSTILE: &[&str] = &[
    "",
    " ",
    "\t",
    "\n",
    "\u{0}",
    "\u{7f}",
    "\u{a0}",
    "\u{3000}",
    "\u{feff}",
    "\u{202e}",
    "\u{2066}",
    "\u{200b}",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "jav&#x61;script:x",
    "vbscript:x",
    "data:text/html,<script>alert(1)</script>",
    "data:application/json,{}",
    "blob:https://a.example/x",
    "file:///etc/passwd",
    "ftp://x.example",
    "intent://x#Intent;end",
    "tel:112",
    "sms:112",
    "mailto:a@b.example",
    "https://",
    "https:",
    "https:evil.example",
    "https:/evil.example",
    "https:///evil.example",
    "//evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "https://user:pw@evil.example",
    "https://a.example@evil.example",
    "http://127.0.0.1.evil.example/",
    "http://localhost.evil.example",
    "http://[::1].evil.example",
    "http://[::1]x",
    "http://localhost:abc",
    "http://127.0.0.1@evil.example",
    "http://evil.example#@127.0.0.1",
    "http://0x7f.1",
    "https://evil.example/\"><img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "\"'`<>",
    "%00",
    "%0a",
    "+",
    "++7",
    "+7 (705) 151-00-00",
    "112",
    "1\u{202e}12",
    "11２",
    "@help_line",
    "a@b@c.example",
    "a@b.example?cc=x",
    "https://wa.me/77051510000",
    "http://127.0.0.1:8080/x",
    "http://localhost/",
    "http://[::1]:9/",
    "HTTPS://EXAMPLE.ORG",
    "https://xn--80ak6aa92e.com/a?b#c",
    "https://ex_ample.org",
    "https://ex ample.org",
    "😀",
    "Қазақша",
    "\u{d7ff}",
    "kk",
    "ru",
    "en",
    "KK",
    "shift3",
    "escape2",
    "none",
    "top",
    "bottom",
    "inline",
    "auto",
    "session",
    "all",
    "true",
    "false",
    "stealth",
    "new-tab",
    "almaty",
    "astana-city",
    "/contacts.json",
    "data/kz.json",
    "../c.json?v=2",
];

pub(crate) fn hostile_piece() -> impl Strategy<Value = String> {
    prop_oneof![select(HOSTILE).prop_map(String::from), any::<String>(), "[ -~]{0,12}"]
}

/// Arbitrary strings, hostile values, and hostile pieces glued together.
pub(crate) fn hostile_string() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => select(HOSTILE).prop_map(String::from),
        3 => any::<String>(),
        3 => vec(hostile_piece(), 1..4).prop_map(|pieces| pieces.concat()),
        1 => (select(&["x", "Қ", "😀", " ", "\u{202e}"][..]), 490usize..520).prop_map(|(s, n)| s.repeat(n)),
        1 => (0usize..3).prop_map(|n| "https://a.example/".to_string() + &"x".repeat(MAX_URL_LEN - 20 + n)),
    ]
}

/// URL-shaped strings: every part drawn from good values and attacks on that part.
pub(crate) fn url_like() -> impl Strategy<Value = String> {
    let scheme = select(&["https", "http", "HTTPS", "HtTp", "javascript", "data", "ftp", "", "https ", "tel"][..]);
    let separator = select(&["://", ":", ":/", "//", ":///", "://\t", ":\\\\"][..]);
    let userinfo = select(&["", "", "", "user@", "user:pw@", "@", "a.example@"][..]);
    let host = select(
        &[
            "www.bbc.com",
            "a.example",
            "127.0.0.1",
            "localhost",
            "LOCALHOST",
            "[::1]",
            "[::1]x",
            "127.0.0.1.evil.example",
            "localhost.evil.example",
            "evil.example",
            "",
            "ex_ample.org",
            "xn--80ak6aa92e.com",
            "Қазақ.kz",
            "0",
            "[::2]",
            "a.example..org",
            "a-label-longer-than-sixty-three-characters-is-no-dns-name-at-all.example",
        ][..],
    );
    let port = select(&["", "", ":8080", ":", ":abc", ":443@evil.example", ":0"][..]);
    let path = prop_oneof![
        select(&["", "/", "/weather", "/a?b#c", "?x", "#y", "/\"><b>", "/ x", "/%0a"][..]).prop_map(String::from),
        "(/[A-Za-z0-9._~-]{0,8}){0,3}"
    ];
    prop_oneof![
        3 => (scheme, separator, userinfo, host, port, path).prop_map(|(s, sep, u, h, p, path)| format!("{s}{sep}{u}{h}{p}{path}")),
        1 => loopback_like(),
    ]
}

/// Plain http to this machine, and look-alikes of it: the only http the widget may accept.
pub(crate) fn loopback_like() -> impl Strategy<Value = String> {
    let scheme = select(&["http", "HTTP", "https"][..]);
    let host = select(&["127.0.0.1", "localhost", "LocalHost", "[::1]", "[::1", "127.0.0.2", "[::ffff:127.0.0.1]"][..]);
    let suffix = select(&["", "", "", ".evil.example", "x", "]", ".", "%2e"][..]);
    let port = select(&["", "", ":8080", ":", ":abc", ":80:80", ":99999"][..]);
    let path = select(&["", "/", "/x?y#z", "@evil.example/"][..]);
    (scheme, host, suffix, port, path).prop_map(|(s, h, x, p, path)| format!("{s}://{h}{x}{p}{path}"))
}

/// A value for any attribute: valid values of every attribute, near misses, URLs and attacks.
pub(crate) fn attribute_value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => hostile_string(),
        3 => url_like(),
        2 => vec(url_like(), 0..13).prop_map(|urls| urls.join(" ")),
        1 => (select(&[" ", "\t", "\n", "\u{a0}", "\u{3000}", ""][..]), select(HOSTILE)).prop_map(|(pad, v)| format!("{pad}{v}{pad}")),
    ]
}

pub(crate) fn attributes() -> impl Strategy<Value = HashMap<&'static str, String>> {
    vec(proptest::option::of(attribute_value()), safe_exit::config::ATTRIBUTES.len()).prop_map(|values| {
        safe_exit::config::ATTRIBUTES.iter().zip(values).filter_map(|(&name, value)| Some((name, value?))).collect()
    })
}

/// A JSON value as the test builds it; `Raw` is written as is, to reach the reader's corners
/// (escapes, surrogates, odd numbers) that a serializer would never produce.
#[derive(Clone, Debug)]
pub(crate) enum J {
    Null,
    Bool(bool),
    Raw(String),
    Str(String),
    Arr(Vec<J>),
    Obj(Vec<(String, J)>),
}

impl J {
    pub(crate) fn obj(members: Vec<(&str, Option<J>)>) -> J {
        J::Obj(members.into_iter().filter_map(|(k, v)| Some((k.to_string(), v?))).collect())
    }

    pub(crate) fn write(&self, out: &mut String) {
        match self {
            J::Null => out.push_str("null"),
            J::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            J::Raw(raw) => out.push_str(raw),
            J::Str(s) => write_string(s, out),
            J::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            J::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

pub(crate) fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

pub(crate) const RAW: &[&str] = &[
    "0",
    "-0",
    "1e999999",
    "-1.5E-7",
    "12345678901234567890123456789",
    "\"\\ud83d\\ude00\"",
    "\"\\ud800\"",
    "\"\\ud800\\u0041\"",
    "\"\\udfff\"",
    "\"\\u0000\"",
    "\"\\u202e\"",
    "\"\\u+041\"",
    "\"\\/\"",
    "[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]",
    "{}",
    "[]",
];

pub(crate) fn any_json() -> impl Strategy<Value = J> {
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        select(RAW).prop_map(|r| J::Raw(r.to_string())),
        hostile_string().prop_map(J::Str),
    ];
    leaf.prop_recursive(4, 24, 6, |inner| {
        prop_oneof![vec(inner.clone(), 0..6).prop_map(J::Arr), vec((hostile_string(), inner), 0..6).prop_map(J::Obj),]
    })
}

/// Mostly `good`, sometimes absent, sometimes anything at all.
pub(crate) fn field(good: impl Strategy<Value = J>) -> impl Strategy<Value = Option<J>> {
    prop_oneof![6 => good.prop_map(Some), 1 => Just(None), 1 => any_json().prop_map(Some)]
}

pub(crate) fn text_value() -> impl Strategy<Value = J> {
    let slot =
        || proptest::option::of(prop_oneof![3 => "[A-Za-zҚқӘә .,0-9]{1,30}", 2 => hostile_string()].prop_map(J::Str));
    (slot(), slot(), slot()).prop_map(|(kk, ru, en)| J::obj(vec![("kk", kk), ("ru", ru), ("en", en)]))
}

pub(crate) fn contact_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\+?[0-9 ().-]{0,24}",
        "[A-Za-z0-9._]{1,12}@[a-z0-9-]{1,10}\\.[a-z]{2,4}",
        "@?[A-Za-z0-9_]{3,34}",
        url_like(),
        hostile_string(),
    ]
}

pub(crate) fn contact() -> impl Strategy<Value = J> {
    let kind = select(&["voice", "sms", "whatsapp", "telegram", "email", "web", "VOICE", "fax", ""][..])
        .prop_map(|k| J::Str(k.into()));
    (field(kind), field(contact_value().prop_map(J::Str)), proptest::option::of(text_value()))
        .prop_map(|(kind, value, label)| J::obj(vec![("type", kind), ("value", value), ("label", label)]))
}

pub(crate) fn service() -> impl Strategy<Value = J> {
    let id = prop_oneof!["[a-z0-9-]{1,70}", hostile_string()].prop_map(J::Str);
    let kind = select(
        &["emergency", "police", "hotline", "crisis_centre", "shelter", "legal_aid", "online", "spa", "Hotline"][..],
    )
    .prop_map(|k| J::Str(k.into()));
    let contacts = vec(contact(), 0..(MAX_CONTACTS + 4)).prop_map(J::Arr);
    let region = prop_oneof!["[a-z0-9-]{0,40}", hostile_string()].prop_map(J::Str);
    let flag = prop_oneof![any::<bool>().prop_map(J::Bool), Just(J::Null)];
    let languages = vec(prop_oneof!["[a-z]{1,4}", hostile_string()].prop_map(J::Str), 0..4).prop_map(J::Arr);
    let source = (
        field(url_like().prop_map(J::Str)),
        field(prop_oneof!["[A-Za-z .:]{1,30}", hostile_string()].prop_map(J::Str)),
    )
        .prop_map(|(url, title)| J::obj(vec![("url", url), ("title", title)]));
    let date = prop_oneof!["[0-9]{4}-[01][0-9]-[0-3][0-9]", hostile_string()].prop_map(J::Str);
    let texts = (field(text_value()), field(text_value()), field(text_value()), field(text_value()));
    let facts = (field(flag.clone()), field(flag.clone()), field(flag.clone()), field(flag), field(languages));
    let extra = proptest::option::of((hostile_string(), any_json()));
    (field(id), field(kind), field(contacts), field(region), field(source), field(date), texts, facts, extra).prop_map(
        |(
            id,
            kind,
            contacts,
            region,
            source,
            verified,
            (name, area, hours, notes),
            (free, anr, online, accessible, languages),
            extra,
        )| {
            let mut service = J::obj(vec![
                ("id", id),
                ("name", name),
                ("kind", kind),
                ("area", area),
                ("region", region),
                ("contacts", contacts),
                ("hours", hours),
                ("free", free),
                ("languages", languages),
                ("accepts_new_residents", anr),
                ("online_consultations", online),
                ("accessible", accessible),
                ("notes", notes),
                ("source", source),
                ("verified", verified),
            ]);
            if let (J::Obj(members), Some((key, value))) = (&mut service, extra) {
                members.push((key, value));
            }
            service
        },
    )
}

pub(crate) fn directory_text() -> impl Strategy<Value = String> {
    let schema = prop_oneof![8 => Just(J::Str(SCHEMA.into())), 1 => any_json()];
    let updated = prop_oneof!["[0-9]{4}-[01][0-9]-[0-3][0-9]", hostile_string()].prop_map(J::Str);
    let services = prop_oneof![8 => vec(service(), 0..12).prop_map(J::Arr), 1 => any_json()];
    (
        field(schema),
        proptest::option::of(updated),
        field(services),
        proptest::option::of((hostile_string(), any_json())),
    )
        .prop_map(|(schema, updated, services, extra)| {
            let mut root = J::obj(vec![("schema", schema), ("updated", updated), ("services", services)]);
            if let (J::Obj(members), Some((key, value))) = (&mut root, extra) {
                members.push((key, value));
            }
            root.text()
        })
}

/// A service that must be kept whole.
pub(crate) fn valid_service(id: &str, phone: &str) -> J {
    let text = |s: &str| J::obj(vec![("en", Some(J::Str(s.into())))]);
    J::obj(vec![
        ("id", Some(J::Str(id.into()))),
        ("name", Some(text("Helpline"))),
        ("kind", Some(J::Str("hotline".into()))),
        (
            "contacts",
            Some(J::Arr(vec![J::obj(vec![
                ("type", Some(J::Str("voice".into()))),
                ("value", Some(J::Str(phone.into()))),
            ])])),
        ),
        (
            "source",
            Some(J::obj(vec![
                ("url", Some(J::Str("https://source.example/".into()))),
                ("title", Some(J::Str("Source".into()))),
            ])),
        ),
        ("verified", Some(J::Str("2026-11-24".into()))),
    ])
}

pub(crate) fn file_of(services: Vec<J>) -> String {
    J::obj(vec![("schema", Some(J::Str(SCHEMA.into()))), ("services", Some(J::Arr(services)))]).text()
}

pub(crate) const KINDS: [ContactType; 6] = [
    ContactType::Voice,
    ContactType::Sms,
    ContactType::WhatsApp,
    ContactType::Telegram,
    ContactType::Email,
    ContactType::Web,
];
