//! RSS and Atom feeds (`.rss`, `.atom`, and `.xml` files whose root is a feed): one
//! document per item, path `feed.rss#N` with N the item's number in the file (1-based).
//!
//! The feed is parsed by [`feed_rs`] **one item at a time**: a [`scan`] of the raw bytes
//! finds each item's byte range, and each item is parsed inside a copy of the feed's own
//! opening tags (prolog, root, `<channel>`), so namespaces, `xml:base` and the declared
//! encoding are those of the file. One item feed-rs rejects then costs only that item, and
//! a cut-off or malformed file keeps the complete items before the break (with a warning
//! saying where it breaks). The feed's own language and date come from the same
//! file with its items cut out.
//!
//! Dates are the local date-time as written (see [`dates`]); what each item is dated by,
//! and every bad or missing date, is said in [`item`]. Nothing is fetched: links are kept
//! as URLs, never followed.

mod dates;
mod item;
mod scan;

use super::error::ReadError;
use super::read::ReadResult;
use super::Warning;
use chrono::NaiveDateTime;
use feed_rs::parser::ParseFeedError;
use item::{FeedInfo, Item};
use scan::{Break, RawItem, Scan, Tag};

/// RSS versions feed-rs reads; a root with another version (or none) is read as 2.0.
const RSS_VERSIONS: &[&str] = &["2.0", "0.91", "0.92"];

/// True when the bytes are an RSS, RDF (RSS 1.0) or Atom feed, by the root element.
pub(crate) fn is_feed(bytes: &[u8]) -> bool {
    match scan::root_name(bytes) {
        Some((_, local)) if local.eq_ignore_ascii_case("rdf") => {
            // RDF/XML is used for much besides RSS 1.0: only a feed declares its namespace.
            let head = bytes.get(..8192).unwrap_or(bytes);
            head.windows(16).any(|w| w == b"purl.org/rss/1.0")
        }
        Some((_, local)) => local.eq_ignore_ascii_case("rss") || local.eq_ignore_ascii_case("feed"),
        None => {
            let head = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(bytes));
            let root = super::read::root_element(&head).to_ascii_lowercase();
            matches!(root.as_str(), "rss" | "feed" | "rdf:rdf")
        }
    }
}

/// Reads one feed into `out`, one document per item; every problem is a warning naming
/// the file (and the item).
pub(crate) fn read_feed(path: &str, bytes: &[u8], out: &mut ReadResult) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let scan = scan::scan(bytes);
    match &scan.root {
        Some(root) if is_feed_root(root) => read_items(path, bytes, &scan, out),
        // A lone Atom entry document: one item, which feed-rs reads whole.
        Some(root) if root.local == "entry" => read_whole(path, bytes, out),
        Some(root) => out.warnings.push(
            ReadError::Feed(format!(
                "expected a root element <rss>, <feed> or <rdf:RDF>, found <{}>",
                root.qname
            ))
            .warning(path),
        ),
        // Not XML that quick-xml reads as UTF-8 (UTF-16, say): feed-rs on the whole file.
        None => read_whole(path, bytes, out),
    }
}

fn is_feed_root(root: &Tag) -> bool {
    matches!(root.local.as_str(), "rss" | "feed" | "RDF")
}

/// feed-rs, with dates read as written (see [`dates::written_time_as_utc`]).
fn parser() -> feed_rs::parser::Parser {
    feed_rs::parser::Builder::new()
        .timestamp_parser(dates::written_time_as_utc)
        .build()
}

/// The items of a feed the scan could find, each parsed on its own.
fn read_items(path: &str, bytes: &[u8], scan: &Scan, out: &mut ReadResult) {
    if let Some(broken) = &scan.broken {
        match parser().parse(bytes) {
            // feed-rs reads what the scan could not: trust it.
            Ok(_) => return read_whole(path, bytes, out),
            Err(e) => out.warnings.push(broken_warning(path, &e, broken, scan)),
        }
        if scan.items.is_empty() {
            return;
        }
    } else if scan.items.is_empty() {
        out.warnings.push(no_items(path, scan));
        return;
    }
    let info = feed_info(path, bytes, scan);
    for (i, raw) in scan.items.iter().enumerate() {
        read_one(&info, bytes, scan, (i + 1, raw), out);
    }
}

/// Item `n` (1-based), parsed inside the feed's own opening tags.
fn read_one(
    info: &FeedInfo,
    bytes: &[u8],
    scan: &Scan,
    item: (usize, &RawItem),
    out: &mut ReadResult,
) {
    let (n, raw) = item;
    let one = single_item_feed(bytes, scan, Some(raw));
    match parser().parse(one.as_slice()) {
        Ok(feed) => match feed.entries.into_iter().next() {
            Some(entry) => {
                let raw = Some(raw);
                item::read_item(info, Item { n, entry, raw }, out);
            }
            None => out.warnings.push(dropped(info, n, raw, scan)),
        },
        Err(e) => {
            let why = format!("unreadable ({e}), skipped");
            out.warnings
                .push(item::item_warning(&info.path, n, &raw.title, &why));
        }
    }
}

/// The warning for a malformed feed: feed-rs's message, where the XML breaks, and how
/// many items were read before it.
fn broken_warning(path: &str, e: &ParseFeedError, broken: &Break, scan: &Scan) -> Warning {
    let place = match broken.in_item {
        Some(n) => format!("line {}, in item {n}", broken.line),
        None => format!("line {}", broken.line),
    };
    let kept = match scan.items.len() {
        0 => "no item could be read".to_string(),
        1 => "read the 1 complete item before it".to_string(),
        n => format!("read the {n} complete items before it"),
    };
    let e = e.to_string();
    // feed-rs's message often is the scan's: say it once, with the place.
    let why = if e.contains(&broken.message) {
        format!("{e} ({place}); {kept}")
    } else {
        format!("{e} ({place}: {}); {kept}", broken.message)
    };
    ReadError::Feed(why).warning(path)
}

/// The whole file through feed-rs at once, when the scan cannot find its items.
fn read_whole(path: &str, bytes: &[u8], out: &mut ReadResult) {
    let feed = match parser().parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            out.warnings
                .push(ReadError::Feed(e.to_string()).warning(path));
            return;
        }
    };
    if feed.entries.is_empty() {
        out.warnings.push(no_items(path, &Scan::default()));
        return;
    }
    let info = FeedInfo {
        path: path.to_string(),
        lang: feed.language.clone(),
        date: feed_date(&feed),
    };
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let raw = None;
        item::read_item(
            &info,
            Item {
                n: i + 1,
                entry,
                raw,
            },
            out,
        );
    }
}

/// The feed's title, language and date, from the file with its items cut out.
fn feed_info(path: &str, bytes: &[u8], scan: &Scan) -> FeedInfo {
    let skeleton = single_item_feed(bytes, scan, None);
    let feed = parser().parse(skeleton.as_slice()).ok();
    FeedInfo {
        path: path.to_string(),
        lang: feed.as_ref().and_then(|f| f.language.clone()),
        date: feed.as_ref().and_then(feed_date),
    }
}

/// The feed's own date: RSS `<pubDate>` or RSS 1.0 `<dc:date>`, else RSS
/// `<lastBuildDate>` or Atom `<updated>`; as written (see [`dates`]).
fn feed_date(feed: &feed_rs::model::Feed) -> Option<NaiveDateTime> {
    feed.published.or(feed.updated).map(|d| d.naive_utc())
}

/// The feed rebuilt around one item (`Some`), or around none (`None`: the feed's own
/// elements only). The prolog, root and channel tags are the file's own bytes, so
/// namespaces and the declared encoding carry over; an RSS root whose version feed-rs
/// does not know is given `version="2.0"`.
fn single_item_feed(bytes: &[u8], scan: &Scan, keep: Option<&RawItem>) -> Vec<u8> {
    let Some(root) = &scan.root else {
        return bytes.to_vec();
    };
    let mut out = bytes.get(..root.range.start).unwrap_or_default().to_vec();
    out.extend_from_slice(&root_tag(bytes, root));
    let in_channel = match keep {
        Some(item) => item.in_channel,
        None => scan.items.first().is_some_and(|i| i.in_channel),
    };
    match keep {
        Some(item) => {
            if let (true, Some(channel)) = (in_channel, &scan.channel) {
                out.extend_from_slice(slice(bytes, &channel.range));
            }
            out.extend_from_slice(slice(bytes, &item.range));
        }
        None if scan.broken.is_none() => {
            // Everything after the root tag but the items.
            let mut from = root.range.end;
            for item in &scan.items {
                out.extend_from_slice(slice(bytes, &(from..item.range.start)));
                from = item.range.end;
            }
            out.extend_from_slice(bytes.get(from..).unwrap_or_default());
            return out;
        }
        // A broken file: what comes before the first item, then closed.
        None => {
            let end = scan.items.first().map_or(root.range.end, |i| i.range.start);
            out.extend_from_slice(slice(bytes, &(root.range.end..end)));
        }
    }
    if let (true, Some(channel)) = (in_channel, &scan.channel) {
        out.extend_from_slice(format!("</{}>", channel.qname).as_bytes());
    }
    out.extend_from_slice(format!("</{}>", root.qname).as_bytes());
    out
}

fn slice<'a>(bytes: &'a [u8], range: &std::ops::Range<usize>) -> &'a [u8] {
    bytes.get(range.clone()).unwrap_or_default()
}

/// The root start tag as feed-rs needs it: verbatim, except an RSS root with no version
/// or one feed-rs does not know ("2.01", "0.94"), which becomes version 2.0.
fn root_tag(bytes: &[u8], root: &Tag) -> Vec<u8> {
    let version = root.attrs.iter().find(|(k, _)| k == "version");
    let known = version.is_some_and(|(_, v)| RSS_VERSIONS.contains(&v.trim()));
    if root.local != "rss" || known {
        return slice(bytes, &root.range).to_vec();
    }
    let mut tag = format!("<{} version=\"2.0\"", root.qname);
    for (k, v) in root.attrs.iter().filter(|(k, _)| k != "version") {
        let q = if v.contains('"') { '\'' } else { '"' };
        tag.push_str(&format!(" {k}={q}{v}{q}"));
    }
    tag.push('>');
    tag.into_bytes()
}

/// The warning for a feed with no items.
fn no_items(path: &str, scan: &Scan) -> Warning {
    let what = if scan.is_atom() { "<entry>" } else { "<item>" };
    Warning::for_path(
        path,
        format!("{path}: the feed has no items (expected {what} elements), nothing to read"),
    )
}

/// The warning for an item feed-rs read as nothing.
fn dropped(info: &FeedInfo, n: usize, raw: &RawItem, scan: &Scan) -> Warning {
    let why = if scan.is_rdf() {
        "not an RSS 1.0 item (it needs a <link>), skipped"
    } else {
        "not a feed item, skipped"
    };
    item::item_warning(&info.path, n, &raw.title, why)
}

#[cfg(test)]
mod tests;
