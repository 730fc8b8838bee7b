//! The visible language switch: each language named in itself.

use crate::i18n::{t, Lang, Msg};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LanguagePickerProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component(LanguagePicker)]
pub fn language_picker(props: &LanguagePickerProps) -> Html {
    html! {
        <div class="languages" role="group" aria-label={t(props.lang, Msg::Language)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let choose = props.on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={(lang == props.lang).to_string()} onclick={choose}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
