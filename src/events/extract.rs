//! From a document to its events, each with one source (merging across sources is
//! [`super::merge`]'s job):
//! - every DATE or TIME expression gives a *dated* event, its passage the sentence;
//! - the article's *lead* event: what its headline and first sentence report. When the
//!   first sentence has its own dated expression, that event is the lead; otherwise the
//!   lead is placed on the publication date (`publication` anchor, day granularity);
//! - *narrated* events: later sentences that tell a happening in the past (see
//!   [`super::happening`]) with no time expression of their own, anchored to the time the
//!   discourse has reached (an expression in one of the two sentences before: `discourse`)
//!   or else to the publication date.
//!
//! Durations ("for a year") and sets ("every week") are not points in time and give no
//! event. Vague references ("recent years") and relative expressions that could not be
//! anchored give *undated* events: provable from their passage, not placed on the axis.
//! A dateline alone ("June 6, 2005") is not a happening and gives no event.

use crate::documents::{Document, Span};
use crate::events::happening::happening;
use crate::events::headline::headline;
use crate::events::id::{content_hash, event_id};
use crate::events::{words, Anchor, Event, Expression, Role, Source};
use crate::temporal::{self, Granularity, Mention, Options, TimexType};
use crate::text;
use std::ops::Range;

/// The events of one document, in text order, each with one source.
pub fn extract_events(doc: &Document, options: &Options) -> Vec<Event> {
    extract_events_reporting(doc, options, &mut |_| {})
}

/// Bytes of text between two progress reports of [`extract_events_reporting`].
pub const REPORT_EVERY: usize = 1 << 20;

/// [`extract_events`], telling `progress` how far into the text it has got (a byte
/// offset, about every [`REPORT_EVERY`] bytes, and the text's length at the end), so a
/// long document does not sit at 0 % until done.
pub fn extract_events_reporting(
    doc: &Document,
    options: &Options,
    progress: &mut dyn FnMut(usize),
) -> Vec<Event> {
    let body = doc.body_range();
    let body_text = &doc.text[body.clone()];
    let shift = |r: &Range<usize>| r.start + body.start..r.end + body.start;
    let mentions: Vec<Mention> = temporal::extract(body_text, doc.reference_date, options)
        .into_iter()
        .filter(|m| !matches!(m.timex_type, TimexType::Duration | TimexType::Set))
        .map(|mut m| {
            m.span = shift(&m.span);
            m
        })
        .filter(|m| Span::from(m.span.clone()).is_valid_in(&doc.text))
        .collect();
    let sentences: Vec<Range<usize>> = text::sentences(body_text).iter().map(shift).collect();
    let content = content_hash(&doc.text);
    let mut events = Vec::new();
    let mut lead_done = false;
    // The latest dated source and the sentence it is in, for discourse anchoring.
    let mut discourse: Option<(usize, usize)> = None;
    let mut m = 0;
    let mut reported = 0;
    for (k, sentence) in sentences.iter().enumerate() {
        if sentence.start >= reported + REPORT_EVERY {
            reported = sentence.start;
            progress(reported);
        }
        let from = m;
        while m < mentions.len() && mentions[m].span.start < sentence.end {
            m += 1;
        }
        let here = &mentions[from..m];
        if is_dateline(&doc.text[sentence.clone()], here, sentence.start) {
            continue;
        }
        let is_lead = !lead_done;
        lead_done = true;
        let before = events.len();
        let lead_given = push_dated(&mut events, doc, content, sentence, here, is_lead);
        if let Some(e) = (before..events.len()).rev().find(|&e| events[e].is_dated()) {
            discourse = Some((e, k));
        }
        if lead_given || !here.is_empty() && !is_lead {
            continue;
        }
        let told = happening(&doc.text[sentence.clone()]);
        if is_lead {
            if let Some(ev) = reported_event(doc, content, sentence.clone(), Role::Lead) {
                events.push(ev);
            }
        } else if let Some(h) = told {
            let recent = discourse
                .filter(|&(_, at)| k - at <= 2)
                .map(|(e, _)| &events[e]);
            let ev = match recent {
                Some(prev) if !h.perfect && is_past_anchor(prev, doc) => {
                    Some(discourse_event(doc, content, sentence.clone(), prev))
                }
                _ => reported_event(doc, content, sentence.clone(), Role::Narrated),
            };
            events.extend(ev);
        }
    }
    progress(doc.text.len());
    events
}

/// The dated events of one sentence (one per DATE/TIME mention); in the lead sentence
/// the first dated one is the lead, headlined by the document's title when it reads as
/// one. Returns whether a lead was given.
fn push_dated(
    events: &mut Vec<Event>,
    doc: &Document,
    content: u64,
    sentence: &Range<usize>,
    here: &[Mention],
    is_lead: bool,
) -> bool {
    let spans: Vec<Range<usize>> = here.iter().map(|x| x.span.clone()).collect();
    let mut lead_given = false;
    for (j, mention) in here.iter().enumerate() {
        let passage = if mention.span.end <= sentence.end {
            sentence.clone()
        } else {
            mention.span.clone()
        };
        let others: Vec<Range<usize>> = spans
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != j)
            .map(|(_, s)| s.clone())
            .collect();
        let role = if is_lead && !lead_given && mention.interval.is_some() {
            lead_given = true;
            Role::Lead
        } else {
            Role::Dated
        };
        let mut ev = dated_event(doc, content, passage, mention, role, &others);
        if role == Role::Lead {
            if let Some(title) = title_headline(doc) {
                ev.headline = title;
            }
        }
        events.push(ev);
    }
    lead_given
}

fn dated_event(
    doc: &Document,
    content: u64,
    passage: Range<usize>,
    m: &Mention,
    role: Role,
    others: &[Range<usize>],
) -> Event {
    let (start, end) = match m.interval {
        Some(iv) => (Some(iv.start), Some(iv.end)),
        None => (None, None),
    };
    let expr = Span::from(m.span.clone());
    Event {
        id: event_id(content, passage.clone().into(), Some(expr)),
        start,
        end,
        granularity: m.interval.and(m.granularity),
        value: m.value.clone(),
        modifier: m.modifier,
        headline: headline(&doc.text, passage.clone(), Some(m.span.clone()), others),
        sources: vec![Source {
            document: doc.id.clone(),
            passage: passage.into(),
            expression: Some(Expression {
                start: expr.start,
                end: expr.end,
                text: doc.text[m.span.clone()].to_string(),
                timex_type: m.timex_type,
                value: m.value.clone(),
                modifier: m.modifier,
            }),
            anchor: Anchor::Expression,
            role,
        }],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    }
}

/// An event placed on the publication date ("reported on"); `None` without one.
fn reported_event(
    doc: &Document,
    content: u64,
    passage: Range<usize>,
    role: Role,
) -> Option<Event> {
    let day = doc.reference_date?.date();
    let start = day.and_hms_opt(0, 0, 0)?;
    let end = day.succ_opt()?.and_hms_opt(0, 0, 0)?;
    let headline = match role {
        Role::Lead => title_headline(doc),
        _ => None,
    }
    .unwrap_or_else(|| headline(&doc.text, passage.clone(), None, &[]));
    Some(Event {
        id: event_id(content, passage.clone().into(), None),
        start: Some(start),
        end: Some(end),
        granularity: Some(Granularity::Day),
        value: day.format("%Y-%m-%d").to_string(),
        modifier: None,
        headline,
        sources: vec![Source {
            document: doc.id.clone(),
            passage: passage.into(),
            expression: None,
            anchor: Anchor::Publication,
            role,
        }],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    })
}

/// A narrated happening placed at the time the discourse has reached.
fn discourse_event(doc: &Document, content: u64, passage: Range<usize>, prev: &Event) -> Event {
    Event {
        id: event_id(content, passage.clone().into(), None),
        start: prev.start,
        end: prev.end,
        granularity: prev.granularity,
        value: prev.value.clone(),
        modifier: prev.modifier,
        headline: headline(&doc.text, passage.clone(), None, &[]),
        sources: vec![Source {
            document: doc.id.clone(),
            passage: passage.into(),
            expression: None,
            anchor: Anchor::Discourse,
            role: Role::Narrated,
        }],
        merged: Vec::new(),
        actors: Vec::new(),
        curation: None,
    }
}

/// A discourse time worth carrying to the next sentences: a day, month or year, not
/// after the article's date (a plan is not a setting for what happened).
fn is_past_anchor(prev: &Event, doc: &Document) -> bool {
    let fine = prev
        .granularity
        .is_some_and(|g| g <= Granularity::Year && g != Granularity::Week);
    let past = match (prev.start, doc.reference_date) {
        (Some(s), Some(r)) => s <= r,
        _ => true,
    };
    fine && past
}

/// The document's title as the lead's headline, when it reads as one: the file's own
/// headline (not words taken from the start of the body), several words, in sentence or
/// title case.
fn title_headline(doc: &Document) -> Option<String> {
    let t = doc.title.trim().trim_end_matches('…').trim();
    let body = doc.text[doc.body_range()].trim_start();
    let from_body = !t.is_empty() && body.starts_with(t);
    let words = t.split_whitespace().count();
    let reads = !from_body && (3..=25).contains(&words) && t.chars().any(char::is_lowercase);
    reads.then(|| headline(t, 0..t.len(), None, &[]))
}

/// A sentence that is only a dateline or a date ("June 6 , 2005", "WASHINGTON, March 3 -"):
/// a time expression and fewer than three words outside it.
fn is_dateline(sentence: &str, mentions: &[Mention], offset: usize) -> bool {
    if mentions.is_empty() {
        return false;
    }
    let toks = words::tokens(sentence);
    let outside = toks
        .iter()
        .filter(|t| t.word)
        .filter(|t| {
            let r = t.range.start + offset..t.range.end + offset;
            !mentions
                .iter()
                .any(|m| m.span.start < r.end && m.span.end > r.start)
        })
        .count();
    outside < 3
}
