//! The validated contact directory the widget renders. Every value here has passed
//! [`super::parse_directory`]: links are safe, texts are plain, dates are well-formed.

use super::link::ContactType;
use crate::i18n::Lang;

/// A contact directory (`safe-exit/directory/v1`), validated.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct Directory {
    /// When the file as a whole was last updated (YYYY-MM-DD).
    pub updated: Option<String>,
    /// The services, in the order they are shown.
    pub services: Vec<Service>,
    /// The languages whose names and notes the file marks as not yet reviewed by a native
    /// speaker (`"reviewed": {"kk": false}`): the widget shows its draft notice for them.
    pub drafts: Vec<Lang>,
}

impl Directory {
    /// Whether the file's texts in `lang` are marked as a draft translation.
    pub fn is_draft(&self, lang: Lang) -> bool {
        self.drafts.contains(&lang)
    }
}

/// What a service is; the widget groups contacts by it, emergency numbers first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, Hash)]
pub enum Kind {
    /// `emergency`: the emergency numbers (112, ambulance, fire).
    Emergency,
    /// `police`.
    Police,
    /// `hotline`: a telephone helpline.
    Hotline,
    /// `crisis_centre`.
    CrisisCentre,
    /// `shelter`.
    Shelter,
    /// `legal_aid`.
    LegalAid,
    /// `online`: a service reached online only.
    Online,
}

impl Kind {
    /// Every kind, in the order the widget shows their groups.
    pub const ALL: [Kind; 7] =
        [Kind::Emergency, Kind::Police, Kind::Hotline, Kind::CrisisCentre, Kind::Shelter, Kind::LegalAid, Kind::Online];

    /// The kind a file's `kind` names, if it is one.
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
    /// In Kazakh.
    pub kk: Option<String>,
    /// In Russian.
    pub ru: Option<String>,
    /// In English.
    pub en: Option<String>,
}

impl Text {
    /// Whether the text is there in `lang` itself (no fallback).
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

/// One way to reach a service.
#[derive(Clone, PartialEq, Debug)]
pub struct Contact {
    /// How: a call, a message, a web page.
    pub kind: ContactType,
    /// The value as the data gives it, shown as text.
    pub value: String,
    /// A safe link built from the value.
    pub href: String,
    /// Short text shown with the contact.
    pub label: Option<Text>,
}

/// Where the facts of a service come from.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Source {
    /// The page, an `https://` URL.
    pub url: String,
    /// The page's short name.
    pub title: String,
    /// The page's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); `None`: the page is undated.
    pub date: Option<String>,
}

/// One service of the directory: a helpline, a crisis centre, the police.
#[derive(Clone, PartialEq, Debug)]
pub struct Service {
    /// Unique in the file; used in warnings.
    pub id: String,
    /// Short name, shown as a heading.
    pub name: Text,
    /// What the service is.
    pub kind: Kind,
    /// The area served, as shown; `None` means nationwide.
    pub area: Option<Text>,
    /// The region code the contacts filter uses; `None` means nationwide.
    pub region: Option<String>,
    /// Ways to reach the service, in the order shown.
    pub contacts: Vec<Contact>,
    /// Ids of services in the same file (national lines) that refer callers to this one,
    /// which has no verified contact of its own; each names a service with contacts.
    pub reach_through: Vec<String>,
    /// Opening hours in local time, where a source states them.
    pub hours: Option<Text>,
    /// Whether contacting the service is free of charge.
    pub free: Option<bool>,
    /// Languages the service answers in (ISO 639 codes).
    pub languages: Vec<String>,
    /// For shelters and crisis centres: whether they take new residents now.
    pub accepts_new_residents: Option<bool>,
    /// Whether the service consults online.
    pub online_consultations: Option<bool>,
    /// Whether the premises are accessible to people with disabilities.
    pub accessible: Option<bool>,
    /// Short extra information shown with the service.
    pub notes: Option<Text>,
    /// Where the facts come from.
    pub source: Source,
    /// When the facts were last checked against the source (YYYY-MM-DD).
    pub verified: String,
    /// Its index in the file's `services`, from 0: where the partner's tools point to it.
    pub position: usize,
}

impl Service {
    /// Whether the service works nationwide (it has no region).
    pub fn is_nationwide(&self) -> bool {
        self.region.is_none()
    }

    /// Open around the clock, as the data states it.
    pub fn is_24_7(&self) -> bool {
        self.hours.as_ref().is_some_and(|h| [&h.kk, &h.ru, &h.en].into_iter().flatten().any(|t| t.trim() == "24/7"))
    }
}
