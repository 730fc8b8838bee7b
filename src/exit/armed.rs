//! The armed exit of one widget: the shortcut, stealth browsing and the exit itself, with the
//! configuration they read. The one path by which both the partner bundle's first stage
//! ([`crate::element::ArmedElement`]) and the `SafeExit` component arm the exit.

use super::keyboard::{self, Subscription};
use super::sequence::exit_now;
use super::stealth::{self, Stealth};
use crate::config::Config;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::EventTarget;

/// Finds, when it is needed, the element that hears the shortcut's progress and the `safe-exit`
/// event: a Yew component's node may not exist yet when the exit is armed.
type Target = Rc<dyn Fn() -> Option<EventTarget>>;

/// An exit armed with a configuration; dropping it disarms. Every method takes `&self`: the
/// page's `safe-exit` listener runs inside [`ArmedExit::exit`], and may change an attribute or
/// remove the element, which calls [`ArmedExit::update`] or [`ArmedExit::disarm`] before
/// `exit` has returned.
pub struct ArmedExit {
    config: Rc<RefCell<Config>>,
    target: Target,
    keys: RefCell<Option<Subscription>>,
    stealth: RefCell<Option<Stealth>>,
}

impl ArmedExit {
    /// An exit armed with `config`, reporting to the element `target` finds.
    pub fn new(config: Config, target: impl Fn() -> Option<EventTarget> + 'static) -> ArmedExit {
        let armed = ArmedExit {
            config: Rc::default(),
            target: Rc::new(target),
            keys: RefCell::default(),
            stealth: RefCell::default(),
        };
        armed.update(config);
        armed
    }

    /// Arms again with `config`, which the exit reads when it happens.
    pub fn update(&self, config: Config) {
        // Dropped first: the page keeps one keyboard listener, shared by every widget.
        self.disarm();
        let (latest, exit_target, progress_target) = (self.config.clone(), self.target.clone(), self.target.clone());
        let exit = move || exit_now(&latest.borrow(), exit_target().as_ref());
        *self.keys.borrow_mut() = keyboard::arm(config.shortcut, move || progress_target(), exit);
        if config.stealth {
            *self.stealth.borrow_mut() = Some(stealth::enable());
        }
        // Borrowed only while leaving: a listener of the `safe-exit` event changed an
        // attribute, and the page is going anyway.
        if let Ok(mut latest) = self.config.try_borrow_mut() {
            *latest = config;
        }
    }

    /// Leaves now, as the exit button does.
    pub fn exit(&self) {
        exit_now(&self.config.borrow(), (self.target)().as_ref());
    }

    /// Removes the shortcut's and stealth browsing's listeners (the last widget's go with it).
    pub fn disarm(&self) {
        drop(self.keys.take());
        drop(self.stealth.take());
    }
}
