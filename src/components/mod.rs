//! The widget's Yew components, one a file.

pub mod contacts;
mod data;
pub mod exit_bar;
pub mod guidance;
pub mod language_picker;
pub mod panel;
pub mod safe_exit;
pub mod widget;
