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
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "//evil.example",
        "/local",
        "ftp://x.org",
        "weather.com",
        "https:evil.example",
    ] {
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
    for unparsable in [
        "https://www.bbc.com:abc/weather",
        "https://127.0.0.1]/",
        "http://[::1].evil.example/",
        "http://localhost:80:80/",
        "https://a..b/",
        "https://[]/",
        "https://x.org:123456/",
    ] {
        assert!(check_absolute(unparsable, HttpAllowed).is_err(), "{unparsable}");
    }
    assert!(check_absolute(&format!("https://a.org/{}", "x".repeat(MAX_URL_LEN)), HttpsOnly).is_err());
}

#[test]
fn hosts_the_browser_would_refuse_or_rewrite_are_refused() {
    for bad in [
        "https://www.bbc.com:99999/weather",
        "https://1.2.3.256/",
        "https://weather.2024/",
        "https://bbc\u{ff20}evil.example/",
        "https://[::1]:99999/",
        "https://x.org:65536/",
        "https://0x7f.0.0.1/",
        "https://[1:2:3:4:5:6:7:8:9]/",
        "https://[:1:1]/",
        "https://xn--80ak6aa92e.com/",
        "https://xn--a.org/",
        "https://m\u{fc}ller.de/",
    ] {
        assert!(check_absolute(bad, HttpsOnly).is_err(), "{bad}");
    }
}

#[test]
fn each_refusal_is_in_its_place_with_its_own_message() {
    for (place, refusal) in Refusal::ALL.into_iter().enumerate() {
        assert_eq!(refusal as usize, place);
        assert_eq!(Refusal::ALL.iter().filter(|other| other.message() == refusal.message()).count(), 1);
    }
    assert_eq!(Refusal::Http.message(), "uses plain http (only https is allowed)");
    assert_eq!(
        check_absolute("https://a..b/", HttpsOnly).map_err(Refusal::message),
        Err("has an empty part in its host name (a dot at the start or end, or two in a row)")
    );
    assert_eq!(check_absolute("http://a.example/", HttpAllowed), Err(Refusal::HttpOffLoopback));
}

#[test]
fn punycode_is_decoded_as_rfc_3492_says() {
    for known in ["mller-kva", "80ao21a", "d1acufc", "80aswg", "p1ai", "P1AI"] {
        assert!(is_known_punycode(known), "{known}");
    }
    for unknown in ["", "abc-", "a", "80ak6aa92e", "ls8h", "mller-kv!"] {
        assert!(!is_known_punycode(unknown), "{unknown}");
    }
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
