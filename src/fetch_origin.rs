//! Where the widget may fetch a partner's file from (the contacts `src`, the `catalogue`):
//! the policy components/data.rs applies before each fetch, kept pure so it is tested natively.

/// The one value of `third-party-src`: it says what the partner accepts by using it.
pub const THIRD_PARTY_SRC_CONSENT: &str = "shares-visitor-ip";

/// Whether a contacts file may be fetched from `src_origin` for a page on `page_origin` (both
/// as a browser serialises them, e.g. `https://partner.example`), and what to warn. Fetching
/// from another origin sends that server the visitor's IP address and, in `Origin` and
/// `Referer`, the page they are on: refused unless the partner opted in, and warned either way.
pub fn src_origin_check(src_origin: &str, page_origin: &str, opted_in: bool) -> Result<Option<String>, String> {
    if src_origin == page_origin {
        return Ok(None);
    }
    let risk = format!("another origin than this page ({page_origin}): fetching from it tells that server each visitor's IP address and that they are on this page");
    if opted_in {
        Ok(Some(format!("<safe-exit> src: {src_origin} is {risk}; fetched because third-party-src=\"{THIRD_PARTY_SRC_CONSENT}\" accepts that. Host the file on this site to keep visitors private.")))
    } else {
        Err(format!("{src_origin} is {risk}, so it is not fetched. Host the file on this site, or add third-party-src=\"{THIRD_PARTY_SRC_CONSENT}\" to accept the risk"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_src_on_another_origin_needs_the_consent_and_warns_either_way() {
        assert_eq!(src_origin_check("https://partner.example", "https://partner.example", false), Ok(None));
        let refused = src_origin_check("https://cdn.example", "https://partner.example", false).unwrap_err();
        assert!(
            refused.starts_with("https://cdn.example is another origin than this page (https://partner.example)"),
            "{refused}"
        );
        assert!(
            refused.contains("IP address") && refused.contains("third-party-src=\"shares-visitor-ip\""),
            "{refused}"
        );
        let allowed = src_origin_check("https://cdn.example", "https://partner.example", true).unwrap().unwrap();
        assert!(allowed.contains("IP address") && allowed.contains("fetched because"), "{allowed}");
        assert!(
            src_origin_check("http://127.0.0.1:8001", "http://127.0.0.1:8000", false).is_err(),
            "another port is another origin"
        );
    }
}
