//! The widget's Yew components, one a file. A part with no state of its own (the language
//! switch, the guidance tabs) is a function that returns its `Html`, not a component: each
//! component type costs the interface its own copy of Yew's lifecycle code
//! (docs/size-idioms.md).
//!
//! A class computed at render time is set with `~className={…}`, a plain string, and not with
//! `class={…}`: Yew turns a computed `class` into its `Classes`, a hashed set of strings, whose
//! code is large (docs/size-idioms.md). A fixed `class="…"` costs nothing and stays.

pub mod contacts;
mod data;
pub mod exit_bar;
pub mod guidance;
pub mod language_picker;
pub mod panel;
pub mod safe_exit;
pub mod widget;

use std::cell::RefCell;
use std::rc::Rc;
use yew::{hook, use_force_update, use_mut_ref, NodeRef, UseForceUpdateHandle};

/// A component's state: kept in a cell, and every change renders the component again, as with
/// `use_state`. Yew's `use_state` and `use_reducer` bring their own copy of its hook code for
/// each type of state; a `use_mut_ref` and one `use_force_update` are much less
/// (docs/size-idioms.md).
pub struct Kept<T> {
    value: Rc<RefCell<T>>,
    render: UseForceUpdateHandle,
}

impl<T> Clone for Kept<T> {
    fn clone(&self) -> Self {
        Kept { value: self.value.clone(), render: self.render.clone() }
    }
}

impl<T: Clone> Kept<T> {
    /// The state now.
    pub fn get(&self) -> T {
        self.value.borrow().clone()
    }

    /// Changes the state, and renders the component again.
    pub fn update(&self, change: impl FnOnce(&mut T)) {
        change(&mut self.value.borrow_mut());
        self.render.force_update();
    }
}

/// A [`Kept`] state, starting at `init`.
#[hook]
pub fn use_kept<T: 'static>(init: impl FnOnce() -> T) -> Kept<T> {
    Kept { value: use_mut_ref(init), render: use_force_update() }
}

/// The value of an ARIA state such as `aria-pressed`: a literal, so that no `String` is made for
/// it on each render.
fn aria_bool(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// A `NodeRef` for the component's life, as Yew's `use_node_ref` gives: that one keeps it in a
/// `use_state`, whose hook code nothing else in the interface needs (docs/size-idioms.md).
#[hook]
pub fn use_element_ref() -> NodeRef {
    let kept = use_mut_ref(NodeRef::default);
    let node = kept.borrow().clone();
    node
}
