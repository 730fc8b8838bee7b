//! Invisible characters that change how text is shown: bidirectional marks, embeddings,
//! overrides and isolates, zero-width characters, and the rest of Unicode's format characters
//! (category Cf), with the line and paragraph separators. A contacts file may not contain them
//! in anything it shows or links to: `help@\u{202E}gro.live` shows one address and opens
//! another, and a right-to-left mark before a number shows the number reversed. They are
//! refused rather than removed, because removing them can change what a text means.

/// Every format character (Unicode 16 category Cf), and U+2028/U+2029, which end a
/// paragraph for the bidirectional algorithm.
const INVISIBLE: [(u32, u32); 22] = [
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x2028, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x1343F),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    // Not Cf, but as invisible: the Mongolian free variation selectors.
    (0x180B, 0x180D),
];

/// Whether `c` is one of the refused invisible characters.
pub fn is_invisible(c: char) -> bool {
    let code = c as u32;
    INVISIBLE.iter().any(|&(low, high)| (low..=high).contains(&code))
}

/// The first refused invisible character in `text`.
pub fn first_invisible(text: &str) -> Option<char> {
    text.chars().find(|&c| is_invisible(c))
}

/// What to tell the partner: the code point, its name when it is a common one, and the fix.
pub fn describe(c: char) -> String {
    let name = match c as u32 {
        0xAD => "SOFT HYPHEN",
        0x61C => "ARABIC LETTER MARK",
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x200E => "LEFT-TO-RIGHT MARK",
        0x200F => "RIGHT-TO-LEFT MARK",
        0x2028 => "LINE SEPARATOR",
        0x2029 => "PARAGRAPH SEPARATOR",
        0x202A => "LEFT-TO-RIGHT EMBEDDING",
        0x202B => "RIGHT-TO-LEFT EMBEDDING",
        0x202C => "POP DIRECTIONAL FORMATTING",
        0x202D => "LEFT-TO-RIGHT OVERRIDE",
        0x202E => "RIGHT-TO-LEFT OVERRIDE",
        0x2060 => "WORD JOINER",
        0x2066 => "LEFT-TO-RIGHT ISOLATE",
        0x2067 => "RIGHT-TO-LEFT ISOLATE",
        0x2068 => "FIRST STRONG ISOLATE",
        0x2069 => "POP DIRECTIONAL ISOLATE",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE",
        _ => "an invisible format character",
    };
    format!(
        "contains the invisible character U+{:04X} ({name}), which can change how the text is shown; remove it",
        c as u32
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_direction_mark_and_zero_width_character_is_caught() {
        for code in [
            0x200E, 0x200F, 0x61C, 0x202A, 0x202E, 0x2066, 0x2069, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD,
            0xE0041, 0x2028,
        ] {
            let c = char::from_u32(code).unwrap();
            assert!(is_invisible(c), "U+{code:04X}");
        }
        for visible in ['a', 'Қ', 'Ж', '+', ' ', '\u{A0}', '😀', '\u{2010}', '\u{2030}'] {
            assert!(!is_invisible(visible), "{visible:?}");
        }
    }

    #[test]
    fn the_message_names_the_code_point_and_says_what_to_do() {
        assert_eq!(first_invisible("Call \u{200F}+7 705"), Some('\u{200F}'));
        assert_eq!(first_invisible("Қазақша"), None);
        let message = describe('\u{200F}');
        assert!(message.starts_with("contains the invisible character U+200F (RIGHT-TO-LEFT MARK)"), "{message}");
        assert!(message.ends_with("remove it"), "{message}");
        assert!(describe('\u{E0041}').contains("U+E0041 (an invisible format character)"));
    }
}
