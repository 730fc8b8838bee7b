//! Unpacks the texts that build.rs packs at one byte a character (its `pack`): the embedded
//! contacts and the Kazakh and Russian catalogues, which are mostly Cyrillic and would take two
//! bytes a letter in UTF-8.

include!(concat!(env!("OUT_DIR"), "/packed_others.rs"));

/// The text that build.rs packed into `bytes`: below 0x80 ASCII, then the letters А-я from
/// `CYRILLIC_FIRST`, and from `FIRST_OTHER` on the characters of `OTHERS` (all three
/// written by build.rs beside the packed texts).
pub(crate) fn unpack(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&byte| match byte {
            0..=0x7F => char::from(byte),
            _ if byte < FIRST_OTHER => {
                char::from_u32(CYRILLIC_FIRST + u32::from(byte - 0x80)).unwrap_or(char::REPLACEMENT_CHARACTER)
            }
            _ => OTHERS.get(usize::from(byte - FIRST_OTHER)).copied().unwrap_or(char::REPLACEMENT_CHARACTER),
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
