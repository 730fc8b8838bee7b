//! A partner's Yew app with Safe Exit first in the page, in Kazakh, leaving for a weather page.
//! In a real app, also include the guard and the loader scripts (`/safe-exit/safe-exit-guard.js`,
//! then `/safe-exit/safe-exit.js` with blocking="render") in index.html: they guard Back after
//! an exit before this app's wasm has loaded.

use safe_exit::config::{Position, Shortcut};
use safe_exit::i18n::Lang;
use safe_exit::{Config, SafeExit};
use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    let config = Config {
        lang: Some(Lang::Kk),
        exit_urls: vec!["https://www.bbc.com/weather".into()],
        shortcut: Shortcut::Shift3,
        position: Position::Auto,
        stealth: true,
        ..Config::default()
    };
    html! {
        <>
            <SafeExit {config} />
            <main>
                <h1>{ "Дағдарыс орталығы" }</h1>
                <p>{ "Қауіп төнсе, 102 немесе 112 нөміріне қоңырау шалыңыз." }</p>
            </main>
        </>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
