//! Events as TimelineJS3 JSON, so a timeline can be published on the web.
//!
//! # The format
//!
//! TimelineJS3 reads `{"title": slide?, "events": [slide, …]}`. A slide is
//! `{"start_date": date, "end_date": date?, "text": {"headline", "text"}, "group",
//! "unique_id"}`, and a date is `{"year", "month"?, "day"?, "hour"?, "minute"?, "second"?}`
//! where only `year` is required and TimelineJS shows a date as precisely as its fields go.
//! Months are 1-based. Numbers are written as unpadded decimal strings (`"8"`, never `"08"`,
//! which old JavaScript `parseInt` reads as octal).
//!
//! # What we write
//!
//! - A date is split only as far as the event's granularity goes: year (also decade and
//!   century) → `year`; month (also quarter) → `year`, `month`; day (also week) → `+day`;
//!   hour → `+hour`; minute → `+minute`; second → `+second`.
//! - `end_date` is written only when the event covers more than one such unit: a month event
//!   is `start_date {2023, 8}` with no end (TimelineJS shows month precision itself), while a
//!   quarter is `{2023, 7}` to `{2023, 9}`, a week is its first to its last day, a decade is
//!   `2010` to `2019`. The end is the *last included* unit (our intervals are end-exclusive).
//! - BCE years follow the historical numbering TimelineJS users write, with no year 0:
//!   `"-500"` is 500 BC. Our intervals use chrono's astronomical years (500 BC = -499), so
//!   years ≤ 0 are shifted down by one (astronomical 0 → `"-1"`, 1 BC).
//! - `text.headline` is the event's headline; `text.text` holds one paragraph per source:
//!   the passage (the sentence), HTML-escaped, with the time expression wrapped in
//!   `<mark>…</mark>`, then the source's document title in `<i>` (and "reported on" for a
//!   source placed on its publication date); `group` is the first source's document title
//!   (its path when untitled), HTML-escaped like every string TimelineJS may render as HTML;
//!   `unique_id` is the event id. A user's note on the event comes first in `text.text`,
//!   as `<p class="note"><strong>Note:</strong> …</p>`.
//! - Undated (vague) events have no place on a TimelineJS axis and are left out; the count is
//!   returned so callers can say so.
//!
//! This module does no I/O and writes no media, eras or background fields.

use crate::documents::Document;
use crate::events::{Anchor, Event, EventsFile, Source};
use crate::temporal::Granularity;
use chrono::{Datelike, NaiveDateTime, TimeDelta, Timelike};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A TimelineJS3 timeline: the whole JSON document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timeline {
    /// The title slide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<TitleSlide>,
    pub events: Vec<Slide>,
}

/// The title slide: text only, no date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TitleSlide {
    pub text: SlideText,
}

/// One event slide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slide {
    pub start_date: Date,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    pub text: SlideText,
    pub group: String,
    pub unique_id: String,
}

/// Headline and HTML body of a slide.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideText {
    /// The event title, HTML-escaped (TimelineJS renders headlines as HTML).
    pub headline: String,
    /// HTML.
    pub text: String,
}

/// A TimelineJS date: each field an unpadded decimal string, present only as far as the
/// precision goes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Date {
    pub year: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hour: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minute: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second: Option<String>,
}

/// The result of a conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Converted {
    pub timeline: Timeline,
    /// Events left out because they are undated (vague or unanchored).
    pub undated: usize,
}

impl Converted {
    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        // Plain data with string keys: serialization cannot fail.
        serde_json::to_string_pretty(&self.timeline).unwrap_or_default()
    }

    /// Pretty JSON, streamed to `w`.
    pub fn write_json(&self, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        serde_json::to_writer_pretty(w, &self.timeline).map_err(std::io::Error::other)
    }
}

/// Converts a whole events file (see the module documentation).
pub fn to_timelinejs(file: &EventsFile) -> Converted {
    convert(&file.documents, &file.events)
}

/// Like [`to_timelinejs`], with each slide grouped by its event's first (most prominent)
/// actor instead of its document; events with no actor are grouped as "Other".
pub fn to_timelinejs_by_actor(file: &EventsFile) -> Converted {
    let mut converted = to_timelinejs(file);
    let names: HashMap<&str, &str> = file
        .actors
        .iter()
        .map(|a| (a.id.as_str(), a.name.as_str()))
        .collect();
    let first_actor: HashMap<&str, &str> = file
        .events
        .iter()
        .filter_map(|e| {
            let name = e.actors.first().and_then(|a| names.get(a.as_str()))?;
            Some((e.id.as_str(), *name))
        })
        .collect();
    for slide in &mut converted.timeline.events {
        let group = first_actor
            .get(slide.unique_id.as_str())
            .copied()
            .unwrap_or("Other");
        slide.group = escape_html(group);
    }
    converted
}

/// Converts `events` (e.g. the current filter), looking their documents up in `documents`.
/// Slides keep the order of `events`.
pub fn convert(documents: &[Document], events: &[Event]) -> Converted {
    let docs: HashMap<&str, &Document> = documents.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut slides = Vec::new();
    let mut undated = 0;
    for ev in events {
        let (Some(start), Some(end)) = (ev.start, ev.end) else {
            undated += 1;
            continue;
        };
        let doc = docs.get(ev.document()).copied();
        let (start_date, end_date) = dates(start, end, ev.granularity);
        let note = ev.marks().note.as_deref().map(|n| {
            format!(
                "<p class=\"note\"><strong>Note:</strong> {}</p>",
                escape_html(n)
            )
        });
        let text = note
            .into_iter()
            .chain(
                ev.sources
                    .iter()
                    .map(|src| source_html(docs.get(src.document.as_str()).copied(), src)),
            )
            .collect::<Vec<_>>()
            .join("");
        slides.push(Slide {
            start_date,
            end_date,
            text: SlideText {
                headline: escape_html(&ev.headline),
                text,
            },
            group: escape_html(
                &doc.map(group_name)
                    .unwrap_or_else(|| ev.document().to_string()),
            ),
            unique_id: ev.id.clone(),
        });
    }
    let title = title_slide(documents, slides.len());
    Converted {
        timeline: Timeline {
            title,
            events: slides,
        },
        undated,
    }
}

/// The precision a TimelineJS date can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Month,
    Year,
}

fn unit_of(granularity: Option<Granularity>, start: NaiveDateTime) -> Unit {
    match granularity {
        Some(Granularity::Second) => Unit::Second,
        Some(Granularity::Minute) => Unit::Minute,
        Some(Granularity::Hour) => Unit::Hour,
        Some(Granularity::Day | Granularity::Week) => Unit::Day,
        Some(Granularity::Month | Granularity::Quarter) => Unit::Month,
        Some(Granularity::Year | Granularity::Decade | Granularity::Century) => Unit::Year,
        // A dated event without a granularity (hand-edited file): as precise as it looks.
        None if start.time() == chrono::NaiveTime::MIN => Unit::Day,
        None => Unit::Minute,
    }
}

/// `start_date` and, when the event covers more than one unit, `end_date` (the last unit
/// included in the end-exclusive interval).
fn dates(
    start: NaiveDateTime,
    end: NaiveDateTime,
    granularity: Option<Granularity>,
) -> (Date, Option<Date>) {
    let unit = unit_of(granularity, start);
    let first = date_parts(start, unit);
    let last = end
        .checked_sub_signed(TimeDelta::seconds(1))
        .filter(|last| *last > start)
        .map(|last| date_parts(last, unit))
        .filter(|last| *last != first);
    (first, last)
}

fn date_parts(t: NaiveDateTime, unit: Unit) -> Date {
    let upto = |u: Unit, value: u32| (unit <= u).then(|| value.to_string());
    Date {
        year: timelinejs_year(t.year()).to_string(),
        month: upto(Unit::Month, t.month()),
        day: upto(Unit::Day, t.day()),
        hour: upto(Unit::Hour, t.hour()),
        minute: upto(Unit::Minute, t.minute()),
        second: upto(Unit::Second, t.second()),
    }
}

/// Astronomical year (0 = 1 BC) → the historical numbering TimelineJS users write
/// (-1 = 1 BC, no year 0).
pub fn timelinejs_year(astronomical: i32) -> i64 {
    let y = i64::from(astronomical);
    if y <= 0 {
        y - 1
    } else {
        y
    }
}

fn group_name(doc: &Document) -> String {
    if doc.title.trim().is_empty() {
        doc.path.clone()
    } else {
        doc.title.clone()
    }
}

/// One source as a paragraph: the passage, HTML-escaped, with the expression in `<mark>`,
/// then the document title.
fn source_html(doc: Option<&Document>, src: &Source) -> String {
    let passage = passage_html(doc, src);
    let title = doc.map(group_name).unwrap_or_else(|| src.document.clone());
    let reported = match (src.anchor, doc.and_then(|d| d.reference_date)) {
        (Anchor::Publication, Some(d)) => format!(", reported {}", d.format("%a %-d %b %Y")),
        _ => String::new(),
    };
    format!(
        "<p>{passage} <i>— {}{}</i></p>",
        escape_html(&title),
        escape_html(&reported)
    )
}

/// The passage, HTML-escaped, with the expression in `<mark>`; the expression alone when
/// the passage cannot be found (document missing from the file).
fn passage_html(doc: Option<&Document>, src: &Source) -> String {
    let expr_text = src.expression.as_ref().map_or("", |x| x.text.as_str());
    let Some(text) = doc.map(|d| d.text.as_str()) else {
        return format!("<mark>{}</mark>", escape_html(expr_text));
    };
    let p = src.passage.range();
    let Some(x) = src.expression.as_ref().map(|x| x.span().range()) else {
        return escape_html(text.get(p).unwrap_or(""));
    };
    let pieces = if p.start <= x.start && x.end <= p.end {
        (
            text.get(p.start..x.start),
            text.get(x.clone()),
            text.get(x.end..p.end),
        )
    } else {
        (None, None, None)
    };
    match pieces {
        (Some(before), Some(inside), Some(after)) => format!(
            "{}<mark>{}</mark>{}",
            escape_html(before),
            escape_html(inside),
            escape_html(after)
        ),
        _ => escape_html(text.get(p).unwrap_or(expr_text)),
    }
}

fn title_slide(documents: &[Document], events: usize) -> Option<TitleSlide> {
    let headline = match documents {
        [one] => group_name(one),
        _ => "Chronoscope timeline".to_string(),
    };
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let text = format!(
        "{} from {}",
        plural(events, "event"),
        plural(documents.len(), "document")
    );
    Some(TitleSlide {
        text: SlideText {
            headline: escape_html(&headline),
            text,
        },
    })
}

/// Escapes `& < > " '` for HTML text and attribute values.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bce_years_have_no_year_zero() {
        assert_eq!(timelinejs_year(2023), 2023);
        assert_eq!(timelinejs_year(1), 1);
        assert_eq!(timelinejs_year(0), -1);
        assert_eq!(timelinejs_year(-499), -500);
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape_html(r#"a & <b> "c" 'd'"#),
            "a &amp; &lt;b&gt; &quot;c&quot; &#39;d&#39;"
        );
    }
}
