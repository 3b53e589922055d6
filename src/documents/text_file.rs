//! Reading a plain-text or Markdown article: reference date from a header or dateline,
//! body after it, title from a heading or the first sentence.

use super::error::ReadError;
use super::header::{find_reference, skip_blank};
use super::title::{from_body, markdown_heading, shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, ReadResult, Span};

/// Turns decoded text into one document (`id` left empty for the caller to assign).
pub(crate) fn read_text(path: &str, text: String, out: &mut ReadResult) {
    let found = find_reference(&text);
    let body = Span {
        start: found.body_start.min(text.len()),
        end: text.len(),
    };
    if found.reference.is_some() && body.is_empty() {
        out.warnings.push(ReadError::EmptyBody.warning(path));
    }
    out.warnings
        .extend(found.problems.iter().map(|p| p.warning(path)));
    let title = found
        .title
        .clone()
        .map(|t| shorten(&t, TITLE_MAX_CHARS))
        .or_else(|| markdown_heading(&text, skip_blank(&text, 0)))
        .or_else(|| markdown_heading(&text, body.start))
        .unwrap_or_else(|| {
            let from = found.title_start.unwrap_or(body.start);
            from_body(text.get(from..).unwrap_or(""))
        });
    let title = if title.is_empty() {
        file_name(path)
    } else {
        title
    };
    out.documents.push(Document {
        id: String::new(),
        path: path.to_string(),
        title,
        reference_date: found.reference,
        text,
        body: Some(body),
        kind: DocumentKind::Text,
        url: None,
        byline: None,
        lang: None,
        date_source: None,
    });
}

/// The last component of a display path, for documents with nothing to make a title of.
pub(crate) fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_string()
}
