//! The first stage of the partner bundle, `safe-exit-core.wasm`: what the loader
//! (static/loader.js) calls to arm the exit of each `<safe-exit>` before the interface has
//! loaded, and the exit-URL rule for the configurator (demo/configure.js). A small fraction of
//! the interface's size, since it leaves out the library's `ui` feature.

#![cfg(target_arch = "wasm32")]

use safe_exit::element::ArmedElement;
use safe_exit::safe_url::{check_absolute, Loopback};
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

/// talc instead of Rust's default dlmalloc: about 1.7 KiB gzip smaller in each of the two wasm
/// files, and faster in talc's own wasm benchmark (its README_WASM.md).
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

/// The rule for the configurator: why `url` would be refused as an `exit-url` destination
/// (http allowed on loopback), or "" when it would not.
#[wasm_bindgen]
pub fn check_url(url: &str) -> String {
    check_absolute(url, Loopback::HttpAllowed).err().unwrap_or("").into()
}
