//! The one module that changes the page: navigation and history, the tab's storage and title,
//! the host page's scroll padding, focus, the `<safe-exit>` element's attributes and shadow
//! root, the top layer, events, listeners and timers; and that fetches. Here: what both stages
//! need; in `page`, `theme` and `focus_clear`, what only the interface needs. Each function is
//! a thin wrapper, tested in Chromium through the element and the component (tests/browser.rs,
//! tests/browser_core.rs, tests/e2e/); the decisions are made by the callers and the pure
//! modules.
//!
//! Exactly where the boundary is: code outside this module reads the page only through what it
//! is given (events, and the elements and boxes they lead to, as web-sys values: the keys in
//! `exit/keyboard.rs`, the links and forms in `exit/stealth.rs`, the clicks in
//! `components/exit_bar/hooks.rs`), and changes it only through this module, with two
//! exceptions: Yew renders the components into the widget's own shadow root, and stealth
//! browsing cancels (`prevent_default`) the link click or form submission it replaces with its
//! own navigation. (The exit bar also stops the propagation of the click that exits, an event
//! it was given.)

#[cfg(feature = "ui")]
mod focus_clear;
#[cfg(feature = "ui")]
pub use focus_clear::keep_focus_clear;
#[cfg(feature = "ui")]
mod page;
#[cfg(feature = "ui")]
pub use page::*;
#[cfg(feature = "ui")]
mod theme;
#[cfg(feature = "ui")]
pub use theme::repair_theme;

use crate::config::ClearStorage;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

#[wasm_bindgen(module = "/static/exit-core.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = leave)]
    fn leave_js(urls: &str) -> Result<String, JsValue>;
    #[wasm_bindgen(catch, js_name = hidePage)]
    fn hide_page_js(url: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_name = remember)]
    fn remember_js(url: &str) -> Result<(), JsValue>;
}

/// The page's window.
pub fn window() -> web_sys::Window {
    web_sys::window().expect_throw("Safe Exit runs in a window")
}

/// The page's document.
pub fn document() -> web_sys::Document {
    window().document().expect_throw("the window has a document")
}

/// Starts the navigation in place of this page, with no Referer, to the first of `destinations`
/// (space-separated) the browser accepts, and goes on to the next ones while the page is still
/// here (static/exit-core.js has the details of this and the next two). Returns the one it
/// left for. None of the three throws, whatever a host script has patched.
pub fn leave(destinations: &str) -> Option<String> {
    leave_js(destinations).ok()
}

/// Hides the whole host page, until it is replaced, and gives the tab a neutral title.
pub fn hide_page(destination: &str) {
    let _ = hide_page_js(destination);
}

/// Remembers the exit in this tab for the Back guard.
pub fn remember_exit(destination: &str) {
    let _ = remember_js(destination);
}

/// Goes to `url` in place of the current history entry (stealth browsing's same-site
/// navigation).
pub fn replace_location(url: &str) {
    let _ = window().location().replace(url);
}

/// The address of this page.
pub fn page_url() -> Option<String> {
    window().location().href().ok()
}

/// Sets the `data-state` attribute of the `<safe-exit>` element `host` to `state`.
pub fn set_data_state(host: &web_sys::Element, state: &str) {
    let _ = host.set_attribute("data-state", state);
}

/// Clears what the partner asked to clear; failures (storage disabled) do not stop the exit.
pub fn clear_storage(what: ClearStorage) {
    let window = window();
    if matches!(what, ClearStorage::Session | ClearStorage::All) {
        if let Ok(Some(storage)) = window.session_storage() {
            let _ = storage.clear();
        }
    }
    if what == ClearStorage::All {
        if let Ok(Some(storage)) = window.local_storage() {
            let _ = storage.clear();
        }
    }
}

/// Opens `url` in a new tab with no link back to this page. Browsers allow it only during a
/// user gesture, which the exit's click or key press is.
pub fn open_new_tab(url: &str) {
    let _ = window().open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
}

/// Tells the interface how far the shortcut has got (the first stage, or the `SafeExit`
/// component, counts the keys; see `exit::shortcut::Outcome::detail`).
pub fn dispatch_shortcut_event(target: &EventTarget, detail: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(detail));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(SHORTCUT_EVENT, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// The event by which the interface hears about the shortcut; it does not
/// bubble and is not part of the partner API.
pub const SHORTCUT_EVENT: &str = "safe-exit-shortcut";

/// Tells the host page the visitor is leaving; listeners run now, nothing waits for them.
pub fn dispatch_exit_event(target: &EventTarget, destination: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&JsValue::from_str(destination));
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict("safe-exit", &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// A random number in [0, 1).
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// Milliseconds since the page's time origin, on its monotonic clock.
pub fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Today on the visitor's clock, in her time zone: the day she reads the contacts.
#[cfg(feature = "ui")]
pub fn today() -> crate::directory::age::Day {
    let date = js_sys::Date::new_0();
    (date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Writes `message` to the console as a warning.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// An event listener that is removed when dropped.
pub struct Listener {
    target: EventTarget,
    kind: &'static str,
    capture: bool,
    callback: Closure<dyn FnMut(Event)>,
}

impl Listener {
    /// Listens to `kind` events on `target`, in the capture phase if `capture`.
    pub fn new(
        target: &EventTarget,
        kind: &'static str,
        capture: bool,
        handler: impl FnMut(Event) + 'static,
    ) -> Listener {
        let callback = Closure::<dyn FnMut(Event)>::new(handler);
        let options = AddEventListenerOptions::new();
        options.set_capture(capture);
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            callback.as_ref().unchecked_ref(),
            &options,
        );
        Listener { target: target.clone(), kind, capture, callback }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback_and_bool(
            self.kind,
            self.callback.as_ref().unchecked_ref(),
            self.capture,
        );
    }
}

#[wasm_bindgen]
extern "C" {
    // The handle as a number, not web-sys' i32: a clock may count its timers beyond an i32
    // (Playwright's, which the tests drive time with, starts at 10^12), and then a truncated
    // handle would cancel nothing and the dropped callback would still be called.
    #[wasm_bindgen(js_name = setTimeout)]
    fn set_timeout(handler: &js_sys::Function, ms: i32) -> f64;
    #[wasm_bindgen(js_name = clearTimeout)]
    fn clear_timeout(handle: f64);
}

/// A timer that is cancelled when dropped.
pub struct Timeout {
    handle: f64,
    _callback: Closure<dyn FnMut()>,
}

impl Timeout {
    /// Calls `handler` once, after `ms` milliseconds.
    pub fn new(ms: i32, handler: impl FnMut() + 'static) -> Timeout {
        let callback = Closure::<dyn FnMut()>::new(handler);
        let handle = set_timeout(callback.as_ref().unchecked_ref(), ms);
        Timeout { handle, _callback: callback }
    }
}

impl Drop for Timeout {
    fn drop(&mut self) {
        clear_timeout(self.handle);
    }
}
