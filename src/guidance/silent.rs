//! Ways to reach the police without speaking, shown under the emergency numbers: with the
//! abuser in the room a call can be impossible, but a message can be written. Each way names
//! the pages it was read in, with their own dates and the day they were read.

use super::Source;
use crate::i18n::Msg;

/// One way to reach the police in writing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SilentWay {
    /// What to do, with its caveat.
    pub text: Msg,
    /// Where it was read.
    pub sources: &'static [Source],
    /// When its facts were read there (`YYYY-MM-DD`).
    pub verified: &'static str,
}

/// The police app "102" and the "Закон и Порядок" service, each with the caveat its sources
/// give: registration, a reply in the app, no anonymity.
pub const SILENT_WAYS: [SilentWay; 2] = [
    SilentWay {
        text: Msg::CannotSpeakApp102,
        sources: &[
            Source {
                title: "Polisia.kz: свыше 200 раз обратились в полицию петропавловцы через приложение «102»",
                url: "https://polisia.kz/ru/svyshe-200-raz-obratilis-v-politsiyu-petropavlovtsy-cherez-prilozhenie-102",
                dated: None,
            },
            Source {
                title: "MTRK: полицейские продолжают приём обращений через приложение «102»",
                url: "https://mtrk.kz/ru/2022/08/19/Policeyskie-prodolzhayut-priem-obrashhe/",
                dated: Some("2022-08-19"),
            },
        ],
        verified: "2026-12-06",
    },
    SilentWay {
        text: Msg::CannotSpeakLawOrder,
        sources: &[
            Source {
                title: "Profit.kz: в МИИЦР рассказали о сервисе «Закон и Порядок»",
                url: "https://profit.kz/news/72060/V-MIICR-rasskazali-o-servise-Zakon-i-Poryadok/",
                dated: Some("2025-10-28"),
            },
            Source {
                title: "Ng.kz: депутаты просят сделать обращения через eGov анонимными",
                url: "https://www.ng.kz/modules/news/article.php?storyid=57249",
                dated: Some("2025-09-18"),
            },
        ],
        verified: "2026-12-06",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::age::parse_day;

    #[test]
    fn every_way_names_dated_https_sources() {
        for way in SILENT_WAYS {
            assert!(!way.sources.is_empty(), "{:?}", way.text);
            assert!(parse_day(way.verified).is_some());
            for source in way.sources {
                assert!(source.url.starts_with("https://"), "{}", source.url);
                assert!(source.dated.is_none_or(|d| parse_day(d).is_some()));
            }
        }
    }
}
