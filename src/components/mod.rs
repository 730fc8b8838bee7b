//! The widget's Yew components, one a file. A part with no state of its own (the language
//! switch, the guidance tabs) is a function that returns its `Html`, not a component: each
//! component type costs the interface its own copy of Yew's lifecycle code, about 0.6 KiB gzip.
//!
//! A class computed at render time is set with `~className={…}`, a plain string, and not with
//! `class={…}`: Yew turns a computed `class` into its `Classes`, a hashed set of strings, whose
//! code is about 3 KiB gzip of the interface. A fixed `class="…"` costs nothing and stays.

pub mod contacts;
mod data;
pub mod exit_bar;
pub mod guidance;
pub mod language_picker;
pub mod panel;
pub mod safe_exit;
pub mod widget;

/// The value of an ARIA state such as `aria-pressed`: a literal, so that no `String` is made for
/// it on each render.
fn aria_bool(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}
