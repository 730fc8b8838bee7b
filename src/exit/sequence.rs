//! The exit sequence of docs/embedding.md: hide, forget, tell the host, leave. All of it runs
//! synchronously in the handler of the click or key press that triggered it; nothing waits.

use crate::browser;
use crate::config::{choose_exit_url, Config};
use std::cell::Cell;
use web_sys::EventTarget;

thread_local! {
    /// One exit per page, however many widgets or triggers there are.
    static LEFT: Cell<bool> = const { Cell::new(false) };
}

/// Leaves now. `host` receives the `safe-exit` event.
pub fn exit_now(config: &Config, host: Option<&EventTarget>) {
    if LEFT.with(|left| left.replace(true)) {
        return;
    }
    let destination = choose_exit_url(&config.exit_urls, browser::random()).to_string();
    browser::hide_page(&destination);
    browser::clear_storage(config.clear_storage);
    if let Some(host) = host {
        browser::dispatch_exit_event(host, &destination);
    }
    if config.new_tab {
        browser::open_new_tab(choose_exit_url(&config.exit_urls, browser::random()));
    }
    browser::leave(&destination);
}
