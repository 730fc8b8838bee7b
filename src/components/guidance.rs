//! The fixed guidance: the survivor's rights (each statement tagged law, report,
//! recommendation or advice, with its dated sources), the law in force first and what applied
//! in a lockdown after it; and staying safe online.

use crate::guidance::{Statement, Status, IN_LOCKDOWN, ONLINE_SAFETY, RIGHTS};
use crate::i18n::{t, with_numbers, Lang, Msg};
use yew::prelude::*;

/// The rights tab in `lang`. This and [`online_safety`] are part of the panel's render, not
/// components of their own: each component type costs the interface its own copy of Yew's
/// lifecycle code.
pub fn rights(lang: Lang) -> Html {
    html! {
        <div class="rights">
            <p class="intro">{ t(lang, Msg::RightsIntro) }</p>
            { statements(lang, RIGHTS) }
            <section class="lockdown">
                <h3>{ t(lang, Msg::RightsLockdown) }</h3>
                <p class="intro">{ t(lang, Msg::RightsLockdownIntro) }</p>
                { statements(lang, IN_LOCKDOWN) }
            </section>
        </div>
    }
}

/// A list of statements, each with its tag, its text, and its sources with their own dates and
/// the day it was last checked.
fn statements(lang: Lang, list: &'static [Statement]) -> Html {
    html! {
        <ul class="statements">
            { for list.iter().map(|statement| {
                let (item_class, status_class, msg) = match statement.status {
                    Status::Law(_) => ("statement law", "status law", Msg::StatusLaw),
                    Status::Reported => ("statement reported", "status reported", Msg::StatusReported),
                    Status::Recommendation => {
                        ("statement recommendation", "status recommendation", Msg::StatusRecommendation)
                    }
                    Status::Advice => ("statement advice", "status advice", Msg::StatusAdvice),
                };
                html! {
                    <li ~className={item_class}>
                        <span ~className={status_class}>{ t(lang, msg) }</span>
                        <p>{ with_numbers(t(lang, statement.text)) }</p>
                        <p class="source">
                            { t(lang, Msg::LastVerified).to_string() + " " + statement.verified + " · " + t(lang, Msg::Source) + ": " }
                            { for statement.sources.iter().enumerate().map(|(i, source)| html! {
                                <>
                                    if i > 0 { { "; " } }
                                    <a href={source.url} target="_blank" rel="noreferrer noopener">{ source.title }</a>
                                    { " (" }{ source.dated.unwrap_or_else(|| t(lang, Msg::SourceUndated)) }{ ")" }
                                </>
                            }) }
                        </p>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The "stay safe online" tab in `lang`.
pub fn online_safety(lang: Lang) -> Html {
    html! {
        <div class="online">
            <p class="intro">{ t(lang, Msg::OnlineIntro) }</p>
            { for ONLINE_SAFETY.iter().map(|topic| html! {
                <section class="topic">
                    <h3>{ t(lang, topic.heading) }</h3>
                    <ul>{ for topic.steps.iter().map(|&step| html! { <li>{ with_numbers(t(lang, step)) }</li> }) }</ul>
                </section>
            }) }
        </div>
    }
}
