//! The exit sequence: leave, hide, forget, remember, tell the host. All of it runs
//! synchronously in the handler of the click or key press that triggered it, so the page is
//! hidden before the next frame whatever the order; the navigation starts first because any
//! change to the page before it delays the request (docs/performance.md), and the host hears
//! of the exit last, so that nothing waits for its listeners.

use super::destination::choose_exit_url;
use crate::browser;
use crate::config::{Config, DEFAULT_EXIT_URL};
use crate::safe_url::{check_absolute, Loopback};
use std::cell::Cell;
use web_sys::EventTarget;

thread_local! {
    /// Whether the page has begun to leave: the new tab and the host's event come once per
    /// page, however many widgets or triggers there are.
    static LEFT: Cell<bool> = const { Cell::new(false) };
}

/// Leaves now. `host` receives the `safe-exit` event. An exit asked again (by the host's own
/// `safe-exit` listener, say) goes through `leave` again, which lets the departure under way
/// go on (static/exit-core.js); the new tab and the event come once.
pub fn exit_now(config: &Config, host: Option<&EventTarget>) {
    let destination = leave(config);
    browser::hide_page(&destination);
    browser::clear_storage(config.clear_storage);
    browser::remember_exit(&destination);
    if LEFT.with(|left| left.replace(true)) {
        return;
    }
    if config.new_tab {
        browser::open_new_tab(&safe_destination(config));
    }
    if let Some(host) = host {
        browser::dispatch_exit_event(host, &destination);
    }
}

/// Leaves for the chosen destination or, should the browser refuse it or the page still be
/// here a while later, for the next one, then the built-in default; returns the one it left
/// for. Whatever fails, the caller goes on to hide the page.
fn leave(config: &Config) -> String {
    let mut destinations = safe_destination(config);
    for url in config.exit_urls.iter().filter_map(|url| check_absolute(url, Loopback::HttpAllowed).ok()) {
        destinations.push(' ');
        destinations.push_str(url);
    }
    browser::leave(&destinations).unwrap_or_else(|| DEFAULT_EXIT_URL.to_string())
}

/// One of the configured destinations, checked again here: a Yew app builds its `Config` in
/// code, without the attribute validation, and a bad URL must never keep the visitor here.
fn safe_destination(config: &Config) -> String {
    let chosen = choose_exit_url(&config.exit_urls, browser::random());
    check_absolute(chosen, Loopback::HttpAllowed).unwrap_or(DEFAULT_EXIT_URL).to_string()
}
