//! The help panel: contacts, the survivor's rights, and staying safe online, with the
//! language switch. Escape or the close button shuts it and returns focus to the help button.

use super::aria_bool;
use super::contacts::{contacts, preselected_area};
use super::data::Data;
use super::guidance::{online_safety, rights};
use super::language_picker::language_picker;
use super::{use_element_ref, use_kept};
use crate::browser;
use crate::i18n::{review, t, Lang, Msg, Review};
use yew::prelude::*;

/// The panel's tabs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tab {
    /// Contacts.
    Contacts,
    /// The survivor's rights: the law in force, then what applied in a lockdown.
    Rights,
    /// Staying safe online.
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

/// The properties of [`Panel`].
#[derive(Properties, PartialEq, Clone)]
pub struct PanelProps {
    /// The reader's language.
    pub lang: Lang,
    /// The tab shown.
    pub tab: Tab,
    /// The contacts.
    pub data: Data,
    /// The area preselected in the contacts filter.
    pub region: Option<String>,
    /// The exit bar, kept above the panel.
    pub bar: NodeRef,
    /// Hears the tab chosen, or `None` when the panel closes.
    pub on_tab: Callback<Option<Tab>>,
    /// Hears the language chosen.
    pub on_lang: Callback<Lang>,
}

/// The help panel.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let panel = use_element_ref();
    {
        let (panel, bar) = (panel.clone(), props.bar.clone());
        use_effect_with((), move |_| {
            if let Some(panel) = panel.cast::<web_sys::HtmlElement>() {
                browser::raise_to_top_layer(&panel);
                browser::focus(&panel);
            }
            // The exit stays above the panel: nothing may cover it.
            if let Some(bar) = bar.cast::<web_sys::HtmlElement>() {
                browser::raise_to_top_layer(&bar);
            }
        });
    }
    // The contacts tab's area, as it was when it had a component of its own: preselected each
    // time the tab is shown, then as the reader picks.
    let region = use_kept(|| preselected_area(&props.data.directory, props.region.as_deref()));
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
            { language_picker(lang, &props.on_lang) }
            <div class="tabs" role="tablist">
                { for Tab::ALL.into_iter().map(|tab| {
                    let select = {
                        let (on_tab, region, shown) = (props.on_tab.clone(), region.clone(), props.tab);
                        let (directory, preselected) = (props.data.directory.clone(), props.region.clone());
                        Callback::from(move |_: MouseEvent| {
                            if tab == Tab::Contacts && shown != Tab::Contacts {
                                region.update(|area| *area = preselected_area(&directory, preselected.as_deref()));
                            }
                            on_tab.emit(Some(tab));
                        })
                    };
                    html! {
                        <button type="button" role="tab" aria-selected={aria_bool(tab == props.tab)}
                            aria-controls="tab-panel" onclick={select}>{ t(lang, tab.label()) }</button>
                    }
                }) }
            </div>
            // The contacts' names and notes are translations too: the notice stays while either
            // the catalogue or the data of this language is a draft.
            if review(lang) == Review::Draft || props.data.directory.is_draft(lang) {
                <p class="draft">{ t(lang, Msg::DraftTranslation) }</p>
            }
            <div id="tab-panel" role="tabpanel" class="tab-panel">
                { match props.tab {
                    Tab::Contacts => contacts(lang, &props.data, &region),
                    Tab::Rights => rights(lang),
                    Tab::Online => online_safety(lang),
                } }
            </div>
        </section>
    }
}
