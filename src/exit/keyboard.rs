//! One page-wide keyboard listener shared by every widget on the page. Each widget subscribes
//! with its own shortcut and hears how far the count has got; the first to complete exits.
//! The listener sits on the window in the capture phase, so it hears keys wherever focus is:
//! the partner's inputs, inside the shadow root, inside the open panel.

use super::shortcut::{Detector, Key, KeyEvent, Outcome, Phase, WINDOW_MS};
use crate::browser::{self, Listener, Timeout};
use crate::config::Shortcut;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, KeyboardEvent};

type Notify = Rc<dyn Fn(Outcome)>;

struct Subscriber {
    id: u32,
    detector: Detector,
    notify: Notify,
}

#[derive(Default)]
struct Registry {
    next_id: u32,
    subscribers: Vec<Subscriber>,
    listeners: Vec<Listener>,
    expiry: Option<Timeout>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::default();
}

/// Keeps a widget subscribed until dropped.
pub struct Subscription(u32);

impl Drop for Subscription {
    fn drop(&mut self) {
        let id = self.0;
        // Listeners and timer are dropped outside the borrow: dropping them calls into JS.
        let _released = REGISTRY.with(|r| {
            let mut registry = r.borrow_mut();
            registry.subscribers.retain(|s| s.id != id);
            if registry.subscribers.is_empty() {
                (std::mem::take(&mut registry.listeners), registry.expiry.take())
            } else {
                (Vec::new(), None)
            }
        });
    }
}

/// Arms `shortcut` for one widget: its last press calls `exit`, and every step before is
/// reported to the widget's element (found by `host` when it happens) for the interface to
/// show. `None` when the shortcut is off.
pub fn arm(
    shortcut: Shortcut,
    host: impl Fn() -> Option<EventTarget> + 'static,
    exit: impl Fn() + 'static,
) -> Option<Subscription> {
    (shortcut != Shortcut::None).then(|| {
        subscribe(shortcut, move |outcome| match outcome {
            Outcome::Exit => exit(),
            progress => {
                if let Some(host) = host() {
                    browser::dispatch_shortcut_event(&host, &progress.detail());
                }
            }
        })
    })
}

/// Subscribes to the shortcut; `notify` hears every outcome, `Outcome::Exit` included.
fn subscribe(shortcut: Shortcut, notify: impl Fn(Outcome) + 'static) -> Subscription {
    REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        registry.next_id += 1;
        let id = registry.next_id;
        registry.subscribers.push(Subscriber { id, detector: Detector::new(shortcut), notify: Rc::new(notify) });
        if registry.listeners.is_empty() {
            let window = browser::window();
            registry.listeners = vec![
                Listener::new(&window, "keydown", true, |e| on_key(&e, Phase::Down)),
                Listener::new(&window, "keyup", true, |e| on_key(&e, Phase::Up)),
                Listener::new(&window, "beforeinput", true, |_| feed(&|d| d.on_text_input())),
                Listener::new(&window, "compositionstart", true, |_| feed(&|d| d.on_text_input())),
            ];
        }
        Subscription(id)
    })
}

fn on_key(event: &Event, phase: Phase) {
    let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
    let key = match event.key().as_str() {
        "Shift" => Key::Shift,
        "Escape" | "Esc" => Key::Escape,
        _ => Key::Other,
    };
    let modified = event.ctrl_key() || event.alt_key() || event.meta_key() || (key == Key::Escape && event.shift_key());
    let input = KeyEvent {
        key,
        phase,
        modified,
        repeat: event.repeat(),
        // 229 is what phones' virtual keyboards and IMEs send for keys they are still composing.
        composing: event.is_composing() || event.key_code() == 229,
        // The clock the expiry timer reads, so that a press and its expiry are timed alike.
        at: browser::now(),
    };
    feed(&|detector| detector.on_key(input));
}

/// Runs `step` on every subscriber's detector, then notifies them outside the borrow, since
/// a notification may exit or re-render a widget that unsubscribes.
fn feed(step: &dyn Fn(&mut Detector) -> Option<Outcome>) {
    let outcomes: Vec<(Notify, Outcome)> = REGISTRY.with(|r| {
        let mut registry = r.borrow_mut();
        let outcomes: Vec<_> = registry
            .subscribers
            .iter_mut()
            .filter_map(|s| step(&mut s.detector).map(|o| (s.notify.clone(), o)))
            .collect();
        if outcomes.iter().any(|(_, o)| matches!(o, Outcome::Counted { .. })) {
            registry.expiry = Some(Timeout::new(WINDOW_MS as i32 + 50, || feed(&|d| d.on_tick(browser::now()))));
        }
        outcomes
    });
    // One exit per page: the first widget whose shortcut completes leaves.
    if let Some((notify, outcome)) = outcomes.iter().find(|(_, o)| *o == Outcome::Exit) {
        return notify(*outcome);
    }
    for (notify, outcome) in outcomes {
        notify(outcome);
    }
}
