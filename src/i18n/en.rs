//! English: the language the texts are written in.

use super::{Msg, Plural};

pub(super) fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        ExitButton => "Exit this page",
        ExitButtonDescription => "Leaves for a neutral website at once",
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
        Leaving => "Leaving",
    }
}

pub(super) fn presses_left(key: &str, left: u32, category: Plural) -> String {
    let times = if category == Plural::One { "time" } else { "times" };
    format!("Press {key} {left} more {times} to leave")
}
