//! The exit bar: the exit button, the button that opens help, and the shortcut's indicator
//! and announcements. It sits in the top layer, above anything the host page stacks.

use super::hooks::use_held_with;
use crate::browser;
use crate::config::Shortcut;
use crate::exit::shortcut::Outcome;
use crate::i18n::{presses_left, t, Lang, Msg};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ExitBarProps {
    pub lang: Lang,
    pub shortcut: Shortcut,
    /// Rendered in the page's flow instead of floating in the top layer.
    pub inline: bool,
    pub panel_open: bool,
    pub bar: NodeRef,
    /// Where the shortcut's progress is reported: by the first stage of the partner bundle, or
    /// by the `SafeExit` component of a Yew app. Either exits by itself on the last press.
    pub shortcut_events: Option<web_sys::EventTarget>,
    pub on_exit: Callback<()>,
    pub on_toggle: Callback<()>,
}

#[function_component(ExitBar)]
pub fn exit_bar(props: &ExitBarProps) -> Html {
    let pressed = use_state(|| 0u8);
    let announcement = use_state(String::new);
    // The click listener outlives renders; it calls the latest exit callback.
    let latest_exit = use_mut_ref(|| props.on_exit.clone());
    *latest_exit.borrow_mut() = props.on_exit.clone();
    let exit_button = use_node_ref();
    {
        // A click listener of the widget's own, not Yew's delegated one: the exit starts about a
        // millisecond sooner (docs/performance.md). Made during render, it works from the
        // button's first paint.
        let (exit_button, latest_exit) = (exit_button.clone(), latest_exit.clone());
        use_held_with(props.inline, move |&inline| exit_on_click(exit_button, !inline, latest_exit));
    }
    // The window's listener sees only the host of the closed root and has to place the click
    // itself (browser::target_within); a click it cannot place, such as a script's or an
    // assistive tool's on an unfocused button, still reaches Yew's listener inside the root.
    // Calling the exit twice does nothing more: one exit per page.
    let exit_from_root = props.on_exit.reform(|_: MouseEvent| ());

    {
        let (pressed, announcement, lang) = (pressed.clone(), announcement.clone(), props.lang);
        use_held_with((props.shortcut, lang, props.shortcut_events.clone()), move |(shortcut, lang, events)| {
            let (shortcut, lang) = (*shortcut, *lang);
            let key = if shortcut == Shortcut::Escape2 { "Esc" } else { "Shift" };
            let target = events.as_ref().filter(|_| shortcut != Shortcut::None)?;
            Some(browser::Listener::new(target, browser::SHORTCUT_EVENT, false, move |event| {
                let detail = event.dyn_ref::<web_sys::CustomEvent>().and_then(|e| e.detail().as_string());
                match detail.as_deref().and_then(Outcome::from_detail) {
                    Some(Outcome::Counted { pressed: done, needed }) => {
                        pressed.set(done);
                        announcement.set(presses_left(lang, key, u32::from(needed - done)));
                    }
                    Some(Outcome::Expired) => {
                        pressed.set(0);
                        announcement.set(t(lang, Msg::ShortcutExpired).to_string());
                    }
                    Some(Outcome::Reset | Outcome::Exit) => pressed.set(0),
                    None => {}
                }
            }))
        });
    }
    let help = use_node_ref();
    {
        // Closing the panel (Escape, Close, or this button) gives focus back to this button,
        // instead of dropping it on the page's body.
        let help = help.clone();
        let was_open = use_mut_ref(|| false);
        use_effect_with(props.panel_open, move |&open| {
            if std::mem::replace(&mut *was_open.borrow_mut(), open) && !open {
                if let Some(button) = help.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let dodge = use_state(|| false);
    {
        let bar = props.bar.clone();
        let dodge = dodge.setter();
        use_effect_with(props.inline, move |&inline| {
            let listeners = bar.cast::<web_sys::HtmlElement>().filter(|_| !inline).map(|element| {
                browser::raise_to_top_layer(&element);
                (browser::keep_on_top(element.clone()), keep_focus_clear(element, dodge))
            });
            move || drop(listeners)
        });
    }
    {
        // Once shown (in the top layer, by the effect above), the exit button is checked as the
        // page's theme left it: seen, reachable, large enough, readable.
        let (exit_button, bar) = (exit_button.clone(), props.bar.clone());
        use_effect_with(props.inline, move |&inline| {
            if let (Some(button), Some(bar)) =
                (exit_button.cast::<web_sys::HtmlElement>(), bar.cast::<web_sys::HtmlElement>())
            {
                browser::repair_theme(&button, &bar, !inline);
            }
        });
    }
    let lang = props.lang;
    let on_toggle = props.on_toggle.reform(|_: MouseEvent| ());
    let needed = match props.shortcut {
        Shortcut::Shift3 => 3,
        Shortcut::Escape2 => 2,
        Shortcut::None => 0,
    };
    let hint = match props.shortcut {
        Shortcut::Shift3 => Some(t(lang, Msg::ShortcutShift)),
        Shortcut::Escape2 => Some(t(lang, Msg::ShortcutEscape)),
        Shortcut::None => None,
    };
    html! {
        <div class={classes!("bar", dodge.then_some("dodge"), props.panel_open.then_some("panel-open"))} part="bar" ref={props.bar.clone()} popover={(!props.inline).then_some("manual")}>
            <button type="button" class="exit" part="exit-button" ref={exit_button} onclick={exit_from_root}
                aria-describedby={hint.map(|_| "exit-hint")}>
                { t(lang, Msg::ExitButton) }
            </button>
            <button type="button" class="help" part="help-button" ref={help} onclick={on_toggle}
                aria-expanded={props.panel_open.to_string()} aria-controls="panel">
                { t(lang, Msg::HelpButton) }
            </button>
            if let Some(hint) = hint {
                <div class="shortcut" part="shortcut">
                    <span class="dots" aria-hidden="true">
                        { for (1..=needed).map(|i| html! { <span class={classes!("dot", (i <= *pressed).then_some("on"))}></span> }) }
                    </span>
                    <span id="exit-hint" class="hint">{ hint }</span>
                </div>
            }
            <div class="visually-hidden" role="status">{ (*announcement).clone() }</div>
        </div>
    }
}

/// Exits on a click or tap on the exit button, heard on the window in the capture phase. A
/// modal dialog of the host page (a cookie-consent dialog, say) makes the button inert, though
/// `keep_on_top` still paints the floating bar above it: while one is open, a click on the
/// button's place exits all the same. The shortcut needs no such help: keys reach the window.
fn exit_on_click(button: NodeRef, floating: bool, latest_exit: Rc<RefCell<Callback<()>>>) -> browser::Listener {
    browser::Listener::new(&browser::window(), "click", true, move |event| {
        let Some(button) = button.cast::<web_sys::Element>() else { return };
        let target = browser::target_within(&event, &button.get_root_node());
        let on_button = target.is_some_and(|target| button.contains(Some(&target)));
        if on_button || floating && on_place_of(&button, &event) && browser::modal_dialog_open() {
            let on_exit = latest_exit.borrow().clone();
            on_exit.emit(());
        }
    })
}

/// Whether a click landed within `element`'s box.
fn on_place_of(element: &web_sys::Element, event: &web_sys::Event) -> bool {
    let Some(click) = event.dyn_ref::<MouseEvent>() else { return false };
    let (x, y) = (f64::from(click.client_x()), f64::from(click.client_y()));
    let place = element.get_bounding_client_rect();
    (place.left()..=place.right()).contains(&x) && (place.top()..=place.bottom()).contains(&y)
}

/// Keeps the host page's focused element clear of the bar (WCAG 2.4.11, focus not obscured):
/// the page scrolls focus into view beyond a padding as tall as the bar, and where it cannot
/// scroll further (the end of the page) the bar moves to the other edge while focus is there.
/// Dropping the result gives the page its scroll padding back and removes the listeners.
fn keep_focus_clear(bar: web_sys::HtmlElement, dodge: UseStateSetter<bool>) -> impl Drop {
    struct Kept {
        padding: Rc<RefCell<Option<(&'static str, String)>>>,
        _listeners: [browser::Listener; 2],
    }
    impl Drop for Kept {
        fn drop(&mut self) {
            if let Some(previous) = self.padding.borrow_mut().take() {
                browser::restore_scroll_padding(previous);
            }
        }
    }

    let padding = Rc::new(RefCell::new(browser::reserve_scroll_padding(&bar)));
    let window = browser::window();
    let on_resize = {
        let (padding, bar) = (padding.clone(), bar.clone());
        // The bar moves between top and bottom with the viewport's width.
        browser::Listener::new(&window, "resize", false, move |_| {
            let mut padding = padding.borrow_mut();
            if let Some(previous) = padding.take() {
                browser::restore_scroll_padding(previous);
            }
            *padding = browser::reserve_scroll_padding(&bar);
        })
    };
    let on_focus = {
        let padding = padding.clone();
        browser::Listener::new(&window, "focusin", true, move |event| {
            let Some(target) = browser::target_within(&event, &bar.get_root_node())
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            if target.get_root_node() == bar.get_root_node() {
                return; // the widget's own controls
            }
            let Some((edge, _)) = padding.borrow().clone() else { return };
            let field = target.get_bounding_client_rect();
            let viewport = browser::window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            let room = f64::from(bar.offset_height()) + 16.0;
            let under_bar =
                if edge == "scroll-padding-top" { field.top() < room } else { field.bottom() > viewport - room };
            dodge.set(under_bar);
        })
    };
    Kept { padding, _listeners: [on_resize, on_focus] }
}
