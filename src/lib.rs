//! Safe Exit: a quick-exit and safety widget for websites serving domestic-violence survivors.
//!
//! Partners embed it as the `<safe-exit>` custom element (see docs/embedding.md); Yew apps use
//! the [`SafeExit`] component with a [`Config`]. The pure modules (configuration, contact
//! data, languages, the shortcut detector) build and test natively; the browser modules only
//! for wasm32.

pub mod config;
pub mod directory;
pub mod exit;
pub mod guidance;
pub mod i18n;
pub mod safe_url;

pub use config::Config;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
/// The custom element's entry points, called by the loader (static/loader.js).
#[cfg(target_arch = "wasm32")]
pub mod embed;

#[cfg(target_arch = "wasm32")]
pub use components::safe_exit::{SafeExit, SafeExitProps};
