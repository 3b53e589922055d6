//! From a document to its events: run the temporal engine on the body, keep the mentions
//! that place something in time, and attach the passage (sentence) and a title.
//!
//! Durations ("for a year") and sets ("every week") are not points in time and give no
//! event. Vague references ("recent years") and relative expressions that could not be
//! anchored (no reference date) give *undated* events: they stay provable from their
//! passage but are not placed on the axis.

use crate::documents::{Document, Span};
use crate::events::{title, Event, Expression};
use crate::temporal::{self, Options, TimexType};
use crate::text;

/// The events of one document. Ids are `{prefix}{n}` numbered from 1 in text order;
/// callers renumber when merging documents.
pub fn extract_events(doc: &Document, options: &Options) -> Vec<Event> {
    let body = doc.body_range();
    let body_text = &doc.text[body.clone()];
    let mentions = temporal::extract(body_text, doc.reference_date, options);
    if mentions.is_empty() {
        return Vec::new();
    }
    let sentences: Vec<_> = text::sentences(body_text)
        .into_iter()
        .map(|r| r.start + body.start..r.end + body.start)
        .collect();
    let mut events = Vec::new();
    for m in mentions {
        if matches!(m.timex_type, TimexType::Duration | TimexType::Set) {
            continue;
        }
        let expr = m.span.start + body.start..m.span.end + body.start;
        if !Span::from(expr.clone()).is_valid_in(&doc.text) {
            continue; // defensive: the engine guarantees valid spans
        }
        let passage = text::sentence_at(&sentences, expr.start)
            .filter(|s| s.end >= expr.end)
            .unwrap_or_else(|| expr.clone());
        let (start, end) = match m.interval {
            Some(iv) => (Some(iv.start), Some(iv.end)),
            None => (None, None),
        };
        events.push(Event {
            id: format!("e{}", events.len() + 1),
            document: doc.id.clone(),
            start,
            end,
            granularity: if m.interval.is_some() {
                m.granularity
            } else {
                None
            },
            value: m.value,
            modifier: m.modifier,
            title: title::title(&doc.text, passage.clone(), expr.clone()),
            passage: passage.into(),
            expression: Expression {
                start: expr.start,
                end: expr.end,
                text: doc.text[expr].to_string(),
                timex_type: m.timex_type,
            },
        });
    }
    events
}
