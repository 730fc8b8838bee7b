//! Fixed guidance compiled into the widget: the survivor's rights (the law in force first, then
//! what applied in a lockdown) and how to stay safe online. Every statement says what it is
//! (law, report, recommendation or advice) and where it comes from, with the source's own date
//! and the day it was last checked, because a survivor must never take a report or a
//! recommendation for the law, nor an old page for today's.

mod online_safety;
mod rights;
mod silent;

use crate::i18n::Msg;

pub use online_safety::ONLINE_SAFETY;
pub use rights::{IN_LOCKDOWN, RIGHTS};
pub use silent::{SilentWay, SILENT_WAYS};

/// How much weight a statement carries.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Kazakhstan's law: the act and article in force, read in the act's text and named in
    /// the statement.
    Law(Act),
    /// What the police, officials or the press report, where the article of the law in force
    /// could not be read: the statement says who reports it.
    Reported,
    /// What human-rights bodies urge; not binding.
    Recommendation,
    /// Practical advice.
    Advice,
}

/// The act and article a [`Status::Law`] statement rests on, as the statement names them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Act {
    /// The act's English name, as the statement's English text writes it.
    pub name: &'static str,
    /// The article, as the statement's text in every language writes its number.
    pub article: &'static str,
    /// The address of the act's text the article was read in: one of the statement's sources.
    pub text_url: &'static str,
}

/// A public page a statement was read in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    /// The page's name, as shown.
    pub title: &'static str,
    /// Its `https://` address.
    pub url: &'static str,
    /// The page's own date, `YYYY-MM-DD` or `YYYY-MM` as precise as the page gives it, or
    /// `None` when the page shows none: shown as "undated".
    pub dated: Option<&'static str>,
}

/// One statement of the rights section.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Statement {
    /// Law, report, recommendation or advice.
    pub status: Status,
    /// The statement itself.
    pub text: Msg,
    /// Where it was read.
    pub sources: &'static [Source],
    /// The day the statement was last checked against its sources, `YYYY-MM-DD`.
    pub verified: &'static str,
}

/// One topic of the "stay safe online" section: a heading and its short steps.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Topic {
    /// The topic's heading.
    pub heading: Msg,
    /// Its steps, in order.
    pub steps: &'static [Msg],
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `date` is `YYYY-MM-DD` or `YYYY-MM`, digits where digits go.
    fn is_date(date: &str) -> bool {
        let b = date.as_bytes();
        matches!(b.len(), 7 | 10)
            && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
    }

    #[test]
    fn every_statement_has_sources_with_their_own_dates_and_a_day_it_was_checked() {
        for statement in RIGHTS.iter().chain(IN_LOCKDOWN) {
            assert!(!statement.sources.is_empty(), "{:?} has no source", statement.text);
            assert!(is_date(statement.verified) && statement.verified.len() == 10, "{:?}", statement.text);
            for source in statement.sources {
                assert!(source.url.starts_with("https://"), "{}", source.url);
                if let Some(dated) = source.dated {
                    assert!(is_date(dated), "{}: {dated}", source.url);
                    assert!(dated <= statement.verified, "{} is dated after it was checked", source.url);
                }
            }
        }
        assert!(!is_date("2024-7-22") && !is_date("22.07.2024") && is_date("2024-07") && is_date("2024-07-22"));
    }

    #[test]
    fn a_law_statement_names_its_act_and_article_and_cites_the_text_it_was_read_in() {
        for statement in RIGHTS.iter().chain(IN_LOCKDOWN) {
            if let Status::Law(act) = statement.status {
                let en = statement.text.english();
                assert!(en.contains(act.name) && en.contains(act.article), "{en} does not name {act:?}");
                assert!(statement.sources.iter().any(|s| s.url == act.text_url), "{:?}", statement.text);
            }
        }
    }
}
