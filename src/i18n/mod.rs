//! Every string the widget shows, in Kazakh, Russian and English. The catalogues are plain
//! `match` tables, checked complete by the compiler and a few KB in the bundle (Fluent costs
//! about 56 KB brotli; see shared content notes). Phone numbers never go in here.

mod en;
mod kk;
mod lang;
mod plural;
mod ru;

pub use lang::{Lang, Tr};
pub use plural::{plural_category, Plural};

/// Whether a native speaker has reviewed a catalogue. Shown in the widget for drafts, so that
/// nobody is misled by a bad translation without knowing it may be one.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Review {
    /// The language the texts were written in.
    Original,
    /// Translated, not yet reviewed by a native speaker.
    Draft,
}

pub fn review(lang: Lang) -> Review {
    match lang {
        Lang::En => Review::Original,
        Lang::Kk | Lang::Ru => Review::Draft,
    }
}

/// A message of the interface.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Msg {
    ExitButton,
    ExitButtonDescription,
    HelpButton,
    PanelTitle,
    Close,
    TabContacts,
    TabRights,
    TabOnline,
    Language,
    Area,
    AllAreas,
    Nationwide,
    EmergencyNumbers,
    Hotlines,
    CrisisCentres,
    Shelters,
    LegalAid,
    OnlineHelp,
    Open247,
    Free,
    AcceptsNewResidents,
    NoNewResidents,
    Accessible,
    OnlineConsultations,
    LanguagesSpoken,
    Call,
    SendSms,
    WriteEmail,
    OpenWebsite,
    LastVerified,
    Source,
    DataDegraded,
    StatusLaw,
    StatusRecommendation,
    StatusAdvice,
    RightsIntro,
    OnlineIntro,
    ShortcutShift,
    ShortcutEscape,
    ShortcutExpired,
    DraftTranslation,
    ReachThrough,
    LanguageKazakh,
    LanguageRussian,
    LanguageEnglish,
    Leaving,
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::Kk => kk::text(msg),
        Lang::Ru => ru::text(msg),
        Lang::En => en::text(msg),
    }
}

/// "Press Shift 2 more times", with the plural form the language needs for `left`.
pub fn presses_left(lang: Lang, key: &str, left: u32) -> String {
    let category = plural_category(lang, left);
    match lang {
        Lang::Kk => kk::presses_left(key, left),
        Lang::Ru => ru::presses_left(key, left, category),
        Lang::En => en::presses_left(key, left, category),
    }
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
    fn no_message_is_empty_or_carries_markup_or_digits_of_phone_numbers() {
        use Msg::*;
        let all = [
            ExitButton, ExitButtonDescription, HelpButton, PanelTitle, Close, TabContacts, TabRights, TabOnline, Language,
            Area, AllAreas, Nationwide, EmergencyNumbers, Hotlines, CrisisCentres, Shelters, LegalAid, OnlineHelp,
            Open247, Free, AcceptsNewResidents, NoNewResidents, Accessible, OnlineConsultations, LanguagesSpoken, Call,
            SendSms, WriteEmail, OpenWebsite, LastVerified, Source, DataDegraded, StatusLaw, StatusRecommendation,
            StatusAdvice, RightsIntro, OnlineIntro, ShortcutShift, ShortcutEscape, ShortcutExpired, DraftTranslation,
            ReachThrough, LanguageKazakh, LanguageRussian, LanguageEnglish, Leaving,
        ];
        for lang in Lang::ALL {
            for msg in all {
                let text = t(lang, msg);
                assert!(!text.trim().is_empty(), "{lang:?} {msg:?}");
                assert!(!text.contains('<'), "{lang:?} {msg:?}");
                assert!(text.chars().filter(char::is_ascii_digit).count() < 3 || msg == Open247, "{lang:?} {msg:?}");
            }
        }
    }

    #[test]
    fn kazakh_is_cyrillic_and_uses_the_kazakh_letters() {
        let kazakh_letters = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
        let text = [Msg::TabRights, Msg::TabOnline, Msg::CrisisCentres, Msg::DataDegraded].map(|m| t(Lang::Kk, m)).concat();
        assert!(text.chars().any(|c| kazakh_letters.contains(&c.to_lowercase().next().unwrap_or(c))));
    }
}
