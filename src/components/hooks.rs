//! Hooks shared by the components.

use yew::prelude::*;

/// Keeps what `make` returns for `deps` while they stay the same; made during render, not in an
/// effect: when a render takes Yew more than 16 ms (the first can, on a slow phone), it yields
/// to the browser before running effects, and a click or key press meanwhile would be missed.
/// Dropped with the component, or when `deps` change, before the next is made.
#[hook]
pub fn use_held_with<D: PartialEq + 'static, T: 'static>(deps: D, make: impl FnOnce(&D) -> T) {
    let held = use_mut_ref(|| None::<(D, T)>);
    let mut held = held.borrow_mut();
    if held.as_ref().is_none_or(|(kept, _)| *kept != deps) {
        *held = None;
        let made = make(&deps);
        *held = Some((deps, made));
    }
}
