//! Temporal expressions: find time expressions in text and resolve them to TimeML TIMEX3.
//!
//! The one entry point is [`extract`]: give it the text, the reference date-time (the
//! article's date, if known) and [`Options`]; get back [`Mention`]s, each with a byte span
//! into the text, a TIMEX3 type and value, and — for dates and times — the resolved
//! interval `[start, end)`.
//!
//! This module knows nothing about documents, events or the GUI.

mod types;

pub use types::{Bias, DateOrder, Granularity, Interval, Mention, Modifier, Options, TimexType};

use chrono::NaiveDateTime;

/// Finds and resolves every time expression in `text`.
///
/// `reference` is the document creation time. Without it, absolute expressions are still
/// resolved; relative ones ("Thursday", "last week") are returned with an `X`-placeholder
/// value (e.g. `XXXX-XX-XX`) and no interval.
///
/// Mentions are returned sorted by span start and never overlap.
pub fn extract(text: &str, reference: Option<NaiveDateTime>, options: &Options) -> Vec<Mention> {
    let _ = (text, reference, options);
    Vec::new()
}
