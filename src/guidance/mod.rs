//! Fixed guidance compiled into the widget: the rights under lockdown and how to stay safe
//! online. Every statement says what it is (law, recommendation or advice) and where it comes
//! from, because a survivor must never take a recommendation for the law.

mod online_safety;
mod rights;
mod silent;

use crate::i18n::Msg;

pub use online_safety::ONLINE_SAFETY;
pub use rights::RIGHTS;
pub use silent::{DatedSource, SilentWay, SILENT_WAYS};

/// How much weight a statement carries.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Status {
    /// Kazakhstan's law, naming the act.
    Law,
    /// What human-rights bodies urge; not binding.
    Recommendation,
    /// Practical advice.
    Advice,
}

/// A public page a statement was read in.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Source {
    /// The page's name, as shown.
    pub title: &'static str,
    /// Its `https://` address.
    pub url: &'static str,
}

/// One statement of the rights section.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Statement {
    /// Law, recommendation or advice.
    pub status: Status,
    /// The statement itself.
    pub text: Msg,
    /// Where it was read.
    pub sources: &'static [Source],
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

    #[test]
    fn a_law_statement_names_its_act_and_every_statement_its_source() {
        for statement in RIGHTS {
            assert!(!statement.sources.is_empty(), "{:?}", statement.text);
            if statement.status == Status::Law {
                let en = statement.text.english();
                assert!(en.contains("Law ") || en.contains("Code"), "a law statement names its act: {en}");
            }
        }
    }
}
