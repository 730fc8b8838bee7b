//! The contacts list: emergency numbers first, then services grouped by kind, filtered by
//! area, the chosen area's own first; one-tap links to call, text or write; ways to reach the
//! police in writing; and for each service its source, the source's own date, the date it was
//! last verified, and a notice when that is more than a year ago.

use super::data::Data;
use super::Kept;
use crate::browser;
use crate::directory::age::{older_than, Day, SURVIVOR_MONTHS};
use crate::directory::filter::{areas, grouped_for_region, local_first};
use crate::directory::link::ContactType;
use crate::directory::{Contact, Directory, Kind, Service, Text};
use crate::guidance::SILENT_WAYS;
use crate::i18n::{t, with_numbers, Lang, Msg};
use crate::tools::text::join;
use yew::prelude::*;

fn kind_heading(kind: Kind) -> Msg {
    match kind {
        Kind::Emergency | Kind::Police => Msg::EmergencyNumbers,
        Kind::Hotline => Msg::Hotlines,
        Kind::CrisisCentre => Msg::CrisisCentres,
        Kind::Shelter => Msg::Shelters,
        Kind::LegalAid => Msg::LegalAid,
        Kind::Online => Msg::OnlineHelp,
    }
}

/// Text from the data, marked with its language when it is a fallback translation.
fn text(value: &Text, lang: Lang) -> Html {
    let shown = value.shown_lang(lang);
    if shown == lang {
        html! { value.get(lang) }
    } else {
        html! { <span lang={shown.code()}>{ value.get(lang) }</span> }
    }
}

/// The area the tab opens on: the one the partner's `region` attribute preselects, if the data
/// has it; `None` shows every area.
pub fn preselected_area(directory: &Directory, region: Option<&str>) -> Option<String> {
    region.filter(|r| areas(directory).iter().any(|(code, _)| code == r)).map(str::to_string)
}

/// The contacts tab, showing `area` (`None`: every area), which the area picker sets. Part of
/// the panel's render, not a component of its own (see the module `components`): the panel
/// keeps `area`, set to [`preselected_area`] each time the tab is shown.
pub fn contacts(lang: Lang, data: &Data, area: &Kept<Option<String>>) -> Html {
    let directory = &data.directory;
    let today = browser::today();
    let on_area = {
        let area = area.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            area.update(|area| *area = (!value.is_empty()).then_some(value));
        })
    };
    let region = area.get();
    let mut groups = grouped_for_region(directory, region.as_deref());
    // Emergency services and the police share one heading, first.
    let emergency: Vec<&Service> =
        groups.iter().filter(|(k, _)| k.is_emergency()).flat_map(|(_, s)| s.iter().copied()).collect();
    groups.retain(|(k, _)| !k.is_emergency());
    // The chosen area's own services come first, under its name, so that choosing a town on a
    // phone shows its centres on the first screen instead of below the nationwide numbers; the
    // emergency numbers stay one tap away in a row above them.
    let local = local_first(&mut groups, region.as_deref());
    let area_name = region.as_deref().and_then(|code| areas(directory).into_iter().find(|(c, _)| *c == code));
    // Said to screen readers when the list changes: the area's services now come first.
    let announced = match area_name.filter(|_| !local.is_empty()) {
        Some((_, name)) => t(lang, Msg::AreaFirst).to_string() + ": " + name.get(lang),
        None => String::new(),
    };
    let card = |s: &Service| service_card(s, directory, lang, today);

    html! {
        <div class="contacts">
            if data.degraded {
                <p class="notice" role="alert">{ t(lang, Msg::DataDegraded) }</p>
            }
            <label class="area">
                { t(lang, Msg::Area) }
                <select onchange={on_area}>
                    <option value="" selected={region.is_none()}>{ t(lang, Msg::AllAreas) }</option>
                    { for areas(directory).into_iter().map(|(code, name)| html! {
                        <option value={code.to_string()} selected={region.as_deref() == Some(code)}>{ text(name, lang) }</option>
                    }) }
                </select>
            </label>
            <p class="visually-hidden" aria-live="polite">{ announced }</p>
            if let Some((_, name)) = area_name.filter(|_| !local.is_empty()) {
                <ul class="actions quick" aria-label={t(lang, Msg::EmergencyNumbers)}>
                    { for emergency.iter().flat_map(|s| s.contacts.iter().filter(|c| c.kind == ContactType::Voice).take(1)).map(|c| contact_link(c, lang)) }
                </ul>
                <section class="group local">
                    <h3>{ text(name, lang) }</h3>
                    { for local.iter().map(|s| card(s)) }
                </section>
            }
            if !emergency.is_empty() {
                <section class="group emergency">
                    <h3>{ t(lang, Msg::EmergencyNumbers) }</h3>
                    { for emergency.iter().map(|s| card(s)) }
                </section>
            }
            { cannot_speak(lang) }
            { for groups.into_iter().map(|(kind, services)| html! {
                <section class="group">
                    <h3>{ t(lang, kind_heading(kind)) }</h3>
                    { for services.into_iter().map(&card) }
                </section>
            }) }
        </div>
    }
}

/// Ways to reach the police in writing, each with the pages it was read in.
fn cannot_speak(lang: Lang) -> Html {
    html! {
        <section class="group silent">
            <h3>{ t(lang, Msg::CannotSpeak) }</h3>
            { for SILENT_WAYS.iter().map(|way| html! {
                <div class="silent-way">
                    <p class="notes">{ with_numbers(t(lang, way.text)) }</p>
                    <p class="source">
                        { t(lang, Msg::Source).to_string() + ": " }
                        { for way.sources.iter().enumerate().map(|(i, source)| html! {
                            <>
                                if i > 0 { { "; " } }
                                <a href={source.url} target="_blank" rel="noreferrer noopener">{ source.title }</a>
                                { dates(lang, source.dated, way.verified) }
                            </>
                        }) }
                    </p>
                </div>
            }) }
        </section>
    }
}

/// A source's own date (or "undated") and the day it was last verified, after its title.
fn dates(lang: Lang, date: Option<&str>, verified: &str) -> String {
    ", ".to_string() + date.unwrap_or(t(lang, Msg::SourceUndated)) + " · " + t(lang, Msg::LastVerified) + " " + verified
}

fn service_card(service: &Service, directory: &Directory, lang: Lang, today: Day) -> Html {
    let badge = |shown: bool, msg: Msg, class: &'static str| {
        shown.then(|| html! { <li ~className={class}>{ t(lang, msg) }</li> })
    };
    let badges = [
        badge(service.is_24_7(), Msg::Open247, "badge hours"),
        badge(service.free == Some(true), Msg::Free, "badge free"),
        badge(service.accepts_new_residents == Some(true), Msg::AcceptsNewResidents, "badge residents"),
        badge(service.accepts_new_residents == Some(false), Msg::NoNewResidents, "badge residents-no"),
        badge(service.accessible == Some(true), Msg::Accessible, "badge accessible"),
        badge(service.online_consultations == Some(true), Msg::OnlineConsultations, "badge online"),
    ];
    html! {
        <article class="service" data-id={service.id.clone()}>
            <h4>{ text(&service.name, lang) }</h4>
            <p class="area-name">{ match &service.area { Some(area) => text(area, lang), None => html! { t(lang, Msg::Nationwide) } } }</p>
            if badges.iter().any(Option::is_some) {
                <ul class="badges">{ for badges.into_iter().flatten() }</ul>
            }
            if !service.contacts.is_empty() {
                <ul class="actions">{ for service.contacts.iter().map(|c| contact_link(c, lang)) }</ul>
            }
            if !service.reach_through.is_empty() {
                { reach_through(service, directory, lang) }
            }
            if let Some(hours) = &service.hours {
                if !service.is_24_7() { <p class="hours">{ text(hours, lang) }</p> }
            }
            if !service.languages.is_empty() {
                <p class="langs">{ t(lang, Msg::LanguagesSpoken).to_string() + ": " + &language_names(&service.languages, lang) }</p>
            }
            if let Some(notes) = &service.notes {
                <p class="notes">{ text(notes, lang) }</p>
            }
            if older_than(&service.verified, today, SURVIVOR_MONTHS) {
                <p class="notice age">{ with_numbers(t(lang, Msg::OldEntry)) }</p>
            }
            <p class="source">
                { t(lang, Msg::Source).to_string() + ": " }
                <a href={service.source.url.clone()} target="_blank" rel="noreferrer noopener">{ service.source.title.clone() }</a>
                { dates(lang, service.source.date.as_deref(), &service.verified) }
            </p>
        </article>
    }
}

/// The lines a service with no number of its own is reached through, set apart from any
/// contact of its own: a notice that says the service's own number is not known, then each
/// line's own name and number, so that no number reads as the service's.
fn reach_through(service: &Service, directory: &Directory, lang: Lang) -> Html {
    let lines = service.reach_through.iter().filter_map(|id| directory.services.iter().find(|s| &s.id == id));
    html! {
        <div class="reach-through">
            <p>{ t(lang, Msg::ReachThrough) }</p>
            <ul class="actions">
                { for lines.flat_map(|line| line.contacts.iter().filter(|c| c.kind == ContactType::Voice).map(move |c| html! {
                    <li>
                        <a class="contact" part="contact-link" href={c.href.clone()}>
                            <span class="action">{ t(lang, Msg::Call) }</span>
                            <span class="value">{ c.value.clone() }</span>
                        </a>
                        <span class="label">{ text(&line.name, lang) }</span>
                    </li>
                })) }
            </ul>
        </div>
    }
}

/// Language codes from the data as names in the reader's language; a code the widget has no
/// name for is shown as it is.
fn language_names(codes: &[String], lang: Lang) -> String {
    let name = |code: &str| match Lang::from_tag(code) {
        Some(Lang::Kk) => t(lang, Msg::LanguageKazakh),
        Some(Lang::Ru) => t(lang, Msg::LanguageRussian),
        Some(Lang::En) => t(lang, Msg::LanguageEnglish),
        None => "",
    };
    let names: Vec<&str> = codes
        .iter()
        .map(|code| match name(code) {
            "" => code.as_str(),
            known => known,
        })
        .collect();
    join(&names, ", ")
}

fn contact_link(contact: &Contact, lang: Lang) -> Html {
    let action = match contact.kind {
        ContactType::Voice => t(lang, Msg::Call),
        ContactType::Sms => t(lang, Msg::SendSms),
        ContactType::WhatsApp => "WhatsApp",
        ContactType::Telegram => "Telegram",
        ContactType::Email => t(lang, Msg::WriteEmail),
        ContactType::Web => t(lang, Msg::OpenWebsite),
    };
    // Calls and texts stay in this tab (the phone app opens); web pages open apart from it.
    let external = matches!(contact.kind, ContactType::Web | ContactType::WhatsApp | ContactType::Telegram);
    html! {
        <li>
            <a class="contact" part="contact-link" href={contact.href.clone()}
                target={external.then_some("_blank")} rel={external.then_some("noreferrer noopener")}>
                <span class="action">{ action }</span>
                <span class="value">{ contact.value.clone() }</span>
            </a>
            if let Some(label) = &contact.label {
                <span class="label">{ text(label, lang) }</span>
            }
        </li>
    }
}
