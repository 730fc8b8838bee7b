//! Russian. Draft translation: not yet reviewed by a native speaker (see `Review`).

use super::{Msg, Plural};

pub(super) fn text(msg: Msg) -> &'static str {
    use Msg::*;
    match msg {
        ExitButton => "Покинуть страницу",
        ExitButtonDescription => "Сразу переходит на нейтральный сайт",
        HelpButton => "Помощь",
        PanelTitle => "Помощь и безопасность",
        Close => "Закрыть",
        TabContacts => "Контакты",
        TabRights => "Ваши права во время карантина",
        TabOnline => "Безопасность в интернете",
        Language => "Язык",
        Area => "Регион",
        AllAreas => "Все регионы",
        Nationwide => "По всей стране",
        EmergencyNumbers => "Экстренные номера",
        Hotlines => "Телефоны доверия",
        CrisisCentres => "Кризисные центры",
        Shelters => "Приюты",
        LegalAid => "Юридическая помощь",
        OnlineHelp => "Помощь онлайн",
        Open247 => "Круглосуточно",
        Free => "Бесплатно",
        AcceptsNewResidents => "Принимает новых проживающих",
        NoNewResidents => "Не принимает новых проживающих",
        Accessible => "Доступно для людей с инвалидностью",
        OnlineConsultations => "Онлайн-консультации",
        LanguagesSpoken => "Языки",
        Call => "Позвонить",
        SendSms => "SMS",
        WriteEmail => "Написать письмо",
        OpenWebsite => "Сайт",
        LastVerified => "Проверено",
        Source => "Источник",
        DataDegraded => "Не удалось загрузить свежий список контактов. Показаны встроенные контакты.",
        StatusLaw => "Закон",
        StatusRecommendation => "Рекомендация",
        StatusAdvice => "Совет",
        RightsIntro => "У каждого пункта указано, что это: закон Казахстана, рекомендация правозащитных организаций и международных органов (не имеет обязательной силы) или практический совет.",
        OnlineIntro => "Что эта страница может скрыть, а что нет.",
        ShortcutShift => "Или нажмите Shift три раза",
        ShortcutEscape => "Или нажмите Esc два раза",
        ShortcutExpired => "Время для нажатия клавиш истекло",
        DraftTranslation => "Этот перевод ещё не проверен носителем языка.",
        ReachThrough => "Собственного номера этого центра в наших источниках нет. Позвоните на национальную линию и попросите направить Вас в ближайший центр:",
        LanguageKazakh => "казахский",
        LanguageRussian => "русский",
        LanguageEnglish => "английский",
        Leaving => "Выход",
    }
}

pub(super) fn presses_left(key: &str, left: u32, category: Plural) -> String {
    let times = match category {
        Plural::One => "раз",
        Plural::Few => "раза",
        Plural::Many | Plural::Other => "раз",
    };
    format!("Нажмите {key} ещё {left} {times}, чтобы выйти")
}
