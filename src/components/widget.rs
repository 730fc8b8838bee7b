//! The whole widget: the exit bar, always there, and the help panel. It owns the language,
//! the contact data and which panel tab is open.

use super::data::{embedded, load_catalogue, load_directory, Data};
use super::exit_bar::ExitBar;
use super::panel::{Panel, Tab};
use super::{use_element_ref, use_kept};
use crate::browser;
use crate::config::{Config, Position};
use crate::directory::Directory;
use crate::exit::State;
use crate::i18n::Lang;
use std::cell::Cell;
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

/// What the widget shows: the language the reader picked, the panel's tab (`None`: closed),
/// the contacts, and how many partner catalogues have been read.
#[derive(Clone)]
struct Shown {
    chosen: Option<Lang>,
    open: Option<Tab>,
    data: Data,
    catalogues_read: usize,
}

/// Every change of what the widget shows, each a named method (as the `Action`s of Yew's
/// todomvc example): the only places that change it.
impl Shown {
    /// The partner's contacts file (`src`) was read: its contacts show.
    fn loaded(&mut self, directory: Directory) {
        self.data = Data { directory: Rc::new(directory), degraded: false };
    }

    /// The partner's contacts file could not be used: the embedded contacts show, degraded.
    fn load_failed(&mut self) {
        self.data = Data { directory: embedded(), degraded: true };
    }

    /// A partner catalogue was read: every text renders again with its messages.
    fn catalogue_read(&mut self) {
        self.catalogues_read += 1;
    }

    /// The exit bar's help button: opens the panel on the contacts, or closes it.
    fn toggle_panel(&mut self) {
        self.open = if self.open.is_some() { None } else { Some(Tab::Contacts) };
    }

    /// The panel's tabs: another tab, or `None` to close the panel.
    fn show_tab(&mut self, tab: Option<Tab>) {
        self.open = tab;
    }

    /// The reader picked a language.
    fn choose_lang(&mut self, lang: Lang) {
        self.chosen = Some(lang);
    }
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
    let state = use_kept(|| Shown {
        chosen: None,
        open: None,
        data: Data { directory: embedded(), degraded: false },
        catalogues_read: 0,
    });
    let shown = state.get();
    let lang = shown.chosen.unwrap_or(*negotiated);

    {
        let on_state = props.on_state.clone();
        use_effect_with((), move |_| on_state.emit(State::Ready));
    }
    {
        let state = state.clone();
        let on_state = props.on_state.clone();
        // Only the last `src` set may show: a load still under way when `src` changes again is
        // dropped when it answers, however late.
        use_effect_with((props.config.src.clone(), props.config.third_party_src), move |(src, third_party)| {
            let current = Rc::new(Cell::new(true));
            if let Some(src) = src.clone() {
                let (third_party, current) = (*third_party, current.clone());
                yew::platform::spawn_local(async move {
                    let loaded = load_directory(&src, third_party).await;
                    if !current.get() {
                        return;
                    }
                    match loaded {
                        Ok(directory) => {
                            state.update(|shown| shown.loaded(directory));
                            on_state.emit(State::Ready);
                        }
                        Err(why) => {
                            browser::warn(&format!("<safe-exit> src: {why}; showing the embedded contacts instead."));
                            state.update(Shown::load_failed);
                            on_state.emit(State::Degraded);
                        }
                    }
                });
            }
            move || current.set(false)
        });
    }
    {
        let state = state.clone();
        use_effect_with((props.config.catalogues.clone(), props.config.third_party_src), move |(urls, third_party)| {
            for url in urls.clone() {
                let (state, third_party) = (state.clone(), *third_party);
                yew::platform::spawn_local(async move {
                    load_catalogue(&url, third_party).await;
                    state.update(Shown::catalogue_read);
                });
            }
        });
    }

    let on_toggle = {
        let state = state.clone();
        Callback::from(move |()| state.update(Shown::toggle_panel))
    };
    let on_tab = {
        let state = state.clone();
        Callback::from(move |tab| state.update(|shown| shown.show_tab(tab)))
    };
    let on_lang = Callback::from(move |lang| state.update(|shown| shown.choose_lang(lang)));
    let bar = use_element_ref();

    html! {
        // Keyed by the catalogues read, so that every text is rendered again with them.
        <div class="widget" key={shown.catalogues_read} lang={lang.code()} data-position={props.config.position.name()}>
            <ExitBar {lang} shortcut={props.config.shortcut} inline={props.config.position == Position::Inline}
                panel_open={shown.open.is_some()} bar={bar.clone()} on_exit={props.on_exit.clone()} button_heard={props.button_heard} {on_toggle}
                shortcut_events={props.host.clone()} />
            if let Some(tab) = shown.open {
                <Panel {lang} {tab} data={shown.data.clone()} region={props.config.region.clone()} {bar} {on_tab} {on_lang} />
            }
        </div>
    }
}
