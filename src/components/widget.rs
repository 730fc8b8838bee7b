//! The whole widget: the exit bar, always there, and the help panel. It owns the language,
//! the contact data and which panel tab is open.

use super::exit_bar::ExitBar;
use super::panel::{Panel, Tab};
use crate::browser;
use crate::config::{src_origin_check, Config};
use crate::directory::{self, Directory, DirectoryReader, Report};
use crate::exit::State;
use crate::i18n::{overrides, Lang};
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
        <div class="widget" key={*catalogues_read} lang={lang.code()} data-position={position_name(&props.config)}>
            <ExitBar {lang} shortcut={props.config.shortcut} inline={props.config.position == crate::config::Position::Inline}
                panel_open={open.is_some()} bar={bar.clone()} on_exit={props.on_exit.clone()} {on_toggle}
                shortcut_events={props.host.clone()} />
            if let Some(tab) = *open {
                <Panel {lang} {tab} data={(*data).clone()} region={props.config.region.clone()} {bar} {on_tab} {on_lang} />
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
