//! The `<safe-exit>` custom element's Rust side. The element class itself is JavaScript (the
//! loader, static/loader.js), since Rust cannot subclass HTMLElement; it calls [`mount`] when
//! the element is connected, and the returned [`Mounted`] on attribute changes and removal.

use crate::browser;
use crate::components::safe_exit::STYLES;
use crate::components::widget::{State, Widget, WidgetProps};
use crate::config::Config;
use crate::exit::sequence::exit_now;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::{AppHandle, Callback, Renderer};

/// A widget mounted in a `<safe-exit>` element.
#[wasm_bindgen]
pub struct Mounted {
    host: HtmlElement,
    config: Config,
    app: Option<AppHandle<Widget>>,
    /// Whether the attributes had a bad value, so that `ready` is reported as `degraded`.
    config_degraded: Rc<Cell<bool>>,
}

/// Reads the element's attributes, warning once per bad value.
fn read_config(host: &HtmlElement) -> (Config, bool) {
    let (config, warnings) = Config::from_attributes(|name| host.get_attribute(name));
    for warning in &warnings {
        browser::warn(&warning.to_string());
    }
    (config, !warnings.is_empty())
}

fn props(host: &HtmlElement, config: Config, config_degraded: Rc<Cell<bool>>) -> WidgetProps {
    let state_host = host.clone();
    let on_state = Callback::from(move |state: State| {
        let state = if config_degraded.get() { State::Degraded } else { state };
        let _ = state_host.set_attribute("data-state", state.name());
    });
    WidgetProps { config, host: Some(host.clone().into()), on_state }
}

/// Renders the widget into `host`'s open shadow root.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Mounted, JsValue> {
    let root = browser::open_shadow_root(&host)?;
    browser::adopt_styles(&root, STYLES);
    let container = browser::document().create_element("div")?;
    root.append_child(&container)?;
    let (config, degraded) = read_config(&host);
    let config_degraded = Rc::new(Cell::new(degraded));
    let app = Renderer::<Widget>::with_root_and_props(container, props(&host, config.clone(), config_degraded.clone())).render();
    Ok(Mounted { host, config, app: Some(app), config_degraded })
}

#[wasm_bindgen]
impl Mounted {
    /// Re-reads the attributes after a change.
    pub fn update(&mut self) {
        let (config, degraded) = read_config(&self.host);
        self.config_degraded.set(degraded);
        if degraded {
            let _ = self.host.set_attribute("data-state", State::Degraded.name());
        }
        self.config = config.clone();
        if let Some(app) = self.app.as_mut() {
            app.update(props(&self.host, config, self.config_degraded.clone()));
        }
    }

    /// Unmounts the widget and removes its listeners.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }

    /// Leaves now, as the exit button does.
    pub fn exit(&self) {
        exit_now(&self.config, Some(&self.host));
    }
}
