//! What only the interface needs of the page: its shadow root and styles, the top layer, focus,
//! the host page's language, and fetching a partner's files.

use super::{document, window};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(module = "/static/exit-core.js")]
extern "C" {
    #[wasm_bindgen(js_name = guardPage)]
    fn guard_page_js() -> bool;
}

#[wasm_bindgen]
extern "C" {
    /// The `<safe-exit>` element of the loader (static/loader.js).
    #[wasm_bindgen(extends = web_sys::HtmlElement)]
    type SafeExitElement;

    /// Leaves, through the exit the first stage armed with the element's latest attributes.
    #[wasm_bindgen(method)]
    fn exit(this: &SafeExitElement);
}

/// Leaves through the exit the first stage armed for `host`, a `<safe-exit>` element of the
/// loader.
pub fn exit_through(host: &web_sys::HtmlElement) {
    host.unchecked_ref::<SafeExitElement>().exit();
}

/// The Back guard of the loader, for Yew apps that render the widget without it: late (once
/// the app's wasm runs) but better than none. Returns whether the page is leaving.
pub fn guard_page() -> bool {
    guard_page_js()
}

/// The host page's `<html lang>`.
pub fn page_lang() -> Option<String> {
    document().document_element()?.get_attribute("lang")
}

/// The browser's preferred languages, most preferred first.
pub fn browser_langs() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// Attaches the widget's stylesheet to its shadow root without a `<style>` element, so that a
/// strict Content-Security-Policy (no 'unsafe-inline') still allows it.
pub fn adopt_styles(root: &web_sys::ShadowRoot, css: &str) {
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        let _ = sheet.replace_sync(css);
        root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    }
}

/// The open shadow root of `host`, attached now if it has none, and emptied if it has one.
pub fn open_shadow_root(host: &web_sys::Element) -> Result<web_sys::ShadowRoot, JsValue> {
    if let Some(root) = host.shadow_root() {
        empty(&root);
        return Ok(root);
    }
    host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
}

/// A new `tag` element, appended to `parent`.
pub fn append_element(parent: &web_sys::Node, tag: &str) -> Result<web_sys::Element, JsValue> {
    let element = document().create_element(tag)?;
    parent.append_child(&element)?;
    Ok(element)
}

/// Removes the first element in `root` that matches `selector`, if there is one.
pub fn remove_first(root: &web_sys::ShadowRoot, selector: &str) {
    if let Ok(Some(element)) = root.query_selector(selector) {
        element.remove();
    }
}

/// Moves keyboard focus to `element`.
pub fn focus(element: &web_sys::HtmlElement) {
    let _ = element.focus();
}

/// Moves keyboard focus to the first element in `root` that matches `selector`, if there is
/// one.
pub fn focus_first(root: &web_sys::ShadowRoot, selector: &str) {
    if let Ok(Some(element)) = root.query_selector(selector) {
        // Only the widget's own selectors come here, each of an HTML element.
        focus(element.unchecked_ref());
    }
}

/// Whether keyboard focus is on one of the children of `host` (its fallback link), not on
/// `host` itself or inside its shadow root.
pub fn focus_on_children_of(host: &web_sys::Element) -> bool {
    document()
        .active_element()
        .is_some_and(|focused| host.contains(Some(&focused)) && !focused.is_same_node(Some(host)))
}

/// Removes every child of `node` one by one. Never through `innerHTML`: a page whose CSP
/// requires Trusted Types refuses every HTML sink, even an assignment of "".
pub fn empty(node: &web_sys::Node) {
    while let Some(child) = node.first_child() {
        if node.remove_child(&child).is_err() {
            return;
        }
    }
}

/// The node `event` happened on, looked for inside `root`, the widget's shadow root, even when
/// that root is closed: a listener outside a closed root sees the host as the target. A click
/// made with a pointer happened on what is under the pointer there; one made with the keyboard
/// (no pointer: `detail` 0), and a focus event, on what has focus there.
pub fn target_within(event: &web_sys::Event, root: &web_sys::Node) -> Option<web_sys::Node> {
    let first = event.composed_path().get(0).dyn_into::<web_sys::Node>().ok()?;
    let Some(shadow) = root.dyn_ref::<web_sys::ShadowRoot>() else { return Some(first) };
    if !first.is_same_node(Some(&shadow.host())) {
        return Some(first);
    }
    let inner = match event.dyn_ref::<web_sys::MouseEvent>() {
        Some(click) if click.detail() > 0 => {
            shadow.element_from_point(click.client_x() as f32, click.client_y() as f32)
        }
        _ => shadow.active_element(),
    };
    inner.map(Into::into)
}

/// Puts `element` in the top layer, above anything the host page stacks with z-index.
pub fn raise_to_top_layer(element: &web_sys::HtmlElement) {
    let _ = element.hide_popover();
    let _ = element.show_popover();
}

/// Keeps `element` above what the host page opens in the top layer after it, popovers,
/// dialogs and a fullscreen element (a video, say, which would otherwise hide the exit): the
/// top layer paints in the order things enter it, so each time one opens or closes, `element`
/// enters again. Toggle events do not bubble, and those of the widget's own popovers stay
/// inside its shadow root, so a capturing listener on the document hears the host's alone.
pub fn keep_on_top(element: web_sys::HtmlElement) -> [super::Listener; 2] {
    ["toggle", "fullscreenchange"].map(|kind| {
        let element = element.clone();
        super::Listener::new(&document(), kind, true, move |_| raise_to_top_layer(&element))
    })
}

/// Whether `event` landed in a modal dialog of the host page, or on its backdrop: while one is
/// open, everything outside it is inert, the widget included, even where the widget is painted
/// above it, and a click there lands in the dialog. An ancestor walk, not a search of the
/// page, since every click on the page asks.
pub fn in_modal_dialog(event: &web_sys::Event) -> bool {
    let target = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
    target.is_some_and(|target| target.closest(":modal").ok().flatten().is_some())
}

/// Whether `element` or one of its ancestors, across shadow roots, is inert.
pub fn is_inert(element: &web_sys::Element) -> bool {
    let mut node = Some(element.clone());
    while let Some(element) = node {
        if element.closest("[inert]").ok().flatten().is_some() {
            return true;
        }
        node = element.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok().map(|root| root.host());
    }
    false
}

/// Fetches `url` as text, refusing files over `max_bytes` and giving up after `timeout_ms`.
pub async fn fetch_text(url: &str, max_bytes: usize, timeout_ms: i32) -> Result<String, String> {
    let controller = web_sys::AbortController::new().map_err(|_| "fetch cannot be aborted here".to_string())?;
    let _abort_when_late = super::Timeout::new(timeout_ms, {
        let controller = controller.clone();
        move || controller.abort()
    });
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window().fetch_with_str_and_init(url, &init))
            .await
            .map_err(|_| {
                format!("could not fetch {url} (network error, blocked, or no answer within {} s)", timeout_ms / 1000)
            })?
            .unchecked_into();
    if !response.ok() {
        return Err(format!("{url} answered HTTP {}", response.status()));
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|length| length > max_bytes) {
        return Err(format!("{url} is larger than {max_bytes} bytes"));
    }
    read_limited(&response, max_bytes).await.map_err(|why| format!("{url} {why}"))
}

/// Reads a response body, stopping as soon as it passes `max_bytes`: a server that declares
/// no length must not make the widget hold an arbitrarily large body in memory.
async fn read_limited(response: &web_sys::Response, max_bytes: usize) -> Result<String, String> {
    let Some(body) = response.body() else { return Ok(String::new()) };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|_| "could not be read to the end".to_string())?;
        if js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true) {
            break;
        }
        let value: js_sys::Uint8Array =
            js_sys::Reflect::get(&chunk, &"value".into()).map_err(|_| "sent no data".to_string())?.unchecked_into();
        let start = bytes.len();
        if start + value.length() as usize > max_bytes {
            let _ = reader.cancel();
            return Err(format!("is larger than {max_bytes} bytes"));
        }
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
    String::from_utf8(bytes).map_err(|_| "is not UTF-8 text".to_string())
}

/// This page's origin, as the browser serialises it (`https://partner.example`).
pub fn page_origin() -> String {
    window().location().origin().unwrap_or_default()
}

/// The origin `url` resolves to from this document (against its base URL, as `fetch` does).
pub fn origin_of(url: &str) -> Option<String> {
    let base = document().base_uri().ok().flatten()?;
    web_sys::Url::new_with_base(url, &base).ok().map(|url| url.origin())
}

/// Resolves on a task of its own, so that the browser handles waiting input (an exit click)
/// and paints before the caller goes on.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
