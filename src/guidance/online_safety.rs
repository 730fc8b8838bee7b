//! "Stay safe online": generic, widely known steps, with no legal claims. Honest about the
//! limits of the quick exit: no web page can delete the browser's history.
//! Translations are drafts until a native speaker has reviewed them.

use super::Topic;
use crate::i18n::Tr;

pub static ONLINE_SAFETY: &[Topic] = &[
    // What the quick exit does and does not do.
    Topic {
        heading: Tr {
            kk: "Жылдам шығу не істейді, ал не істей алмайды",
            ru: "Что делает быстрый выход, а чего не делает",
            en: "What the quick exit does, and does not do",
        },
        steps: &[
            Tr {
                kk: "Жылдам шығу бұл бетті бірден жасырады да, сол қойындыда басқа, бейтарап сайтты ашады.",
                ru: "Быстрый выход сразу скрывает эту страницу и открывает в той же вкладке другой, нейтральный сайт.",
                en: "The quick exit hides this page at once and opens another, neutral site in the same tab.",
            },
            Tr {
                kk: "Ол қойынды тарихында бұл беттің орнын басады, сондықтан «Артқа» түймесі Сізді мұнда қайтармайды.",
                ru: "Он заменяет эту страницу в истории вкладки, поэтому кнопка «Назад» не вернёт Вас сюда.",
                en: "It replaces this page in the tab's history, so the Back button does not bring you here.",
            },
            Tr {
                kk: "iPhone-да және кейбір басқа телефондарда артқа сырғыту алдымен браузердің өзі сақтаған алдыңғы беттің суретін көрсетеді, оны ешбір бет тоқтата алмайды. Сондықтан шыққаннан кейін артқа сырғытпай, қойындыны жабыңыз.",
                ru: "На iPhone и некоторых других телефонах жест «назад» сначала показывает снимок предыдущей страницы, который сохранил сам браузер, и никакая страница не может этому помешать. Поэтому после выхода закройте вкладку, а не листайте назад.",
                en: "On an iPhone, and on some other phones, swiping back first shows the browser's own picture of the previous page, and no page can stop that. So after leaving, close the tab rather than swiping back.",
            },
            Tr {
                kk: "Бұл біреу бөлмеге кіріп келсе немесе иығыңыздың үстінен қарап тұрса, көмектеседі.",
                ru: "Это помогает, если кто-то вошёл в комнату или смотрит Вам через плечо.",
                en: "This helps if someone walks in or looks over your shoulder.",
            },
            Tr {
                kk: "Бірақ ешбір веб-бет браузер тарихын өшіре алмайды: бұл сайтқа кіргеніңіз онда сақталуы мүмкін. Жекелеген жазбаларды қалай өшіруге болатыны төменде жазылған.",
                ru: "Но ни одна веб-страница не может удалить историю браузера: это посещение может в ней остаться. Ниже написано, как удалить отдельные записи.",
                en: "But no web page can delete your browser history: this visit may still appear there. See below how to delete single entries.",
            },
        ],
    },
    // Private browsing.
    Topic {
        heading: Tr {
            kk: "Жасырын шолу режимі",
            ru: "Приватный режим",
            en: "Private browsing",
        },
        steps: &[
            Tr {
                kk: "Жасырын терезе (Chrome браузеріндегі «Инкогнито», Android телефондарында да; Safari (iPhone) мен Firefox браузерлеріндегі Private Browsing; Edge браузеріндегі InPrivate) жабылғаннан кейін тарихты сақтамайды.",
                ru: "Приватное окно («Инкогнито» в Chrome, в том числе на Android; «Частный доступ» в Safari на iPhone; «Приватное окно» в Firefox; InPrivate в Edge) не сохраняет историю после закрытия.",
                en: "A private window (Incognito in Chrome, also on Android; Private Browsing in Safari on iPhone and in Firefox; InPrivate in Edge) does not keep history after you close it.",
            },
            Tr {
                kk: "Ол Сіздің әрекеттеріңізді интернет-провайдерден де, құрылғыға орнатылған тыңшы бағдарламалардан да жасырмайды.",
                ru: "Этот режим не скрывает Ваши действия ни от интернет-провайдера, ни от шпионских программ, установленных на устройстве.",
                en: "It does not hide what you do from your internet provider, or from spyware installed on the device.",
            },
            Tr {
                kk: "Жұмысыңызды аяқтаған соң жасырын терезені жабыңыз.",
                ru: "Закройте приватное окно, когда закончите.",
                en: "Close the private window when you are done.",
            },
        ],
    },
    // Delete single entries.
    Topic {
        heading: Tr {
            kk: "Бәрін емес, жекелеген жазбаларды өшіріңіз",
            ru: "Удаляйте отдельные записи, а не всё",
            en: "Delete single entries, not everything",
        },
        steps: &[
            Tr {
                kk: "Бүкіл тарихты өшірудің өзі күдік тудыруы мүмкін, сондықтан тек жасырғыңыз келетін беттерді ғана өшіріңіз.",
                ru: "Полностью очищенная история сама по себе может вызвать подозрение, поэтому удаляйте только те страницы, которые хотите скрыть.",
                en: "Deleting all history can itself look suspicious, so remove only the pages you want to hide.",
            },
            Tr {
                kk: "Android телефонындағы Chrome: ⋮ мәзірі > «Тарих», содан кейін жазбаның жанындағы × белгісін басыңыз.",
                ru: "Chrome на Android: меню ⋮ > «История», затем нажмите × рядом с записью.",
                en: "Chrome on Android: menu ⋮ > History, then tap × next to the entry.",
            },
            Tr {
                kk: "iPhone телефонындағы Safari: бетбелгілер белгішесі > «Тарих» қойындысы (сағат белгісі), жазбаны солға сырғытып, «Өшіру» түймесін басыңыз.",
                ru: "Safari на iPhone: значок закладок > вкладка «История» (часы), проведите по записи влево и нажмите «Удалить».",
                en: "Safari on iPhone: bookmarks icon > History tab (the clock), swipe left on the entry and tap Delete.",
            },
            Tr {
                kk: "Компьютердегі браузерлер: Ctrl+H пернелерін басыңыз (Mac компьютеріндегі Safari мен Chrome браузерлерінде ⌘+Y), жазбаны тауып, өшіріңіз.",
                ru: "Браузеры на компьютере: нажмите Ctrl+H (в Safari и Chrome на Mac — ⌘+Y), найдите запись и удалите её.",
                en: "Browsers on a computer: press Ctrl+H (⌘+Y in Safari and Chrome on a Mac), find the entry and delete it.",
            },
        ],
    },
    // Call and message logs.
    Topic {
        heading: Tr {
            kk: "Қоңыраулар мен хабарламалар",
            ru: "Звонки и сообщения",
            en: "Calls and messages",
        },
        steps: &[
            Tr {
                kk: "111, 150 немесе 102 нөмірлеріне шалынған қоңыраулар телефонның қоңыраулар тізімінде сақталады.",
                ru: "Звонки на 111, 150 или 102 остаются в журнале вызовов телефона.",
                en: "Calls to 111, 150 or 102 appear in the phone's call log.",
            },
            Tr {
                kk: "Android: «Телефон» қолданбасы > «Соңғылар», қоңырауды басып ұстап тұрыңыз да, «Өшіру» тармағын таңдаңыз.",
                ru: "Android: приложение «Телефон» > «Недавние», нажмите на вызов и удерживайте, затем выберите «Удалить».",
                en: "Android: Phone app > Recents, press and hold the call, then choose Delete.",
            },
            Tr {
                kk: "iPhone: «Телефон» > «Соңғылар», қоңырауды солға сырғытып, «Өшіру» түймесін басыңыз.",
                ru: "iPhone: «Телефон» > «Недавние», проведите по вызову влево и нажмите «Удалить».",
                en: "iPhone: Phone > Recents, swipe left on the call and tap Delete.",
            },
            Tr {
                kk: "Хабарламаларды да өшіріңіз. Бірақ қоңыраудың немесе хабарламаның жоғалып кетуінің өзі байқалып қалмай ма, ойланыңыз.",
                ru: "Удаляйте и сообщения. Но подумайте, не будет ли заметно само исчезновение звонка или сообщения.",
                en: "Delete messages too. But think about whether a missing call or message could itself be noticed.",
            },
        ],
    },
    // Synced accounts and shared devices.
    Topic {
        heading: Tr {
            kk: "Синхрондалған аккаунттар және ортақ құрылғылар",
            ru: "Синхронизация аккаунтов и общие устройства",
            en: "Synced accounts and shared devices",
        },
        steps: &[
            Tr {
                kk: "Егер Сіз басқа біреу көре алатын Google аккаунтына немесе Apple ID-ге кірген болсаңыз, тарихыңыз оның құрылғыларына синхрондалуы мүмкін.",
                ru: "Если Вы вошли в аккаунт Google или Apple ID, к которому есть доступ у другого человека, Ваша история может синхронизироваться с его устройствами.",
                en: "If you are signed in to a Google account or Apple ID that someone else can see, your history may sync to their devices.",
            },
            Tr {
                kk: "Google іздеу сұрауларыңыз бен ашқан беттеріңізді «Менің әрекеттерім» бөлімінде (myactivity.google.com) бөлек сақтауы мүмкін. Ондағы жекелеген жазбаларды да өшіруге болады.",
                ru: "Google может отдельно хранить Ваши поисковые запросы и посещённые страницы в разделе «Мои действия» (myactivity.google.com). Там тоже можно удалить отдельные записи.",
                en: "Google may also keep your searches and visited pages separately, in My Activity (myactivity.google.com). You can delete single entries there too.",
            },
            Tr {
                kk: "Ортақ компьютерлер мен планшеттер өз тарихын сақтайды, сондықтан оларды да тексеріңіз.",
                ru: "Общие компьютеры и планшеты хранят собственную историю, поэтому проверьте и их.",
                en: "Shared computers and tablets keep their own history, so check them too.",
            },
        ],
    },
    // A monitored phone.
    Topic {
        heading: Tr {
            kk: "Телефоныңыз бақылауда деп ойласаңыз",
            ru: "Если Вы думаете, что Ваш телефон под наблюдением",
            en: "If you think your phone is monitored",
        },
        steps: &[
            Tr {
                kk: "Егер біреу телефоныңызды тексеріп не бақылап жүр деп ойласаңыз, көмекті қауіпсізірек құрылғыдан іздеңіз: досыңыздың телефонынан немесе кітапханадағы компьютерден.",
                ru: "Если Вам кажется, что кто-то проверяет или отслеживает Ваш телефон, ищите помощь с более безопасного устройства: телефона друга или подруги, компьютера в библиотеке.",
                en: "If you think someone checks or monitors your phone, look for help on a safer device: a friend's phone or a library computer.",
            },
            Tr {
                kk: "Бақылаудағы телефондағы кенет өзгерістер, мысалы, қолданбаларды өшіру немесе құпиясөздерді ауыстыру, байқалып қалуы мүмкін. Оларды жасамас бұрын ойланыңыз.",
                ru: "Резкие перемены на отслеживаемом телефоне, например удаление приложений или смена паролей, могут заметить. Подумайте об этом, прежде чем что-то менять.",
                en: "Sudden changes on a monitored phone, such as removing apps or changing passwords, may be noticed. Think about this before you make them.",
            },
            Tr {
                kk: "Қауіпсіз болса, телефоннан іздемеу үшін 111 және 102 нөмірлерін жаттап алыңыз.",
                ru: "Если это безопасно, запомните номера 111 и 102, чтобы не искать их в телефоне.",
                en: "If it is safe, learn the numbers 111 and 102 by heart, so that you do not have to look them up on the phone.",
            },
        ],
    },
];
