//! Browser tests of the first stage (src/element/armed.rs) in headless Chromium:
//! arming an element, `data-state`, and the shortcut's progress reported to the element.
#![cfg(target_arch = "wasm32")]

use safe_exit::element::ArmedElement;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn element(attributes: &[(&str, &str)]) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document.create_element("safe-exit").unwrap().unchecked_into();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn press_shift() {
    let window = web_sys::window().unwrap();
    for kind in ["keydown", "keyup"] {
        let init = KeyboardEventInit::new();
        init.set_key("Shift");
        let event = KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
        window.dispatch_event(&event).unwrap();
    }
}

#[wasm_bindgen_test]
fn arming_reports_ready_and_a_bad_value_degraded() {
    let host = element(&[("shortcut", "escape2")]);
    let armed = ArmedElement::arm(host.clone());
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));
    host.set_attribute("shortcut", "ctrl-x").unwrap();
    armed.update();
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("degraded"));
    armed.destroy();
    host.remove();
}

#[wasm_bindgen_test]
fn the_shortcut_progress_reaches_the_element_until_disarmed() {
    let host = element(&[]);
    let armed = ArmedElement::arm(host.clone());
    let seen = Rc::new(RefCell::new(Vec::<String>::new()));
    let record = {
        let seen = seen.clone();
        Closure::<dyn FnMut(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
            seen.borrow_mut().push(event.detail().as_string().unwrap_or_default())
        })
    };
    host.add_event_listener_with_callback("safe-exit-shortcut", record.as_ref().unchecked_ref()).unwrap();
    press_shift();
    assert_eq!(*seen.borrow(), ["counted 1 3"]);
    armed.destroy();
    press_shift();
    assert_eq!(*seen.borrow(), ["counted 1 3"], "disarming removes the keyboard listener");
    host.remove();
}
