//! Checks of absolute URLs from untrusted input (attributes, contacts JSON), without a URL
//! crate. Every URL accepted here is one the WHATWG URL parser (the browser's `new URL()` and
//! `location.replace`) accepts too: an exit to a URL the browser refuses throws, and would
//! leave the visitor on the page. Where the browser's rules are intricate (IDNA, IPv4 written
//! in hex or octal, percent-encoded hosts) the rule is stricter and says how to write the
//! address instead. It also makes sure a value can only ever mean an https address on a host,
//! with no credentials and nothing that could be read as markup or script.
//! tests/corpus/exit-urls.json holds the cases; the loader's JavaScript copy of this rule
//! (static/exit-core.js `checkUrl`) and Chromium's parser are tested against it.

/// Longest URL accepted anywhere.
pub const MAX_URL_LEN: usize = 2048;

/// Why a URL was refused, in words a partner can act on.
pub type Refusal = &'static str;

/// Whether plain `http:` is allowed for loopback hosts, so tests can run on 127.0.0.1.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Loopback {
    HttpAllowed,
    HttpsOnly,
}

/// Accepts an absolute `https://host/...` URL without credentials (and `http://` on a loopback
/// host when `loopback` allows it); returns the URL without its surrounding ASCII whitespace.
pub fn check_absolute(url: &str, loopback: Loopback) -> Result<&str, Refusal> {
    let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
    if url.len() > MAX_URL_LEN {
        return Err("is longer than 2048 characters");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')) {
        return Err("contains spaces, quotes, angle brackets, backslashes or control characters");
    }
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let (rest, https) = if lower.starts_with("https://") {
        (&url[8..], true)
    } else if lower.starts_with("http://") {
        (&url[7..], false)
    } else {
        return Err("is not an absolute https:// URL");
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    if authority.contains('@') {
        return Err("carries a user name or password");
    }
    if !authority.is_ascii() {
        return Err("has letters outside ASCII in its host name; write the domain in its xn-- form (punycode)");
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(inner) => {
            let end = inner.find(']').ok_or("has a malformed IPv6 address")?;
            if !is_ipv6(&inner[..end]) {
                return Err("has a malformed IPv6 address");
            }
            (&authority[..end + 2], &authority[end + 2..])
        }
        None => authority.split_at(authority.find(':').unwrap_or(authority.len())),
    };
    if !port.is_empty() && !port.strip_prefix(':').is_some_and(is_port) {
        return Err("has a port that is not a number from 0 to 65535");
    }
    if !host.starts_with('[') {
        check_host(host)?;
    }
    if !https {
        match loopback {
            Loopback::HttpAllowed if is_loopback(host) => {}
            Loopback::HttpAllowed => return Err("uses plain http (only https is allowed, and http only on 127.0.0.1 or localhost)"),
            Loopback::HttpsOnly => return Err("uses plain http (only https is allowed)"),
        }
    }
    Ok(url)
}

/// An empty port is allowed (the parser drops it); leading zeros do not count.
fn is_port(port: &str) -> bool {
    let significant = port.trim_start_matches('0');
    port.bytes().all(|b| b.is_ascii_digit()) && significant.parse::<u32>().map_or(significant.is_empty(), |n| n <= 65535)
}

/// A domain name in ASCII, or an IPv4 address in its usual form. The parser reads a host whose
/// last label is a number (or `0x…`) as an IPv4 address, so such a host must be one.
fn check_host(host: &str) -> Result<(), Refusal> {
    let labels: Vec<&str> = host.split('.').collect();
    let last = labels.last().copied().unwrap_or("");
    let numeric = last.bytes().all(|b| b.is_ascii_digit())
        || (last.len() >= 2 && last[..2].eq_ignore_ascii_case("0x") && last[2..].bytes().all(|b| b.is_ascii_hexdigit()));
    if host.is_empty() {
        return Err("has no host name");
    }
    if labels.iter().any(|label| label.is_empty()) {
        return Err("has an empty part in its host name (a dot at the start or end, or two in a row)");
    }
    if numeric {
        let ipv4 = labels.len() == 4 && labels.iter().all(|part| is_decimal_octet(part));
        return if ipv4 { Ok(()) } else { Err("has a host name that ends in a number but is not an IPv4 address (four numbers from 0 to 255, like 192.0.2.1)") };
    }
    for label in labels {
        if label.len() > 63 {
            return Err("has a part of its host name longer than 63 characters");
        }
        if label.starts_with('-') || !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err("has a host name with characters other than letters, digits, dots and inner hyphens");
        }
        if label.len() >= 4 && label[..4].eq_ignore_ascii_case("xn--") && !is_known_punycode(&label[4..].to_ascii_lowercase()) {
            return Err("has an xn-- part that is not the punycode of a Latin or Cyrillic (Kazakh, Russian) name");
        }
    }
    Ok(())
}

/// 0 to 255 in decimal, without leading zeros (which the parser would read as octal).
fn is_decimal_octet(part: &str) -> bool {
    !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit()) && (part == "0" || !part.starts_with('0')) && part.parse::<u16>().is_ok_and(|n| n <= 255)
}

/// The WHATWG IPv6 syntax: eight groups of 1–4 hex digits, `::` once for a run of zero groups,
/// the last two groups optionally written as a dotted IPv4 address.
fn is_ipv6(address: &str) -> bool {
    let groups = |side: &str, last: bool| -> Option<usize> {
        if side.is_empty() {
            return Some(0);
        }
        let parts: Vec<&str> = side.split(':').collect();
        let mut count = 0;
        for (i, part) in parts.iter().enumerate() {
            if last && i == parts.len() - 1 && part.contains('.') {
                let octets: Vec<&str> = part.split('.').collect();
                (octets.len() == 4 && octets.iter().all(|o| is_decimal_octet(o))).then_some(())?;
                count += 2;
            } else {
                ((1..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_hexdigit())).then_some(())?;
                count += 1;
            }
        }
        Some(count)
    };
    match address.split_once("::") {
        Some((left, right)) => matches!((groups(left, false), groups(right, true)), (Some(l), Some(r)) if l + r <= 7),
        None => groups(address, true) == Some(8),
    }
}

/// Whether `encoded` (after `xn--`) decodes (RFC 3492) to a name in letters this rule knows
/// the browser keeps as they are: ASCII lowercase, digits and hyphens, Latin-1 lowercase
/// letters, and the Cyrillic lowercase letters of Russian and Kazakh; at least one of them
/// outside ASCII. Anything else may be mapped or refused by IDNA, so it is refused here.
fn is_known_punycode(encoded: &str) -> bool {
    let Some(decoded) = punycode_decode(encoded) else { return false };
    let known = |c: char| {
        matches!(c, 'a'..='z' | '0'..='9' | '-' | '\u{df}'..='\u{f6}' | '\u{f8}'..='\u{ff}' | '\u{430}'..='\u{45f}')
            || "\u{4d9}\u{493}\u{49b}\u{4a3}\u{4e9}\u{4b1}\u{4af}\u{4bb}".contains(c)
    };
    decoded.iter().all(|&c| known(c)) && decoded.iter().any(|c| !c.is_ascii())
}

/// RFC 3492 decoding; `None` for anything malformed.
fn punycode_decode(input: &str) -> Option<Vec<char>> {
    const BASE: u32 = 36;
    let (basic, digits) = match input.rfind('-') {
        Some(i) => (&input[..i], &input[i + 1..]),
        None => ("", input),
    };
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias, mut first) = (128u32, 0u32, 72u32, true);
    let mut digits = digits.bytes().peekable();
    digits.peek()?;
    while digits.peek().is_some() {
        let (old_i, mut w, mut k) = (i, 1u32, BASE);
        loop {
            let digit = match digits.next()? {
                b @ b'a'..=b'z' => b - b'a',
                b @ b'A'..=b'Z' => b - b'A',
                b @ b'0'..=b'9' => b - b'0' + 26,
                _ => return None,
            } as u32;
            i = i.checked_add(digit.checked_mul(w)?)?;
            let t = if k <= bias { 1 } else if k >= bias + 26 { 26 } else { k - bias };
            if digit < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let length = output.len() as u32 + 1;
        let mut delta = if first { (i - old_i) / 700 } else { (i - old_i) / 2 };
        first = false;
        delta += delta / length;
        let mut k = 0;
        while delta > ((BASE - 1) * 26) / 2 {
            delta /= BASE - 1;
            k += BASE;
        }
        bias = k + (BASE * delta) / (delta + 38);
        n = n.checked_add(i / length)?;
        i %= length;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

fn is_loopback(host: &str) -> bool {
    matches!(host.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "[::1]")
}

/// The rule for the configurator (demo/configure.js), exported by the first stage: why `url`
/// would be refused as an `exit-url` destination (http allowed on loopback), or "" when not.
#[cfg(all(target_arch = "wasm32", not(feature = "ui")))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn check_url(url: &str) -> String {
    check_absolute(url, Loopback::HttpAllowed).err().unwrap_or("").into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Loopback::*;

    #[test]
    fn https_urls_pass_and_are_trimmed() {
        assert_eq!(check_absolute(" https://www.bbc.com/weather ", HttpsOnly), Ok("https://www.bbc.com/weather"));
        assert!(check_absolute("HTTPS://example.org", HttpsOnly).is_ok());
        assert!(check_absolute("https://xn--80aswg.xn--80ao21a/a?b#c", HttpsOnly).is_ok());
        assert!(check_absolute("https://xn--mller-kva.de:0443/", HttpsOnly).is_ok());
        assert!(check_absolute("https://[2001:db8::1]:443/", HttpsOnly).is_ok());
        assert!(check_absolute("https://x.org:/", HttpsOnly).is_ok());
    }

    #[test]
    fn other_schemes_and_relative_urls_are_refused() {
        for bad in ["javascript:alert(1)", "data:text/html,x", "//evil.example", "/local", "ftp://x.org", "weather.com", "https:evil.example"] {
            assert!(check_absolute(bad, HttpAllowed).is_err(), "{bad}");
        }
    }

    #[test]
    fn credentials_markup_and_empty_hosts_are_refused() {
        assert!(check_absolute("https://user:pw@example.org/", HttpsOnly).is_err());
        assert!(check_absolute("https://example.org@evil.example/", HttpsOnly).is_err());
        assert!(check_absolute("https://exa mple.org/", HttpsOnly).is_err());
        assert!(check_absolute("https://example.org/\"><script>", HttpsOnly).is_err());
        assert!(check_absolute("https:///path", HttpsOnly).is_err());
        assert!(check_absolute("https://exa_mple.org/", HttpsOnly).is_err());
        for unparsable in ["https://www.bbc.com:abc/weather", "https://127.0.0.1]/", "http://[::1].evil.example/", "http://localhost:80:80/", "https://a..b/", "https://[]/", "https://x.org:123456/"] {
            assert!(check_absolute(unparsable, HttpAllowed).is_err(), "{unparsable}");
        }
        assert!(check_absolute(&format!("https://a.org/{}", "x".repeat(MAX_URL_LEN)), HttpsOnly).is_err());
    }

    #[test]
    fn hosts_the_browser_would_refuse_or_rewrite_are_refused() {
        for bad in ["https://www.bbc.com:99999/weather", "https://1.2.3.256/", "https://weather.2024/", "https://bbc\u{ff20}evil.example/", "https://[::1]:99999/", "https://x.org:65536/", "https://0x7f.0.0.1/", "https://[1:2:3:4:5:6:7:8:9]/", "https://xn--80ak6aa92e.com/", "https://xn--a.org/", "https://m\u{fc}ller.de/"] {
            assert!(check_absolute(bad, HttpsOnly).is_err(), "{bad}");
        }
    }

    #[test]
    fn punycode_decodes_as_rfc_3492_says() {
        assert_eq!(punycode_decode("mller-kva").map(String::from_iter).as_deref(), Some("m\u{fc}ller"));
        assert_eq!(punycode_decode("80ao21a").map(String::from_iter).as_deref(), Some("\u{49b}\u{430}\u{437}"));
        assert_eq!(punycode_decode("d1acufc").map(String::from_iter).as_deref(), Some("\u{434}\u{43e}\u{43c}\u{435}\u{43d}"));
        assert_eq!(punycode_decode(""), None);
        assert_eq!(punycode_decode("abc-"), None);
    }

    #[test]
    fn plain_http_only_on_loopback_and_only_when_allowed() {
        assert!(check_absolute("http://127.0.0.1:8080/neutral", HttpAllowed).is_ok());
        assert!(check_absolute("http://localhost/x", HttpAllowed).is_ok());
        assert!(check_absolute("http://[::1]:9/x", HttpAllowed).is_ok());
        assert!(check_absolute("http://127.0.0.1:8080/neutral", HttpsOnly).is_err());
        assert!(check_absolute("http://example.org/", HttpAllowed).is_err());
        assert!(check_absolute("http://127.0.0.1.evil.example/", HttpAllowed).is_err());
    }
}
