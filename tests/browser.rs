//! Browser tests of the wasm side in headless Chromium (wasm-bindgen-test): mounting the
//! custom element's widget and the Yew component, and what they report to the host.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use safe_exit::{Config, SafeExit};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn element(attributes: &[(&str, &str)]) -> HtmlElement {
    let element: HtmlElement = document().create_element("safe-exit").unwrap().unchecked_into();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&element).unwrap();
    element
}

/// The shadow root the loader would give the widget (open here, so the test can look inside).
fn shadow_root(host: &web_sys::HtmlElement) -> web_sys::ShadowRoot {
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)).unwrap()
}

fn exit_button(host: &web_sys::Element) -> Option<web_sys::Element> {
    host.shadow_root()?.query_selector("[part=\"exit-button\"]").ok()?
}

#[wasm_bindgen_test]
async fn mounting_renders_the_exit_button_in_its_shadow_root_and_reports_ready() {
    let host = element(&[("lang", "en")]);
    let mut mounted = safe_exit::element::MountedElement::mount(host.clone(), shadow_root(&host)).unwrap();
    yew::scheduler::flush().await;
    let button = exit_button(&host).expect("an exit button in the shadow root");
    assert_eq!(button.text_content().unwrap(), "Exit this page");
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("ready"));

    host.set_attribute("lang", "kk").unwrap();
    mounted.update();
    yew::scheduler::flush().await;
    assert_eq!(exit_button(&host).unwrap().text_content().unwrap(), "Беттен шығу");

    mounted.destroy();
    yew::scheduler::flush().await;
    assert!(exit_button(&host).is_none(), "destroy unmounts the widget");

    // Added back to the page: the same root is emptied and the widget renders again.
    let mut again = safe_exit::element::MountedElement::mount(host.clone(), host.shadow_root().unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(exit_button(&host).unwrap().text_content().unwrap(), "Беттен шығу");
    assert_eq!(host.shadow_root().unwrap().query_selector_all("[part=\"exit-button\"]").unwrap().length(), 1);
    again.destroy();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_bad_attribute_leaves_the_exit_armed_and_reports_degraded() {
    let host = element(&[("lang", "en"), ("shortcut", "ctrl-x"), ("exit-url", "javascript:alert(1)")]);
    let mut mounted = safe_exit::element::MountedElement::mount(host.clone(), shadow_root(&host)).unwrap();
    yew::scheduler::flush().await;
    assert!(exit_button(&host).is_some());
    assert_eq!(host.get_attribute("data-state").as_deref(), Some("degraded"));
    mounted.destroy();
    host.remove();
}

/// Renders the `SafeExit` component in `lang` into a new element of the page, and lets it mount.
async fn render_component(lang: safe_exit::i18n::Lang) -> (web_sys::Element, yew::AppHandle<SafeExit>) {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let config = Config { lang: Some(lang), ..Config::default() };
    let app =
        yew::Renderer::<SafeExit>::with_root_and_props(root.clone(), safe_exit::SafeExitProps { config }).render();
    // One pass renders the host element, the next the widget into its shadow root.
    yew::scheduler::flush().await;
    yew::scheduler::flush().await;
    (root, app)
}

#[wasm_bindgen_test]
async fn the_yew_component_renders_into_its_own_shadow_root() {
    let (root, app) = render_component(safe_exit::i18n::Lang::Ru).await;
    let host = root.query_selector(".safe-exit").unwrap().expect("the component's host element");
    assert_eq!(exit_button(&host).expect("an exit button").text_content().unwrap(), "Покинуть страницу");
    assert!(
        root.query_selector("[part=\"exit-button\"]").unwrap().is_none(),
        "nothing rendered outside the shadow root"
    );
    app.destroy();
    root.remove();
}

fn press_shift() {
    for kind in ["keydown", "keyup"] {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key("Shift");
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict(kind, &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
    }
}

#[wasm_bindgen_test]
async fn the_yew_component_counts_the_shortcut_itself_and_shows_the_count() {
    let (root, app) = render_component(safe_exit::i18n::Lang::En).await;
    let shadow = root.query_selector(".safe-exit").unwrap().unwrap().shadow_root().expect("a shadow root");
    let lit = || shadow.query_selector_all(".dot.on").unwrap().length();
    assert_eq!(lit(), 0);
    press_shift();
    yew::scheduler::flush().await;
    assert_eq!(lit(), 1, "one press shown");
    press_shift();
    yew::scheduler::flush().await;
    assert_eq!(lit(), 2, "two presses shown");
    let status = shadow.query_selector("[role=\"status\"]").unwrap().unwrap().text_content().unwrap();
    assert!(status.contains("Shift") && status.contains('1'), "announced: {status}");
    // A third press would leave the test page.
    app.destroy();
    root.remove();
}
