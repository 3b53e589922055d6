//! Writing TimeML with our own annotations: the input document up to `<TEXT>` kept as it is
//! (so `<DOCID>`, `<DCT>` and the creation-time TIMEX3 `t0` survive), `<TEXT>` replaced by
//! the stripped text, XML-escaped, with one `<TIMEX3 tid type value [mod]>` per mention, and
//! everything after `</TEXT>` (EXTRAINFO, MAKEINSTANCE, TLINK… which refer to gold ids)
//! dropped. The result is read back by [`super::parse`] with the mentions
//! as its gold.
//!
//! Our tids are `t1`, `t2`, … skipping `t0` and any tid used outside `<TEXT>`. No
//! `anchorTimeID` or other reference is written, so none can dangle. This module does no I/O.

use std::fmt::Write as _;

use super::TimemlDoc;
use crate::temporal::Mention;

/// A tagged document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// The TimeML output.
    pub xml: String,
    /// Mentions left out because their span was out of bounds, not on char boundaries,
    /// empty, or overlapped an earlier mention.
    pub skipped: usize,
}

/// Writes `doc` (parsed from `xml`) with `mentions` (spans into `doc.text`) as its TIMEX3s.
pub fn tag_timeml(xml: &str, doc: &TimemlDoc, mentions: &[Mention]) -> Tagged {
    let prefix = xml.get(..doc.text_element_start).unwrap_or("");
    let text = &doc.text;
    let mut out = String::with_capacity(prefix.len() + text.len() * 2);
    out.push_str(prefix);
    out.push_str("<TEXT>");

    let mut sorted: Vec<&Mention> = mentions.iter().collect();
    sorted.sort_by_key(|m| (m.span.start, m.span.end));
    let mut cursor = 0;
    let mut next_tid = 1usize;
    let mut skipped = 0;
    for m in sorted {
        let (Some(gap), Some(inside)) = (text.get(cursor..m.span.start), text.get(m.span.clone()))
        else {
            skipped += 1;
            continue;
        };
        if inside.is_empty() {
            skipped += 1;
            continue;
        }
        let tid = loop {
            let tid = format!("t{next_tid}");
            next_tid += 1;
            if !doc.outside_tids.contains(&tid) {
                break tid;
            }
        };
        escape_text(&mut out, gap);
        let _ = write!(
            out,
            "<TIMEX3 tid=\"{tid}\" type=\"{}\" value=\"",
            m.timex_type.as_str()
        );
        escape_attr(&mut out, &m.value);
        out.push('"');
        if let Some(modifier) = m.modifier {
            let _ = write!(out, " mod=\"{}\"", modifier.as_str());
        }
        out.push('>');
        escape_text(&mut out, inside);
        out.push_str("</TIMEX3>");
        cursor = m.span.end;
    }
    escape_text(&mut out, text.get(cursor..).unwrap_or(""));
    out.push_str("</TEXT>\n");
    for name in doc.text_ancestors.iter().rev() {
        let _ = writeln!(out, "</{name}>");
    }
    Tagged { xml: out, skipped }
}

fn escape_text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn escape_attr(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            c => escape_text(out, c.encode_utf8(&mut [0; 4])),
        }
    }
}
