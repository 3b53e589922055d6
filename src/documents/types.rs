//! Document and warning types.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A byte range `[start, end)` into a document's text, serialized as `{"start", "end"}`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// True when `start..end` lies within `text` and on char boundaries.
    pub fn is_valid_in(self, text: &str) -> bool {
        self.start <= self.end
            && self.end <= text.len()
            && text.is_char_boundary(self.start)
            && text.is_char_boundary(self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

/// What a document was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    /// Plain text or Markdown with an optional date header or dateline.
    #[default]
    Text,
    /// A TimeML `.tml` file.
    Timeml,
    /// One line of a JSON Lines corpus.
    Jsonl,
    /// A saved web page (the article text read from it).
    Html,
    /// A PDF's text layer.
    Pdf,
    /// A Word (`.docx`) document.
    Docx,
    /// An e-mail message (`.eml`).
    Email,
    /// One item of an RSS or Atom feed.
    Feed,
}

impl DocumentKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Text => "text",
            DocumentKind::Timeml => "timeml",
            DocumentKind::Jsonl => "jsonl",
            DocumentKind::Html => "html",
            DocumentKind::Pdf => "pdf",
            DocumentKind::Docx => "docx",
            DocumentKind::Email => "email",
            DocumentKind::Feed => "feed",
        }
    }

    /// What a user calls one document of this kind ("Web page", "PDF").
    pub fn label(self) -> &'static str {
        match self {
            DocumentKind::Text => "Text article",
            DocumentKind::Timeml => "TimeML document",
            DocumentKind::Jsonl => "JSON Lines article",
            DocumentKind::Html => "Web page",
            DocumentKind::Pdf => "PDF",
            DocumentKind::Docx => "Word document",
            DocumentKind::Email => "E-mail",
            DocumentKind::Feed => "Feed item",
        }
    }

    /// The kind named by [`as_str`](Self::as_str), if any.
    pub fn from_name(name: &str) -> Option<DocumentKind> {
        [
            DocumentKind::Text,
            DocumentKind::Timeml,
            DocumentKind::Jsonl,
            DocumentKind::Html,
            DocumentKind::Pdf,
            DocumentKind::Docx,
            DocumentKind::Email,
            DocumentKind::Feed,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }
}

/// An article. `Default` gives an empty text document, for readers that fill in what
/// their format has (`Document { title, text, ..Document::default() }`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Unique within a loaded set: `d1`, `d2`, …
    pub id: String,
    /// Where it came from, as given by the user (`a/b.txt`, `corpus.jsonl:12`).
    pub path: String,
    /// A title: the `title` field, TimeML `<TITLE>`, or the first words of the body.
    pub title: String,
    /// The article's date (document creation time), if known.
    pub reference_date: Option<NaiveDateTime>,
    /// The full text as read (for TimeML: the `<TEXT>` content with tags removed).
    pub text: String,
    /// The part of `text` extraction runs on (the whole text when there is no header).
    #[serde(default)]
    pub body: Option<Span>,
    /// What kind of file the document came from.
    #[serde(default)]
    pub kind: DocumentKind,
    /// Source URL (JSON Lines corpora; a web page's canonical URL), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The author line, when the document gives one (web pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The document's language (`en`, `fr-FR`), when it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// What the reference date was read from, when not a plain header ("meta
    /// article:published_time", "URL", "dateline", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_source: Option<String>,
}

impl Document {
    /// The byte range extraction runs on.
    pub fn body_range(&self) -> Range<usize> {
        match self.body {
            Some(s) if s.is_valid_in(&self.text) => s.range(),
            _ => 0..self.text.len(),
        }
    }
}

/// Something the user should know about a file or document: it was skipped, partly read,
/// has no date, …
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The document id, when the warning is about a loaded document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The file path, when the warning is about a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// What is wrong, in words a user understands, naming the file.
    pub message: String,
}

impl Warning {
    pub fn for_path(path: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            document: None,
            path: Some(path.into()),
            message: message.into(),
        }
    }

    pub fn for_document(document: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            document: Some(document.into()),
            path: None,
            message: message.into(),
        }
    }
}
