//! Unpacks the texts that build.rs packs at one byte a character (its `pack`): the embedded
//! contacts and the Kazakh and Russian catalogues, which are mostly Cyrillic and would take two
//! bytes a letter in UTF-8.

include!(concat!(env!("OUT_DIR"), "/packed_others.rs"));

/// The text that build.rs packed into `bytes`: below 0x80 ASCII, up to 0xBF the letters А-я
/// (U+0410 to U+044F), and from 0xC0 on the characters of `OTHERS`.
pub(crate) fn unpack(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&byte| match byte {
            0..=0x7F => char::from(byte),
            0x80..=0xBF => char::from_u32(0x410 + u32::from(byte - 0x80)).unwrap_or(char::REPLACEMENT_CHARACTER),
            _ => OTHERS.get(usize::from(byte - 0xC0)).copied().unwrap_or(char::REPLACEMENT_CHARACTER),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn others_follow_the_cyrillic_letters() {
        assert_eq!(unpack(b"Hi \x80\xBF"), "Hi Ая");
        assert!(OTHERS.iter().all(|&c| !c.is_ascii() && !('\u{410}'..='\u{44F}').contains(&c)));
        assert_eq!(unpack(&[0xC0]), OTHERS[0].to_string());
    }
}
