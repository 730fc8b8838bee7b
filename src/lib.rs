//! Safe Exit: a quick-exit and safety widget for websites serving domestic-violence survivors.
//!
//! Partners embed it as the `<safe-exit>` custom element (see docs/embedding.md); Yew apps use
//! the [`SafeExit`] component with a [`Config`]. The pure modules (configuration, contact
//! data, languages, the shortcut detector) build and test natively; the browser modules only
//! for wasm32.

#![warn(missing_docs)]

pub mod checker;
pub mod config;
pub mod directory;
pub mod exit;
pub mod guidance;
pub mod i18n;
mod packed;
pub mod safe_url;
pub mod theme_check;

pub use config::Config;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
mod components;

#[cfg(target_arch = "wasm32")]
pub mod element;

#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub use components::safe_exit::{SafeExit, SafeExitProps};
