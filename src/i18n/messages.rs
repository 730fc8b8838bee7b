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
    TabRights => "Your rights under lockdown",
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
    RightsIntro => "Each point says what it is: the law of Kazakhstan, a recommendation of human-rights bodies (not binding), or practical advice.",
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
    RightsProtectionOrders => "Under the Law “On Prevention of Domestic Violence” (2009), the police can issue a protective order for 30 days, without a court case, to protect you at once. A court can set special requirements for the offender's behaviour for 3 months to 1 year, such as not to seek you out, harass, call or contact you.",
    RightsRestrainingOrder => "In a criminal case, the Criminal Procedure Code (article 165) provides for a restraining order: the suspect or accused is barred from seeking you out, pursuing, visiting, calling or otherwise contacting you. An investigating judge sanctions it, or a court applies it; where there is violence or a real threat of violence in the family, it is requested on your written application.",
    RightsBattery => "Since 16 June 2024, battery and causing minor harm to health are criminal offences again, with harsher penalties for repeat offences (Law No. 72-VIII of 15 April 2024).",
    RightsPoliceAct => "According to a summary of Kazakh law by Baker McKenzie, the police may act on information about domestic violence in order to stop it. You can tell the police what is happening by calling {police}.",
    RightsLeavingHome => "Human Rights Watch urges that anyone escaping domestic violence be able to seek refuge whatever the movement restrictions, and that shelters keep working as essential services; the UN Special Rapporteur on violence against women (27.03.2020) and OSCE officials (02.04.2020) also urged states to keep protecting victims during lockdowns. This is a demand of rights bodies: we found no Kazakh rule that guarantees it, but you can insist on it.",
    RightsPoliceResponse => "Rights groups insist that police respond quickly: in an open letter of 14 April 2020, Kazakh NGOs asked the government to guarantee a swift response from local police and the {police} service. Human Rights Watch found that police do not routinely tell women about shelters or protection orders, so you can ask about them yourself.",
    RightsCheckpoint => "If you are stopped at a checkpoint, say that you are escaping violence and ask for police help. You can also call {police}.",
    RightsCallFirst => "During the quarantine many crisis centres took no new residents but still gave advice by phone. Before you go, call {helpline} or {trust_line} (the helpline for children and young people) and ask where you can get help.",
    // "Stay safe online": a heading, then its steps.
    OnlineQuickExit => "What the quick exit does, and does not do",
    OnlineQuickExit1 => "The quick exit hides this page at once and opens another, neutral site in the same tab.",
    OnlineQuickExit2 => "It replaces this page in the tab's history, so the Back button does not bring you here.",
    OnlineQuickExit3 => "On an iPhone, and on some other phones, swiping back first shows the browser's own picture of the previous page, and no page can stop that. So after leaving, close the tab rather than swiping back.",
    OnlineQuickExit4 => "This helps if someone walks in or looks over your shoulder.",
    OnlineQuickExit5 => "But no web page can delete your browser history: this visit may still appear there. See below how to delete single entries.",
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
    SourceUndated => "undated",
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
