//! The check of the rendered exit button against the page's theme (the decisions are in
//! `theme_check`), and its repair.

use super::{warn, window};
use crate::theme_check::{problems, Problem, Rendered};
use crate::tools::text::join;
use web_sys::HtmlElement;

/// Checks the exit button inside `bar` as rendered and, for each problem found, puts back the
/// widget's own value of what caused it (on the bar and the button themselves, where no page
/// rule reaches), with a warning that says so.
pub fn repair_theme(button: &HtmlElement, bar: &HtmlElement, floating: bool) {
    let Some(found) = rendered(button, floating).map(|rendered| problems(&rendered)) else { return };
    if found.is_empty() {
        return;
    }
    // The stylesheet's defaults (static/widget.css).
    if found.contains(&Problem::TooSmall) {
        for (name, value) in [("min-width", "48px"), ("min-height", "48px"), ("width", "auto"), ("height", "auto")] {
            let _ = button.style().set_property_with_priority(name, value, "important");
        }
    }
    if found.contains(&Problem::OutsideWindow) {
        let _ = bar.style().set_property("--offset", "8px");
    }
    if found.contains(&Problem::SeeThroughBackground) || found.contains(&Problem::LowContrast) {
        let _ = bar.style().set_property("--accent", "#a4161a");
        let _ = bar.style().set_property("--accent-text", "#ffffff");
    }
    let said: Vec<&str> = found.iter().map(|p| p.describe()).collect();
    warn(&format!(
        "<safe-exit>: the page's theme left the exit button so that it {}; the widget's own values are used for it instead (docs/embedding.md, Theming).",
        join(&said, " and ")
    ));
}

fn rendered(button: &HtmlElement, floating: bool) -> Option<Rendered> {
    let window = window();
    let rect = button.get_bounding_client_rect();
    let style = window.get_computed_style(button).ok()??;
    Some(Rendered {
        rect: [rect.left(), rect.top(), rect.width(), rect.height()],
        viewport: [window.inner_width().ok()?.as_f64()?, window.inner_height().ok()?.as_f64()?],
        floating,
        background: style.get_property_value("background-color").ok()?,
        text: style.get_property_value("color").ok()?,
    })
}
