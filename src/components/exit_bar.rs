//! The exit bar: the exit button, the button that opens help, and the shortcut's indicator
//! and announcements. It sits in the top layer, above anything the host page stacks.

mod hooks;

use super::{aria_bool, use_element_ref};
use crate::config::Shortcut;
use crate::i18n::{t, Lang, Msg};
use hooks::{use_exit_on_click, use_floating, use_focus_back_on_close, use_shortcut_progress, use_theme_repair};
use yew::prelude::*;

/// The properties of [`ExitBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExitBarProps {
    /// The language of its texts.
    pub lang: Lang,
    /// The shortcut the hint and the indicator show.
    pub shortcut: Shortcut,
    /// Rendered in the page's flow instead of floating in the top layer.
    pub inline: bool,
    /// Whether the help panel is open.
    pub panel_open: bool,
    /// The bar's element, which the panel raises it above.
    pub bar: NodeRef,
    /// Where the shortcut's progress is reported: by the first stage of the partner bundle, or
    /// by the `SafeExit` component of a Yew app. Either exits by itself on the last press.
    pub shortcut_events: Option<web_sys::EventTarget>,
    /// Leaves.
    pub on_exit: Callback<()>,
    /// The exit button's clicks are heard before the bar's own listener (`WidgetProps`).
    pub button_heard: bool,
    /// Opens or closes the help panel.
    pub on_toggle: Callback<()>,
}

/// The exit bar: the exit button, the help button, and the shortcut hint with its indicator.
#[function_component(ExitBar)]
pub fn exit_bar(props: &ExitBarProps) -> Html {
    let (exit_button, help) = (use_element_ref(), use_element_ref());
    let floating = !props.inline;
    use_exit_on_click(exit_button.clone(), floating, props.button_heard, props.on_exit.clone());
    let progress = use_shortcut_progress(props.shortcut, props.lang, props.shortcut_events.clone());
    use_focus_back_on_close(help.clone(), props.panel_open);
    let dodge = use_floating(props.bar.clone(), floating);
    use_theme_repair(exit_button.clone(), props.bar.clone(), floating);

    // Yew's own listener inside the root, the last to hear the click: in the partner bundle the
    // loader's listener on the root exits first and stops it, and for the `SafeExit` component
    // the window's listener places it (browser::target_within). It stays for what those miss:
    // a click the window cannot place in a closed root (a script's, or an assistive tool's, on
    // an unfocused button), or a loader of an earlier release still cached beside this
    // interface. Calling the exit twice does nothing more: one exit per page.
    let exit_from_root = props.on_exit.reform(|_: MouseEvent| ());
    let on_toggle = props.on_toggle.reform(|_: MouseEvent| ());
    let lang = props.lang;
    let hint = match props.shortcut {
        Shortcut::Shift3 => Some(t(lang, Msg::ShortcutShift)),
        Shortcut::Escape2 => Some(t(lang, Msg::ShortcutEscape)),
        Shortcut::None => None,
    };
    html! {
        <div ~className={bar_class(dodge, props.panel_open)} part="bar" ref={props.bar.clone()} popover={floating.then_some("manual")}>
            <button type="button" class="exit" part="exit-button" ref={exit_button} onclick={exit_from_root}
                aria-describedby={hint.map(|_| "exit-hint")}>
                { t(lang, Msg::ExitButton) }
            </button>
            <button type="button" class="help" part="help-button" ref={help} onclick={on_toggle}
                aria-expanded={aria_bool(props.panel_open)} aria-controls="panel">
                { t(lang, Msg::HelpButton) }
            </button>
            if let Some(hint) = hint {
                <div class="shortcut" part="shortcut">
                    <span class="dots" aria-hidden="true">
                        { for (1..=props.shortcut.presses()).map(|i| html! { <span ~className={if i <= progress.pressed { "dot on" } else { "dot" }}></span> }) }
                    </span>
                    <span id="exit-hint" class="hint">{ hint }</span>
                </div>
            }
            <div class="visually-hidden" role="status">{ progress.announcement }</div>
        </div>
    }
}

/// The bar's classes: `dodge` while it has moved to the other edge, out of the way of the page's focus,
/// `panel-open` while the help panel is open.
fn bar_class(dodge: bool, panel_open: bool) -> &'static str {
    match (dodge, panel_open) {
        (false, false) => "bar",
        (true, false) => "bar dodge",
        (false, true) => "bar panel-open",
        (true, true) => "bar dodge panel-open",
    }
}
