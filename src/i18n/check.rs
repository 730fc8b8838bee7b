//! The rules a translation must keep, shared by the catalogue tests and the reader of a
//! partner's catalogue: the English message's placeholders, and no phone number.

use super::NUMBERS;
use crate::tools::text::find;

/// The `{…}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> =
        text.match_indices('{').filter_map(|(i, _)| text[i..].find('}').map(|end| &text[i..=i + end])).collect();
    found.sort_unstable();
    found
}

/// The first phone number in a text: a short number of the national lines standing alone
/// (not part of a date or a longer number), or a run of seven or more digits with spaces,
/// dashes, parentheses or a `+` between them. Dates, years and article numbers pass.
pub fn phone_number_in(text: &str) -> Option<String> {
    let short = ["101", "103", "104"].iter().chain(NUMBERS.iter().map(|(_, n)| n));
    let bytes = text.as_bytes();
    for number in short {
        let mut from = 0;
        while let Some(i) = find(&text[from..], number).map(|at| from + at) {
            from = i + number.len();
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let after = bytes.get(i + number.len()).copied();
            let next = bytes.get(i + number.len() + 1).copied();
            let joined_before = before.is_some_and(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
            let joined_after = after.is_some_and(|b| b.is_ascii_digit())
                || (matches!(after, Some(b'.' | b'-')) && next.is_some_and(|b| b.is_ascii_digit()));
            if !joined_before && !joined_after {
                return Some(number.to_string());
            }
        }
    }
    let mut run = String::new();
    for c in text.chars().chain(['x']) {
        if c.is_ascii_digit() {
            run.push(c);
        } else if !matches!(c, ' ' | '-' | '(' | ')' | '+') || (c == ' ' && run.is_empty()) {
            if run.len() >= 7 {
                return Some(run);
            }
            run.clear();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_are_found_and_dates_and_articles_pass() {
        assert_eq!(phone_number_in("call 102 now"), Some("102".into()));
        assert_eq!(phone_number_in("звоните на 111."), Some("111".into()));
        assert_eq!(phone_number_in("+7 705 151 0000"), Some("77051510000".into()));
        assert_eq!(phone_number_in("(27.03.2020), article 165, Law No. 72-VIII of 2024, {police}"), None);
    }

    #[test]
    fn placeholders_are_sorted() {
        assert_eq!(placeholders("Press {key} {n} more"), ["{key}", "{n}"]);
        assert_eq!(placeholders("{n} {key}"), ["{key}", "{n}"]);
    }
}
