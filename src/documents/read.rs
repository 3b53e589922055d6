//! Reading one file into documents: a thin file-system wrapper ([`read`]) over a pure
//! function of the bytes ([`read_bytes`]), so every rule can be tested without files.
//!
//! Text files give one document, TimeML files one, JSON Lines corpora one per good line.
//! Every problem becomes a [`Warning`] whose message names the file (and line); nothing
//! here panics or stops at the first problem. Documents come back with an empty `id`: the
//! caller numbers the whole loaded set. Events files are only recognised here; the events
//! module parses them.

use super::decode::{declared_charset, decode_declared};
use super::error::ReadError;
use super::jsonl::read_jsonl;
use super::text_file::{file_name, read_text};
use super::title::{from_body, shorten, TITLE_MAX_CHARS};
use super::walk::{Format, SourceFile};
use super::{timeml, Document, DocumentKind, Warning};
use std::fs;
use std::io::ErrorKind;
use std::path::Path;

/// Files larger than this are not read (a news article is kilobytes; a corpus, megabytes).
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// The documents read from one file, and what the user should know about it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadResult {
    pub documents: Vec<Document>,
    pub warnings: Vec<Warning>,
}

/// Reads a file found by [`walk`](super::walk). Never panics; a file that cannot be read
/// gives a warning and no documents.
pub fn read(file: &SourceFile) -> ReadResult {
    match load(&file.path) {
        Ok(bytes) => read_bytes(&file.display, file.format, &bytes),
        Err(e) => ReadResult {
            documents: Vec::new(),
            warnings: vec![e.warning(&file.display)],
        },
    }
}

fn load(path: &Path) -> Result<Vec<u8>, ReadError> {
    let io = |e: std::io::Error| match e.kind() {
        ErrorKind::NotFound => ReadError::NotFound,
        _ => ReadError::Io(e.to_string()),
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            size_mib: size / (1024 * 1024),
            limit_mib: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    fs::read(path).map_err(io)
}

/// Reads a file's bytes as `format`; `path` is the display path used in documents and
/// warnings.
pub fn read_bytes(path: &str, format: Format, bytes: &[u8]) -> ReadResult {
    let mut out = ReadResult::default();
    match format {
        Format::EventsFile => {
            out.warnings.push(ReadError::EventsFile.warning(path));
            return out;
        }
        Format::Pdf | Format::Docx | Format::Email | Format::Feed if bytes.is_empty() => {
            out.warnings.push(ReadError::Empty.warning(path));
            return out;
        }
        // Binary and self-describing formats decode their own text.
        Format::Pdf => return with(out, |o| super::pdf::read_pdf(path, bytes, o)),
        Format::Docx => return with(out, |o| super::docx::read_docx(path, bytes, o)),
        Format::Email => return with(out, |o| super::eml::read_eml(path, bytes, o)),
        Format::Feed => return with(out, |o| super::feed::read_feed(path, bytes, o)),
        Format::Xml if super::feed::is_feed(bytes) => {
            return with(out, |o| super::feed::read_feed(path, bytes, o))
        }
        _ => {}
    }
    let declared = match format {
        Format::Html | Format::Xml | Format::Timeml => declared_charset(bytes),
        _ => None,
    };
    let text = match decode_declared(bytes, declared.as_deref()) {
        Ok((text, problem)) => {
            out.warnings.extend(problem.map(|p| p.warning(path)));
            text
        }
        Err(e) => {
            out.warnings.push(e.warning(path));
            return out;
        }
    };
    match format {
        Format::Text => read_text(path, text, &mut out),
        Format::Jsonl => read_jsonl(path, &text, &mut out),
        Format::Timeml => read_timeml(path, &text, &mut out),
        Format::Html => super::html::read_html(path, &text, &mut out),
        Format::Xml => read_xml(path, &text, &mut out),
        Format::EventsFile | Format::Pdf | Format::Docx | Format::Email | Format::Feed => {}
    }
    out
}

fn with(mut out: ReadResult, read: impl FnOnce(&mut ReadResult)) -> ReadResult {
    read(&mut out);
    out
}

/// An `.xml` file that is not a feed: TimeML when its root says so.
fn read_xml(path: &str, xml: &str, out: &mut ReadResult) {
    let root = root_element(xml);
    if root.eq_ignore_ascii_case("TimeML") {
        read_timeml(path, xml, out);
    } else {
        out.warnings
            .push(ReadError::UnknownXml { root }.warning(path));
    }
}

/// The name of the first element of an XML text (after the declaration, comments and
/// doctype), or "" when there is none.
pub(crate) fn root_element(xml: &str) -> String {
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if rest.starts_with(['?', '!']) {
            continue;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        return rest[..end].to_string();
    }
    String::new()
}

fn read_timeml(path: &str, xml: &str, out: &mut ReadResult) {
    // Spans are into the parsed <TEXT>, so dropping a byte-order mark moves nothing.
    let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
    let doc = match timeml::parse(xml) {
        Ok(doc) => doc,
        Err(e) => {
            out.warnings
                .push(ReadError::Timeml(e.to_string()).warning(path));
            return;
        }
    };
    if doc.text.trim().is_empty() {
        out.warnings
            .push(ReadError::Timeml("the <TEXT> element is empty".into()).warning(path));
        return;
    }
    if doc.dct.is_none() {
        let why = match &doc.dct_value {
            Some(value) => format!("the creation time '{value}' is not a date"),
            None => "no TIMEX3 with functionInDocument=\"CREATION_TIME\"".to_string(),
        };
        out.warnings
            .push(ReadError::NoReferenceDate { why }.warning(path));
    }
    let extra = doc
        .extra_info
        .as_deref()
        .filter(|t| reads_as_headline(t, doc.id.as_deref()));
    let title = match doc.title.as_deref().map(str::trim).or(extra) {
        Some(t) if !t.is_empty() => shorten(t, TITLE_MAX_CHARS),
        _ => from_body(&doc.text),
    };
    let title = if title.is_empty() {
        file_name(path)
    } else {
        title
    };
    out.documents.push(Document {
        id: String::new(),
        path: path.to_string(),
        title,
        reference_date: doc.dct,
        text: doc.text,
        body: None,
        kind: DocumentKind::Timeml,
        url: None,
        byline: None,
        lang: None,
        date_source: None,
    });
}

/// True when a TimeML `<EXTRAINFO>` holds a headline (WikiNews: "Apple unveils iPhone 4"),
/// not a file label (TimeBank: "ABC19980108.1830.0711 NEWS STORY"): several words, lower
/// case letters, and not the document id.
fn reads_as_headline(s: &str, doc_id: Option<&str>) -> bool {
    let words = s.split_whitespace().count();
    (3..=30).contains(&words)
        && s.chars().any(char::is_lowercase)
        && doc_id.is_none_or(|id| id.is_empty() || !s.contains(id))
}
