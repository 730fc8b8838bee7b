//! The validated contact directory the widget renders. Every value here has passed
//! [`super::validate`]: links are safe, texts are plain, dates are well-formed.

use super::link::ContactType;
use crate::i18n::Lang;

#[derive(Clone, PartialEq, Debug, Default)]
pub struct Directory {
    /// When the file as a whole was last updated (YYYY-MM-DD).
    pub updated: Option<String>,
    pub services: Vec<Service>,
}

/// What a service is; the widget groups contacts by it, emergency numbers first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Kind {
    Emergency,
    Police,
    Hotline,
    CrisisCentre,
    Shelter,
    LegalAid,
    Online,
}

impl Kind {
    pub const ALL: [Kind; 7] =
        [Kind::Emergency, Kind::Police, Kind::Hotline, Kind::CrisisCentre, Kind::Shelter, Kind::LegalAid, Kind::Online];

    pub fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "emergency" => Kind::Emergency,
            "police" => Kind::Police,
            "hotline" => Kind::Hotline,
            "crisis_centre" => Kind::CrisisCentre,
            "shelter" => Kind::Shelter,
            "legal_aid" => Kind::LegalAid,
            "online" => Kind::Online,
            _ => return None,
        })
    }

    /// Emergency services and the police are the numbers shown first, before any grouping.
    pub fn is_emergency(self) -> bool {
        matches!(self, Kind::Emergency | Kind::Police)
    }
}

/// A text from the data in up to three languages; at least one is present.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Text {
    pub kk: Option<String>,
    pub ru: Option<String>,
    pub en: Option<String>,
}

impl Text {
    pub fn has(&self, lang: Lang) -> bool {
        self.slot(lang).is_some()
    }

    fn slot(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Kk => self.kk.as_deref(),
            Lang::Ru => self.ru.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`, or in the first fallback language that has it.
    pub fn get(&self, lang: Lang) -> &str {
        lang.fallbacks().into_iter().find_map(|l| self.slot(l)).unwrap_or_default()
    }

    /// Whether `get(lang)` returns a translation into another language, so the page can
    /// mark it with that language's `lang` for screen readers.
    pub fn shown_lang(&self, lang: Lang) -> Lang {
        lang.fallbacks().into_iter().find(|&l| self.has(l)).unwrap_or(lang)
    }
}

#[derive(Clone, PartialEq, Debug)]
pub struct Contact {
    pub kind: ContactType,
    /// The value as the data gives it, shown as text.
    pub value: String,
    /// A safe link built from the value.
    pub href: String,
    pub label: Option<Text>,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
    pub url: String,
    pub title: String,
}

#[derive(Clone, PartialEq, Debug)]
pub struct Service {
    pub id: String,
    pub name: Text,
    pub kind: Kind,
    /// The area served, as shown; `None` means nationwide.
    pub area: Option<Text>,
    pub region: Option<String>,
    pub contacts: Vec<Contact>,
    /// Ids of services in the same file (national lines) that refer callers to this one,
    /// which has no verified contact of its own; each names a service with contacts.
    pub reach_through: Vec<String>,
    pub hours: Option<Text>,
    pub free: Option<bool>,
    pub languages: Vec<String>,
    pub accepts_new_residents: Option<bool>,
    pub online_consultations: Option<bool>,
    pub accessible: Option<bool>,
    pub notes: Option<Text>,
    pub source: Source,
    /// When the facts were last checked against the source (YYYY-MM-DD).
    pub verified: String,
}

impl Service {
    pub fn is_nationwide(&self) -> bool {
        self.region.is_none()
    }

    /// Open around the clock, as the data states it.
    pub fn is_24_7(&self) -> bool {
        self.hours.as_ref().is_some_and(|h| [&h.kk, &h.ru, &h.en].into_iter().flatten().any(|t| t.trim() == "24/7"))
    }
}
