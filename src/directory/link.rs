//! Turns a contact's value into the only links the widget ever renders: `tel:`, `sms:`,
//! `mailto:`, `https://wa.me/…`, `https://t.me/…` and plain `https:`. Anything else is refused,
//! so no value from a contacts file can become `javascript:` or `data:`.

use crate::safe_url::{check_absolute, Loopback, Refusal};

/// The ways a service can be reached.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ContactType {
    /// `voice`: a phone call (`tel:`).
    Voice,
    /// `sms`: a text message (`sms:`).
    Sms,
    /// `whatsapp`: a WhatsApp chat (`https://wa.me/…`).
    WhatsApp,
    /// `telegram`: a Telegram chat (`https://t.me/…`).
    Telegram,
    /// `email`: an e-mail (`mailto:`).
    Email,
    /// `web`: a web page (`https:`).
    Web,
}

impl ContactType {
    /// The type a contact's `type` names, if it is one.
    pub fn from_name(name: &str) -> Option<ContactType> {
        Some(match name {
            "voice" => ContactType::Voice,
            "sms" => ContactType::Sms,
            "whatsapp" => ContactType::WhatsApp,
            "telegram" => ContactType::Telegram,
            "email" => ContactType::Email,
            "web" => ContactType::Web,
            _ => return None,
        })
    }
}

/// The link for a contact value, or why the value cannot be one.
pub fn contact_href(kind: ContactType, value: &str) -> Result<String, &'static str> {
    let value = value.trim();
    match kind {
        ContactType::Voice => phone_number(value, 2).map(|n| format!("tel:{n}")),
        ContactType::Sms => phone_number(value, 2).map(|n| format!("sms:{n}")),
        ContactType::WhatsApp => phone_number(value, 7).map(|n| format!("https://wa.me/{}", n.trim_start_matches('+'))),
        ContactType::Telegram => telegram_username(value).map(|u| format!("https://t.me/{u}")),
        ContactType::Email => email_address(value).map(|a| format!("mailto:{a}")),
        ContactType::Web => check_absolute(value, Loopback::HttpsOnly).map(str::to_string).map_err(Refusal::message),
    }
}

/// Digits with an optional leading `+`; spaces, dashes, dots and parentheses are dropped.
fn phone_number(value: &str, min_digits: usize) -> Result<String, &'static str> {
    let (plus, rest) = match value.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", value),
    };
    let mut digits = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return Err("is not a phone number (only digits, a leading +, spaces, dashes and parentheses)"),
        }
    }
    if !(min_digits..=15).contains(&digits.len()) {
        return Err("is not a phone number (wrong number of digits)");
    }
    Ok(format!("{plus}{digits}"))
}

fn telegram_username(value: &str) -> Result<&str, &'static str> {
    let name = value.strip_prefix('@').unwrap_or(value);
    if (5..=32).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        Ok(name)
    } else {
        Err("is not a Telegram username (5 to 32 letters, digits or _)")
    }
}

fn email_address(value: &str) -> Result<&str, &'static str> {
    let valid = value.len() <= 254
        && value.split('@').count() == 2
        && value.split('@').all(|part| !part.is_empty())
        && value.contains('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control() || is_refused_in_address(c));
    if valid {
        Ok(value)
    } else {
        Err("is not an email address")
    }
}

/// Markup, quotes, and what would end or extend a `mailto:` link. A `match`, not
/// `"<>…".contains(c)`: `str::contains` with a char that may be outside ASCII searches for a
/// substring, a longer search in the bundle (docs/size-idioms.md).
#[rustfmt::skip]
fn is_refused_in_address(c: char) -> bool {
    matches!(c, '<' | '>' | '"' | '\'' | '`' | ':' | '/' | '?' | '#' | '&' | '%' | '\\' | ',' | ';' | '(' | ')' | '[' | ']')
}

#[cfg(test)]
mod tests {
    use super::*;
    use ContactType::*;

    #[test]
    fn phone_numbers_become_tel_and_sms_links() {
        assert_eq!(contact_href(Voice, "112").unwrap(), "tel:112");
        assert_eq!(contact_href(Voice, "+7 (705) 151-00-00").unwrap(), "tel:+77051510000");
        assert_eq!(contact_href(Sms, " 8 705 151 0000 ").unwrap(), "sms:87051510000");
    }

    #[test]
    fn malformed_phone_numbers_are_refused() {
        for bad in [
            "1",
            "",
            "+",
            "call 112",
            "112;ext",
            "tel:112",
            "javascript:alert(1)",
            "1234567890123456",
            "1\u{202e}12",
            "11２",
        ] {
            assert!(contact_href(Voice, bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn messengers_use_their_https_link_forms() {
        assert_eq!(contact_href(WhatsApp, "+7 705 151 0000").unwrap(), "https://wa.me/77051510000");
        assert!(contact_href(WhatsApp, "112").is_err());
        assert_eq!(contact_href(Telegram, "@help_line").unwrap(), "https://t.me/help_line");
        assert!(contact_href(Telegram, "a/b/../x").is_err());
        assert!(contact_href(Telegram, "javascript:alert(1)").is_err());
    }

    #[test]
    fn email_and_web_are_checked() {
        assert_eq!(contact_href(Email, "help@example.org").unwrap(), "mailto:help@example.org");
        for bad in ["a@b@c.org", "a@example.org?subject=x", "<a@b.org>", "ab.org", "javascript:a@b.org"] {
            assert!(contact_href(Email, bad).is_err(), "{bad}");
        }
        assert_eq!(contact_href(Web, "https://example.org/help").unwrap(), "https://example.org/help");
        for bad in ["http://example.org", "javascript:alert(1)", "data:text/html,<b>", "https://u:p@example.org"] {
            assert!(contact_href(Web, bad).is_err(), "{bad}");
        }
    }
}
