//! The interface of a `<safe-exit>` element: once the first stage has armed the exit, the
//! loader mounts the widget in the element's shadow root ([`MountedElement::mount`]) and calls
//! it on attribute changes and removal. The loader attaches that root, closed, and keeps it:
//! see docs/embedding.md, "Privacy".

use crate::browser;
use crate::components::safe_exit::STYLES;
use crate::components::widget::{Widget, WidgetProps};
use crate::config::Config;
use crate::exit::State;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};
use yew::{AppHandle, Callback, Renderer};

/// A widget mounted in a `<safe-exit>` element.
pub struct MountedElement {
    host: HtmlElement,
    root: ShadowRoot,
    app: Option<AppHandle<Widget>>,
    health: Rc<Health>,
}

/// What `data-state` reports once the exit is armed: `degraded` while the attributes have a
/// bad value or the partner's contacts file failed, `ready` otherwise.
#[derive(Default)]
struct Health {
    armed: Cell<bool>,
    config_failed: Cell<bool>,
    data_failed: Cell<bool>,
}

impl Health {
    fn show(&self, host: &HtmlElement) {
        if self.armed.get() {
            let state = if self.config_failed.get() || self.data_failed.get() { State::Degraded } else { State::Ready };
            browser::set_data_state(host, state.name());
        }
    }
}

/// Reads the element's attributes. The first stage (src/element/armed.rs) has already warned about any
/// bad value, so this only notes that there was one.
fn read_config(host: &HtmlElement) -> (Config, bool) {
    let (config, warnings) = Config::from_attributes(|name| host.get_attribute(name));
    (config, !warnings.is_empty())
}

fn props(host: &HtmlElement, root: &ShadowRoot, config: Config, health: Rc<Health>) -> WidgetProps {
    let (state_host, root) = (host.clone(), root.clone());
    let on_state = Callback::from(move |state: State| {
        if !health.armed.replace(true) {
            show_interface_instead_of_link(&state_host, &root);
        }
        health.data_failed.set(state == State::Degraded);
        health.show(&state_host);
    });
    let element = host.clone();
    let on_exit = Callback::from(move |()| browser::exit_through(&element));
    WidgetProps { config, on_exit, host: Some(host.clone().into()), button_heard: true, on_state }
}

/// The interface is up, exit bar included: the fallback link gives way, and keyboard focus on
/// it moves to the exit button.
fn show_interface_instead_of_link(host: &HtmlElement, root: &ShadowRoot) {
    browser::remove_first(root, "slot");
    if browser::focus_on_children_of(host) {
        browser::focus_first(root, "[part=\"exit-button\"]");
    }
}

impl MountedElement {
    /// Renders the widget into `root`, the shadow root of `host`, emptied first: the element may
    /// have been removed and added back.
    pub fn mount(host: HtmlElement, root: ShadowRoot) -> Result<MountedElement, JsValue> {
        browser::empty(&root);
        browser::adopt_styles(&root, STYLES);
        // A shadow root hides the element's children, the fallback link among them; until the
        // interface has rendered and shown its exit bar, which can take more than one frame on a
        // slow phone, this slot keeps the link shown.
        browser::append_element(&root, "slot")?;
        let container = browser::append_element(&root, "div")?;
        let (config, degraded) = read_config(&host);
        let health = Rc::new(Health::default());
        health.config_failed.set(degraded);
        let app =
            Renderer::<Widget>::with_root_and_props(container, props(&host, &root, config, health.clone())).render();
        Ok(MountedElement { host, root, app: Some(app), health })
    }

    /// Re-reads the attributes after a change.
    pub fn update(&mut self) {
        let (config, degraded) = read_config(&self.host);
        self.health.config_failed.set(degraded);
        self.health.show(&self.host);
        if let Some(app) = self.app.as_mut() {
            app.update(props(&self.host, &self.root, config, self.health.clone()));
        }
    }

    /// Unmounts the widget and removes its listeners.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
