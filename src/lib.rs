//! Safe Exit: a quick-exit and safety widget for websites serving domestic-violence survivors.
//!
//! Partners embed it as the `<safe-exit>` custom element (see docs/embedding.md); Yew apps use
//! the `SafeExit` component with a [`Config`]. The pure modules (configuration, contact
//! data, languages, the shortcut detector) build and test natively; the browser modules,
//! `SafeExit` among them, only for wasm32: check and build a Yew app that uses it with
//! `--target wasm32-unknown-unknown` (as Trunk does).
//!
//! # Layers
//!
//! Each module imports only from its own layer or the layers below it (tests/layers.rs reads
//! every `crate::` path and fails on one that points up):
//!
//! 1. **tools**, knowing nothing of the widget: [`tools`] (the JSON reader and writer, plain
//!    text, invisible characters, the string helpers that stand in for std's) and `packed`.
//! 2. **rules**, pure and tested natively: [`safe_url`], [`i18n`], [`directory`] (the contacts
//!    format, its reading and its report), [`guidance`], [`config`] (attributes → [`Config`]),
//!    [`fetch_origin`], [`theme_check`], [`checker`], and [`exit`]'s shortcut detector and
//!    destination choice.
//! 3. **effects**: `browser`, every call into the page (wasm32 only).
//! 4. **stages**: the first stage, which arms the exit: `exit`'s listeners and sequence, and
//!    `element`'s `ArmedElement`.
//! 5. **view**: the second stage, the Yew widget (`components`) and `element`'s
//!    `MountedElement`, which mounts it.

#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// A module marked `deny(clippy::disallowed_macros, …)` is one the partner bundle's first stage
// is built from: it keeps the size idioms of docs/size-idioms.md, checked by clippy where the
// first stage is linted (the Makefile's `lint`).
pub mod checker;
#[cfg_attr(not(feature = "ui"), deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice))]
pub mod config;
pub mod directory;
#[cfg_attr(not(feature = "ui"), deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice))]
pub mod exit;
pub mod fetch_origin;
pub mod guidance;
pub mod i18n;
mod packed;
#[cfg_attr(not(feature = "ui"), deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice))]
pub mod safe_url;
pub mod theme_check;
pub mod tools;

pub use config::Config;

#[cfg(target_arch = "wasm32")]
#[cfg_attr(not(feature = "ui"), deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice))]
mod browser;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
mod components;

#[cfg(target_arch = "wasm32")]
#[cfg_attr(not(feature = "ui"), deny(clippy::disallowed_macros, clippy::disallowed_methods, clippy::string_slice))]
pub mod element;

// A host build that names `SafeExit` gets rustc's "found an item that was configured out",
// which shows the next line: its comment is the message.
#[cfg(all(target_arch = "wasm32", feature = "ui"))] // wasm32 only: cargo check --target wasm32-unknown-unknown
#[cfg_attr(docsrs, doc(cfg(all(target_arch = "wasm32", feature = "ui"))))]
pub use components::safe_exit::{SafeExit, SafeExitProps};
