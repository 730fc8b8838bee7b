//! Leaving: the shortcut detector (pure) and, in the browser, the exit sequence and the
//! page-wide listeners that trigger it.

pub mod destination;
pub mod shortcut;

/// What the `<safe-exit>` element's `data-state` says once the exit is armed (the loader sets
/// `loading` before).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    /// The exit (click and shortcut) is armed.
    Ready,
    /// Something failed that the widget survived; the exit still works.
    Degraded,
}

impl State {
    /// The value of `data-state`.
    pub fn name(self) -> &'static str {
        match self {
            State::Ready => "ready",
            State::Degraded => "degraded",
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod armed;
#[cfg(target_arch = "wasm32")]
pub(crate) use armed::ArmedExit;

#[cfg(target_arch = "wasm32")]
pub(crate) mod keyboard;
#[cfg(target_arch = "wasm32")]
pub(crate) mod sequence;
#[cfg(target_arch = "wasm32")]
pub(crate) mod stealth;
