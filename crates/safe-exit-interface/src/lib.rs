//! The interface of the partner bundle, `safe-exit.wasm`: what the loader (static/loader.js)
//! calls to mount the widget in each `<safe-exit>` once the first stage has armed its exit, and
//! the contacts checker for pages that edit a contacts file (the configurator, the WordPress
//! plugin's settings page).

#![cfg(target_arch = "wasm32")]
#![warn(missing_docs)]

use safe_exit::checker::check_contacts_json;
use safe_exit::element::MountedElement;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot};

/// talc instead of Rust's default dlmalloc: smaller (docs/size-idioms.md), and faster in talc's
/// own wasm benchmark (its README_WASM.md).
// SAFETY: the widget's wasm runs on the page's main thread only; it starts no worker.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

/// A widget mounted in a `<safe-exit>` element; see [`MountedElement`].
#[wasm_bindgen]
pub struct Mounted(MountedElement);

/// Renders the widget into `root`, the shadow root of `host`, emptied first: the element may
/// have been removed and added back.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, root: ShadowRoot) -> Result<Mounted, JsValue> {
    MountedElement::mount(host, root).map(Mounted)
}

#[wasm_bindgen]
impl Mounted {
    /// Re-reads the attributes after a change.
    pub fn update(&mut self) {
        self.0.update();
    }

    /// Unmounts the widget and removes its listeners.
    pub fn destroy(&mut self) {
        self.0.destroy();
    }
}

/// Checks a `safe-exit/directory/v1` file and returns the JSON report of
/// [`check_contacts_json`]; `today` (`YYYY-MM-DD`, from the page's clock) adds the warnings
/// for entries verified more than six months before it.
#[wasm_bindgen]
pub fn check_contacts(text: &str, today: Option<String>) -> String {
    check_contacts_json(text, today.as_deref())
}
