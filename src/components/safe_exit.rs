//! `SafeExit`, the widget as a Yew component for Rust apps: it renders into its own open
//! shadow root, like the custom element, so the app's CSS and the widget's cannot mix.

use super::widget::Widget;
use crate::browser;
use crate::config::Config;
use yew::prelude::*;

/// The widget's stylesheet, adopted by every shadow root it renders into.
pub const STYLES: &str = include_str!("../../static/widget.css");

#[derive(Properties, PartialEq, Clone, Default)]
pub struct SafeExitProps {
    #[prop_or_default]
    pub config: Config,
}

/// The Safe Exit widget. Put it first in the page, so that it is the first thing keyboard
/// focus reaches. Also include the loader script in the page's `<head>` (docs/embedding.md):
/// this component runs the Back guard too, but only once the app's wasm has loaded.
#[function_component(SafeExit)]
pub fn safe_exit(props: &SafeExitProps) -> Html {
    let host = use_node_ref();
    let mount = use_state(|| None::<web_sys::Element>);
    {
        let (host, mount) = (host.clone(), mount.clone());
        use_effect_with((), move |_| {
            if browser::guard_page() {
                return;
            }
            let Some(element) = host.cast::<web_sys::Element>() else { return };
            let Ok(root) = browser::open_shadow_root(&element) else { return };
            browser::adopt_styles(&root, STYLES);
            if let Ok(container) = browser::document().create_element("div") {
                if root.append_child(&container).is_ok() {
                    mount.set(Some(container));
                }
            }
        });
    }
    let content = mount.as_ref().map(|container| {
        let target: Option<web_sys::EventTarget> = host.cast::<web_sys::Element>().map(Into::into);
        create_portal(html! { <Widget config={props.config.clone()} host={target} /> }, container.clone())
    });
    html! { <div class="safe-exit" ref={host}>{ for content }</div> }
}
