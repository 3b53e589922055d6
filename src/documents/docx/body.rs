//! The text of `word/document.xml`, paragraph by paragraph.
//!
//! WordprocessingML keeps text in runs (`<w:r>`) of paragraphs (`<w:p>`): `<w:t>` holds
//! text, `<w:tab/>` a tab, `<w:br/>` and `<w:cr/>` a line break. Read here: every paragraph
//! (headings, list items, table cells and text boxes included) with its style id
//! (`<w:pStyle w:val="Heading1"/>`). Left out: deleted revisions (`<w:del>`,
//! `<w:moveFrom>`), field codes (`<w:instrText>`; the field's shown result is kept), hidden
//! runs (`<w:vanish/>`) and the fallback copy of drawings (`<mc:Fallback>`, which repeats
//! a text box's text). Footnotes, comments, headers and footers live in other parts and
//! are not read. Elements are matched by namespace, so any prefix works; both the
//! transitional and the strict WordprocessingML namespaces are accepted.

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

const W_TRANSITIONAL: &[u8] = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &[u8] = b"http://purl.oclc.org/ooxml/wordprocessingml/main";
const MC: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// One paragraph: its text (line breaks as `\n`) and its style id, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Paragraph {
    pub text: String,
    pub style: Option<String>,
}

/// The paragraphs read, and where the XML broke off if it is not well-formed (the
/// paragraphs before that point are kept).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Body {
    pub paragraphs: Vec<Paragraph>,
    pub problem: Option<String>,
}

/// The elements the reader tells apart; everything else is `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    P,
    PPr,
    R,
    RPr,
    T,
    /// Content left out with everything inside it.
    Skipped,
    Other,
}

/// Reads the paragraphs of a `word/document.xml` (empty paragraphs dropped).
pub(crate) fn read_body(xml: &[u8]) -> Body {
    let mut state = State::default();
    let mut reader = NsReader::from_reader(xml);
    let problem = loop {
        match reader.read_resolved_event() {
            Ok((ns, Event::Start(e))) => {
                let tag = state.classify(&ns, &e);
                state.open(tag, &ns, &e);
                state.push(tag);
            }
            Ok((ns, Event::Empty(e))) => {
                let tag = state.classify(&ns, &e);
                state.open(tag, &ns, &e);
                state.close(tag);
            }
            Ok((_, Event::End(_))) => {
                if let Some(tag) = state.pop() {
                    state.close(tag);
                }
            }
            Ok((_, Event::Text(t))) if state.takes_text() => {
                // An unknown entity (never written by Word) is kept as written.
                let s = t
                    .unescape()
                    .unwrap_or_else(|_| String::from_utf8_lossy(&t).into_owned().into());
                state.push_str(&s);
            }
            Ok((_, Event::CData(t))) if state.takes_text() => {
                state.push_str(&String::from_utf8_lossy(&t));
            }
            Ok((_, Event::Eof)) => break None,
            Ok(_) => {}
            Err(e) => break Some(at(reader.error_position(), &e)),
        }
    };
    // Paragraphs left open by a document that broke off.
    while let Some(p) = state.open_paragraphs.pop() {
        state.finish(p);
    }
    Body {
        paragraphs: state.done,
        problem,
    }
}

fn at(pos: u64, e: &quick_xml::Error) -> String {
    format!("word/document.xml is not well-formed XML at byte {pos}: {e}")
}

#[derive(Default)]
struct State {
    stack: Vec<Tag>,
    /// How many `Skipped` tags are on the stack.
    skipped: usize,
    open_paragraphs: Vec<Paragraph>,
    done: Vec<Paragraph>,
    /// The current run is hidden (`<w:vanish/>` in its properties).
    hidden_run: bool,
}

impl State {
    /// What an element is, by namespace and local name.
    fn classify(&self, ns: &ResolveResult, e: &BytesStart) -> Tag {
        let local = e.local_name();
        let name = local.as_ref();
        if self.skipping() {
            return Tag::Skipped;
        }
        if is_ns(ns, MC) {
            return if name == b"Fallback" {
                Tag::Skipped
            } else {
                Tag::Other
            };
        }
        if !is_word(ns) {
            return Tag::Other;
        }
        match name {
            b"p" => Tag::P,
            b"pPr" => Tag::PPr,
            b"r" => Tag::R,
            b"rPr" => Tag::RPr,
            b"t" => Tag::T,
            b"del" | b"moveFrom" | b"instrText" | b"delText" | b"delInstrText" => Tag::Skipped,
            _ => Tag::Other,
        }
    }

    /// Acts on an element as it opens (`tag` not yet on the stack).
    fn open(&mut self, tag: Tag, ns: &ResolveResult, e: &BytesStart) {
        match tag {
            Tag::P => self.open_paragraphs.push(Paragraph::default()),
            Tag::R => self.hidden_run = false,
            Tag::Other if is_word(ns) => self.word_mark(e),
            _ => {}
        }
    }

    /// The empty marks inside a run or paragraph properties.
    fn word_mark(&mut self, e: &BytesStart) {
        let parent = self.stack.last().copied();
        let grandparent = self
            .stack
            .len()
            .checked_sub(2)
            .and_then(|i| self.stack.get(i))
            .copied();
        match e.local_name().as_ref() {
            b"tab" if parent == Some(Tag::R) && !self.hidden_run => self.push_str("\t"),
            b"br" | b"cr" if parent == Some(Tag::R) && !self.hidden_run => self.push_str("\n"),
            b"noBreakHyphen" if parent == Some(Tag::R) && !self.hidden_run => self.push_str("-"),
            b"pStyle" if parent == Some(Tag::PPr) => {
                if let (Some(p), Some(v)) = (self.open_paragraphs.last_mut(), attr(e, b"val")) {
                    p.style = Some(v);
                }
            }
            b"vanish" if parent == Some(Tag::RPr) && grandparent == Some(Tag::R) => {
                self.hidden_run =
                    attr(e, b"val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
            }
            _ => {}
        }
    }

    /// Acts on an element as it closes (already off the stack).
    fn close(&mut self, tag: Tag) {
        match tag {
            Tag::P => {
                if let Some(p) = self.open_paragraphs.pop() {
                    self.finish(p);
                }
            }
            Tag::R => self.hidden_run = false,
            _ => {}
        }
    }

    fn finish(&mut self, mut p: Paragraph) {
        p.text = tidy(&p.text);
        if !p.text.is_empty() {
            self.done.push(p);
        }
    }

    fn skipping(&self) -> bool {
        self.skipped > 0
    }

    fn push(&mut self, tag: Tag) {
        self.skipped += usize::from(tag == Tag::Skipped);
        self.stack.push(tag);
    }

    fn pop(&mut self) -> Option<Tag> {
        let tag = self.stack.pop()?;
        self.skipped -= usize::from(tag == Tag::Skipped);
        Some(tag)
    }

    /// Text counts inside `<w:t>` of a shown run, outside anything skipped.
    fn takes_text(&self) -> bool {
        self.stack.last() == Some(&Tag::T) && !self.hidden_run && !self.skipping()
    }

    fn push_str(&mut self, s: &str) {
        if self.open_paragraphs.is_empty() {
            self.open_paragraphs.push(Paragraph::default());
        }
        if let Some(p) = self.open_paragraphs.last_mut() {
            p.text.push_str(s);
        }
    }
}

fn is_ns(ns: &ResolveResult, want: &[u8]) -> bool {
    matches!(ns, ResolveResult::Bound(n) if n.as_ref() == want)
}

fn is_word(ns: &ResolveResult) -> bool {
    is_ns(ns, W_TRANSITIONAL) || is_ns(ns, W_STRICT)
}

/// An attribute's value by local name (`w:val` → `val`), entities decoded.
pub(crate) fn attr(e: &BytesStart, local: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.unescape_value().ok().map(|v| v.trim().to_string()))
}

/// A paragraph's text with each line's ends trimmed and blank lines dropped.
fn tidy(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches(|c: char| c == ' ' || c == '\u{a0}' || c == '\r' || c == '\t'))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>"#
        )
    }

    fn texts(body: &str) -> Vec<String> {
        read_body(doc(body).as_bytes())
            .paragraphs
            .into_iter()
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn runs_tabs_and_breaks() {
        let b = r#"<w:p><w:r><w:t xml:space="preserve">Harbour </w:t></w:r><w:r><w:t>plan&amp;vote</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>next line</w:t></w:r></w:p>"#;
        assert_eq!(texts(b), ["Harbour plan&vote\tx\nnext line"]);
    }

    #[test]
    fn styles_and_empty_paragraphs() {
        let b = r#"<w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Council votes</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>  </w:t></w:r></w:p><w:p><w:r><w:t>Body.</w:t></w:r></w:p>"#;
        let body = read_body(doc(b).as_bytes());
        assert_eq!(body.problem, None);
        assert_eq!(
            body.paragraphs,
            [
                Paragraph {
                    text: "Council votes".into(),
                    style: Some("Title".into())
                },
                Paragraph {
                    text: "Body.".into(),
                    style: None
                },
            ]
        );
    }

    #[test]
    fn deletions_fields_hidden_and_fallbacks_are_left_out() {
        let b = r#"<w:p><w:r><w:t>The vote was </w:t></w:r><w:del w:id="1"><w:r><w:delText>not </w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>unanimous</w:t></w:r></w:ins><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Around the box.</w:t></w:r></w:p>"#;
        assert_eq!(
            texts(b),
            ["The vote was unanimous.", "Box text", "Around the box."]
        );
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let xml = format!(
            "\u{feff}{}",
            doc("<w:p><w:r><w:t>After a BOM.</w:t></w:r></w:p>")
        );
        assert_eq!(read_body(xml.as_bytes()).paragraphs[0].text, "After a BOM.");
    }

    #[test]
    fn table_cells_are_paragraphs() {
        let b = r#"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Date</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Event</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(texts(b), ["Date", "Event"]);
    }

    #[test]
    fn other_prefixes_and_strict_namespace() {
        let xml = r#"<x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>Strict.</x:t></x:r></x:p></x:body></x:document>"#;
        let body = read_body(xml.as_bytes());
        assert_eq!(body.paragraphs.len(), 1);
        assert_eq!(body.paragraphs[0].text, "Strict.");
        // Text in an unknown namespace is not Word text.
        let xml = r#"<d xmlns:a="urn:other"><a:p><a:r><a:t>No.</a:t></a:r></a:p></d>"#;
        assert!(read_body(xml.as_bytes()).paragraphs.is_empty());
    }

    #[test]
    fn broken_xml_keeps_what_came_before() {
        let xml = doc(r#"<w:p><w:r><w:t>Kept.</w:t></w:r></w:p><w:p><w:r><w:t>Cut</w:t></w:x>"#);
        let body = read_body(xml.as_bytes());
        assert_eq!(
            body.paragraphs
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>(),
            ["Kept.", "Cut"]
        );
        let problem = body.problem.expect("a problem");
        assert!(
            problem.starts_with("word/document.xml is not well-formed XML at byte "),
            "{problem}"
        );
    }

    #[test]
    fn never_panics_on_junk() {
        for junk in [
            "",
            "<",
            "<w:p",
            "</w:p></w:p>",
            "<a xmlns:w='x'><w:t>&bogus;</w:t></a>",
            "\u{feff}<?xml?>",
        ] {
            let _ = read_body(junk.as_bytes());
        }
    }
}
