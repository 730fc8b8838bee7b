//! Stealth browsing: same-site link clicks and GET forms replace the current history entry
//! instead of adding one, so a whole visit to the site collapses into one entry, and after an
//! exit Back leads to the page visited before the site. Shared by every widget on the page.

use crate::browser::{self, Listener};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlAnchorElement, HtmlFormElement, MouseEvent, SubmitEvent, Url, UrlSearchParams};

thread_local! {
    static USERS: RefCell<(u32, Vec<Listener>)> = RefCell::default();
}

/// Keeps stealth on until dropped (when the last widget asking for it goes).
pub struct Stealth(());

impl Drop for Stealth {
    fn drop(&mut self) {
        let _released = USERS.with(|u| {
            let mut users = u.borrow_mut();
            users.0 -= 1;
            if users.0 == 0 {
                std::mem::take(&mut users.1)
            } else {
                Vec::new()
            }
        });
    }
}

/// Turns stealth on for one more widget (the listeners are added for the first).
pub fn enable() -> Stealth {
    USERS.with(|u| {
        let mut users = u.borrow_mut();
        users.0 += 1;
        if users.1.is_empty() {
            let document = browser::document();
            // Bubble phase on the document: the partner's own handlers (a single-page app's
            // router) run first, and a click they handled is left alone.
            users.1 = vec![
                Listener::new(&document, "click", false, on_click),
                Listener::new(&document, "submit", false, on_submit),
            ];
        }
    });
    Stealth(())
}

/// `href` if it is on this origin and not just a jump within the current page.
fn same_site_destination(href: &str) -> Option<String> {
    let here = Url::new(&browser::page_url()?).ok()?;
    let there = Url::new(href).ok()?;
    let jump_within_page =
        there.pathname() == here.pathname() && there.search() == here.search() && !there.hash().is_empty();
    (there.origin() == here.origin() && !jump_within_page).then(|| there.href())
}

fn on_click(event: Event) {
    let Some(click) = event.dyn_ref::<MouseEvent>() else { return };
    if event.default_prevented()
        || click.button() != 0
        || click.ctrl_key()
        || click.meta_key()
        || click.shift_key()
        || click.alt_key()
    {
        return;
    }
    let anchor = event.composed_path().iter().find_map(|node| node.dyn_into::<HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else { return };
    let target = anchor.target();
    if anchor.has_attribute("download") || !(target.is_empty() || target == "_self") || anchor.href().is_empty() {
        return;
    }
    if let Some(destination) = same_site_destination(&anchor.href()) {
        event.prevent_default();
        browser::replace_location(&destination);
    }
}

fn on_submit(event: Event) {
    let Some(form) = event.target().and_then(|t| t.dyn_into::<HtmlFormElement>().ok()) else { return };
    let submitter = event.dyn_ref::<SubmitEvent>().and_then(SubmitEvent::submitter);
    let method = submitter.as_ref().and_then(|s| s.get_attribute("formmethod")).unwrap_or_else(|| form.method());
    if event.default_prevented()
        || !method.eq_ignore_ascii_case("get")
        || !(form.target().is_empty() || form.target() == "_self")
    {
        return;
    }
    let Some(action) = same_site_destination(&form.action()).and_then(|a| Url::new(&a).ok()) else { return };
    let Ok(data) = web_sys::FormData::new_with_form(&form) else { return };
    // The button that submitted the form sends its own name and value, as the browser would.
    if let Some(name) = submitter.as_ref().and_then(|s| s.get_attribute("name")).filter(|n| !n.is_empty()) {
        let value = submitter.as_ref().and_then(|s| s.get_attribute("value")).unwrap_or_default();
        let _ = data.append_with_str(&name, &value);
    }
    let Ok(query) = UrlSearchParams::new_with_str_sequence_sequence(&data) else { return };
    action.set_search(&query.to_string().as_string().unwrap_or_default());
    event.prevent_default();
    browser::replace_location(&action.href());
}
