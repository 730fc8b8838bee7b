//! "Your rights under lockdown": short statements, each tagged law, recommendation or advice,
//! with the public pages they were read in, each cited by its own address.
//! Translations are drafts until a native speaker has reviewed them.

use super::{Source, Statement, Status};
use crate::i18n::Msg;

const EGOV_112: Source =
    Source { title: "egov.kz: Emergency number 112", url: "https://egov.kz/cms/en/articles/emergency_number_112" };

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

/// The statements of the section, in the order shown.
pub static RIGHTS: &[Statement] = &[

    // Emergency numbers.
    Statement {
        status: Status::Advice,
        text: Msg::RightsDanger,
        sources: &[EGOV_112],
    },
    // Line 111.
    Statement {
        status: Status::Advice,
        text: Msg::RightsHelpline,
        sources: &[TURANTIMES_111, VLAST_111],
    },
    // Protection orders.
    Statement {
        status: Status::Law,
        text: Msg::RightsProtectionOrders,
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
        text: Msg::RightsRestrainingOrder,
        sources: &[Source {
            title: "Criminal Procedure Code of Kazakhstan, article 165 (text at pavlodar.com)",
            url: "https://pavlodar.com/zakon/?dok=05553&noraz=165&oraz=08",
        }],
    },
    // Battery and minor harm are crimes again.
    Statement {
        status: Status::Law,
        text: Msg::RightsBattery,
        sources: &[Source {
            title: "Library of Congress, Global Legal Monitor, 22.07.2024",
            url: "https://www.loc.gov/item/global-legal-monitor/2024-07-22/kazakhstan-new-law-criminalizes-domestic-violence/",
        }],
    },
    // Police may act on information. Advice, not law: the source is a law firm's summary that
    // names no act.
    Statement {
        status: Status::Advice,
        text: Msg::RightsPoliceAct,
        sources: &[Source {
            title: "Baker McKenzie: prosecutorial considerations",
            url: "https://resourcehub.bakermckenzie.com/en/resources/fighting-domestic-violence/asia/kazakhstan/topics/5-prosecutorial-considerations",
        }],
    },
    // Leaving home under quarantine: a demand of rights bodies, not a rule found in Kazakh law.
    Statement {
        status: Status::Recommendation,
        text: Msg::RightsLeavingHome,
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
        text: Msg::RightsPoliceResponse,
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
        text: Msg::RightsCheckpoint,
        sources: &[EGOV_112],
    },
    // Crisis centres under quarantine: call first.
    Statement {
        status: Status::Advice,
        text: Msg::RightsCallFirst,
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
