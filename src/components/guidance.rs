//! The fixed guidance: rights under lockdown (each statement tagged law, recommendation or
//! advice, with its sources) and staying safe online.

use crate::guidance::{Status, ONLINE_SAFETY, RIGHTS};
use crate::i18n::{t, with_numbers, Lang, Msg};
use yew::prelude::*;

/// The rights tab in `lang`. This and [`online_safety`] are part of the panel's render, not
/// components of their own: each component type costs the interface its own copy of Yew's
/// lifecycle code.
pub fn rights(lang: Lang) -> Html {
    html! {
        <div class="rights">
            <p class="intro">{ t(lang, Msg::RightsIntro) }</p>
            <ul class="statements">
                { for RIGHTS.iter().map(|statement| {
                    let (item_class, status_class, msg) = match statement.status {
                        Status::Law => ("statement law", "status law", Msg::StatusLaw),
                        Status::Recommendation => {
                            ("statement recommendation", "status recommendation", Msg::StatusRecommendation)
                        }
                        Status::Advice => ("statement advice", "status advice", Msg::StatusAdvice),
                    };
                    html! {
                        <li ~className={item_class}>
                            <span ~className={status_class}>{ t(lang, msg) }</span>
                            <p>{ with_numbers(t(lang, statement.text)) }</p>
                            if !statement.sources.is_empty() {
                                <p class="source">
                                    { t(lang, Msg::Source).to_string() + ": " }
                                    { for statement.sources.iter().enumerate().map(|(i, source)| html! {
                                        <>
                                            if i > 0 { { "; " } }
                                            <a href={source.url} target="_blank" rel="noreferrer noopener">{ source.title }</a>
                                        </>
                                    }) }
                                </p>
                            }
                        </li>
                    }
                }) }
            </ul>
        </div>
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
