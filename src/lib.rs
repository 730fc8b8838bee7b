//! Safe Exit: a quick-exit and safety widget for websites serving domestic-violence survivors.
//!
//! Partners embed it as the `<safe-exit>` custom element (see docs/embedding.md); Yew apps use
//! the [`SafeExit`] component with a [`Config`]. The pure modules (configuration, contact
//! data, languages, the shortcut detector) build and test natively; the browser modules only
//! for wasm32.

pub mod checker;
pub mod config;
pub mod directory;
pub mod exit;
pub mod guidance;
pub mod i18n;
pub mod safe_url;

pub use config::Config;

/// The first stage of the partner bundle: arms the exit and the shortcut (built without `ui`).
#[cfg(all(target_arch = "wasm32", not(feature = "ui")))]
pub mod arm;
#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod components;
/// The custom element's entry points, called by the loader (static/loader.js).
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod embed;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub use components::safe_exit::{SafeExit, SafeExitProps};

/// talc instead of Rust's default dlmalloc: about 1.7 KiB gzip smaller in each of the two wasm
/// files, and faster in talc's own wasm benchmark (README_WASM.md).
// SAFETY: the widget's wasm runs on the page's main thread only; it starts no worker.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
