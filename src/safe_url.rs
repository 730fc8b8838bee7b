//! Checks of absolute URLs from untrusted input (attributes, contacts JSON), without a URL
//! crate. Every URL accepted here is one the WHATWG URL parser (the browser's `new URL()` and
//! `location.replace`) accepts too: an exit to a URL the browser refuses throws, and would
//! leave the visitor on the page. Where the browser's rules are intricate (IDNA, IPv4 written
//! in hex or octal, percent-encoded hosts) the rule is stricter and says how to write the
//! address instead. It also makes sure a value can only ever mean an https address on a host,
//! with no credentials and nothing that could be read as markup or script.
//! tests/corpus/exit-urls.json holds the cases, with the code of each refusal; the loader's
//! JavaScript copy of this rule (static/exit-core.js `checkUrl`), the plugin's PHP copy
//! (wordpress/includes/exit-urls.php) and Chromium's parser are tested against it.
//!
//! Strings are cut with `get` and `split_at_checked`, never by indexing: an index that could
//! panic links core's "not a char boundary" message and, with it, `char`'s `Debug` and its
//! Unicode tables into the first stage (about 3 KiB raw).

/// Longest URL accepted anywhere.
pub const MAX_URL_LEN: usize = 2048;

/// Why a URL was refused. The other copies of the rule (static/exit-core.js `refusal`,
/// wordpress/includes/exit-urls.php) and tests/corpus/exit-urls.json name each by its `code`,
/// so that a reworded message changes no test and no translation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Refusal {
    /// Longer than `MAX_URL_LEN` bytes.
    TooLong,
    /// White space, a control character, a quote, an angle bracket, a backquote or a backslash.
    Characters,
    /// Not `https://` (nor `http://`).
    Scheme,
    /// A user name or password before the host.
    Credentials,
    /// Letters outside ASCII in the host and port.
    NonAscii,
    /// A `[…]` host that is no IPv6 address.
    Ipv6,
    /// A port that is not a number up to 65535.
    Port,
    /// No host at all.
    NoHost,
    /// An empty label: a dot at the start or end of the host, or two in a row.
    EmptyLabel,
    /// A host whose last label is a number, but which is no IPv4 address.
    Ipv4,
    /// A label longer than 63 characters.
    LongLabel,
    /// A label with other characters than letters, digits and inner hyphens.
    LabelCharacters,
    /// An `xn--` label that is not punycode of letters the rule knows.
    Punycode,
    /// Plain `http:` where only https is allowed.
    Http,
    /// Plain `http:` on a host other than a loopback one.
    HttpOffLoopback,
}

impl Refusal {
    /// Every refusal, in the order of the enum.
    pub const ALL: [Refusal; 15] = [
        Refusal::TooLong,
        Refusal::Characters,
        Refusal::Scheme,
        Refusal::Credentials,
        Refusal::NonAscii,
        Refusal::Ipv6,
        Refusal::Port,
        Refusal::NoHost,
        Refusal::EmptyLabel,
        Refusal::Ipv4,
        Refusal::LongLabel,
        Refusal::LabelCharacters,
        Refusal::Punycode,
        Refusal::Http,
        Refusal::HttpOffLoopback,
    ];

    /// The short code the corpus, the JavaScript and the PHP copies of the rule give it.
    pub const fn code(self) -> &'static str {
        match self {
            Refusal::TooLong => "long",
            Refusal::Characters => "chars",
            Refusal::Scheme => "scheme",
            Refusal::Credentials => "user",
            Refusal::NonAscii => "ascii",
            Refusal::Ipv6 => "ipv6",
            Refusal::Port => "port",
            Refusal::NoHost => "nohost",
            Refusal::EmptyLabel => "dots",
            Refusal::Ipv4 => "ipv4",
            Refusal::LongLabel => "label",
            Refusal::LabelCharacters => "letters",
            Refusal::Punycode => "xn",
            Refusal::Http => "http",
            Refusal::HttpOffLoopback => "loopback",
        }
    }

    /// Why, in words a partner can act on: what the URL does, after "a URL that".
    pub fn message(self) -> &'static str {
        MESSAGES[self as usize]
    }
}

/// Each refusal's message, in the order of the enum: a table takes fewer bytes in the first
/// stage than a `match` returning each.
const MESSAGES: [&str; 15] = [
    "is longer than 2048 characters",
    "contains spaces, quotes, angle brackets, backslashes or control characters",
    "is not an absolute https:// URL",
    "carries a user name or password",
    "has letters outside ASCII in its host name; write the domain in its xn-- form (punycode)",
    "has a malformed IPv6 address",
    "has a port that is not a number from 0 to 65535",
    "has no host name",
    "has an empty part in its host name (a dot at the start or end, or two in a row)",
    "has a host name that ends in a number but is not an IPv4 address (four numbers from 0 to 255, like 192.0.2.1)",
    "has a part of its host name longer than 63 characters",
    "has a host name with characters other than letters, digits, dots and inner hyphens",
    "has an xn-- part that is not the punycode of a Latin or Cyrillic (Kazakh, Russian) name",
    "uses plain http (only https is allowed)",
    "uses plain http (only https is allowed, and http only on 127.0.0.1 or localhost)",
];

/// Whether plain `http:` is allowed for loopback hosts, so tests can run on 127.0.0.1.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Loopback {
    /// `http://` is accepted on 127.0.0.1, `[::1]` and `localhost`.
    HttpAllowed,
    /// Only `https://`.
    HttpsOnly,
}

/// Accepts an absolute `https://host/...` URL without credentials (and `http://` on a loopback
/// host when `loopback` allows it); returns the URL without its surrounding ASCII whitespace.
pub fn check_absolute(url: &str, loopback: Loopback) -> Result<&str, Refusal> {
    let url = url.trim_ascii();
    if url.len() > MAX_URL_LEN {
        return Err(Refusal::TooLong);
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')) {
        return Err(Refusal::Characters);
    }
    let starts_with = |scheme: &str| url.get(..scheme.len()).is_some_and(|start| start.eq_ignore_ascii_case(scheme));
    let (rest, https) = if starts_with("https://") {
        (url.get(8..).unwrap_or_default(), true)
    } else if starts_with("http://") {
        (url.get(7..).unwrap_or_default(), false)
    } else {
        return Err(Refusal::Scheme);
    };
    // Cut and searched by byte, here and below, as the host's last label is: each `char`
    // pattern links a searcher of its own into both wasm files.
    let authority =
        rest.get(..position(rest, |b| matches!(b, b'/' | b'?' | b'#')).unwrap_or(rest.len())).unwrap_or_default();
    if position(authority, |b| b == b'@').is_some() {
        return Err(Refusal::Credentials);
    }
    if !authority.is_ascii() {
        return Err(Refusal::NonAscii);
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(inner) => {
            let end = position(inner, |b| b == b']').ok_or(Refusal::Ipv6)?;
            if !inner.get(..end).is_some_and(is_ipv6) {
                return Err(Refusal::Ipv6);
            }
            authority.split_at_checked(end + 2).unwrap_or_default()
        }
        None => authority
            .split_at_checked(position(authority, |b| b == b':').unwrap_or(authority.len()))
            .unwrap_or_default(),
    };
    if !port.is_empty() && !port.strip_prefix(':').is_some_and(is_port) {
        return Err(Refusal::Port);
    }
    if !host.starts_with('[') {
        check_host(host)?;
    }
    if !https {
        match loopback {
            Loopback::HttpAllowed if is_loopback(host) => {}
            Loopback::HttpAllowed => return Err(Refusal::HttpOffLoopback),
            Loopback::HttpsOnly => return Err(Refusal::Http),
        }
    }
    Ok(url)
}

/// An empty port is allowed (the parser drops it); leading zeros do not count.
fn is_port(port: &str) -> bool {
    decimal(port).is_some_and(|n| n <= 65535)
}

/// The value of a string of ASCII digits (at most 65536, which is enough to refuse), or `None`.
fn decimal(digits: &str) -> Option<u32> {
    digits.bytes().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| (n * 10 + u32::from(b - b'0')).min(65536)))
}

/// Where the first byte of `text` that `is` is.
fn position(text: &str, is: fn(u8) -> bool) -> Option<usize> {
    text.bytes().position(is)
}

/// A domain name in ASCII, or an IPv4 address in its usual form. The parser reads a host whose
/// last label is a number (or `0x…`) as an IPv4 address, so such a host must be one.
fn check_host(host: &str) -> Result<(), Refusal> {
    let last = host.bytes().rposition(|b| b == b'.').and_then(|dot| host.get(dot + 1..)).unwrap_or(host);
    let hex = last.get(..2).is_some_and(|prefix| prefix.eq_ignore_ascii_case("0x"))
        && last.get(2..).unwrap_or_default().bytes().all(|b| b.is_ascii_hexdigit());
    if host.is_empty() {
        return Err(Refusal::NoHost);
    }
    if host.split('.').any(str::is_empty) {
        return Err(Refusal::EmptyLabel);
    }
    if hex || decimal(last).is_some() {
        return if is_ipv4(host) { Ok(()) } else { Err(Refusal::Ipv4) };
    }
    for label in host.split('.') {
        if label.len() > 63 {
            return Err(Refusal::LongLabel);
        }
        if label.starts_with('-') || !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(Refusal::LabelCharacters);
        }
        let encoded = label.get(..4).filter(|prefix| prefix.eq_ignore_ascii_case("xn--")).and(label.get(4..));
        if encoded.is_some_and(|encoded| !is_known_punycode(encoded)) {
            return Err(Refusal::Punycode);
        }
    }
    Ok(())
}

/// Four numbers from 0 to 255 in decimal, without leading zeros (which the parser would read
/// as octal).
fn is_ipv4(address: &str) -> bool {
    let octet = |part: &str| {
        (part == "0" || !part.starts_with('0')) && decimal(part).is_some_and(|n| n <= 255) && !part.is_empty()
    };
    address.split('.').count() == 4 && address.split('.').all(octet)
}

/// The WHATWG IPv6 syntax: eight groups of 1–4 hex digits, `::` once for a run of zero groups,
/// the last two groups optionally written as a dotted IPv4 address.
fn is_ipv6(address: &str) -> bool {
    let bytes = address.as_bytes();
    let (mut groups, mut compressed, mut at) = (0, bytes.starts_with(b"::"), 0);
    if compressed {
        at = 2;
    }
    while at < bytes.len() {
        if groups == 8 {
            return false;
        }
        // A colon here is the second of a `::`, or a lone leading one, which is no address.
        if bytes[at] == b':' {
            if compressed || at == 0 {
                return false;
            }
            (compressed, at) = (true, at + 1);
            continue;
        }
        let start = at;
        while at < bytes.len() && at - start < 4 && bytes[at].is_ascii_hexdigit() {
            at += 1;
        }
        if bytes.get(at) == Some(&b'.') {
            return groups <= 6
                && address.get(start..).is_some_and(is_ipv4)
                && groups + 2 <= if compressed { 7 } else { 8 }
                && (compressed || groups == 6);
        }
        if at == start || (at < bytes.len() && bytes[at] != b':') || at + 1 == bytes.len() {
            return false;
        }
        (groups, at) = (groups + 1, at + 1);
    }
    if compressed {
        groups <= 7
    } else {
        groups == 8
    }
}

/// Whether `encoded` (after `xn--`) is valid punycode (RFC 3492) for a name in letters this
/// rule knows the browser keeps as they are: ASCII lowercase, digits and hyphens, Latin-1
/// lowercase letters, and the Cyrillic lowercase letters of Russian and Kazakh, with at least
/// one outside ASCII. Anything else may be mapped or refused by IDNA, so it is refused here.
/// Only which letters it decodes to matters, not where they go, so none is placed.
fn is_known_punycode(encoded: &str) -> bool {
    const BASE: u32 = 36;
    let known = |c: u32| matches!(c, 0x61..=0x7a | 0x30..=0x39 | 0x2d | 0xdf..=0xf6 | 0xf8..=0xff | 0x430..=0x45f | 0x493 | 0x49b | 0x4a3 | 0x4af | 0x4b1 | 0x4bb | 0x4d9 | 0x4e9);
    let (basic, digits) = match encoded.bytes().rposition(|b| b == b'-') {
        Some(dash) => (encoded.get(..dash).unwrap_or_default(), encoded.get(dash + 1..).unwrap_or_default()),
        None => ("", encoded),
    };
    if digits.is_empty() || !basic.bytes().all(|b| known(u32::from(b.to_ascii_lowercase()))) {
        return false;
    }
    let (mut length, mut n, mut i, mut bias, mut first) = (basic.len() as u32, 128u32, 0u32, 72u32, true);
    let mut digits = digits.bytes();
    loop {
        let (old_i, mut w, mut k) = (i, 1u32, BASE);
        loop {
            let Some(digit) = digits.next().and_then(|b| match b {
                b'a'..=b'z' => Some(b - b'a'),
                b'A'..=b'Z' => Some(b - b'A'),
                b'0'..=b'9' => Some(b - b'0' + 26),
                _ => None,
            }) else {
                return false;
            };
            let digit = u32::from(digit);
            let Some(next) = digit.checked_mul(w).and_then(|step| i.checked_add(step)) else { return false };
            i = next;
            let t = if k <= bias {
                1
            } else if k >= bias + 26 {
                26
            } else {
                k - bias
            };
            if digit < t {
                break;
            }
            let Some(next) = w.checked_mul(BASE - t) else { return false };
            w = next;
            k += BASE;
        }
        length += 1;
        let mut delta = if first { (i - old_i) / 700 } else { (i - old_i) / 2 };
        first = false;
        delta += delta / length;
        let mut k = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k += BASE;
        }
        bias = k + (BASE * delta) / (delta + 38);
        let Some(next) = n.checked_add(i / length) else { return false };
        n = next;
        i = i % length + 1;
        if !known(n) {
            return false;
        }
        if digits.len() == 0 {
            return true;
        }
    }
}

fn is_loopback(host: &str) -> bool {
    ["127.0.0.1", "localhost", "[::1]"].iter().any(|loopback| host.eq_ignore_ascii_case(loopback))
}

#[cfg(test)]
mod tests;
