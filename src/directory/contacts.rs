//! A service's contacts: each one's type and value, and the label shown beside it.

use super::format::MAX_CONTACTS;
use super::link::{contact_href, ContactType};
use super::model::{Contact, Text};
use super::report::{describe, Path};
use super::service::{Fields, ServiceReader};
use super::texts::truncate;
use crate::tools::invisible;
use crate::tools::json::Value;
use crate::tools::text::clean_text;

impl ServiceReader {
    /// The contacts that pass, at most [`MAX_CONTACTS`].
    pub(super) fn contacts(&mut self, value: &Fields) -> Vec<Contact> {
        let Some(Value::Array(items)) = value.get("contacts") else {
            return Vec::new(); // reported by the caller, as for an empty list
        };
        if items.len() > MAX_CONTACTS {
            self.error("contacts", format!("lists {} contacts; only the first {MAX_CONTACTS} are read", items.len()));
        }
        let mut contacts = Vec::new();
        for (i, item) in items.iter().take(MAX_CONTACTS).enumerate() {
            let field = Path::of("contacts").index(i);
            let kind = match item.get("type") {
                Some(Value::String(t)) => ContactType::from_name(t),
                _ => None,
            };
            let Some(kind) = kind else {
                let found = item.get("type").map_or("nothing".into(), describe);
                self.error_at(
                    field.key("type"),
                    format!(
                        "must be one of voice, sms, whatsapp, telegram, email, web; found {found}; contact dropped"
                    ),
                );
                continue;
            };
            let Some(Value::String(raw)) = item.get("value") else {
                self.error_at(field.key("value"), "must be a string; contact dropped".into());
                continue;
            };
            if let Some(c) = invisible::first_invisible(raw) {
                self.error_at(field.key("value"), invisible::describe(c) + "; contact dropped");
                continue;
            }
            match contact_href(kind, raw) {
                Ok(href) => {
                    let label = self.text_at(item.get("label"), field.clone().key("label"), false);
                    let label = label.and_then(|label| self.label_shows_only(field, label, kind, &href));
                    contacts.push(Contact { kind, value: truncate(&clean_text(raw)), href, label });
                }
                Err(why) => self.error_at(
                    field.key("value"),
                    format!("{} {why}; contact dropped", describe(&Value::String(raw.clone()))),
                ),
            }
        }
        contacts
    }

    /// The label, unless one of its translations shows a number other than the one the link
    /// dials: it is shown beside the link, and must not tell the visitor another number.
    fn label_shows_only(&mut self, field: Path, label: Text, kind: ContactType, href: &str) -> Option<Text> {
        let dialled: String = match kind {
            ContactType::Voice | ContactType::Sms | ContactType::WhatsApp => {
                href.chars().filter(char::is_ascii_digit).collect()
            }
            _ => String::new(),
        };
        for text in [&label.kk, &label.ru, &label.en].into_iter().flatten() {
            if let Some(number) = numbers_in(text).into_iter().find(|n| *n != dialled) {
                let link = if dialled.is_empty() {
                    "the link dials no number".to_string()
                } else {
                    format!("the link dials {dialled}")
                };
                self.error_at(field.key("label"),
                    format!("shows the number {number}, but {link}; a label may show no number but its contact's own (give another number a contact of its own); label dropped"),
                );
                return None;
            }
        }
        Some(label)
    }
}

/// The numbers a text shows: runs of three or more digits, which may be written with spaces,
/// dashes, dots, parentheses and a leading +, as phone numbers are (a year counts too).
fn numbers_in(text: &str) -> Vec<String> {
    let mut numbers = Vec::new();
    let mut digits = String::new();
    for c in text.chars().chain(['\n']) {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' | '(' | ')' | '+' if !digits.is_empty() || c == '+' || c == '(' => {}
            _ => {
                if digits.len() >= 3 {
                    numbers.push(std::mem::take(&mut digits));
                }
                digits.clear();
            }
        }
    }
    numbers
}
