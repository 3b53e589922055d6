//! The event type, serialized as it appears in the events file.

use crate::documents::Span;
use crate::temporal::{Granularity, Modifier, TimexType};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The time expression an event was dated by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Expression {
    /// Byte offsets into the document text.
    pub start: usize,
    pub end: usize,
    /// The expression's words, exactly as in the text (`text[start..end]`).
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub timex_type: TimexType,
}

impl Expression {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// A dated thing that happened, from one sentence of one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Unique within an events file: `e1`, `e2`, …
    pub id: String,
    /// Id of the document it came from.
    pub document: String,
    /// Start of the resolved interval (local civil time); `None` for vague references.
    pub start: Option<NaiveDateTime>,
    /// End of the resolved interval, exclusive.
    pub end: Option<NaiveDateTime>,
    /// Precision of the date; `None` for vague references.
    pub granularity: Option<Granularity>,
    /// TIMEX3 value (`2023-11-16`, `2023-08`, `PAST_REF`).
    pub value: String,
    /// TIMEX3 `mod`, if any.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
    /// A short readable title: the clause around the expression.
    pub title: String,
    /// The sentence the event comes from, as byte offsets into the document text.
    pub passage: Span,
    /// The time expression.
    pub expression: Expression,
}

impl Event {
    /// True when the event has a place on the time axis.
    pub fn is_dated(&self) -> bool {
        self.start.is_some() && self.end.is_some()
    }
}
