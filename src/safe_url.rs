//! Checks of absolute URLs from untrusted input (attributes, contacts JSON), without a URL
//! parser: the browser resolves them later, so all that matters here is that a value can only
//! ever mean an https address on a host, with no credentials and nothing that could be read
//! as markup or script.

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
/// host when `loopback` allows it); returns the trimmed URL.
pub fn check_absolute(url: &str, loopback: Loopback) -> Result<&str, Refusal> {
    let url = url.trim();
    if url.len() > MAX_URL_LEN {
        return Err("is longer than 2048 characters");
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '\'' | '`' | '\\')) {
        return Err("contains spaces, quotes, angle brackets or control characters");
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
    let host = host_of(authority).ok_or("has a malformed host or port")?;
    if !https {
        match loopback {
            Loopback::HttpAllowed if is_loopback(host) => {}
            Loopback::HttpAllowed => return Err("uses plain http (only https is allowed, and http only on 127.0.0.1 or localhost)"),
            Loopback::HttpsOnly => return Err("uses plain http (only https is allowed)"),
        }
    }
    Ok(url)
}

/// The host of `host[:port]` or `[ipv6][:port]`, or `None` when a browser could not parse the
/// authority (an exit to it would throw and leave the visitor on the page).
fn host_of(authority: &str) -> Option<&str> {
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')? + 1;
        let host = &authority[..end];
        let inner_ok = host[1..end - 1].bytes().all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
        (inner_ok && end > 2).then_some((host, &authority[end..]))?
    } else {
        let end = authority.find(':').unwrap_or(authority.len());
        let host = &authority[..end];
        let labels_ok = host.split('.').all(|label| {
            !label.is_empty() && !label.starts_with('-') && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || !c.is_ascii())
        });
        labels_ok.then_some((host, &authority[end..]))?
    };
    let port_ok = port.is_empty() || port.strip_prefix(':').is_some_and(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    port_ok.then_some(host)
}

fn is_loopback(host: &str) -> bool {
    matches!(host.to_ascii_lowercase().as_str(), "127.0.0.1" | "localhost" | "[::1]")
}

#[cfg(test)]
mod tests {
    use super::*;
    use Loopback::*;

    #[test]
    fn https_urls_pass_and_are_trimmed() {
        assert_eq!(check_absolute(" https://www.bbc.com/weather ", HttpsOnly), Ok("https://www.bbc.com/weather"));
        assert!(check_absolute("HTTPS://example.org", HttpsOnly).is_ok());
        assert!(check_absolute("https://xn--80ak6aa92e.com/a?b#c", HttpsOnly).is_ok());
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
    fn plain_http_only_on_loopback_and_only_when_allowed() {
        assert!(check_absolute("http://127.0.0.1:8080/neutral", HttpAllowed).is_ok());
        assert!(check_absolute("http://localhost/x", HttpAllowed).is_ok());
        assert!(check_absolute("http://[::1]:9/x", HttpAllowed).is_ok());
        assert!(check_absolute("http://127.0.0.1:8080/neutral", HttpsOnly).is_err());
        assert!(check_absolute("http://example.org/", HttpAllowed).is_err());
        assert!(check_absolute("http://127.0.0.1.evil.example/", HttpAllowed).is_err());
    }
}
