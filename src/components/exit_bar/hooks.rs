//! The exit bar's effects on the page, one hook each.

use super::super::use_kept;
use crate::browser;
use crate::config::Shortcut;
use crate::exit::shortcut::Outcome;
use crate::i18n::{presses_left, t, Lang, Msg};
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, Element, EventTarget, HtmlElement};
use yew::prelude::*;

/// Exits on a click or tap on `exit_button`, heard by a listener of the widget's own on the
/// window in the capture phase, not by Yew's delegated one: the exit starts about a
/// millisecond sooner (docs/performance.md). A host modal can make the button unreachable,
/// though the floating bar is still painted above it: a modal dialog, or a consent library
/// that makes every other child of `<body>` inert. While one does, a click on the button's
/// place exits all the same; in the capture phase, before the modal's listeners can stop it.
/// The shortcut needs no such help: keys reach the window. When the button is `heard` before
/// (in the partner bundle, by the loader, which does the same for an unreachable button in
/// static/loader.js), there is nothing left to hear here.
///
/// The listener is made during render (`use_memo`), not in an effect, so that it works from
/// the button's first paint: when a render takes Yew more than 16 ms (the first can, on a slow
/// phone), it yields to the browser before running effects, and a click meanwhile would be
/// missed. Made again, at once, when `on_exit` changes; it goes with the component. A click
/// that exits goes no further.
#[hook]
pub fn use_exit_on_click(exit_button: NodeRef, floating: bool, heard: bool, on_exit: Callback<()>) {
    use_memo((floating, heard, on_exit), move |(floating, heard, on_exit)| {
        let (floating, on_exit) = (*floating, on_exit.clone());
        (!*heard).then(|| {
            browser::Listener::new(&browser::window(), "click", true, move |event| {
                let Some(button) = exit_button.cast::<Element>() else { return };
                let root = button.get_root_node();
                let on_button =
                    browser::target_within(&event, &root).is_some_and(|target| button.contains(Some(&target)));
                // Cheapest first: this hears every click on the page, and the button's box may
                // need a layout.
                let unreachable = || browser::in_modal_dialog(&event) || browser::is_inert(&button);
                if on_button || floating && unreachable() && on_place_of(&button, &event) {
                    on_exit.emit(());
                    // The click has done its job: Yew's handler would run the exit again, and
                    // the host page's own listeners, analytics among them, need not hear it.
                    event.stop_propagation();
                }
            })
        })
    });
}

/// Whether a click landed within `element`'s box.
fn on_place_of(element: &Element, event: &web_sys::Event) -> bool {
    let Some(click) = event.dyn_ref::<MouseEvent>() else { return false };
    let (x, y) = (f64::from(click.client_x()), f64::from(click.client_y()));
    let place = element.get_bounding_client_rect();
    (place.left()..=place.right()).contains(&x) && (place.top()..=place.bottom()).contains(&y)
}

/// How far the shortcut has got, for the indicator and the screen reader.
#[derive(Clone, PartialEq, Default)]
pub struct Progress {
    /// Presses counted so far.
    pub pressed: u8,
    /// What a screen reader announces of the last step.
    pub announcement: String,
}

/// The shortcut's progress, as the `safe-exit-shortcut` events on `events` report it (sent by
/// whatever armed the exit, which also exits by itself on the last press). Listened to from
/// render on, like the click (see [`use_exit_on_click`]).
#[hook]
pub fn use_shortcut_progress(shortcut: Shortcut, lang: Lang, events: Option<EventTarget>) -> Progress {
    let progress = use_kept(Progress::default);
    {
        let progress = progress.clone();
        use_memo((shortcut, lang, events), move |(shortcut, lang, events)| {
            let (shortcut, lang) = (*shortcut, *lang);
            let key = if shortcut == Shortcut::Escape2 { "Esc" } else { "Shift" };
            let target = events.as_ref().filter(|_| shortcut != Shortcut::None)?;
            Some(browser::Listener::new(target, browser::SHORTCUT_EVENT, false, move |event| {
                let detail = event.dyn_ref::<CustomEvent>().and_then(|e| e.detail().as_string());
                match detail.as_deref().and_then(Outcome::from_detail) {
                    Some(Outcome::Counted { pressed, needed }) => progress.update(|progress| {
                        progress.pressed = pressed;
                        progress.announcement = presses_left(lang, key, u32::from(needed - pressed));
                    }),
                    Some(Outcome::Expired) => progress.update(|progress| {
                        progress.pressed = 0;
                        progress.announcement = t(lang, Msg::ShortcutExpired).to_string();
                    }),
                    // The last announcement stays.
                    Some(Outcome::Reset | Outcome::Exit) => progress.update(|progress| progress.pressed = 0),
                    None => {}
                }
            }))
        });
    }
    progress.get()
}

/// Gives focus back to `button` when the panel closes (Escape, Close, or the button itself),
/// instead of dropping it on the page's body.
#[hook]
pub fn use_focus_back_on_close(button: NodeRef, panel_open: bool) {
    let was_open = use_mut_ref(|| false);
    use_effect_with(panel_open, move |&open| {
        if std::mem::replace(&mut *was_open.borrow_mut(), open) && !open {
            if let Some(button) = button.cast::<HtmlElement>() {
                browser::focus(&button);
            }
        }
    });
}

/// Puts the floating `bar` in the top layer and keeps it there, above what the host page
/// opens later, and keeps the page's focus clear of it. Returns whether the bar should move
/// to the other edge, out of the way of focus (see [`browser::keep_focus_clear`]).
#[hook]
pub fn use_floating(bar: NodeRef, floating: bool) -> bool {
    let dodge = use_kept(|| false);
    {
        let dodge = dodge.clone();
        use_effect_with(floating, move |&floating| {
            let kept = bar.cast::<HtmlElement>().filter(|_| floating).map(|element| {
                browser::raise_to_top_layer(&element);
                let moved = move |d| dodge.update(|dodge| *dodge = d);
                (browser::keep_on_top(element.clone()), browser::keep_focus_clear(element, moved))
            });
            move || drop(kept)
        });
    }
    dodge.get()
}

/// Once shown (in the top layer, by [`use_floating`], whose effect runs first), checks the exit
/// button as the page's theme left it: seen, reachable, large enough, readable; and repairs
/// what is not.
#[hook]
pub fn use_theme_repair(exit_button: NodeRef, bar: NodeRef, floating: bool) {
    use_effect_with(floating, move |&floating| {
        if let (Some(button), Some(bar)) = (exit_button.cast::<HtmlElement>(), bar.cast::<HtmlElement>()) {
            browser::repair_theme(&button, &bar, floating);
        }
    });
}
