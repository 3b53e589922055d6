//! TimeML reading: the text of a `.tml` file with its gold TIMEX3 annotations.
//!
//! A TimeML document (TimeBank, AQUAINT, TempEval-3) is XML: `<DOCID>`, `<DCT>` holding the
//! creation-time TIMEX3, an optional `<TITLE>`, then `<TEXT>` with inline `<TIMEX3>`,
//! `<EVENT>` and `<SIGNAL>` tags, followed by `<MAKEINSTANCE>`/`<TLINK>` elements.
//!
//! [`parse`] turns it into a [`TimemlDoc`]:
//! - `text` is the content of `<TEXT>` with every tag removed and entities decoded; every
//!   span in the result is a byte range into that string;
//! - `gold` holds each TIMEX3 element inside `<TEXT>` that covers text, with its span,
//!   `tid`, `type`, `value` and `mod` (empty, non-consuming `<TIMEX3/>` elements are skipped:
//!   they have no span to score);
//! - the document creation time comes from the TIMEX3 with
//!   `functionInDocument="CREATION_TIME"` (value `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`,
//!   or compact `YYYYMMDD`).
//!
//! Entities: the five XML ones (`&amp;` …) and numeric references are decoded; any other
//! entity is malformed XML and an error. Line endings are kept as they are in the file.
//!
//! Writing is in [`write`]. This module does not validate against the
//! TimeML schema, and ignores EVENT/SIGNAL/link annotations.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

use crate::temporal::TimexType;

pub mod write;

/// A parsed TimeML document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlDoc {
    /// The `<DOCID>` content, trimmed, if present.
    pub id: Option<String>,
    /// The `<TITLE>` content (tags removed, trimmed), if present.
    pub title: Option<String>,
    /// The `<EXTRAINFO>` content (tags removed, whitespace collapsed), if present: a
    /// headline in some corpora (WikiNews), a file label in others (TimeBank).
    pub extra_info: Option<String>,
    /// The raw `value` of the creation-time TIMEX3, if any.
    pub dct_value: Option<String>,
    /// `dct_value` as a date-time (midnight when it is a plain day), if it could be read.
    pub dct: Option<NaiveDateTime>,
    /// The `<DCT>…</DCT>` element exactly as written in the file, if present.
    pub dct_source: Option<String>,
    /// The content of `<TEXT>`, tags removed and entities decoded.
    pub text: String,
    /// Byte offset of the `<TEXT>` start tag in the XML source.
    pub text_element_start: usize,
    /// Byte range of the `<TEXT>` element's content (between its tags) in the XML source
    /// (empty, just after the tag, for `<TEXT/>`).
    pub text_source: Range<usize>,
    /// Names of the elements enclosing `<TEXT>`, outermost first (usually `["TimeML"]`).
    pub text_ancestors: Vec<String>,
    /// `tid`s of TIMEX3 elements outside `<TEXT>` (the DCT's `t0`, any in a title), so a
    /// writer can avoid reusing them.
    pub outside_tids: Vec<String>,
    /// The TIMEX3 annotations inside `<TEXT>`, sorted by start (outer before nested).
    pub gold: Vec<GoldTimex>,
}

/// One gold TIMEX3 annotation inside `<TEXT>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GoldTimex {
    /// Byte range into [`TimemlDoc::text`].
    pub span: Range<usize>,
    /// The `tid` attribute (empty when absent).
    pub tid: String,
    pub timex_type: TimexType,
    pub value: String,
    /// The `mod` attribute, if any.
    pub modifier: Option<String>,
}

/// A 1-based line and column (in characters) in the XML source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `source` (clamped to the source).
    pub fn at(source: &str, offset: usize) -> Position {
        let mut end = offset.min(source.len());
        while !source.is_char_boundary(end) {
            end -= 1;
        }
        let before = source.get(..end).unwrap_or("");
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
        Position { line, column }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}, column {}", self.line, self.column)
    }
}

/// Why a TimeML document could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimemlError {
    /// The XML itself is malformed.
    #[error("malformed XML at {at}: {message}")]
    Xml { at: Position, message: String },
    /// An element was still open at the end of the input.
    #[error("expected `</{name}>` before the end of the document, but found none (element opened at {at})")]
    Unclosed { at: Position, name: String },
    /// The document has no `<TEXT>` element.
    #[error("expected a <TEXT> element, but found none")]
    MissingText,
    /// A TIMEX3 inside `<TEXT>` lacks a required attribute.
    #[error("TIMEX3 at {at}: expected attribute `{attribute}`, but found none")]
    MissingAttribute {
        at: Position,
        attribute: &'static str,
    },
    /// A TIMEX3 inside `<TEXT>` has a `type` that is not one of the four.
    #[error("TIMEX3 at {at}: expected type DATE, TIME, DURATION or SET, but found `{found}`")]
    BadType { at: Position, found: String },
}

/// Reads a TimeML document. See the module documentation for what is kept.
pub fn parse(xml: &str) -> Result<TimemlDoc, TimemlError> {
    Parser::new(xml).run()
}

/// Reads a creation-time value: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]` or `YYYYMMDD`
/// (a trailing time that cannot be read is ignored: the day is still known).
pub fn parse_dct_value(value: &str) -> Option<NaiveDateTime> {
    let value = value.trim();
    let (day, time) = match value.split_once('T') {
        Some((day, time)) => (day, Some(time)),
        None => (value, None),
    };
    let date = NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(day, "%Y%m%d"))
        .ok()?;
    let time = time
        .and_then(|t| {
            NaiveTime::parse_from_str(t, "%H:%M:%S")
                .or_else(|_| NaiveTime::parse_from_str(t, "%H:%M"))
                .ok()
        })
        .unwrap_or(NaiveTime::MIN);
    Some(date.and_time(time))
}

/// Which header element's text is being collected.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Capture {
    DocId,
    Title,
    ExtraInfo,
}

/// A TIMEX3 opened inside `<TEXT>`, waiting for its end tag.
struct OpenTimex {
    start: usize,
    depth: usize,
    tid: String,
    timex_type: TimexType,
    value: String,
    modifier: Option<String>,
}

struct Parser<'a> {
    xml: &'a str,
    reader: Reader<&'a [u8]>,
    /// Open elements: name and byte offset of the start tag.
    stack: Vec<(String, usize)>,
    /// Depth (stack length) inside `<TEXT>`, while in it.
    text_depth: Option<usize>,
    text_seen: bool,
    doc: TimemlDoc,
    open_timexes: Vec<OpenTimex>,
    capture: Option<(Capture, usize, String)>,
    dct_start: Option<(usize, usize)>,
}

impl<'a> Parser<'a> {
    fn new(xml: &'a str) -> Self {
        Parser {
            xml,
            reader: Reader::from_str(xml),
            stack: Vec::new(),
            text_depth: None,
            text_seen: false,
            doc: TimemlDoc {
                id: None,
                title: None,
                extra_info: None,
                dct_value: None,
                dct: None,
                dct_source: None,
                text: String::new(),
                text_element_start: 0,
                text_source: 0..0,
                text_ancestors: Vec::new(),
                outside_tids: Vec::new(),
                gold: Vec::new(),
            },
            open_timexes: Vec::new(),
            capture: None,
            dct_start: None,
        }
    }

    fn run(mut self) -> Result<TimemlDoc, TimemlError> {
        loop {
            let start = offset(self.reader.buffer_position());
            let event = match self.reader.read_event() {
                Ok(event) => event,
                Err(err) => {
                    let at = Position::at(self.xml, offset(self.reader.error_position()));
                    return Err(TimemlError::Xml {
                        at,
                        message: err.to_string(),
                    });
                }
            };
            let end = offset(self.reader.buffer_position());
            match event {
                Event::Start(e) => self.start_tag(&e, start, end)?,
                Event::Empty(e) => self.empty_tag(&e, start, end)?,
                Event::End(_) => self.end_tag(start, end),
                Event::Text(t) => {
                    let raw = String::from_utf8_lossy(t.as_ref());
                    let decoded =
                        quick_xml::escape::unescape(&raw).map_err(|err| TimemlError::Xml {
                            at: Position::at(self.xml, start),
                            message: err.to_string(),
                        })?;
                    self.push_text(&decoded);
                }
                Event::CData(c) => {
                    let raw = String::from_utf8_lossy(c.as_ref()).into_owned();
                    self.push_text(&raw);
                }
                Event::Eof => break,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => {}
            }
        }
        if let Some((name, at)) = self.stack.pop() {
            return Err(TimemlError::Unclosed {
                at: Position::at(self.xml, at),
                name,
            });
        }
        if !self.text_seen {
            return Err(TimemlError::MissingText);
        }
        let mut doc = self.doc;
        doc.gold
            .sort_by_key(|g| (g.span.start, std::cmp::Reverse(g.span.end)));
        Ok(doc)
    }

    fn push_text(&mut self, s: &str) {
        if self.text_depth.is_some() {
            self.doc.text.push_str(s);
        }
        if let Some((_, _, buf)) = &mut self.capture {
            buf.push_str(s);
        }
    }

    fn start_tag(
        &mut self,
        e: &BytesStart<'_>,
        start: usize,
        end: usize,
    ) -> Result<(), TimemlError> {
        let name = local_name(e);
        let depth = self.stack.len() + 1;
        if self.text_depth.is_some() {
            self.separate_block(&name);
            if name == "TIMEX3" {
                let timex = self.gold_attributes(e, start, depth)?;
                self.open_timexes.push(timex);
            }
        } else {
            match name.as_ref() {
                "TEXT" if !self.text_seen => {
                    self.text_seen = true;
                    self.text_depth = Some(depth);
                    self.doc.text_element_start = start;
                    self.doc.text_source = end..end;
                    self.doc.text_ancestors = self.stack.iter().map(|(n, _)| n.clone()).collect();
                }
                "DOCID" if self.doc.id.is_none() && self.capture.is_none() => {
                    self.capture = Some((Capture::DocId, depth, String::new()));
                }
                "TITLE" if self.doc.title.is_none() && self.capture.is_none() => {
                    self.capture = Some((Capture::Title, depth, String::new()));
                }
                "EXTRAINFO" if self.doc.extra_info.is_none() && self.capture.is_none() => {
                    self.capture = Some((Capture::ExtraInfo, depth, String::new()));
                }
                "DCT" if self.dct_start.is_none() && self.doc.dct_source.is_none() => {
                    self.dct_start = Some((start, depth));
                }
                "TIMEX3" => self.outside_timex(e, start)?,
                _ => {}
            }
        }
        self.stack.push((name.into_owned(), start));
        Ok(())
    }

    fn empty_tag(
        &mut self,
        e: &BytesStart<'_>,
        start: usize,
        end: usize,
    ) -> Result<(), TimemlError> {
        let name = local_name(e);
        if self.text_depth.is_some() {
            self.separate_block(&name);
        }
        if name == "TIMEX3" && self.text_depth.is_none() {
            self.outside_timex(e, start)?;
        }
        if name == "TEXT" && !self.text_seen {
            // `<TEXT/>`: an empty text, still a text.
            self.text_seen = true;
            self.doc.text_element_start = start;
            self.doc.text_source = end..end;
            self.doc.text_ancestors = self.stack.iter().map(|(n, _)| n.clone()).collect();
        }
        Ok(())
    }

    /// Block-level tags inside `<TEXT>` (sentences, paragraphs, lines) separate what they
    /// hold: "flight</s><s>April 27" must not read "flightApril 27". A paragraph break is
    /// added unless the text already ends with one, so each block is its own sentence.
    fn separate_block(&mut self, name: &str) {
        const BLOCKS: &[&str] = &[
            "s", "p", "div", "line", "br", "li", "headline", "hl", "dateline", "h1", "h2", "h3",
            "h4", "h5", "h6", "sentence", "para", "turn",
        ];
        if !BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            return;
        }
        let text = &self.doc.text;
        if text.trim_end().is_empty() {
            return;
        }
        let tail = &text[text.trim_end().len()..];
        let newlines = tail.bytes().filter(|&b| b == b'\n').count();
        for _ in newlines..2 {
            self.doc.text.push('\n');
        }
    }

    /// Called after quick-xml has checked that the end tag matches the open element.
    fn end_tag(&mut self, start: usize, end: usize) {
        let depth = self.stack.len();
        let name = self.stack.pop().map(|(n, _)| n);
        if let (Some(text_depth), Some(name)) = (self.text_depth, name.as_deref()) {
            if depth != text_depth {
                self.separate_block(name);
            }
        }
        if let Some(text_depth) = self.text_depth {
            if depth == text_depth {
                self.text_depth = None;
                self.doc.text_source.end = start;
            } else if self.open_timexes.last().is_some_and(|t| t.depth == depth) {
                if let Some(t) = self.open_timexes.pop() {
                    let span = t.start..self.doc.text.len();
                    if !span.is_empty() {
                        self.doc.gold.push(GoldTimex {
                            span,
                            tid: t.tid,
                            timex_type: t.timex_type,
                            value: t.value,
                            modifier: t.modifier,
                        });
                    }
                }
            }
        }
        if self.capture.as_ref().is_some_and(|(_, d, _)| *d == depth) {
            if let Some((which, _, buf)) = self.capture.take() {
                let content = Some(buf.trim().to_string());
                match which {
                    Capture::DocId => self.doc.id = content,
                    Capture::Title => self.doc.title = content,
                    Capture::ExtraInfo => {
                        self.doc.extra_info =
                            Some(buf.split_whitespace().collect::<Vec<_>>().join(" "))
                    }
                }
            }
        }
        if let Some((dct_start, dct_depth)) = self.dct_start {
            if dct_depth == depth {
                self.doc.dct_source = self.xml.get(dct_start..end).map(str::to_string);
                self.dct_start = None;
            }
        }
    }

    /// A TIMEX3 outside `<TEXT>`: remember its tid; take the creation time from it.
    fn outside_timex(&mut self, e: &BytesStart<'_>, start: usize) -> Result<(), TimemlError> {
        let attrs = self.attributes(e, start)?;
        if let Some(tid) = find(&attrs, "tid") {
            self.doc.outside_tids.push(tid.to_string());
        }
        let is_dct = find(&attrs, "functionInDocument") == Some("CREATION_TIME");
        if is_dct && self.doc.dct_value.is_none() {
            if let Some(value) = find(&attrs, "value") {
                self.doc.dct = parse_dct_value(value);
                self.doc.dct_value = Some(value.to_string());
            }
        }
        Ok(())
    }

    fn gold_attributes(
        &self,
        e: &BytesStart<'_>,
        start: usize,
        depth: usize,
    ) -> Result<OpenTimex, TimemlError> {
        let attrs = self.attributes(e, start)?;
        let at = || Position::at(self.xml, start);
        let type_str = find(&attrs, "type").ok_or_else(|| TimemlError::MissingAttribute {
            at: at(),
            attribute: "type",
        })?;
        let timex_type = TimexType::parse(type_str.trim()).ok_or_else(|| TimemlError::BadType {
            at: at(),
            found: type_str.to_string(),
        })?;
        let value = find(&attrs, "value").ok_or_else(|| TimemlError::MissingAttribute {
            at: at(),
            attribute: "value",
        })?;
        Ok(OpenTimex {
            start: self.doc.text.len(),
            depth,
            tid: find(&attrs, "tid").unwrap_or("").to_string(),
            timex_type,
            value: value.to_string(),
            modifier: find(&attrs, "mod").map(str::to_string),
        })
    }

    /// All attributes of a tag, keys by local name, values with entities decoded.
    fn attributes(
        &self,
        e: &BytesStart<'_>,
        start: usize,
    ) -> Result<Vec<(String, String)>, TimemlError> {
        let mut out = Vec::new();
        for attr in e.attributes() {
            let attr = attr.map_err(|err| TimemlError::Xml {
                at: Position::at(self.xml, start),
                message: err.to_string(),
            })?;
            let key = String::from_utf8_lossy(attr.key.local_name().as_ref()).into_owned();
            let raw = String::from_utf8_lossy(&attr.value);
            let value = quick_xml::escape::unescape(&raw)
                .map_err(|err| TimemlError::Xml {
                    at: Position::at(self.xml, start),
                    message: format!("in attribute `{key}`: {err}"),
                })?
                .into_owned();
            out.push((key, value));
        }
        Ok(out)
    }
}

fn find<'v>(attrs: &'v [(String, String)], key: &str) -> Option<&'v str> {
    attrs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

fn local_name<'e>(e: &'e BytesStart<'_>) -> Cow<'e, str> {
    match std::str::from_utf8(e.local_name().into_inner()) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(String::from_utf8_lossy(e.local_name().into_inner()).into_owned()),
    }
}

fn offset(pos: u64) -> usize {
    usize::try_from(pos).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_lines_and_chars() {
        let s = "ab\nçd\nef";
        assert_eq!(Position::at(s, 0), Position { line: 1, column: 1 });
        assert_eq!(Position::at(s, 3), Position { line: 2, column: 1 });
        // 'ç' is two bytes; byte 5 is 'd', the second character.
        assert_eq!(Position::at(s, 5), Position { line: 2, column: 2 });
        assert_eq!(Position::at(s, 99), Position { line: 3, column: 3 });
    }

    #[test]
    fn dct_values() {
        let day = NaiveDate::from_ymd_opt(1998, 8, 7).and_then(|d| d.and_hms_opt(0, 0, 0));
        assert_eq!(parse_dct_value("1998-08-07"), day);
        assert_eq!(parse_dct_value("19980807"), day);
        let t = NaiveDate::from_ymd_opt(1998, 8, 7).and_then(|d| d.and_hms_opt(6, 18, 0));
        assert_eq!(parse_dct_value("1998-08-07T06:18"), t);
        assert_eq!(parse_dct_value("1998-08-07T06:18:00"), t);
        assert_eq!(parse_dct_value("1998-08-07TMO"), day);
        assert_eq!(parse_dct_value("PRESENT_REF"), None);
    }

    #[test]
    fn block_tags_separate_sentences_with_exact_offsets() {
        let xml = r#"<TimeML><DOCID>1</DOCID><EXTRAINFO>Apple unveils
 a phone</EXTRAINFO><TEXT><s id="1">June 6 , 2005</s><s id="2">Jobs spoke on <TIMEX3 tid="t1" type="DATE" value="2005-06-06">Monday</TIMEX3> .</s><s id="3">He left.</s>
<p>Next</p></TEXT></TimeML>"#;
        let doc = parse(xml).unwrap();
        assert_eq!(
            doc.text,
            "June 6 , 2005\n\nJobs spoke on Monday .\n\nHe left.\n\n\nNext\n\n"
        );
        assert_eq!(&doc.text[doc.gold[0].span.clone()], "Monday");
        assert_eq!(doc.extra_info.as_deref(), Some("Apple unveils a phone"));
    }
}
