//! The visible language switch: each language named in itself.

use super::aria_bool;
use crate::i18n::{t, Lang, Msg};
use yew::prelude::*;

/// The language switch for a reader of `shown`; `on_change` hears the language chosen. Part
/// of the panel's render, not a component of its own: each component type costs the
/// interface its own copy of Yew's lifecycle code.
pub fn language_picker(shown: Lang, on_change: &Callback<Lang>) -> Html {
    html! {
        <div class="languages" role="group" aria-label={t(shown, Msg::Language)}>
            { for Lang::ALL.into_iter().map(|lang| {
                let choose = on_change.reform(move |_: MouseEvent| lang);
                html! {
                    <button type="button" lang={lang.code()} aria-pressed={aria_bool(lang == shown)} onclick={choose}>
                        { lang.endonym() }
                    </button>
                }
            }) }
        </div>
    }
}
