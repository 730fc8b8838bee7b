//! Every string the widget shows, in Kazakh, Russian and English. English, the source, is in
//! `messages`; the Kazakh and Russian catalogues are gettext PO files (po/kk.po, po/ru.po) that
//! build.rs compiles into plain `match` tables, so the bundle carries no PO parser (Fluent
//! costs about 56 KB brotli). Phone numbers never go in a message: see [`NUMBERS`].

pub mod check;
mod lang;
mod messages;
pub mod overrides;
mod plural;

/// The Kazakh catalogue, compiled from po/kk.po.
mod kk {
    use super::{Msg, Plural};
    include!(concat!(env!("OUT_DIR"), "/catalogue_kk.rs"));
}

/// The Russian catalogue, compiled from po/ru.po.
mod ru {
    use super::{Msg, Plural};
    include!(concat!(env!("OUT_DIR"), "/catalogue_ru.rs"));
}

use crate::tools::text::replace_all;
pub use lang::Lang;
pub use messages::{Msg, PRESSES_LEFT};
pub use plural::{plural_category, Plural};
use std::cell::OnceCell;

/// The numbers the guidance texts name, as placeholders in the messages, so that a translation
/// can never carry a wrong or stale number.
pub const NUMBERS: [(&str, &str); 4] =
    [("{police}", "102"), ("{emergency}", "112"), ("{helpline}", "111"), ("{trust_line}", "150")];

/// Whether a native speaker has reviewed a catalogue. Shown in the widget for drafts, so that
/// nobody is misled by a bad translation without knowing it may be one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Review {
    /// The language the texts were written in, or a catalogue with no draft message.
    Reviewed,
    /// Some message is a draft (`#, fuzzy` in its catalogue) or not translated yet.
    Draft,
}

/// A language's review status: a draft while any of its messages is one, unless a partner's
/// catalogue replaces them all.
pub fn review(lang: Lang) -> Review {
    let draft = match lang {
        Lang::En => false,
        Lang::Kk => kk::ANY_DRAFT,
        Lang::Ru => ru::ANY_DRAFT,
    } && !overrides::covers_all(lang);
    if draft {
        Review::Draft
    } else {
        Review::Reviewed
    }
}

/// The text of `msg` in `lang`: the partner's (see [`overrides`]), else the built-in
/// catalogue's, else English.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    if let Some(text) = overrides::lookup(lang, msg) {
        return text;
    }
    let translated = match lang {
        Lang::Kk => kk::text(msg),
        Lang::Ru => ru::text(msg),
        Lang::En => None,
    };
    catalogue_text(lang, translated).unwrap_or_else(|| msg.english())
}

thread_local! {
    /// The Kazakh and the Russian catalogue's texts, unpacked (build.rs packs them) the first
    /// time one of them is asked for; they then live as long as the page.
    static UNPACKED: [OnceCell<&'static str>; 2] = const { [OnceCell::new(), OnceCell::new()] };
}

/// The text at `span` (from a catalogue's tables) of `lang`'s catalogue.
fn catalogue_text(lang: Lang, span: Option<(u16, u16)>) -> Option<&'static str> {
    let (start, end) = span?;
    let (index, packed) = match lang {
        Lang::Kk => (0, kk::PACKED),
        Lang::Ru => (1, ru::PACKED),
        Lang::En => return None,
    };
    let texts = UNPACKED.with(|unpacked| *unpacked[index].get_or_init(|| crate::packed::unpack(packed).leak()));
    texts.get(usize::from(start)..usize::from(end))
}

/// A message with its number placeholders filled in.
pub fn with_numbers(text: &str) -> String {
    NUMBERS.iter().fold(text.to_string(), |text, (placeholder, number)| replace_all(&text, placeholder, number))
}

/// "Press Shift 2 more times", with the plural form the language needs for `left`.
pub fn presses_left(lang: Lang, key: &str, left: u32) -> String {
    let category = plural_category(lang, left);
    let index = match (lang, category) {
        (_, Plural::One) => 0,
        (Lang::Ru, Plural::Few) => 1,
        (Lang::Ru, _) => 2,
        _ => 1,
    };
    let translated = overrides::presses_left(lang, index).or_else(|| {
        let span = match lang {
            Lang::Kk => kk::presses_left(category),
            Lang::Ru => ru::presses_left(category),
            Lang::En => None,
        };
        catalogue_text(lang, span)
    });
    let (_, one, other) = PRESSES_LEFT;
    let english = if plural_category(Lang::En, left) == Plural::One { one } else { other };
    replace_all(&replace_all(translated.unwrap_or(english), "{key}", key), "{n}", &left.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presses_left_uses_each_languages_plural_forms() {
        assert_eq!(presses_left(Lang::En, "Shift", 1), "Press Shift 1 more time to leave");
        assert_eq!(presses_left(Lang::En, "Shift", 2), "Press Shift 2 more times to leave");
        assert_eq!(presses_left(Lang::Ru, "Shift", 1), "Нажмите Shift ещё 1 раз, чтобы выйти");
        assert_eq!(presses_left(Lang::Ru, "Shift", 2), "Нажмите Shift ещё 2 раза, чтобы выйти");
        assert_eq!(presses_left(Lang::Ru, "Shift", 5), "Нажмите Shift ещё 5 раз, чтобы выйти");
        assert_eq!(presses_left(Lang::Kk, "Shift", 2), "Шығу үшін Shift пернесін тағы 2 рет басыңыз");
    }

    #[test]
    fn no_message_is_empty_or_carries_markup() {
        for lang in Lang::ALL {
            for &msg in Msg::ALL {
                let text = t(lang, msg);
                assert!(!text.trim().is_empty(), "{lang:?} {msg:?}");
                assert!(!text.contains('<'), "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn the_drafts_are_flagged_until_reviewed() {
        assert_eq!(review(Lang::En), Review::Reviewed);
        assert_eq!(review(Lang::Kk), Review::Draft, "po/kk.po has fuzzy messages");
        assert_eq!(review(Lang::Ru), Review::Draft, "po/ru.po has fuzzy messages");
    }

    #[test]
    fn numbers_are_filled_in() {
        assert_eq!(with_numbers(t(Lang::En, Msg::OnlineMonitored3)), "If it is safe, learn the numbers 111 and 102 by heart, so that you do not have to look them up on the phone.");
    }

    #[test]
    fn every_translation_is_cyrillic_and_only_kazakh_uses_the_kazakh_letters() {
        let kazakh_letters = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
        let is_kazakh_letter = |c: char| kazakh_letters.contains(&c.to_lowercase().next().unwrap_or(c));
        for &msg in Msg::ALL {
            for lang in [Lang::Kk, Lang::Ru] {
                let text = t(lang, msg);
                // Placeholders such as `{police}` are Latin in every language.
                let letters: String =
                    text.split('{').map(|part| part.split_once('}').map_or(part, |(_, rest)| rest)).collect();
                let cyrillic = letters.chars().filter(|c| ('\u{0400}'..='\u{04FF}').contains(c)).count();
                // Acronyms (SMS, VPN) are written in Latin letters in Kazakh and Russian too.
                let latin = letters
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|word| word.chars().any(|c| c.is_ascii_lowercase()))
                    .map(str::len)
                    .sum::<usize>();
                assert!(
                    cyrillic > latin || latin + cyrillic == 0,
                    "{lang:?} {} is not in Cyrillic: {text}",
                    msg.name()
                );
                if lang == Lang::Ru {
                    assert!(
                        !text.chars().any(is_kazakh_letter),
                        "the Russian {} has a Kazakh letter: {text}",
                        msg.name()
                    );
                }
            }
        }
        let kazakh = Msg::ALL.iter().filter(|&&msg| t(Lang::Kk, msg).chars().any(is_kazakh_letter)).count();
        assert!(kazakh * 2 > Msg::ALL.len(), "only {kazakh} of {} Kazakh texts use a Kazakh letter", Msg::ALL.len());
    }
}
