//! Leaving: the shortcut detector (pure) and, in the browser, the exit sequence and the
//! page-wide listeners that trigger it.

pub mod shortcut;

#[cfg(target_arch = "wasm32")]
pub(crate) mod keyboard;
#[cfg(target_arch = "wasm32")]
pub(crate) mod sequence;
#[cfg(target_arch = "wasm32")]
pub(crate) mod stealth;
