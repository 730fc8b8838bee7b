//! The rights tab's law statements against the acts in force: every statement tagged law names
//! an act and article listed below, read in the act's text at the address beside it, and the
//! article's number is in every language's text. An act not in this list, or a list entry no
//! statement rests on, fails: adding an act to the widget means reading it and adding it here.

use safe_exit::guidance::{Status, IN_LOCKDOWN, RIGHTS};
use safe_exit::i18n::{t, Lang, Msg};

/// The acts in force the rights statements may rest on: the act's English name, the article,
/// the address of the text it was read in, and the day it was read there.
const ACTS_IN_FORCE: &[(&str, &str, &str, &str)] =
    &[("Criminal Procedure Code", "165", "https://pavlodar.com/zakon/?dok=05553&noraz=165&oraz=08", "2026-12-06")];

/// Names of acts that are no longer the basis of anything the widget says: the 2009 law on
/// domestic violence, which the 2026 Law "On Prevention of Offences" is reported to have merged.
const NOT_A_CURRENT_BASIS: &[&str] = &["On Prevention of Domestic Violence", "профилактике бытового насилия"];

#[test]
fn every_law_statement_rests_on_a_listed_act_and_names_its_article_in_every_language() {
    let mut used = Vec::new();
    for statement in RIGHTS.iter().chain(IN_LOCKDOWN) {
        let Status::Law(act) = statement.status else { continue };
        let listed = ACTS_IN_FORCE
            .iter()
            .find(|(name, article, url, _)| (*name, *article, *url) == (act.name, act.article, act.text_url));
        assert!(listed.is_some(), "{:?} rests on {act:?}, which is not in ACTS_IN_FORCE", statement.text);
        assert!(statement.sources.iter().any(|s| s.url == act.text_url), "{:?} does not cite its act", statement.text);
        assert!(t(Lang::En, statement.text).contains(act.name), "{:?} does not name {}", statement.text, act.name);
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            assert!(
                t(lang, statement.text).contains(act.article),
                "{:?} in {lang:?} does not name article {}",
                statement.text,
                act.article
            );
        }
        used.push(act.text_url);
    }
    for (name, _, url, _) in ACTS_IN_FORCE {
        assert!(used.contains(url), "{name} is listed but no statement rests on it");
    }
}

#[test]
fn no_statement_names_the_2009_law_as_its_basis() {
    for statement in RIGHTS.iter().chain(IN_LOCKDOWN) {
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let text = t(lang, statement.text);
            for old in NOT_A_CURRENT_BASIS {
                assert!(!text.contains(old), "{:?} in {lang:?} names {old}", statement.text);
            }
        }
    }
}

#[test]
fn the_current_law_comes_first_and_the_lockdown_is_a_section_of_its_own() {
    assert_eq!(t(Lang::En, Msg::TabRights), "Your rights");
    assert_eq!(RIGHTS[0].text, Msg::RightsDanger, "danger now comes first");
    let lockdown_only = [Msg::RightsLeavingHome, Msg::RightsCheckpoint, Msg::RightsCallFirst];
    assert!(RIGHTS.iter().all(|s| !lockdown_only.contains(&s.text)), "2020 items are not mixed with today's law");
    assert!(lockdown_only.iter().all(|m| IN_LOCKDOWN.iter().any(|s| s.text == *m)));
    // A demand of rights bodies is never shown as the law.
    let leaving = IN_LOCKDOWN.iter().find(|s| s.text == Msg::RightsLeavingHome).unwrap();
    assert_eq!(leaving.status, Status::Recommendation);
}
