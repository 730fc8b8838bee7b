//! Where the partner bundle's interface gets the texts of a language it does not carry: the
//! loader's `languages(code)` (static/loader.js), which resolves to the text of the bundle's
//! `i18n/<code>.json`, fetched from beside the loader.

use crate::i18n::Lang;
use wasm_bindgen::{JsCast, JsValue};

/// The loader's `languages` function.
#[derive(Clone)]
pub struct Languages(js_sys::Function);

/// The same function is the same source.
impl PartialEq for Languages {
    fn eq(&self, other: &Languages) -> bool {
        self.0 == other.0
    }
}

impl Languages {
    pub fn new(fetch: js_sys::Function) -> Languages {
        Languages(fetch)
    }

    /// The catalogue text of `lang`, or why it could not be had.
    pub async fn fetch(&self, lang: Lang) -> Result<String, String> {
        let why = |error: JsValue| match error.dyn_into::<js_sys::Error>() {
            Ok(error) => String::from(error.message()),
            Err(other) => other.as_string().unwrap_or_else(|| "the request failed".into()),
        };
        let promise = self.0.call1(&JsValue::NULL, &JsValue::from_str(lang.code())).map_err(why)?;
        let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await.map_err(why)?;
        text.as_string().ok_or_else(|| "the answer was not text".into())
    }
}
