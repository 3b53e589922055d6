//! One pass of `quick-xml` over a feed's raw bytes: where each item is, what its title and
//! date elements say as written, and where the XML breaks, if it does.
//!
//! feed-rs reads a feed as a whole: one malformed item fails the document, and dates it
//! cannot parse are dropped without a word. This scan gives the reader what it needs
//! around that: the byte range of every item, so each can be parsed on its own (a bad
//! item costs only itself, and a truncated file keeps the items before the cut), and the
//! raw text of each date element, so a bad date becomes a warning that quotes it.
//!
//! Items are `<item>` (RSS 0.9x, 2.0 under `<channel>`; RSS 1.0 under the root) and
//! `<entry>` (Atom); names are compared without their prefix. Text is decoded as UTF-8
//! (lossy), which is right for dates and good enough for titles quoted in messages.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::ops::Range;

/// A start tag: its name as written, its local name and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Tag {
    pub(super) qname: String,
    pub(super) local: String,
    pub(super) range: Range<usize>,
    /// Attribute names and raw (still escaped) values, in order.
    pub(super) attrs: Vec<(String, String)>,
}

/// A date element of an item, as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct RawDate {
    /// The element's name as written (`pubDate`, `dc:date`).
    pub(super) tag: String,
    /// Its local name (`pubDate`, `date`).
    pub(super) local: String,
    pub(super) text: String,
}

/// One item or entry of the feed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct RawItem {
    /// From `<` of the start tag to after `>` of the end tag.
    pub(super) range: Range<usize>,
    /// The `<title>` text, for messages about an item feed-rs cannot read.
    pub(super) title: String,
    pub(super) dates: Vec<RawDate>,
    /// The item's own `xml:lang`, if any.
    pub(super) lang: Option<String>,
    /// True when the item is inside the RSS `<channel>` (not directly under the root).
    pub(super) in_channel: bool,
}

/// Where the XML breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Break {
    pub(super) line: usize,
    pub(super) message: String,
    /// The number (1-based) of the item the break is in, when it is inside one.
    pub(super) in_item: Option<usize>,
}

/// What the scan found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Scan {
    /// The root element, `None` when the bytes have none (not XML, or not UTF-8 based).
    pub(super) root: Option<Tag>,
    /// RSS 0.9x and 2.0: the `<channel>` start tag the items are in.
    pub(super) channel: Option<Tag>,
    /// Complete items, in file order.
    pub(super) items: Vec<RawItem>,
    pub(super) broken: Option<Break>,
}

impl Scan {
    /// True when the root is an Atom `<feed>`.
    pub(super) fn is_atom(&self) -> bool {
        self.root.as_ref().is_some_and(|r| r.local == "feed")
    }

    /// True when the root is RSS 1.0's `<rdf:RDF>`.
    pub(super) fn is_rdf(&self) -> bool {
        self.root.as_ref().is_some_and(|r| r.local == "RDF")
    }
}

/// The element a feed's items are called, given its root's local name.
fn item_name(root_local: &str) -> &'static str {
    if root_local == "feed" {
        "entry"
    } else {
        "item"
    }
}

/// The local names of item children that hold dates.
pub(super) const DATE_ELEMENTS: &[&str] = &[
    "pubDate",
    "published",
    "date",
    "issued",
    "updated",
    "modified",
];

/// What the scanner is collecting text for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Date,
}

/// The scanner's state between events.
#[derive(Default)]
struct Scanner {
    scan: Scan,
    /// The names (as written) of the open elements.
    stack: Vec<String>,
    item: Option<(RawItem, usize)>,
    field: Option<(Field, usize, RawDate)>,
}

/// Scans `bytes` (a UTF-8 byte-order mark already removed).
pub(super) fn scan(bytes: &[u8]) -> Scan {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(false);
    let mut s = Scanner::default();
    loop {
        let before = position(reader.buffer_position());
        let event = reader.read_event();
        let after = position(reader.buffer_position());
        match event {
            Ok(Event::Start(e)) => s.start(&e, before..after, false),
            Ok(Event::Empty(e)) => s.start(&e, before..after, true),
            Ok(Event::End(_)) => s.end(after),
            Ok(Event::Text(t)) => {
                let text = t
                    .unescape()
                    .map(|c| c.into_owned())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&t.into_inner()).into_owned());
                s.text(&text);
            }
            Ok(Event::CData(t)) => s.text(&String::from_utf8_lossy(&t.into_inner())),
            Ok(Event::Eof) => {
                if let Some(open) = s.stack.last() {
                    let message =
                        format!("expected </{open}>, found the end of the file (cut off?)");
                    s.broken(bytes, bytes.len(), message);
                }
                break;
            }
            Ok(_) => {}
            Err(e) => {
                let at = position(reader.error_position());
                s.broken(bytes, at, e.to_string());
                break;
            }
        }
        if s.scan.root.is_some() && s.stack.is_empty() {
            break;
        }
    }
    s.scan
}

fn position(p: u64) -> usize {
    usize::try_from(p).unwrap_or(usize::MAX)
}

impl Scanner {
    /// A start (or empty) tag at `range`.
    fn start(&mut self, e: &BytesStart, range: Range<usize>, empty: bool) {
        let tag = Tag {
            qname: String::from_utf8_lossy(e.name().as_ref()).into_owned(),
            local: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
            range: range.clone(),
            attrs: attributes(e),
        };
        let depth = self.stack.len() + 1;
        let root_local = self.scan.root.as_ref().map(|r| r.local.clone());
        match root_local.as_deref() {
            None => self.scan.root = Some(tag.clone()),
            Some(root) => self.inner_start(&tag, root, depth),
        }
        if empty {
            // `<item/>`, `<pubDate/>`: opened and closed at once.
            self.stack.push(tag.qname);
            self.end(range.end);
        } else {
            self.stack.push(tag.qname);
        }
    }

    /// A start tag below the root, at `depth` (the root is depth 1).
    fn inner_start(&mut self, tag: &Tag, root: &str, depth: usize) {
        if root == "rss" && depth == 2 && tag.local == "channel" && self.scan.channel.is_none() {
            self.scan.channel = Some(tag.clone());
        }
        let in_container = depth == 2 || (depth == 3 && self.scan.channel.is_some());
        if self.item.is_none() && in_container && tag.local == item_name(root) {
            let lang = tag
                .attrs
                .iter()
                .find(|(k, _)| k == "xml:lang")
                .map(|(_, v)| v.clone());
            let item = RawItem {
                range: tag.range.start..tag.range.start,
                lang,
                in_channel: depth == 3,
                ..RawItem::default()
            };
            self.item = Some((item, depth));
            return;
        }
        let Some((_, item_depth)) = &self.item else {
            return;
        };
        if depth != item_depth + 1 || self.field.is_some() {
            return;
        }
        let raw = RawDate {
            tag: tag.qname.clone(),
            local: tag.local.clone(),
            text: String::new(),
        };
        if tag.local == "title" {
            self.field = Some((Field::Title, depth, raw));
        } else if DATE_ELEMENTS.contains(&tag.local.as_str()) {
            self.field = Some((Field::Date, depth, raw));
        }
    }

    /// Text inside the current element.
    fn text(&mut self, text: &str) {
        if let Some((_, _, raw)) = &mut self.field {
            raw.text.push_str(text);
        }
    }

    /// The end of the innermost open element, at byte `after`.
    fn end(&mut self, after: usize) {
        let depth = self.stack.len();
        self.stack.pop();
        if let Some((field, d, raw)) = self.field.take() {
            if d != depth {
                self.field = Some((field, d, raw));
            } else if let Some((item, _)) = &mut self.item {
                match field {
                    Field::Title => item.title = raw.text.trim().to_string(),
                    Field::Date => item.dates.push(RawDate {
                        text: raw.text.trim().to_string(),
                        ..raw
                    }),
                }
            }
        }
        if self.item.as_ref().is_some_and(|(_, d)| *d == depth) {
            if let Some((mut item, _)) = self.item.take() {
                item.range.end = after;
                self.scan.items.push(item);
            }
        }
    }

    /// Records where the XML breaks.
    fn broken(&mut self, bytes: &[u8], at: usize, message: String) {
        let upto = bytes.get(..at).unwrap_or(bytes);
        let line = 1 + upto.iter().filter(|&&b| b == b'\n').count();
        let in_item = self.item.as_ref().map(|_| self.scan.items.len() + 1);
        self.scan.broken = Some(Break {
            line,
            message,
            in_item,
        });
    }
}

/// The attributes of a start tag, names and raw values; malformed ones are left out.
fn attributes(e: &BytesStart) -> Vec<(String, String)> {
    e.attributes()
        .filter_map(Result::ok)
        .map(|a| {
            (
                String::from_utf8_lossy(a.key.as_ref()).into_owned(),
                String::from_utf8_lossy(&a.value).into_owned(),
            )
        })
        .collect()
}

/// The name of the first element of `bytes`, when the bytes read as XML up to it.
pub(super) fn root_name(bytes: &[u8]) -> Option<(String, String)> {
    let mut reader = Reader::from_reader(bytes);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => {
                let qname = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                return Some((qname, local));
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>News</title>
<item><title>One &amp; two</title><pubDate>Fri, 17 Nov 2023 08:30:00 +0000</pubDate></item>
<item xml:lang="fr"><title><![CDATA[Trois]]></title><dc:date>Fooday</dc:date><link>x</link></item>
</channel></rss>"#;

    #[test]
    fn items_titles_and_dates_as_written() {
        let s = scan(RSS.as_bytes());
        assert_eq!(s.broken, None);
        assert_eq!(s.root.as_ref().map(|r| r.local.as_str()), Some("rss"));
        assert_eq!(
            s.channel.as_ref().map(|c| &RSS[c.range.clone()]),
            Some("<channel>")
        );
        assert_eq!(s.items.len(), 2);
        let one = &s.items[0];
        assert!(RSS[one.range.clone()].starts_with("<item><title>One"));
        assert!(RSS[one.range.clone()].ends_with("</item>"));
        assert_eq!(one.title, "One & two");
        assert_eq!(one.dates[0].text, "Fri, 17 Nov 2023 08:30:00 +0000");
        let two = &s.items[1];
        assert_eq!(two.title, "Trois");
        assert_eq!(two.lang.as_deref(), Some("fr"));
        assert_eq!(
            (two.dates[0].tag.as_str(), two.dates[0].local.as_str()),
            ("dc:date", "date")
        );
        assert_eq!(two.dates[0].text, "Fooday");
    }

    #[test]
    fn a_cut_off_file_keeps_the_items_before_the_cut() {
        let cut = &RSS[..RSS.find("<link>").unwrap_or(0)];
        let s = scan(cut.as_bytes());
        assert_eq!(s.items.len(), 1);
        let b = s.broken.expect("broken");
        assert_eq!(b.line, 4);
        assert_eq!(b.in_item, Some(2));
        assert_eq!(
            b.message,
            "expected </item>, found the end of the file (cut off?)"
        );
    }

    #[test]
    fn a_mismatched_tag_is_a_break_with_its_line() {
        let bad = RSS.replace("</dc:date>", "</dc:dte>");
        let s = scan(bad.as_bytes());
        assert_eq!(s.items.len(), 1);
        let b = s.broken.expect("broken");
        assert_eq!((b.line, b.in_item), (4, Some(2)));
        assert!(b.message.contains("dc:dte"), "{}", b.message);
    }

    #[test]
    fn atom_entries_and_rdf_items() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><updated>2023-11-17</updated></entry><entry/></feed>"#;
        let s = scan(atom.as_bytes());
        assert!(s.is_atom());
        assert_eq!(s.items.len(), 2);
        assert_eq!(s.items[0].dates[0].local, "updated");
        let rdf = r#"<rdf:RDF xmlns:rdf="x"><channel><title>T</title></channel><item><title>A</title></item></rdf:RDF>"#;
        let s = scan(rdf.as_bytes());
        assert!(s.is_rdf());
        assert_eq!(s.channel, None);
        assert_eq!(s.items.len(), 1);
    }

    #[test]
    fn root_names() {
        assert_eq!(
            root_name(b"<?xml version='1.0'?><!-- <x> --><atom:feed/>"),
            Some(("atom:feed".into(), "feed".into()))
        );
        assert_eq!(root_name(b"just text"), None);
    }
}
