//! The event model, serialized as it appears in the events file (`chronoscope-events/2`).
//!
//! An [`Event`] is one happening: its time, a headline, and the [`Source`]s that report it —
//! one mention each, in one document. Sources point into their document's text by byte
//! span; nothing is copied from the text but the time expression's words (kept so that the
//! file reads on its own). The first source is the one the headline comes from.

use crate::documents::Span;
use crate::temporal::{Granularity, Modifier, TimexType};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// The time expression a source was dated by.
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
    /// The expression's own TIMEX3 value (an event merged from "June" and "June 6" has the
    /// finer value; each source keeps its own).
    #[serde(default)]
    pub value: String,
    /// The expression's own TIMEX3 `mod`.
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
}

impl Expression {
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// How a source's time was found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// A time expression in the passage.
    #[default]
    Expression,
    /// No expression in the passage: the article's own (publication) date.
    Publication,
    /// No expression in the passage: the time an earlier sentence set.
    Discourse,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Expression => "expression",
            Anchor::Publication => "publication",
            Anchor::Discourse => "discourse",
        }
    }
}

/// What a source is in its article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A dated mention: a sentence with its own time expression.
    #[default]
    Dated,
    /// The article's own news: what its headline and first sentence report.
    Lead,
    /// A happening told in the past with no time expression of its own (anchored on the
    /// discourse or the publication date). Shown in the full view; a key event only when
    /// several articles report it.
    Narrated,
}

/// One mention of a happening in one document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// Id of the document.
    pub document: String,
    /// The sentence, as byte offsets into the document text.
    pub passage: Span,
    /// The time expression, when the passage has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<Expression>,
    /// How the time was found.
    #[serde(default)]
    pub anchor: Anchor,
    /// What the mention is in its article.
    #[serde(default)]
    pub role: Role,
}

/// Why a source joined an event: the rule and the words it shares with the event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeReason {
    /// Index into the event's `sources` of the source that joined.
    pub source: usize,
    /// `same passage` (a wire copy), `same day`, `same period` or `within`.
    pub rule: String,
    /// Content words and names shared with the event (lower case).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared: Vec<String>,
}

/// A happening: when, a headline, and every source that reports it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Stable across re-extraction: derived from the first source (its document's content
    /// hash, the passage and expression spans), `e` + 16 hex digits.
    pub id: String,
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
    /// A short line saying what happened (the date is shown beside it).
    pub headline: String,
    /// Every mention of the happening; never empty (the file reader drops empty events).
    pub sources: Vec<Source>,
    /// Why each source after the first joined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<MergeReason>,
    /// Who took part: ids into the file's `actors` table, the most prominent first (the
    /// names of the first source's passage in order, then the other sources' new names).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<String>,
    /// What the user changed about the event (only in a curated view: a project's
    /// exports and the app); boxed, as most events have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub curation: Option<Box<Marks>>,
}

/// The user's marks on an event in a curated view.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// A key event for the user.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub starred: bool,
    /// Hidden by the user (only present when hidden events are shown; exports leave
    /// them out).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// The user's note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The TIMEX3 value extracted, when the user corrected the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_value: Option<String>,
    /// The headline extracted, when the user edited it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_headline: Option<String>,
    /// Added by the user from a text selection, not extracted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_hand: bool,
    /// Sources the user moved into or out of it (merge, split, move).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub regrouped: bool,
}

impl Event {
    /// The user's marks (none for an uncurated event).
    pub fn marks(&self) -> &Marks {
        static NONE: Marks = Marks {
            starred: false,
            hidden: false,
            note: None,
            extracted_value: None,
            extracted_headline: None,
            by_hand: false,
            regrouped: false,
        };
        self.curation.as_deref().unwrap_or(&NONE)
    }

    /// The marks, to change them.
    pub fn marks_mut(&mut self) -> &mut Marks {
        self.curation.get_or_insert_with(Default::default)
    }

    /// True when the event has a place on the time axis.
    pub fn is_dated(&self) -> bool {
        self.start.is_some() && self.end.is_some()
    }

    /// The first source (where the headline comes from).
    ///
    /// # Panics
    /// Never for events built by this crate or read by [`crate::events::EventsFile`], which
    /// drop events without sources.
    pub fn first(&self) -> &Source {
        &self.sources[0]
    }

    /// The document of the first source.
    pub fn document(&self) -> &str {
        self.sources.first().map_or("", |s| s.document.as_str())
    }

    /// Number of distinct documents among the sources.
    pub fn document_count(&self) -> usize {
        let mut docs: Vec<&str> = self.sources.iter().map(|s| s.document.as_str()).collect();
        docs.sort_unstable();
        docs.dedup();
        docs.len()
    }

    /// True when every source is reported on the publication date (no expression, no
    /// discourse time): drawn hollow, "reported on".
    pub fn is_reported(&self) -> bool {
        self.sources.iter().all(|s| s.anchor == Anchor::Publication)
    }

    /// True when some source is an article's lead.
    pub fn is_lead(&self) -> bool {
        self.sources.iter().any(|s| s.role == Role::Lead)
    }

    /// Can be a key event: dated by an expression or a lead somewhere, or reported by
    /// several articles (a narrated happening alone in one article is noise at that level).
    pub fn key_eligible(&self) -> bool {
        self.sources.iter().any(|s| s.role != Role::Narrated) || self.document_count() >= 2
    }
}
