//! "Your rights under lockdown": short statements, each tagged law, recommendation or advice,
//! with the public pages they were read in. Facts come only from shared/content/kazakhstan.md.
//! Translations are drafts until a native speaker has reviewed them.

use super::{Source, Statement, Status};
use crate::i18n::Tr;

const EGOV_112: Source = Source {
    title: "egov.kz: Emergency number 112",
    url: "https://egov.kz/cms/en/articles/emergency_number_112",
};

const TURANTIMES_111: Source = Source {
    title: "Turan Times: line 111, 16.10.2023",
    url: "https://turantimes.kz/obschestvo/46231-v-kazahstane-zapuschen-edinyj-telefon-doverija-dlja-zhertv-nasilija-i-bullinga.html",
};

const VLAST_111: Source = Source {
    title: "Vlast.kz: line 111",
    url: "https://vlast.kz/kz/amp/novosti/57178-edinyj-telefon-doveria-dla-zertv-bytovogo-nasilia-i-bullinga-poavilsa-v-kazahstane.html",
};

const ORDA_150: Source = Source {
    title: "Orda.kz: line 150",
    url: "https://orda.kz/suicid-jeto-vash-vybor-kak-rabotajut-psihologi-v-krizisnom-centre-150-v-kazahstane/",
};

pub static RIGHTS: &[Statement] = &[
    // Emergency numbers.
    Statement {
        status: Status::Advice,
        text: Tr {
            kk: "Сізге дәл қазір қауіп төніп тұрса, 102 (полиция) немесе 112 (шұғыл қызмет) нөміріне қоңырау шалыңыз. 112 нөміріне кез келген телефоннан, ұялы телефоннан да, қалалық телефоннан да, қоңырау шалу тегін.",
            ru: "Если Вам угрожает опасность прямо сейчас, звоните 102 (полиция) или 112 (экстренная служба). Звонок на 112 бесплатный с любого телефона, мобильного или городского.",
            en: "If you are in danger right now, call 102 (police) or 112 (emergency service). Calls to 112 are free from any phone, mobile or landline.",
        },
        sources: &[EGOV_112],
    },
    // Line 111.
    Statement {
        status: Status::Advice,
        text: Tr {
            kk: "111 — тұрмыстық зорлық-зомбылық пен буллингтен зардап шеккендерге арналған бірыңғай сенім телефоны: ол тәулік бойы жұмыс істейді, ұялы және қалалық телефоннан қоңырау шалу тегін, Сізге психологтар мен заңгерлер көмектеседі. Анонимді түрде хабарласуға болады, Сіздің дербес деректеріңіз қорғалады.",
            ru: "111 — единый телефон доверия для пострадавших от бытового насилия и буллинга: он работает круглосуточно, звонки с мобильных и городских телефонов бесплатны, Вам помогут психологи и юристы. Можно обратиться анонимно, Ваши персональные данные защищены.",
            en: "111 is the national helpline for victims of domestic violence and bullying: it works 24/7, calls from mobile phones and landlines are free, and psychologists and lawyers can help you. You can stay anonymous, and your personal data is protected.",
        },
        sources: &[TURANTIMES_111, VLAST_111],
    },
    // Protection orders.
    Statement {
        status: Status::Law,
        text: Tr {
            kk: "«Тұрмыстық зорлық-зомбылық профилактикасы туралы» Заңға (2009) сәйкес полиция сотқа жүгінбей-ақ Сізді дереу қорғау үшін 30 күнге қорғау нұсқамасын шығара алады. Сот 3 айдан 1 жылға дейінгі мерзімге құқық бұзушының мінез-құлқына ерекше талаптар белгілей алады, мысалы, Сізді іздемеу, қудаламау, Сізге қоңырау шалмау және Сізбен байланыспау.",
            ru: "По Закону «О профилактике бытового насилия» (2009) полиция может без обращения в суд вынести защитное предписание сроком на 30 дней, чтобы немедленно защитить Вас. Суд может установить особые требования к поведению правонарушителя на срок от 3 месяцев до 1 года, например не искать встреч с Вами, не преследовать Вас, не звонить Вам и не связываться с Вами.",
            en: "Under the Law “On Prevention of Domestic Violence” (2009), the police can issue a protective order for 30 days, without a court case, to protect you at once. A court can set special requirements for the offender's behaviour for 3 months to 1 year, such as not to seek you out, harass, call or contact you.",
        },
        sources: &[
            Source {
                title: "Baker McKenzie: protection for domestic violence victims",
                url: "https://resourcehub.bakermckenzie.com/en/resources/fighting-domestic-violence/asia/kazakhstan/topics/4-protection-for-domestic-violence-victims-and-relief-granted",
            },
            Source {
                title: "zakonpravo.kz: Article 22 of the Law",
                url: "https://zakonpravo.kz/en/article-22-the-establishment-of-special-requirements-for-the-behavior-of-the-offender-of-the-law-on-the-prevention-of-domestic-violence",
            },
            Source {
                title: "ecoi.net: text of the Law",
                url: "https://www.ecoi.net/en/document/1322551.html",
            },
        ],
    },
    // The restraining order: in the Criminal Procedure Code, within a criminal case.
    Statement {
        status: Status::Law,
        text: Tr {
            kk: "Қылмыстық іс бойынша Қылмыстық процестік кодекске (165-бап) сәйкес жақындауға тыйым салу қолданылуы мүмкін: күдіктіге немесе айыпталушыға Сізді іздеуге, қудалауға, Сізге баруға, қоңырау шалуға және Сізбен басқа жолмен байланысуға тыйым салынады. Оны тергеу судьясы санкциялайды немесе сот қолданады; отбасына қатысты зорлық-зомбылық немесе оның нақты қатері болса, Сіздің жазбаша өтінішіңіз бойынша сұратылады.",
            ru: "В уголовном деле по Уголовно-процессуальному кодексу (статья 165) может быть применён запрет на приближение: подозреваемому или обвиняемому запрещают разыскивать, преследовать, посещать Вас, звонить Вам и общаться с Вами иными способами. Его санкционирует следственный судья или применяет суд; при насилии в семье или реальной угрозе насилия его запрашивают по Вашему письменному заявлению.",
            en: "In a criminal case, the Criminal Procedure Code (article 165) provides for a restraining order: the suspect or accused is barred from seeking you out, pursuing, visiting, calling or otherwise contacting you. An investigating judge sanctions it, or a court applies it; where there is violence or a real threat of violence in the family, it is requested on your written application.",
        },
        sources: &[Source {
            title: "Criminal Procedure Code of Kazakhstan, article 165 (text at pavlodar.com)",
            url: "https://pavlodar.com/zakon/?dok=05553&noraz=165&oraz=08",
        }],
    },
    // Battery and minor harm are crimes again.
    Statement {
        status: Status::Law,
        text: Tr {
            kk: "2024 жылғы 16 маусымнан бастап ұрып-соғу және денсаулыққа жеңіл зиян келтіру қайтадан қылмыстық құқық бұзушылық болып саналады, ал қайталап жасалғаны үшін жаза қатаңырақ (2024 жылғы 15 сәуірдегі № 72-VIII Заң).",
            ru: "С 16 июня 2024 года побои и причинение лёгкого вреда здоровью снова являются уголовными правонарушениями, а за повторные случаи наказание строже (Закон № 72-VIII от 15 апреля 2024 года).",
            en: "Since 16 June 2024, battery and causing minor harm to health are criminal offences again, with harsher penalties for repeat offences (Law No. 72-VIII of 15 April 2024).",
        },
        sources: &[Source {
            title: "Library of Congress, Global Legal Monitor, 22.07.2024",
            url: "https://www.loc.gov/item/global-legal-monitor/2024-07-22/kazakhstan-new-law-criminalizes-domestic-violence/",
        }],
    },
    // Police may act on information. Advice, not law: the source is a law firm's summary that
    // names no act.
    Statement {
        status: Status::Advice,
        text: Tr {
            kk: "Baker McKenzie әзірлеген Қазақстан заңнамасына шолуға сәйкес, полиция тұрмыстық зорлық-зомбылық туралы ақпарат бойынша оның жолын кесу үшін әрекет ете алады. Болып жатқан жайт туралы полицияға 102 нөмірі арқылы хабарлай аласыз.",
            ru: "Согласно обзору казахстанского законодательства, подготовленному Baker McKenzie, полиция может действовать на основании информации о бытовом насилии, чтобы его пресечь. Сообщить полиции о происходящем можно по номеру 102.",
            en: "According to a summary of Kazakh law by Baker McKenzie, the police may act on information about domestic violence in order to stop it. You can tell the police what is happening by calling 102.",
        },
        sources: &[Source {
            title: "Baker McKenzie: prosecutorial considerations",
            url: "https://resourcehub.bakermckenzie.com/en/resources/fighting-domestic-violence/asia/kazakhstan/topics/5-prosecutorial-considerations",
        }],
    },
    // Leaving home under quarantine: a demand of rights bodies, not a rule found in Kazakh law.
    Statement {
        status: Status::Recommendation,
        text: Tr {
            kk: "Human Rights Watch тұрмыстық зорлық-зомбылықтан қашып жүрген әрбір адам жүріп-тұруға қойылған шектеулерге қарамастан баспана таба алуы керек, ал баспаналар аса қажетті қызмет ретінде жұмысын жалғастыруы тиіс деп талап етеді; БҰҰ-ның әйелдерге қатысты зорлық-зомбылық жөніндегі арнайы баяндамашысы (27.03.2020) мен ЕҚЫҰ лауазымды тұлғалары (02.04.2020) да мемлекеттерді карантин кезінде зардап шеккендерді қорғауды жалғастыруға шақырды. Бұл — адам құқықтарын қорғайтын ұйымдардың талабы: біз мұны кепілдендіретін Қазақстан заңының нормасын таппадық, бірақ Сіз осыны талап ете аласыз.",
            ru: "Human Rights Watch призывает к тому, чтобы каждый, кто спасается от бытового насилия, мог найти убежище независимо от ограничений на передвижение, а приюты продолжали работать как жизненно важные службы; специальный докладчик ООН по вопросу о насилии в отношении женщин (27.03.2020) и должностные лица ОБСЕ (02.04.2020) также призвали государства не прекращать защиту пострадавших во время карантина. Это требование правозащитных организаций: нормы казахстанского права, которая это гарантирует, мы не нашли, но Вы можете на этом настаивать.",
            en: "Human Rights Watch urges that anyone escaping domestic violence be able to seek refuge whatever the movement restrictions, and that shelters keep working as essential services; the UN Special Rapporteur on violence against women (27.03.2020) and OSCE officials (02.04.2020) also urged states to keep protecting victims during lockdowns. This is a demand of rights bodies: we found no Kazakh rule that guarantees it, but you can insist on it.",
        },
        sources: &[
            Source {
                title: "UN Special Rapporteur on violence against women, 27.03.2020",
                url: "https://reliefweb.int/report/world/states-must-combat-domestic-violence-context-covid-19-lockdowns-un-rights-expert",
            },
            Source {
                title: "OSCE officials, 02.04.2020",
                url: "https://www.oscepa.org/en/news-a-media/press-releases/2020/protection-from-domestic-violence-urgently-needed-for-women-and-children-under-stay-at-home-orders-say-osce-officials",
            },
        ],
    },
    // Police must respond promptly.
    Statement {
        status: Status::Recommendation,
        text: Tr {
            kk: "Адам құқықтарын қорғайтын ұйымдар полиция жедел әрекет етуі керек деп талап етеді: 2020 жылғы 14 сәуірдегі ашық хатта қазақстандық үкіметтік емес ұйымдар үкіметтен жергілікті полиция мен 102 қызметінің жедел әрекет етуіне кепілдік беруді сұрады. Human Rights Watch деректері бойынша полиция әйелдерге баспаналар мен қорғау нұсқамалары туралы әдетте айтпайды, сондықтан олар туралы өзіңіз сұрай аласыз.",
            ru: "Правозащитники настаивают на том, чтобы полиция реагировала быстро: в открытом письме от 14 апреля 2020 года казахстанские НПО попросили правительство гарантировать быстрое реагирование местной полиции и службы 102. По данным Human Rights Watch, полиция, как правило, не рассказывает женщинам о приютах и защитных предписаниях, поэтому Вы можете спросить о них сами.",
            en: "Rights groups insist that police respond quickly: in an open letter of 14 April 2020, Kazakh NGOs asked the government to guarantee a swift response from local police and the 102 service. Human Rights Watch found that police do not routinely tell women about shelters or protection orders, so you can ask about them yourself.",
        },
        sources: &[
            Source {
                title: "KIBHR: NGOs' open letter, 14.04.2020",
                url: "https://bureau.kz/en/news/kibhr_statements/ngos-call-for-improved-protection/",
            },
            Source {
                title: "Human Rights Watch, 17.10.2019",
                url: "https://www.hrw.org/news/2019/10/17/kazakhstan-little-help-domestic-violence-survivors",
            },
        ],
    },
    // At a checkpoint.
    Statement {
        status: Status::Advice,
        text: Tr {
            kk: "Егер Сізді бақылау бекетінде тоқтатса, зорлық-зомбылықтан қашып бара жатқаныңызды айтып, полициядан көмек сұраңыз. Сондай-ақ 102 нөміріне қоңырау шала аласыз.",
            ru: "Если Вас остановили на блокпосту, скажите, что Вы спасаетесь от насилия, и попросите помощи полиции. Вы также можете позвонить по номеру 102.",
            en: "If you are stopped at a checkpoint, say that you are escaping violence and ask for police help. You can also call 102.",
        },
        sources: &[EGOV_112],
    },
    // Crisis centres under quarantine: call first.
    Statement {
        status: Status::Advice,
        text: Tr {
            kk: "Карантин кезінде көптеген дағдарыс орталықтары жаңа адамдарды тұруға қабылдамады, бірақ телефон арқылы кеңес беруін жалғастырды. Барар алдында 111 немесе 150 (балалар мен жастарға арналған сенім телефоны) нөміріне қоңырау шалып, Сізге қайдан көмек алуға болатынын сұраңыз.",
            ru: "Во время карантина многие кризисные центры не принимали новых людей на проживание, но продолжали консультировать по телефону. Прежде чем идти, позвоните на 111 или 150 (телефон доверия для детей и молодёжи) и спросите, где Вам могут помочь.",
            en: "During the quarantine many crisis centres took no new residents but still gave advice by phone. Before you go, call 111 or 150 (the helpline for children and young people) and ask where you can get help.",
        },
        sources: &[
            Source {
                title: "mgorod.kz: Uralsk crisis centre under quarantine, 2020",
                url: "https://mgorod.kz/news/za-vremya-karantina-v-zko-vyroslo-kolichestvo-semejno-bytovyx-konfliktov",
            },
            TURANTIMES_111,
            ORDA_150,
        ],
    },
];
