//! The writer half: JSON strings for the reports the checker hands to scripts.

/// Appends `text` as a JSON string. `<` is escaped too, so the report stays inert even if a
/// page ever puts it into markup.
pub fn push_string(json: &mut String, text: &str) {
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                json.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => json.push(c),
        }
    }
    json.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_controls_and_markup() {
        let mut json = String::new();
        push_string(&mut json, "a\"b\\c\n<d>\u{2028}");
        assert_eq!(json, r#""a\"b\\c\u000a\u003cd>\u2028""#);
    }
}
