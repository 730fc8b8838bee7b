//! The first stage of the partner bundle, `safe-exit-core.wasm`: the crate built without the
//! `ui` feature, a small fraction of the interface's size. For each `<safe-exit>` it reads the
//! attributes, arms the shortcut (one keyboard listener for the page), stealth browsing and
//! the exit itself, and reports `data-state`, all before the interface has loaded. The
//! interface, mounted later, shows the shortcut's progress from the `safe-exit-shortcut`
//! events this stage sends to the element.

use crate::browser;
use crate::config::Config;
use crate::exit::keyboard::{self, Subscription};
use crate::exit::sequence::exit_now;
use crate::exit::stealth::{self, Stealth};
use crate::exit::State;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// The exit of one `<safe-exit>` element, armed. Every method takes `&self`: the page's
/// `safe-exit` listener runs inside [`Armed::exit`], and may change an attribute or remove the
/// element, which calls [`Armed::update`] or [`Armed::destroy`] before `exit` has returned.
#[wasm_bindgen]
pub struct Armed {
    host: HtmlElement,
    config: Rc<RefCell<Config>>,
    keys: RefCell<Option<Subscription>>,
    stealth: RefCell<Option<Stealth>>,
}

/// Arms the exit of `host` from its attributes.
#[wasm_bindgen]
pub fn arm(host: HtmlElement) -> Armed {
    let armed = Armed { host, config: Rc::default(), keys: RefCell::default(), stealth: RefCell::default() };
    armed.update();
    armed
}

#[wasm_bindgen]
impl Armed {
    /// Re-reads the attributes: on arming, and after every change. This stage is the one that
    /// warns about bad values, once each, for both stages.
    pub fn update(&self) {
        let (config, warnings) = Config::from_attributes(|name| self.host.get_attribute(name));
        for warning in &warnings {
            browser::warn(&warning.to_string());
        }
        // Dropped first: the page keeps one keyboard listener, shared by every element.
        drop(self.keys.take());
        drop(self.stealth.take());
        // The exit reads the configuration when it happens, so later updates count.
        let (latest, exit_host, progress_host) = (self.config.clone(), self.host.clone(), self.host.clone());
        let exit = move || exit_now(&latest.borrow(), Some(&exit_host));
        *self.keys.borrow_mut() = keyboard::arm(config.shortcut, move || Some(progress_host.clone().into()), exit);
        if config.stealth {
            *self.stealth.borrow_mut() = Some(stealth::enable());
        }
        // Borrowed only while leaving: a listener of the `safe-exit` event changed an
        // attribute, and the page is going anyway.
        if let Ok(mut latest) = self.config.try_borrow_mut() {
            *latest = config;
        }
        let state = if warnings.is_empty() { State::Ready } else { State::Degraded };
        let _ = self.host.set_attribute("data-state", state.name());
    }

    /// Leaves now, as the exit button does.
    pub fn exit(&self) {
        exit_now(&self.config.borrow(), Some(&self.host));
    }

    /// Disarms: the element was removed from the page.
    pub fn destroy(&self) {
        drop(self.keys.take());
        drop(self.stealth.take());
    }
}
