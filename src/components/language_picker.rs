//! The visible language switch: each language named in itself. A language whose texts are
//! still on their way is marked busy, with a status line saying so; one whose texts could not
//! be had is said so in the language shown.

use super::widget::LangLoad;
use crate::i18n::{t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguagePickerProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
    #[prop_or_default]
    pub load: Option<LangLoad>,
}

#[function_component(LanguagePicker)]
pub fn language_picker(props: &LanguagePickerProps) -> Html {
    let status = match props.load {
        Some(LangLoad::Loading(_)) => t(props.lang, Msg::LanguageLoading),
        Some(LangLoad::Failed(_)) => t(props.lang, Msg::LanguageFailed),
        None => "",
    };
    html! {
        <div class="languages" role="group" aria-label={t(props.lang, Msg::Language)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let choose = props.on_change.reform(move |_: MouseEvent| lang);
                let busy = props.load == Some(LangLoad::Loading(lang));
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={(lang == props.lang).to_string()}
                        aria-busy={busy.then_some("true")} onclick={choose}>
                        { lang.endonym() }
                    </button>
                }
            }) }
            <p class="language-status" role="status">{ status }</p>
        </div>
    }
}
