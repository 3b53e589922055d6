//! Helpers the app's UI tests share.
#![allow(dead_code)] // each test file uses the part it needs

use chronoscope::app::AppState;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use egui_kittest::Harness;

/// True when `text` is shown: in a label, or in the source panel's document text (a
/// read-only text field, so its text is the field's value, not a label).
pub fn shows(h: &Harness<'_, AppState>, text: &str) -> bool {
    h.query_by_label_contains(text).is_some()
        || h.query_all_by_role(Role::MultilineTextInput)
            .any(|n| n.value().is_some_and(|v| v.contains(text)))
}
