//! The whole widget: the exit bar, always there, and the help panel. It owns the language,
//! the contact data and which panel tab is open.

use super::data::{embedded, load_catalogue, load_directory, Data};
use super::exit_bar::ExitBar;
use super::panel::{Panel, Tab};
use crate::browser;
use crate::config::{Config, Position};
use crate::exit::State;
use crate::i18n::Lang;
use std::rc::Rc;
use web_sys::EventTarget;
use yew::prelude::*;

/// The properties of [`Widget`].
#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    /// The configuration.
    pub config: Config,
    /// Leaves. The widget only shows the exit: what arms it (the first stage of the partner
    /// bundle, or the `SafeExit` component) also arms the shortcut and stealth browsing, and
    /// reports the shortcut's progress to `host`.
    pub on_exit: Callback<()>,
    /// Where the shortcut's progress is reported (`safe-exit-shortcut` events).
    pub host: Option<EventTarget>,
    /// The exit button's clicks are heard, and stopped, before they reach the widget: by the
    /// loader of the partner bundle, which exits on them (static/loader.js,
    /// `onExitButtonClick`).
    #[prop_or_default]
    pub button_heard: bool,
    /// Hears what `data-state` should say: once the widget is up, and after each partner file.
    #[prop_or_default]
    pub on_state: Callback<State>,
}

/// The whole widget, inside a shadow root of its own.
#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let negotiated = use_memo(props.config.lang, |asked| {
        let browser_langs = browser::browser_langs();
        Lang::negotiate(
            asked.map(Lang::code),
            browser::page_lang().as_deref(),
            browser_langs.iter().map(String::as_str),
        )
    });
    let chosen = use_state(|| None::<Lang>);
    let lang = chosen.unwrap_or(*negotiated);
    let open = use_state(|| None::<Tab>);
    let data = use_state(|| Data { directory: embedded(), degraded: false });

    {
        let on_state = props.on_state.clone();
        use_effect_with((), move |_| on_state.emit(State::Ready));
    }
    {
        let data = data.clone();
        let on_state = props.on_state.clone();
        use_effect_with((props.config.src.clone(), props.config.third_party_src), move |(src, third_party)| {
            if let Some(src) = src.clone() {
                let third_party = *third_party;
                yew::platform::spawn_local(async move {
                    match load_directory(&src, third_party).await {
                        Ok(directory) => {
                            data.set(Data { directory: Rc::new(directory), degraded: false });
                            on_state.emit(State::Ready);
                        }
                        Err(why) => {
                            browser::warn(&format!("<safe-exit> src: {why}; showing the embedded contacts instead."));
                            data.set(Data { directory: embedded(), degraded: true });
                            on_state.emit(State::Degraded);
                        }
                    }
                });
            }
        });
    }

    let catalogues_read = use_state(|| 0_usize);
    {
        let catalogues_read = catalogues_read.clone();
        use_effect_with((props.config.catalogues.clone(), props.config.third_party_src), move |(urls, third_party)| {
            for url in urls.clone() {
                let (catalogues_read, third_party) = (catalogues_read.clone(), *third_party);
                yew::platform::spawn_local(async move {
                    load_catalogue(&url, third_party).await;
                    // A new count re-renders every text with the partner's messages.
                    catalogues_read.set(*catalogues_read + 1);
                });
            }
        });
    }

    let on_toggle = {
        let open = open.clone();
        Callback::from(move |()| open.set(if open.is_some() { None } else { Some(Tab::Contacts) }))
    };
    let on_tab = {
        let open = open.clone();
        Callback::from(move |tab: Option<Tab>| open.set(tab))
    };
    let on_lang = Callback::from(move |l: Lang| chosen.set(Some(l)));
    let bar = use_node_ref();

    html! {
        // Keyed by the catalogues read, so that every text is rendered again with them.
        <div class="widget" key={*catalogues_read} lang={lang.code()} data-position={props.config.position.name()}>
            <ExitBar {lang} shortcut={props.config.shortcut} inline={props.config.position == Position::Inline}
                panel_open={open.is_some()} bar={bar.clone()} on_exit={props.on_exit.clone()} button_heard={props.button_heard} {on_toggle}
                shortcut_events={props.host.clone()} />
            if let Some(tab) = *open {
                <Panel {lang} {tab} data={(*data).clone()} region={props.config.region.clone()} {bar} {on_tab} {on_lang} />
            }
        </div>
    }
}
