//! The help panel: contacts, rights under lockdown, and staying safe online, with the
//! language switch. Escape or the close button shuts it and returns focus to the help button.

use super::contacts::Contacts;
use super::guidance::{OnlineSafety, Rights};
use super::language_picker::LanguagePicker;
use super::widget::Data;
use crate::browser;
use crate::i18n::{review, t, Lang, Msg, Review};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    Contacts,
    Rights,
    Online,
}

impl Tab {
    const ALL: [Tab; 3] = [Tab::Contacts, Tab::Rights, Tab::Online];

    fn label(self) -> Msg {
        match self {
            Tab::Contacts => Msg::TabContacts,
            Tab::Rights => Msg::TabRights,
            Tab::Online => Msg::TabOnline,
        }
    }
}

#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    pub lang: Lang,
    pub tab: Tab,
    pub data: Data,
    pub region: Option<String>,
    pub bar: NodeRef,
    pub on_tab: Callback<Option<Tab>>,
    pub on_lang: Callback<Lang>,
}

#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let panel = use_node_ref();
    {
        let (panel, bar) = (panel.clone(), props.bar.clone());
        use_effect_with((), move |_| {
            if let Some(panel) = panel.cast::<web_sys::HtmlElement>() {
                browser::raise_to_top_layer(&panel);
                let _ = panel.focus();
            }
            // The exit stays above the panel: nothing may cover it.
            if let Some(bar) = bar.cast::<web_sys::HtmlElement>() {
                browser::raise_to_top_layer(&bar);
            }
        });
    }
    let lang = props.lang;
    let close = props.on_tab.reform(|_: MouseEvent| None);
    let on_keydown = {
        let on_tab = props.on_tab.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_tab.emit(None);
            }
        })
    };
    html! {
        <section id="panel" class="panel" part="panel" ref={panel} popover="manual" tabindex="-1"
            aria-labelledby="panel-title" onkeydown={on_keydown}>
            <header class="panel-head">
                <h2 id="panel-title">{ t(lang, Msg::PanelTitle) }</h2>
                <button type="button" class="close" onclick={close}>{ t(lang, Msg::Close) }</button>
            </header>
            <LanguagePicker {lang} on_change={props.on_lang.clone()} />
            <div class="tabs" role="tablist">
                { for Tab::ALL.into_iter().map(|tab| {
                    let select = props.on_tab.reform(move |_: MouseEvent| Some(tab));
                    html! {
                        <button type="button" role="tab" aria-selected={(tab == props.tab).to_string()}
                            aria-controls="tab-panel" onclick={select}>{ t(lang, tab.label()) }</button>
                    }
                }) }
            </div>
            if review(lang) == Review::Draft {
                <p class="draft">{ t(lang, Msg::DraftTranslation) }</p>
            }
            <div id="tab-panel" role="tabpanel" class="tab-panel">
                { match props.tab {
                    Tab::Contacts => html! { <Contacts {lang} data={props.data.clone()} region={props.region.clone()} /> },
                    Tab::Rights => html! { <Rights {lang} /> },
                    Tab::Online => html! { <OnlineSafety {lang} /> },
                } }
            </div>
        </section>
    }
}
