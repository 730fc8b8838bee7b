//! A service's translated texts (`name`, `area`, `hours`, `notes`, contact labels).

use super::format::MAX_TEXT_CHARS;
use super::model::Text;
use super::report::{describe, Path};
use super::service::{Fields, ServiceReader};
use crate::i18n::Lang;
use crate::tools::invisible;
use crate::tools::json::Value;
use crate::tools::text::clean_text;

impl ServiceReader {
    /// A translated text; reports missing translations, which readers see in another language.
    pub(super) fn text(&mut self, value: &Fields, field: &str, required: bool) -> Option<Text> {
        self.text_at(value.get(field), Path::of(field), required)
    }

    /// [`Self::text`] of the value `found`, reported as `field`.
    pub(super) fn text_at(&mut self, found: Option<&Value>, field: Path, required: bool) -> Option<Text> {
        let Some(found) = found else {
            if required {
                self.error_at(field, "is missing; service dropped".into());
            }
            return None;
        };
        let mut text = Text::default();
        if let Value::Object(_) = found {
            for lang in Lang::ALL {
                if let Some(Value::String(s)) = found.get(lang.code()) {
                    if let Some(c) = invisible::first_invisible(s) {
                        self.error_at(
                            field.clone().key(lang.code()),
                            invisible::describe(c) + "; this translation is dropped",
                        );
                        continue;
                    }
                    let cleaned = clean_text(s);
                    if !cleaned.is_empty() {
                        let slot = match lang {
                            Lang::Kk => &mut text.kk,
                            Lang::Ru => &mut text.ru,
                            Lang::En => &mut text.en,
                        };
                        *slot = Some(truncate(&cleaned));
                    }
                }
            }
        }
        if Lang::ALL.iter().all(|&l| !text.has(l)) {
            let consequence = if required { "service dropped" } else { "ignored" };
            let message = format!(
                "must be an object with text in \"kk\", \"ru\" or \"en\", found {}; {consequence}",
                describe(found)
            );
            if required {
                self.error_at(field, message)
            } else {
                self.warning_at(field, message)
            }
            return None;
        }
        // Written into two strings as they go: a Vec of per-language `format!`s joined at the end
        // was 0.6 KiB gzip more of the bundle.
        let (mut missing, mut shown) = (String::new(), String::new());
        for lang in Lang::ALL.into_iter().filter(|&l| !text.has(l)) {
            if !missing.is_empty() {
                missing.push_str(", ");
                shown.push_str(", ");
            }
            missing.push_str(lang.code());
            shown.push_str(lang.code());
            shown.push_str(" readers see ");
            shown.push_str(text.shown_lang(lang).code());
        }
        if !missing.is_empty() {
            self.warning_at(field, format!("has no translation in {missing}; {shown}"));
        }
        Some(text)
    }
}

pub(super) fn truncate(text: &str) -> String {
    let mut short: String = text.chars().take(MAX_TEXT_CHARS).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
