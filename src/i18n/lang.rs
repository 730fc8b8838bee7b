//! The widget's three languages and how one is chosen.

/// A language the widget speaks. Kazakh is written in Cyrillic.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Lang {
    /// Kazakh (`kk`).
    Kk,
    /// Russian (`ru`).
    Ru,
    /// English (`en`).
    En,
}

impl Lang {
    /// Every language, in the order the language switch shows them.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, as the language switch shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Reads a language tag such as `ru`, `kk-KZ` or `en_GB`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        match primary.to_ascii_lowercase().as_str() {
            "kk" | "kaz" => Some(Lang::Kk),
            "ru" | "rus" => Some(Lang::Ru),
            "en" | "eng" => Some(Lang::En),
            _ => None,
        }
    }

    /// Chooses the language: the widget's `lang` attribute, else the host page's `<html lang>`,
    /// else the first of the browser's languages the widget speaks, else Russian, the language
    /// most widely read in Kazakhstan.
    pub fn negotiate<'a>(
        attribute: Option<&str>,
        page: Option<&str>,
        browser: impl IntoIterator<Item = &'a str>,
    ) -> Lang {
        attribute
            .and_then(Lang::from_tag)
            .or_else(|| page.and_then(Lang::from_tag))
            .or_else(|| browser.into_iter().find_map(Lang::from_tag))
            .unwrap_or(Lang::Ru)
    }

    /// The order in which to look for a translation that is missing in `self`.
    pub fn fallbacks(self) -> [Lang; 3] {
        match self {
            Lang::Kk => [Lang::Kk, Lang::Ru, Lang::En],
            Lang::Ru => [Lang::Ru, Lang::En, Lang::Kk],
            Lang::En => [Lang::En, Lang::Ru, Lang::Kk],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_primary_subtag() {
        assert_eq!(Lang::from_tag("kk-KZ"), Some(Lang::Kk));
        assert_eq!(Lang::from_tag("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn attribute_wins_then_page_then_browser_then_russian() {
        assert_eq!(Lang::negotiate(Some("en"), Some("kk"), ["ru"]), Lang::En);
        assert_eq!(Lang::negotiate(Some("fr"), Some("kk"), ["ru"]), Lang::Kk);
        assert_eq!(Lang::negotiate(None, None, ["de-DE", "en-US", "ru"]), Lang::En);
        assert_eq!(Lang::negotiate(None, Some("de"), ["fr"]), Lang::Ru);
    }
}
