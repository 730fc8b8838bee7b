//! Keeping the host page's focused element clear of the floating exit bar (WCAG 2.4.11, focus
//! not obscured): the page scrolls focus into view beyond a padding as tall as the bar, on the
//! edge the bar is on, and where it cannot scroll further (the end of the page) the bar moves
//! to the other edge while focus is there.

use super::{document, target_within, window, Listener};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Where the bar keeps the page's focus clear of it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Edge {
    Top,
    Bottom,
}

impl Edge {
    fn scroll_padding(self) -> &'static str {
        match self {
            Edge::Top => "scroll-padding-top",
            Edge::Bottom => "scroll-padding-bottom",
        }
    }
}

/// The scroll padding taken on the page's root element, and the value it had before.
struct Reserved {
    edge: Edge,
    previous: String,
}

fn page_root() -> Option<HtmlElement> {
    document().document_element()?.dyn_into().ok()
}

fn viewport_height() -> Option<f64> {
    window().inner_height().ok()?.as_f64()
}

/// Takes a scroll padding as tall as `bar`, plus a margin, on the edge it is on.
fn reserve(bar: &HtmlElement) -> Option<Reserved> {
    let style = page_root()?.style();
    let rect = bar.get_bounding_client_rect();
    let viewport = viewport_height()?;
    let edge = if rect.top() < viewport / 2.0 { Edge::Top } else { Edge::Bottom };
    let previous = style.get_property_value(edge.scroll_padding()).unwrap_or_default();
    let reserved = match edge {
        Edge::Top => rect.bottom(),
        Edge::Bottom => viewport - rect.top(),
    };
    style.set_property(edge.scroll_padding(), &format!("{}px", reserved.ceil() as i32 + 8)).ok()?;
    Some(Reserved { edge, previous })
}

/// Gives back the scroll padding taken by [`reserve`].
fn restore(Reserved { edge, previous }: Reserved) {
    if let Some(root) = page_root() {
        let _ = root.style().set_property(edge.scroll_padding(), &previous);
    }
}

/// While kept, the page's focus stays clear of the bar; dropping it gives the page its scroll
/// padding back and removes the listeners.
pub struct FocusClear {
    padding: Rc<RefCell<Option<Reserved>>>,
    _listeners: [Listener; 2],
}

impl Drop for FocusClear {
    fn drop(&mut self) {
        if let Some(previous) = self.padding.borrow_mut().take() {
            restore(previous);
        }
    }
}

/// Keeps the host page's focused element clear of `bar`, floating; `dodge` hears, each time
/// focus moves on the page, whether the bar should move to the other edge.
pub fn keep_focus_clear(bar: HtmlElement, dodge: impl Fn(bool) + 'static) -> FocusClear {
    let padding = Rc::new(RefCell::new(reserve(&bar)));
    let window = window();
    let on_resize = {
        let (padding, bar) = (padding.clone(), bar.clone());
        // The bar moves between top and bottom with the viewport's width.
        Listener::new(&window, "resize", false, move |_| {
            let mut padding = padding.borrow_mut();
            if let Some(previous) = padding.take() {
                restore(previous);
            }
            *padding = reserve(&bar);
        })
    };
    let on_focus = {
        let padding = padding.clone();
        Listener::new(&window, "focusin", true, move |event| {
            let Some(target) = target_within(&event, &bar.get_root_node()).and_then(|t| t.dyn_into::<Element>().ok())
            else {
                return;
            };
            if target.get_root_node() == bar.get_root_node() {
                return; // the widget's own controls
            }
            let Some(edge) = padding.borrow().as_ref().map(|reserved| reserved.edge) else { return };
            let field = target.get_bounding_client_rect();
            let viewport = viewport_height().unwrap_or(0.0);
            let room = f64::from(bar.offset_height()) + 16.0;
            dodge(match edge {
                Edge::Top => field.top() < room,
                Edge::Bottom => field.bottom() > viewport - room,
            });
        })
    };
    FocusClear { padding, _listeners: [on_resize, on_focus] }
}
