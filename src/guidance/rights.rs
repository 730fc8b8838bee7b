//! "Your rights": short statements, each tagged law, report, recommendation or advice, with the
//! public pages they were read in, each cited by its own address and date. The law in force
//! comes first; what applied in the 2020 quarantine is a section of its own, for the next
//! lockdown or state of emergency. Translations are drafts until a native speaker has reviewed
//! them. src/guidance/README.md says which articles could not be read, and why those
//! statements are reports, not law.

use super::{Act, Source, Statement, Status};
use crate::i18n::Msg;

/// The day every statement below was last checked against its sources.
const CHECKED: &str = "2026-12-06";

const EGOV_112: Source = Source {
    title: "egov.kz: Emergency number 112",
    url: "https://egov.kz/cms/en/articles/emergency_number_112",
    dated: Some("2021-09-08"),
};

const TURANTIMES_111: Source = Source {
    title: "Turan Times: line 111",
    url: "https://turantimes.kz/obschestvo/46231-v-kazahstane-zapuschen-edinyj-telefon-doverija-dlja-zhertv-nasilija-i-bullinga.html",
    dated: Some("2023-10-16"),
};

const VLAST_111: Source = Source {
    title: "Vlast.kz: line 111",
    url: "https://vlast.kz/kz/amp/novosti/57178-edinyj-telefon-doveria-dla-zertv-bytovogo-nasilia-i-bullinga-poavilsa-v-kazahstane.html",
    dated: None,
};

const EURASIANET_POLICE: Source = Source {
    title: "Eurasianet (via BEARR): police and domestic violence",
    url: "https://bearr.org/regional-news/kazakhstan-police-making-effort-on-domestic-violence/?lang=uk",
    dated: Some("2024-01-09"),
};

const KAZINFORM_NO_STATEMENT: Source = Source {
    title: "Kazinform: New law, but old habits (Karaganda police)",
    url: "https://en.inform.kz/news/new-law-but-old-habits-victims-of-domestic-violence-in-kazakhstan-are-still-afraid-to-file-complaint-2c66d8/",
    dated: None,
};

const ASTANA_TIMES_WITNESSES: Source = Source {
    title: "The Astana Times: President urges law enforcement agencies",
    url: "https://astanatimes.com/2023/11/president-urges-law-enforcement-agencies-to-strengthen-justice-and-order/",
    dated: Some("2023-11"),
};

const ASTANA_TIMES_ONE_YEAR: Source = Source {
    title: "The Astana Times: one year since Kazakhstan criminalized domestic violence",
    url:
        "https://astanatimes.com/2025/05/one-year-since-kazakhstan-criminalized-domestic-violence-what-numbers-reveal/",
    dated: Some("2025-05"),
};

const MGOROD_2026: Source = Source {
    title: "Moy Gorod: West Kazakhstan police, two months of 2026",
    url: "https://mgorod.kz/news/v-zko-23-celoveka-otpravili-na-obshhestvennye-raboty-za-konflikty-v-seme",
    dated: Some("2026-03-03"),
};

const ZAKON_NEW_LAW: Source = Source {
    title: "Zakon.kz: the new Law “On Prevention of Offences” in force",
    url: "https://www.zakon.kz/pravo/6509775-sistema-profilaktiki-pravonarusheniy-izmenilas-v-kazakhstane.html",
    dated: Some("2026-03-03"),
};

const HRW_2020: Source = Source {
    title: "Human Rights Watch: Lack of refuge for Kazakhstan's domestic violence survivors",
    url: "https://www.hrw.org/news/2020/04/09/lack-refuge-kazakhstans-domestic-violence-survivors",
    dated: Some("2020-04-09"),
};

const HRW_2019: Source = Source {
    title: "Human Rights Watch: Kazakhstan, little help for domestic violence survivors",
    url: "https://www.hrw.org/news/2019/10/17/kazakhstan-little-help-domestic-violence-survivors",
    dated: Some("2019-10-17"),
};

/// Criminal Procedure Code No. 231-V of 4 July 2014, article 165, as read.
const CPC_165: Source = Source {
    title: "Criminal Procedure Code of Kazakhstan, article 165 (text at pavlodar.com)",
    url: "https://pavlodar.com/zakon/?dok=05553&noraz=165&oraz=08",
    dated: None,
};

/// The law in force today, in the order a survivor needs it: danger now, the helpline, what the
/// police do, the orders that keep him away, and that battery is a crime.
pub static RIGHTS: &[Statement] = &[
    // Emergency numbers.
    Statement { status: Status::Advice, text: Msg::RightsDanger, sources: &[EGOV_112], verified: CHECKED },
    // Line 111.
    Statement {
        status: Status::Advice,
        text: Msg::RightsHelpline,
        sources: &[TURANTIMES_111, VLAST_111],
        verified: CHECKED,
    },
    // The police act without her written statement: reported by the police and the press; the
    // article in force was not read.
    Statement {
        status: Status::Reported,
        text: Msg::RightsPoliceAct,
        sources: &[EURASIANET_POLICE, KAZINFORM_NO_STATEMENT, ASTANA_TIMES_WITNESSES],
        verified: CHECKED,
    },
    // Protective orders and the court's special requirements: still issued in 2026, but the
    // article in force since 2 March 2026 could not be read, so this is a report, not law.
    Statement {
        status: Status::Reported,
        text: Msg::RightsProtectionOrders,
        sources: &[MGOROD_2026, ASTANA_TIMES_ONE_YEAR, EURASIANET_POLICE, ZAKON_NEW_LAW],
        verified: CHECKED,
    },
    // The court can make him live elsewhere for a time.
    Statement {
        status: Status::Reported,
        text: Msg::RightsLivingApart,
        sources: &[
            Source {
                title: "StopVAW: Kazakhstan, new laws strengthen penalties for domestic violence",
                url: "https://beta.stopvaw.org/What_s_New?itemId=20259",
                dated: None,
            },
            EURASIANET_POLICE,
            ASTANA_TIMES_ONE_YEAR,
        ],
        verified: CHECKED,
    },
    // The restraining order: in the Criminal Procedure Code, within a criminal case.
    Statement {
        status: Status::Law(Act { name: "Criminal Procedure Code", article: "165", text_url: CPC_165.url }),
        text: Msg::RightsRestrainingOrder,
        sources: &[CPC_165],
        verified: CHECKED,
    },
    // Battery and minor harm are crimes again: read in reports of the amending law, not in the
    // Criminal Code's article itself.
    Statement {
        status: Status::Reported,
        text: Msg::RightsBattery,
        sources: &[
            Source {
                title: "Library of Congress, Global Legal Monitor",
                url: "https://www.loc.gov/item/global-legal-monitor/2024-07-22/kazakhstan-new-law-criminalizes-domestic-violence/",
                dated: Some("2024-07-22"),
            },
            ASTANA_TIMES_ONE_YEAR,
        ],
        verified: CHECKED,
    },
];

/// "In a lockdown or state of emergency": what applied in the 2020 quarantine, worded so that it
/// holds for the next one.
pub static IN_LOCKDOWN: &[Statement] = &[
    // Leaving home under quarantine: a demand of rights bodies, not a rule found in Kazakh law.
    Statement {
        status: Status::Recommendation,
        text: Msg::RightsLeavingHome,
        sources: &[
            HRW_2020,
            Source {
                title: "UN Special Rapporteur on violence against women",
                url: "https://reliefweb.int/report/world/states-must-combat-domestic-violence-context-covid-19-lockdowns-un-rights-expert",
                dated: Some("2020-03-27"),
            },
            Source {
                title: "OSCE officials",
                url: "https://www.oscepa.org/en/news-a-media/press-releases/2020/protection-from-domestic-violence-urgently-needed-for-women-and-children-under-stay-at-home-orders-say-osce-officials",
                dated: Some("2020-04-02"),
            },
        ],
        verified: CHECKED,
    },
    // Ask the police about shelters and orders.
    Statement {
        status: Status::Recommendation,
        text: Msg::RightsPoliceResponse,
        sources: &[
            HRW_2019,
            Source {
                title: "KIBHR: NGOs' open letter (copy at FORUM-ASIA)",
                url: "https://forum-asia.org/from-our-member-kazakhstan-international-bureau-for-human-rights-and-rule-of-law-kibhr-kazakhstan-open-letter-to-the-government-of-the-republic-of-kazakhstan-calling-for-improved-protection-of-wo/",
                dated: Some("2020-04-14"),
            },
        ],
        verified: CHECKED,
    },
    // At a checkpoint.
    Statement { status: Status::Advice, text: Msg::RightsCheckpoint, sources: &[EGOV_112], verified: CHECKED },
    // Crisis centres under quarantine: call first.
    Statement {
        status: Status::Advice,
        text: Msg::RightsCallFirst,
        sources: &[
            HRW_2020,
            Source {
                title: "Moy Gorod: Uralsk crisis centre under the 2020 quarantine",
                url: "https://mgorod.kz/news/za-vremya-karantina-v-zko-vyroslo-kolichestvo-semejno-bytovyx-konfliktov",
                dated: None,
            },
            TURANTIMES_111,
        ],
        verified: CHECKED,
    },
];
