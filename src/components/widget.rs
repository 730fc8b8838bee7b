//! The whole widget: the exit bar, always there, and the help panel. It owns the language,
//! the contact data and which panel tab is open.

use super::exit_bar::ExitBar;
use super::panel::{Panel, Tab};
use crate::browser;
use crate::config::{src_origin_check, Config};
use crate::directory::{self, Directory, DirectoryReader, Report};
use crate::exit::State;
use crate::i18n::{self, overrides, Lang};
use std::rc::Rc;
use web_sys::EventTarget;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct WidgetProps {
    pub config: Config,
    /// Leaves. The widget only shows the exit: what arms it (the first stage of the partner
    /// bundle, or the `SafeExit` component) also arms the shortcut and stealth browsing, and
    /// reports the shortcut's progress to `host`.
    pub on_exit: Callback<()>,
    /// Where the shortcut's progress is reported (`safe-exit-shortcut` events).
    pub host: Option<EventTarget>,
    #[prop_or_default]
    pub on_state: Callback<State>,
    /// Where the texts of a language that is not built in come from (the partner bundle's
    /// loader); without it, only the built-in languages are shown.
    #[prop_or_default]
    pub languages: Option<browser::Languages>,
}

/// A language asked for whose texts are not at hand yet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LangLoad {
    /// Its texts are being fetched; the widget shows the language it showed before.
    Loading(Lang),
    /// They could not be had; the widget says so, in the language it shows.
    Failed(Lang),
}

/// Contact data as shown: the directory, and whether a partner's file failed to load.
#[derive(Clone, PartialEq)]
pub struct Data {
    pub directory: Rc<Directory>,
    pub degraded: bool,
}

thread_local! {
    /// The embedded directory, read once per page however many widgets show it.
    static EMBEDDED: Rc<Directory> = Rc::new(directory::embedded());
}

fn embedded() -> Rc<Directory> {
    EMBEDDED.with(Rc::clone)
}

#[function_component(Widget)]
pub fn widget(props: &WidgetProps) -> Html {
    let negotiated = use_memo(props.config.lang, |asked| browser::opening_lang(asked.map(Lang::code)));
    let chosen = use_state(|| None::<Lang>);
    let wanted = chosen.unwrap_or(*negotiated);
    // Until the texts of the language wanted are at hand, the one shown before stays (English
    // at first, when the opening language's file failed).
    let shown = use_mut_ref(|| Lang::En);
    if i18n::available(wanted) {
        *shown.borrow_mut() = wanted;
    }
    let lang = *shown.borrow();
    let lang_load = use_state_eq(|| None::<LangLoad>);
    let tries = use_state(|| 0_u32);
    {
        let (lang_load, languages) = (lang_load.clone(), props.languages.clone());
        let current = use_mut_ref(|| wanted);
        *current.borrow_mut() = wanted;
        use_effect_with((wanted, i18n::available(wanted), *tries), move |&(wanted, available, _)| {
            if available {
                lang_load.set(None);
            } else if let Some(languages) = languages {
                lang_load.set(Some(LangLoad::Loading(wanted)));
                yew::platform::spawn_local(async move {
                    let installed = languages.fetch(wanted).await.and_then(|text| i18n::bundled::install(&text));
                    if let Err(why) = &installed {
                        browser::warn(&format!("<safe-exit>: the {} texts could not be loaded: {why}", wanted.code()));
                    }
                    // A language picked meanwhile has a load of its own.
                    if *current.borrow() == wanted {
                        lang_load.set(installed.err().map(|_| LangLoad::Failed(wanted)));
                    }
                });
            } else {
                lang_load.set(Some(LangLoad::Failed(wanted)));
            }
        });
    }
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
    // Picking a language again tries its texts again.
    let on_lang = Callback::from(move |l: Lang| {
        chosen.set(Some(l));
        tries.set(*tries + 1);
    });
    let bar = use_node_ref();

    html! {
        // Keyed by the catalogues read, so that every text is rendered again with them.
        <div class="widget" key={*catalogues_read} lang={lang.code()} data-position={position_name(&props.config)}>
            <ExitBar {lang} shortcut={props.config.shortcut} inline={props.config.position == crate::config::Position::Inline}
                panel_open={open.is_some()} bar={bar.clone()} on_exit={props.on_exit.clone()} {on_toggle}
                shortcut_events={props.host.clone()} />
            if let Some(tab) = *open {
                <Panel {lang} {tab} data={(*data).clone()} region={props.config.region.clone()} {bar} {on_tab} {on_lang}
                    lang_load={*lang_load} />
            }
        </div>
    }
}

fn position_name(config: &Config) -> &'static str {
    use crate::config::Position::*;
    match config.position {
        Auto => "auto",
        Top => "top",
        Bottom => "bottom",
        Inline => "inline",
    }
}

/// Fetches, validates and puts in use a partner's catalogue; every message that breaks a rule
/// is reported and the built-in text stays. Like `src`, a catalogue on another origin is
/// fetched only if the partner accepted what that tells its server.
async fn load_catalogue(url: &str, third_party: bool) {
    let fetched = match fetch_allowed(url, third_party) {
        Ok(()) => browser::fetch_text(url, overrides::MAX_FILE_BYTES, 10_000).await,
        Err(why) => Err(why),
    };
    match fetched {
        Ok(text) => {
            let (catalogue, problems) = overrides::parse_catalogue(&text);
            for problem in &problems {
                browser::warn(&format!("<safe-exit> catalogue {url}: {problem}"));
            }
            overrides::install(catalogue);
        }
        Err(why) => browser::warn(&format!("<safe-exit> catalogue {url}: {why}; using the built-in texts.")),
    }
}

/// Problems printed to the console, at most; a summary line counts the rest.
const MAX_PROBLEMS_LOGGED: usize = 10;
/// How long the data path may hold the main thread before it lets the browser handle input:
/// a quarter of a frame, so an exit click waits for no more than that and one step.
const SLICE_MS: f64 = 4.0;
/// The work between two looks at the clock, in bytes read: well under a millisecond.
const STEP_BYTES: usize = 4096;

/// Fetches and validates a partner's directory; any problem is reported, and a file with no
/// valid service at all counts as a failure. A `src` on another origin is fetched only if the
/// partner accepted what that tells its server.
async fn load_directory(src: &str, third_party: bool) -> Result<Directory, String> {
    fetch_allowed(src, third_party)?;
    let text = browser::fetch_text(src, directory::validate::MAX_FILE_BYTES, 10_000).await?;
    let report = read_in_slices(&text).await;
    for line in report.summary(MAX_PROBLEMS_LOGGED) {
        browser::warn(&format!("<safe-exit> src {src}: {line}"));
    }
    if report.directory.services.is_empty() {
        return Err(format!("{src} holds no valid service"));
    }
    Ok(report.directory)
}

/// Whether a partner file may be fetched from `url`: refused on another origin unless the
/// partner opted in with `third-party-src`, and warned about when it did.
fn fetch_allowed(url: &str, third_party: bool) -> Result<(), String> {
    let origin = browser::origin_of(url).ok_or_else(|| format!("{url} is not a URL"))?;
    if let Some(warning) = src_origin_check(&origin, &browser::page_origin(), third_party)? {
        browser::warn(&warning);
    }
    Ok(())
}

/// Reads and checks the file in slices of at most [`SLICE_MS`], yielding to the browser
/// between them, so that no file, however hostile, keeps an exit click waiting.
async fn read_in_slices(text: &str) -> Report {
    let mut reader = DirectoryReader::new(text);
    loop {
        let started = browser::now();
        while browser::now() - started < SLICE_MS {
            if let Some(report) = reader.step(STEP_BYTES) {
                return report;
            }
        }
        browser::yield_to_browser().await;
    }
}
