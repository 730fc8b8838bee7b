//! The first stage: for one `<safe-exit>` it reads the attributes, arms the exit (the shortcut,
//! stealth browsing and the exit itself) and reports `data-state`, all before the interface
//! has loaded. The interface, mounted later, shows the shortcut's progress from the
//! `safe-exit-shortcut` events this stage sends to the element.

use crate::browser;
use crate::config::Config;
use crate::exit::{ArmedExit, State};
use web_sys::{EventTarget, HtmlElement};

/// Reads the attributes of `host`, warning once about each bad value: this stage is the one
/// that warns, for both stages.
fn read_attributes(host: &HtmlElement) -> (Config, State) {
    let (config, warnings) = Config::from_attributes(|name| host.get_attribute(name));
    for warning in &warnings {
        browser::warn(&warning.message());
    }
    (config, if warnings.is_empty() { State::Ready } else { State::Degraded })
}

/// The exit of one `<safe-exit>` element, armed from its attributes.
pub struct ArmedElement {
    host: HtmlElement,
    exit: ArmedExit,
}

impl ArmedElement {
    /// Arms the exit of `host` from its attributes.
    pub fn arm(host: HtmlElement) -> ArmedElement {
        let (config, state) = read_attributes(&host);
        let target = host.clone();
        let exit = ArmedExit::new(config, move || Some(EventTarget::from(target.clone())));
        browser::set_data_state(&host, state.name());
        ArmedElement { host, exit }
    }

    /// Re-reads the attributes after a change.
    pub fn update(&self) {
        let (config, state) = read_attributes(&self.host);
        self.exit.update(config);
        browser::set_data_state(&self.host, state.name());
    }

    /// Leaves now, as the exit button does.
    pub fn exit(&self) {
        self.exit.exit();
    }

    /// Disarms: the element was removed from the page.
    pub fn destroy(&self) {
        self.exit.disarm();
    }
}
