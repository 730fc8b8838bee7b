//! Kazakh, in Cyrillic. Draft translation: not yet reviewed by a native speaker (see `Review`).

use super::Msg;

pub(super) fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        ExitButton => "Беттен шығу",
        ExitButtonDescription => "Бірден бейтарап сайтқа өтеді",
        HelpButton => "Көмек",
        PanelTitle => "Көмек және қауіпсіздік",
        Close => "Жабу",
        TabContacts => "Байланыс",
        TabRights => "Карантин кезіндегі құқықтарыңыз",
        TabOnline => "Интернеттегі қауіпсіздік",
        Language => "Тіл",
        Area => "Өңір",
        AllAreas => "Барлық өңірлер",
        Nationwide => "Бүкіл ел бойынша",
        EmergencyNumbers => "Шұғыл нөмірлер",
        Hotlines => "Сенім телефондары",
        CrisisCentres => "Дағдарыс орталықтары",
        Shelters => "Уақытша баспаналар",
        LegalAid => "Заң көмегі",
        OnlineHelp => "Онлайн көмек",
        Open247 => "Тәулік бойы",
        Free => "Тегін",
        AcceptsNewResidents => "Жаңа адамдарды тұруға қабылдайды",
        NoNewResidents => "Жаңа адамдарды тұруға қабылдамайды",
        Accessible => "Мүгедектігі бар адамдарға қолжетімді",
        OnlineConsultations => "Онлайн кеңес",
        LanguagesSpoken => "Тілдер",
        Call => "Қоңырау шалу",
        SendSms => "SMS",
        WriteEmail => "Электрондық хат жазу",
        OpenWebsite => "Сайт",
        LastVerified => "Тексерілген күні",
        Source => "Дереккөз",
        DataDegraded => "Байланыстардың жаңа тізімі жүктелмеді. Кірістірілген тізім көрсетілген.",
        StatusLaw => "Заң",
        StatusRecommendation => "Ұсыныс",
        StatusAdvice => "Кеңес",
        RightsIntro => "Әр тармақта оның не екені көрсетілген: Қазақстан заңы, адам құқықтарын қорғайтын ұйымдардың ұсынысы (міндетті емес) немесе практикалық кеңес.",
        OnlineIntro => "Бұл бет нені жасыра алады, нені жасыра алмайды.",
        ShortcutShift => "Немесе Shift пернесін үш рет басыңыз",
        ShortcutEscape => "Немесе Esc пернесін екі рет басыңыз",
        ShortcutExpired => "Пернелерді басу уақыты өтіп кетті",
        DraftTranslation => "Бұл аударманы әлі ана тілінде сөйлейтін адам тексерген жоқ.",
        ReachThrough => "Бұл орталықтың өз телефон нөмірі біздің дереккөздерде жоқ. Ұлттық желіге қоңырау шалып, Сізді ең жақын орталыққа жіберуді сұраңыз:",
        LanguageKazakh => "қазақ тілі",
        LanguageRussian => "орыс тілі",
        LanguageEnglish => "ағылшын тілі",
        Leaving => "Шығу",
    }
}

/// Kazakh needs no plural form after a numeral.
pub(super) fn presses_left(key: &str, left: u32) -> String {
    format!("Шығу үшін {key} пернесін тағы {left} рет басыңыз")
}
