//! `SafeExit`, the widget as a Yew component for Rust apps: it renders into its own open
//! shadow root, like the custom element, so the app's CSS and the widget's cannot mix. With no
//! loader to arm it, it arms the exit itself, through the same [`ArmedExit`] as the partner
//! bundle's first stage: the shortcut, reported to the widget by the same events, and stealth
//! browsing.

use super::widget::Widget;
use crate::browser;
use crate::config::Config;
use crate::exit::ArmedExit;
use web_sys::{Element, EventTarget};
use yew::prelude::*;

/// The widget's stylesheet (static/widget.css, minified by build.rs), adopted by every shadow
/// root it renders into.
pub const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

/// The properties of [`SafeExit`].
#[derive(Properties, PartialEq, Clone, Default)]
pub struct SafeExitProps {
    /// The widget's configuration; the default one if not given.
    #[prop_or_default]
    pub config: Config,
}

/// The Safe Exit widget. Put it first in the page, so that it is the first thing keyboard
/// focus reaches. Also include the loader script in the page's `<head>` (docs/embedding.md):
/// this component runs the Back guard too, but only once the app's wasm has loaded.
#[function_component(SafeExit)]
pub fn safe_exit(props: &SafeExitProps) -> Html {
    let host = use_node_ref();
    let mount = use_state(|| None::<Element>);
    // Armed during render, not in an effect: when a render takes Yew more than 16 ms (the first
    // can, on a slow phone), it yields to the browser before running effects, and a key press
    // meanwhile would be missed. Dropped, and so disarmed, with the component.
    let armed = {
        let host = host.clone();
        use_memo((), move |()| {
            ArmedExit::new(props.config.clone(), move || host.cast::<Element>().map(EventTarget::from))
        })
    };
    let armed_with = use_mut_ref(|| props.config.clone());
    if *armed_with.borrow() != props.config {
        *armed_with.borrow_mut() = props.config.clone();
        armed.update(props.config.clone());
    }
    let exit = {
        let armed = armed.clone();
        use_callback((), move |(), _| armed.exit())
    };
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            if browser::guard_page() {
                return;
            }
            let Some(element) = host.cast::<Element>() else { return };
            let Ok(root) = browser::open_shadow_root(&element) else { return };
            browser::adopt_styles(&root, STYLES);
            if let Ok(container) = browser::append_element(&root, "div") {
                mount.set(Some(container));
            }
        });
    }
    let content = mount.as_ref().map(|container| {
        let target = host.cast::<Element>().map(EventTarget::from);
        create_portal(
            html! { <Widget config={props.config.clone()} on_exit={exit.clone()} host={target} /> },
            container.clone(),
        )
    });
    html! { <div class="safe-exit" ref={host}>{ for content }</div> }
}
