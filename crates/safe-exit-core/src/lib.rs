//! The first stage of the partner bundle, `safe-exit-core.wasm`: what the loader
//! (static/loader.js) calls to arm the exit of each `<safe-exit>` before the interface has
//! loaded, and the attribute rules for the configurator (demo/configure.js). A small fraction of
//! the interface's size, since it leaves out the library's `ui` feature.

#![cfg(target_arch = "wasm32")]
#![warn(missing_docs)]
#![deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice)]

use safe_exit::config;
use safe_exit::element::ArmedElement;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// talc instead of Rust's default dlmalloc: smaller (docs/size-idioms.md), and faster in talc's
/// own wasm benchmark (its README_WASM.md).
// SAFETY: the widget's wasm runs on the page's main thread only; it starts no worker.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// The exit of one `<safe-exit>` element, armed; see [`ArmedElement`].
#[wasm_bindgen]
pub struct Armed(ArmedElement);

/// Arms the exit of `host` from its attributes.
#[wasm_bindgen]
pub fn arm(host: HtmlElement) -> Armed {
    Armed(ArmedElement::arm(host))
}

#[wasm_bindgen]
impl Armed {
    /// Re-reads the attributes after a change.
    pub fn update(&self) {
        self.0.update();
    }

    /// Leaves now, as the exit button does.
    pub fn exit(&self) {
        self.0.exit();
    }

    /// Disarms: the element was removed from the page.
    pub fn destroy(&self) {
        self.0.destroy();
    }
}

/// For the configurator: the warning the widget gives for `value` in the attribute `name`
/// (see [`safe_exit::config::check_attribute`]), or "" when it reads the value without one.
#[wasm_bindgen]
pub fn check_attribute(name: &str, value: &str) -> String {
    config::check_attribute(name, value).unwrap_or_default()
}

/// For the configurator: where the exit goes when the partner names no usable destination.
#[wasm_bindgen]
pub fn default_exit_url() -> String {
    config::DEFAULT_EXIT_URL.into()
}
