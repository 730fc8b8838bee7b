//! Every message of the widget in English, the language the texts are written in: the source
//! from which `make translations` extracts po/safe-exit.pot. A message's name is its `msgctxt`
//! in the catalogues. Phone numbers never go in a message: they are placeholders (`{police}`,
//! …) filled from [`super::NUMBERS`].

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => $english:literal,)*) => {
        /// A message of the widget.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Msg {
            $(#[doc = $english] $(#[$doc])* $name,)*
        }


        impl Msg {
            /// Every message, in the order of the template.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];

            /// The message's name: its `msgctxt` in the catalogues.
            pub fn name(self) -> &'static str {
                const NAMES: &str = concat!($(stringify!($name),)*);
                const ENDS: [u16; Msg::ALL.len()] = ends([$(stringify!($name).len(),)*]);
                nth(NAMES, &ENDS, self as usize)
            }

            /// The English text.
            pub fn english(self) -> &'static str {
                const ENGLISH: &str = concat!($($english,)*);
                const ENDS: [u16; Msg::ALL.len()] = ends([$($english.len(),)*]);
                nth(ENGLISH, &ENDS, self as usize)
            }
        }
    };
}

/// Where each of the strings of `lengths` ends, when they are written one after another. The
/// names and English texts are each one string and a table of these ends: a `match` of string
/// literals is a table of a pointer and a length for each, which gzip shrinks much less
/// (0.47 KB gzip more in the interface).
const fn ends<const N: usize>(lengths: [usize; N]) -> [u16; N] {
    let mut ends = [0; N];
    let (mut i, mut end) = (0, 0);
    while i < N {
        end += lengths[i];
        assert!(end <= u16::MAX as usize, "the messages fit in 64 KiB");
        ends[i] = end as u16;
        i += 1;
    }
    ends
}

/// String number `n` of `all`, the strings written one after another that end at `ends`.
fn nth(all: &'static str, ends: &[u16], n: usize) -> &'static str {
    let start = n.checked_sub(1).and_then(|before| ends.get(before)).map_or(0, |&end| usize::from(end));
    let end = ends.get(n).map_or(start, |&end| usize::from(end));
    all.get(start..end).unwrap_or_default()
}

messages! {
    // The interface.
    ExitButton => "Exit this page",
    HelpButton => "Get help",
    PanelTitle => "Help and safety",
    Close => "Close",
    TabContacts => "Contacts",
    TabRights => "Your rights",
    TabOnline => "Stay safe online",
    Language => "Language",
    Area => "Area",
    AllAreas => "All areas",
    Nationwide => "Nationwide",
    EmergencyNumbers => "Emergency numbers",
    Hotlines => "Helplines",
    CrisisCentres => "Crisis centres",
    Shelters => "Shelters",
    LegalAid => "Legal aid",
    OnlineHelp => "Help online",
    Open247 => "24/7",
    Free => "Free",
    AcceptsNewResidents => "Takes new residents",
    NoNewResidents => "Not taking new residents",
    Accessible => "Accessible for people with disabilities",
    OnlineConsultations => "Online consultations",
    LanguagesSpoken => "Languages",
    Call => "Call",
    SendSms => "SMS",
    WriteEmail => "Email",
    OpenWebsite => "Website",
    LastVerified => "Last verified",
    Source => "Source",
    DataDegraded => "The latest contact list could not be loaded. These are the built-in contacts.",
    StatusLaw => "Law",
    StatusRecommendation => "Recommendation",
    StatusAdvice => "Advice",
    StatusReported => "Report",
    SourceUndated => "undated",
    RightsIntro => "Each point says what it is: law (with the act and article), a report (by the police, officials or the press, where we could not yet read the article of the law), a recommendation of rights bodies (not binding), or advice. Its sources are below it, with their dates.",
    OnlineIntro => "What this page can and cannot hide.",
    ShortcutShift => "Or press Shift three times",
    ShortcutEscape => "Or press Esc twice",
    ShortcutExpired => "The time to press the keys ran out",
    DraftTranslation => "This translation has not yet been checked by a native speaker.",
    ReachThrough => "This centre's own phone number is not in our sources. Call a national line and ask to be referred to the nearest centre:",
    LanguageKazakh => "Kazakh",
    LanguageRussian => "Russian",
    LanguageEnglish => "English",
    // The rights section: one message per statement; its status and sources are in guidance/rights.rs.
    RightsDanger => "If you are in danger right now, call {police} (police) or {emergency} (emergency service). Calls to {emergency} are free from any phone, mobile or landline.",
    RightsHelpline => "{helpline} is the national helpline for victims of domestic violence and bullying: it works 24/7, calls from mobile phones and landlines are free, and psychologists and lawyers can help you. You can stay anonymous, and your personal data is protected.",
    RightsProtectionOrders => "You can ask the police for a protective order: it forbids the abuser to contact you and your children, at once and without a court. A court can add requirements, such as not to drink alcohol. Police reported using both in 2024, 2025 and 2026. A new Law “On Prevention of Offences” came into force on 2 March 2026, and we could not yet read which article now sets these orders: ask {helpline} for the details.",
    RightsRestrainingOrder => "If a criminal case about violence in the family is open, you can ask the investigator in writing for a restraining order. The suspect may then not seek you out, follow, visit, call or contact you. A judge approves it. (Criminal Procedure Code, article 165)",
    RightsBattery => "Beating someone or causing minor harm to their health has been a crime again since 16 June 2024, with harsher penalties for repeat offences. You can report it to the police: {police}.",
    RightsPoliceAct => "You do not have to write a complaint for the police to act. Since July 2023 they can open a case and issue a protective order on what they see, or on witnesses and video, even without your statement. Call {police}.",
    RightsLeavingHome => "In 2020, Human Rights Watch urged that people escaping violence could still seek refuge and that shelters keep working; the UN expert on violence against women and OSCE officials urged states to keep protecting victims. These were demands, not Kazakh rules: in a new lockdown, you can insist on them.",
    RightsPoliceResponse => "Police do not always tell women about shelters or protective orders, Human Rights Watch found in 2019: ask about them yourself. In April 2020, Kazakh rights groups asked the government to protect women at risk better during the quarantine.",
    RightsCheckpoint => "If there are checkpoints and you are stopped, say that you are escaping violence and ask for police help. You can also call {police}.",
    RightsCallFirst => "In the 2020 quarantine most crisis centres took no new residents but still gave advice by phone. In a lockdown, call {helpline} before you go and ask where you can get help.",
    RightsLivingApart => "A court can also order the abuser to live away from you for a time. Ask the police or {helpline} about it. Courts rarely do this: in May 2025 the interior ministry reported four such cases.",
    // The rights tab's second section: what applied in the 2020 quarantine, for the next lockdown.
    RightsLockdown => "In a lockdown or state of emergency",
    RightsLockdownIntro => "What applied during the 2020 quarantine, and what you can do if there is another lockdown or state of emergency.",
    // "Stay safe online": a heading, then its steps.
    OnlineQuickExit => "What the quick exit does, and does not do",
    OnlineQuickExit1 => "The quick exit hides this page at once and opens another, neutral site in the same tab.",
    OnlineQuickExit2 => "It replaces this page in the tab's history, so the Back button does not bring you here.",
    OnlineQuickExit3 => "On an iPhone, and on some other phones, swiping back first shows the browser's own picture of the previous page, and no page can stop that. So after leaving, close the tab rather than swiping back.",
    OnlineQuickExit4 => "This helps if someone walks in or looks over your shoulder.",
    OnlineQuickExit5 => "But no web page can delete your browser history: this visit may still appear there. See below how to delete single entries.",
    OnlineQuickExit6 => "To come back here later, open the site again from a search or by typing its address: Back will not bring it back.",
    OnlineQuickExit7 => "The exit also closes the tabs that links here opened. A tab you opened yourself (press and hold a link, then “Open in new tab”) stays open: close it yourself.",
    OnlinePrivate => "Private browsing",
    OnlinePrivate1 => "A private window (Incognito in Chrome, also on Android; Private Browsing in Safari on iPhone and in Firefox; InPrivate in Edge) does not keep history after you close it.",
    OnlinePrivate2 => "It does not hide what you do from your internet provider, or from spyware installed on the device.",
    OnlinePrivate3 => "Close the private window when you are done.",
    OnlineDelete => "Delete single entries, not everything",
    OnlineDelete1 => "Deleting all history can itself look suspicious, so remove only the pages you want to hide.",
    OnlineDelete2 => "Chrome on Android: menu ⋮ > History, then tap × next to the entry.",
    OnlineDelete3 => "Safari on iPhone: bookmarks icon > History tab (the clock), swipe left on the entry and tap Delete.",
    OnlineDelete4 => "Browsers on a computer: press Ctrl+H (⌘+Y in Safari and Chrome on a Mac), find the entry and delete it.",
    OnlineCalls => "Calls and messages",
    OnlineCalls1 => "Calls to {helpline}, {trust_line} or {police} appear in the phone's call log.",
    OnlineCalls2 => "Android: Phone app > Recents, press and hold the call, then choose Delete.",
    OnlineCalls3 => "iPhone: Phone > Recents, swipe left on the call and tap Delete.",
    OnlineCalls4 => "Delete messages too. But think about whether a missing call or message could itself be noticed.",
    OnlineSynced => "Synced accounts and shared devices",
    OnlineSynced1 => "If you are signed in to a Google account or Apple ID that someone else can see, your history may sync to their devices.",
    OnlineSynced2 => "Google may also keep your searches and visited pages separately, in My Activity (myactivity.google.com). You can delete single entries there too.",
    OnlineSynced3 => "Shared computers and tablets keep their own history, so check them too.",
    OnlineMonitored => "If you think your phone is monitored",
    OnlineMonitored1 => "If you think someone checks or monitors your phone, look for help on a safer device: a friend's phone or a library computer.",
    OnlineMonitored2 => "Sudden changes on a monitored phone, such as removing apps or changing passwords, may be noticed. Think about this before you make them.",
    OnlineMonitored3 => "If it is safe, learn the numbers {helpline} and {police} by heart, so that you do not have to look them up on the phone.",
    // Contacts: the age of an entry, the sources' own dates, the area chosen, and ways to reach the police in writing.
    OldEntry => "These details were last checked more than a year ago and may have changed. If no one answers, call {emergency}.",
    AreaFirst => "Shown first: the area you chose",
    CannotSpeak => "If you cannot speak",
    CannotSpeakApp102 => "You can write to the police in the “{police}” app: it has an SOS button and takes text messages. You must register in the app to write, and the police later reply in it about what they did.",
    CannotSpeakLawOrder => "You can also report domestic violence in writing in the “Закон и Порядок” (Law and Order) section of eGov Mobile, Kaspi.kz or Halyk. These reports are not anonymous: they are sent under your name. Someone who checks your phone may see what you sent.",
}

/// The one message with plural forms, "Press Shift 2 more times to leave": its `msgctxt`, and
/// its English singular and plural.
pub const PRESSES_LEFT: (&str, &str, &str) =
    ("PressesLeft", "Press {key} {n} more time to leave", "Press {key} {n} more times to leave");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_message_has_its_own_name_and_text() {
        assert_eq!((Msg::ExitButton.name(), Msg::ExitButton.english()), ("ExitButton", "Exit this page"));
        let last = Msg::ALL[Msg::ALL.len() - 1];
        assert_eq!(format!("{last:?}"), last.name());
        for (i, msg) in Msg::ALL.iter().enumerate() {
            assert_eq!(format!("{msg:?}"), msg.name());
            assert!(!msg.english().is_empty() && Msg::ALL[..i].iter().all(|m| m.english() != msg.english()));
        }
    }
}
