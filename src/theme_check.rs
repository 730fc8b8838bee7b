//! Whether the exit button, as the page's theme left it, can be seen and reached: the
//! stylesheet clamps what it can (static/widget.css), and the interface checks the rendered
//! button once it is shown, repairing the theme when this finds a problem.

/// What the browser rendered of the exit button.
#[derive(Clone, PartialEq, Debug)]
pub struct Rendered {
    /// The button's box in the window, in CSS px: left, top, width, height.
    pub rect: [f64; 4],
    /// The window's width and height.
    pub viewport: [f64; 2],
    /// Whether the button floats (and so must be inside the window) rather than sits in the
    /// page's flow, where the partner places it.
    pub floating: bool,
    /// The computed `background-color`, as the browser serialises it.
    pub background: String,
    /// The computed `color` of the label, likewise.
    pub text: String,
}

/// The smallest target a finger can reliably hit (WCAG 2.5.5), in CSS px.
pub const MIN_TARGET: f64 = 44.0;

/// The contrast the label needs against the button (WCAG AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// What can be wrong with the rendered button; each is repaired its own way.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Problem {
    /// Smaller than [`MIN_TARGET`] either way.
    TooSmall,
    /// Floating, and not wholly inside the window.
    OutsideWindow,
    /// Its background lets the page show through.
    SeeThroughBackground,
    /// Its label has less than [`MIN_CONTRAST`] against its background.
    LowContrast,
}

impl Problem {
    /// The problem in words for the console, after "the exit button".
    pub fn describe(self) -> &'static str {
        match self {
            Problem::TooSmall => "is smaller than 44×44 px",
            Problem::OutsideWindow => "is outside the window",
            Problem::SeeThroughBackground => "has a see-through background",
            Problem::LowContrast => "has a label without enough contrast against its background",
        }
    }
}

/// What is wrong with the rendered button; empty when nothing is.
pub fn problems(button: &Rendered) -> Vec<Problem> {
    let [left, top, width, height] = button.rect;
    let mut found = Vec::new();
    if width < MIN_TARGET || height < MIN_TARGET {
        found.push(Problem::TooSmall);
    }
    if button.floating
        && (left < 0.0 || top < 0.0 || left + width > button.viewport[0] || top + height > button.viewport[1])
    {
        found.push(Problem::OutsideWindow);
    }
    // Colours the browser writes in another form than rgb() are left alone.
    if let (Some(background), Some(text)) = (rgb(&button.background), rgb(&button.text)) {
        if background[3] < 1.0 {
            found.push(Problem::SeeThroughBackground);
        } else if text[3] < 1.0 || contrast(background, text) < MIN_CONTRAST {
            found.push(Problem::LowContrast);
        }
    }
    found
}

/// `rgb(r, g, b)`, `rgba(r, g, b, a)` or `color(srgb r g b / a)` as computed styles serialise
/// them (the last for relative colours): channels 0–255 and alpha 0–1.
fn rgb(value: &str) -> Option<[f64; 4]> {
    let (inner, scale) = match value.strip_prefix("color(srgb ") {
        Some(inner) => (inner, 255.0),
        None => (value.strip_prefix("rgba(").or_else(|| value.strip_prefix("rgb("))?, 1.0),
    };
    let mut parts = inner.strip_suffix(')')?.split([',', ' ', '/']).filter(|part| !part.is_empty());
    let mut channels = [0.0, 0.0, 0.0, 1.0];
    for (i, slot) in channels.iter_mut().enumerate() {
        match parts.next() {
            Some(part) => *slot = number(part)? * if i < 3 { scale } else { 1.0 },
            None if i == 3 => {}
            None => return None,
        }
    }
    parts.next().is_none().then_some(channels)
}

/// A plain decimal number (`255`, `0.5`, `.25`), read by hand: the standard float parser would
/// add kilobytes to the wasm.
fn number(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut value = whole.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    let mut unit = 1.0;
    for b in fraction.bytes() {
        unit /= 10.0;
        value += unit * f64::from(b - b'0');
    }
    Some(value)
}

/// The WCAG contrast ratio of two opaque colours, with sRGB decoded as a square (close enough
/// to the exact curve for a threshold, and without a power function in the wasm).
fn contrast(a: [f64; 4], b: [f64; 4]) -> f64 {
    let luminance = |c: [f64; 4]| {
        let linear = |v: f64| (v / 255.0) * (v / 255.0);
        0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2])
    };
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn button(rect: [f64; 4], background: &str, text: &str) -> Rendered {
        Rendered { rect, viewport: [1280.0, 720.0], floating: true, background: background.into(), text: text.into() }
    }

    #[test]
    fn the_default_theme_has_no_problem() {
        assert!(problems(&button([1100.0, 8.0, 120.0, 48.0], "rgb(164, 22, 26)", "rgb(255, 255, 255)")).is_empty());
    }

    #[test]
    fn small_off_screen_see_through_or_unreadable_buttons_are_found() {
        let cases = [
            (button([1100.0, 8.0, 30.0, 48.0], "rgb(164, 22, 26)", "rgb(255, 255, 255)"), Problem::TooSmall),
            (button([-9999.0, 8.0, 120.0, 48.0], "rgb(164, 22, 26)", "rgb(255, 255, 255)"), Problem::OutsideWindow),
            (
                button([1100.0, 8.0, 120.0, 48.0], "rgba(0, 0, 0, 0)", "rgb(255, 255, 255)"),
                Problem::SeeThroughBackground,
            ),
            (button([1100.0, 8.0, 120.0, 48.0], "rgb(164, 22, 26)", "rgb(164, 22, 26)"), Problem::LowContrast),
            (button([1100.0, 8.0, 120.0, 48.0], "rgb(255, 255, 255)", "rgb(240, 240, 240)"), Problem::LowContrast),
        ];
        for (rendered, problem) in cases {
            assert_eq!(problems(&rendered), vec![problem], "{rendered:?}");
        }
    }

    #[test]
    fn inline_buttons_may_be_out_of_the_window_and_unknown_colour_forms_are_left_alone() {
        let mut inline = button([0.0, 5000.0, 120.0, 48.0], "oklch(0.5 0.2 30)", "rgb(255, 255, 255)");
        inline.floating = false;
        assert!(problems(&inline).is_empty());
        assert_eq!(rgb("rgb(1, 2, 3)"), Some([1.0, 2.0, 3.0, 1.0]));
        assert_eq!(rgb("rgba(1, 2, 3, 0.5)"), Some([1.0, 2.0, 3.0, 0.5]));
        assert_eq!(rgb("rgb(1, 2)"), None);
        assert_eq!(rgb("rgb(1, 2, x)"), None);
        assert_eq!(rgb("color(srgb 1 0 0.5)"), Some([255.0, 0.0, 127.5, 1.0]));
        assert_eq!(rgb("color(srgb 1 0 0 / 0.25)"), Some([255.0, 0.0, 0.0, 0.25]));
        assert!((contrast([0.0, 0.0, 0.0, 1.0], [255.0, 255.0, 255.0, 1.0]) - 21.0).abs() < 0.01);
    }
}
