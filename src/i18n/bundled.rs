//! The Kazakh and Russian texts of the partner bundle, which are not compiled into its wasm:
//! each is a file of its own, `i18n/kk.json` and `i18n/ru.json` (scripts/build-dist.sh compiles
//! them from po/*.po in the `safe-exit/catalogue/v1` format of a partner's catalogue, and they
//! are read by the same reader, [`overrides::parse_catalogue`]). The loader fetches the
//! language the page opens in beside the interface's wasm; another one when it is picked.
//! These texts rank below a partner's catalogue, and a language's draft status stays that of
//! its PO file.

use super::overrides::{self, Store};
use super::{Lang, Msg};
use std::cell::RefCell;

thread_local! {
    static LOADED: RefCell<Store> = RefCell::default();
}

/// Reads the bundle's catalogue `text` and puts it in use: its language, or why it could not.
/// A message that breaks a rule of the reader is left to English (and would be a bug of the
/// build: `cargo test` reads these catalogues with the same reader).
pub fn install(text: &str) -> Result<Lang, String> {
    let (catalogue, problems) = overrides::parse_catalogue(text);
    let lang = catalogue.lang.filter(|_| !catalogue.messages.is_empty()).ok_or_else(|| problems.join("; "))?;
    LOADED.with(|store| store.borrow_mut().install(catalogue));
    Ok(lang)
}

/// Whether a catalogue of `lang` has been installed.
pub(super) fn loaded(lang: Lang) -> bool {
    LOADED.with(|store| store.borrow().has(lang))
}

pub(super) fn lookup(lang: Lang, msg: Msg) -> Option<&'static str> {
    LOADED.with(|store| store.borrow().lookup(lang, msg))
}

pub(super) fn presses_left(lang: Lang, index: usize) -> Option<&'static str> {
    LOADED.with(|store| store.borrow().presses_left(lang, index))
}
