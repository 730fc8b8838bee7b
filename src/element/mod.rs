//! The `<safe-exit>` custom element's two stages in Rust. The element class itself is
//! JavaScript (static/loader.js), since Rust cannot subclass HTMLElement; the loader first arms
//! the exit with the first stage ([`ArmedElement`], exported by crates/safe-exit-core), then
//! mounts the interface ([`MountedElement`], exported by crates/safe-exit-interface). Nothing
//! here is exported to JavaScript by the library itself, so a Yew app that depends on the
//! library carries none of it.

mod armed;
pub use armed::ArmedElement;

#[cfg(feature = "ui")]
mod mounted;
#[cfg(feature = "ui")]
pub use mounted::MountedElement;
