//! One feed item → one [`Document`]: title, text, link, authors, language, and the date
//! it is dated by, with a warning for every bad or missing date.
//!
//! # Text
//!
//! The item's full content (`content:encoded`, Atom `<content>`) when it has one, else its
//! description or summary; HTML becomes text with its paragraphs kept. The title is
//! **not** added to the text: the events extractor already uses `Document::title` as the
//! lead event's headline when the text does not start with it, which is what a headline
//! is for, and web pages are read the same way. Putting the title in the text would make
//! it the lead sentence and double what the first sentence of most descriptions says.
//! An item with a title and no text is the exception: its text is the title, so it still
//! gives an event on its date.
//!
//! # Dates
//!
//! In order: the item's published date (RSS `<pubDate>`, Atom `<published>`,
//! `<dc:date>`), its updated date (Atom `<updated>`), the feed's own date, else none.
//! The first date element of a kind that parses wins; a bad one is quoted in a warning
//! when it mattered (no better date of the item was found).

use super::dates::{written_time, EXPECTED};
use super::scan::{RawDate, RawItem};
use crate::documents::error::{excerpt, ReadError};
use crate::documents::html::fragment_text;
use crate::documents::read::ReadResult;
use crate::documents::title::{from_body, shorten, TITLE_MAX_CHARS};
use crate::documents::{Document, DocumentKind, Warning};
use chrono::NaiveDateTime;
use feed_rs::model::{Entry, Person, Text};

/// What every item of a feed shares.
pub(super) struct FeedInfo {
    /// The file's display path.
    pub(super) path: String,
    /// The feed's language (RSS `<language>`, `<dc:language>`, Atom `xml:lang`).
    pub(super) lang: Option<String>,
    /// The feed's own date, as written.
    pub(super) date: Option<NaiveDateTime>,
}

/// One item: its number in the file (1-based), feed-rs's reading, and the scan's raw
/// view of it (absent when the file was read whole).
pub(super) struct Item<'a> {
    pub(super) n: usize,
    pub(super) entry: Entry,
    pub(super) raw: Option<&'a RawItem>,
}

/// What an item is dated by.
enum DatedBy<'a> {
    Published(NaiveDateTime),
    Updated(NaiveDateTime, Option<&'a RawDate>),
    Feed(NaiveDateTime, Option<&'a RawDate>),
    Nothing(Option<&'a RawDate>),
}

/// Adds the item's document (or a warning saying why it has none) to `out`.
pub(super) fn read_item(feed: &FeedInfo, item: Item, out: &mut ReadResult) {
    let Item { n, entry, raw } = item;
    let title_text = entry.title.as_ref().map(text_of).unwrap_or_default();
    let mut text = content_text(&entry);
    if text.is_empty() && title_text.is_empty() {
        let message = format!("{}: item {n} has no title or text, skipped", feed.path);
        out.warnings
            .push(Warning::for_path(item_path(&feed.path, n), message));
        return;
    }
    if text.is_empty() {
        text = shorten(&title_text, usize::MAX);
    }
    let title = match shorten(&title_text, TITLE_MAX_CHARS) {
        t if t.is_empty() => from_body(&text),
        t => t,
    };
    let dated = dated_by(&entry, raw, feed.date);
    if let Some(w) = date_warning(feed, n, &title, &dated) {
        out.warnings.push(w);
    }
    let (reference_date, date_source) = match dated {
        DatedBy::Published(d) => (Some(d), Some("feed item published date")),
        DatedBy::Updated(d, _) => (Some(d), Some("feed item updated date (no published date)")),
        DatedBy::Feed(d, _) => (Some(d), Some("feed date (the item has no date of its own)")),
        DatedBy::Nothing(_) => (None, None),
    };
    let lang = raw
        .and_then(|r| r.lang.clone())
        .or_else(|| entry.language.clone())
        .or_else(|| feed.lang.clone())
        .filter(|l| !l.trim().is_empty());
    out.documents.push(Document {
        path: item_path(&feed.path, n),
        title,
        reference_date,
        text,
        kind: DocumentKind::Feed,
        url: link(&entry),
        byline: byline(&entry.authors),
        lang,
        date_source: date_source.map(String::from),
        ..Document::default()
    });
}

/// `feed.rss#3`: the path of item 3's document and of warnings about it.
fn item_path(path: &str, n: usize) -> String {
    format!("{path}#{n}")
}

/// A warning about item `n`: `"feed.rss: item 3 'Title…': <message>"`, with the item's
/// path.
pub(super) fn item_warning(path: &str, n: usize, title: &str, message: &str) -> Warning {
    let title = excerpt(title, 40);
    let named = if title.is_empty() {
        String::new()
    } else {
        format!(" '{title}'")
    };
    Warning::for_path(
        item_path(path, n),
        format!("{path}: item {n}{named}: {message}"),
    )
}

/// The item's full content, else its summary, as text.
fn content_text(entry: &Entry) -> String {
    let content = entry.content.as_ref().and_then(|c| {
        let kind = c.content_type.as_str().to_ascii_lowercase();
        let html = kind.contains("html");
        let body = c.body.as_deref()?;
        (html || kind.starts_with("text/")).then(|| to_text(body, html))
    });
    content
        .filter(|t| !t.is_empty())
        .or_else(|| entry.summary.as_ref().map(text_of))
        .unwrap_or_default()
}

/// The text of a feed text element (title, summary), HTML or plain.
fn text_of(t: &Text) -> String {
    to_text(&t.content, t.content_type.as_str().contains("html"))
}

/// `s` as text: HTML (declared, or plain text that holds tags or entities, as RSS
/// descriptions often do) through [`fragment_text`], plain text with its lines tidied.
fn to_text(s: &str, html: bool) -> String {
    if html || looks_like_html(s) {
        fragment_text(s)
    } else {
        plain_paragraphs(s)
    }
}

/// True when `s` holds a tag (`<p`, `</`, `<!`) or an entity (`&amp;`, `&#8217;`).
fn looks_like_html(s: &str) -> bool {
    let tag = s.match_indices('<').any(|(i, _)| {
        s.get(i + 1..).is_some_and(|r| {
            r.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!')
        })
    });
    let entity = s.match_indices('&').any(|(i, _)| {
        let rest = s.get(i + 1..).unwrap_or("");
        rest.find(';').is_some_and(|j| {
            (1..=10).contains(&j)
                && rest
                    .get(..j)
                    .is_some_and(|e| e.chars().all(|c| c.is_ascii_alphanumeric() || c == '#'))
        })
    });
    tag || entity
}

/// Plain text with its lines trimmed, runs of spaces collapsed and blank lines kept as
/// paragraph breaks.
fn plain_paragraphs(s: &str) -> String {
    let mut out = String::new();
    let mut blank = false;
    for line in s.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank = false;
    }
    out
}

/// The item's page: its alternate link, else its first.
fn link(entry: &Entry) -> Option<String> {
    let alternate = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"));
    alternate
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty())
}

/// The authors' names, joined with ", ". RSS `<author>` is an e-mail address, often with
/// the name in parentheses (`jane@example.com (Jane Doe)`): the name, when given.
fn byline(authors: &[Person]) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for p in authors {
        let name = match p.name.trim() {
            "" | "author" | "unknown" => p.email.as_deref().map(name_in_address),
            name => Some(name.to_string()),
        };
        if let Some(name) = name.filter(|n| !n.is_empty() && !names.contains(n)) {
            names.push(name);
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// `jane@example.com (Jane Doe)` → `Jane Doe`; anything else trimmed as it is.
fn name_in_address(s: &str) -> String {
    let s = s.trim();
    match (s.find('('), s.rfind(')')) {
        (Some(a), Some(b)) if a < b => s.get(a + 1..b).unwrap_or(s).trim().to_string(),
        _ => s.to_string(),
    }
}

/// The local names of date elements that say when an item was published.
const PUBLISHED: &[&str] = &["pubDate", "published", "date", "issued"];

/// Chooses the item's date: published, updated, the feed's, or none.
fn dated_by<'a>(
    entry: &Entry,
    raw: Option<&'a RawItem>,
    feed: Option<NaiveDateTime>,
) -> DatedBy<'a> {
    let dates = raw.map(|r| r.dates.as_slice()).unwrap_or_default();
    let (pub_dates, upd_dates): (Vec<&RawDate>, Vec<&RawDate>) = dates
        .iter()
        .partition(|d| PUBLISHED.contains(&d.local.as_str()));
    let first_good = |ds: &[&RawDate]| ds.iter().find_map(|d| written_time(&d.text));
    let first_bad =
        |ds: &[&'a RawDate]| ds.iter().copied().find(|d| written_time(&d.text).is_none());
    // feed-rs's values (dates as written, see `dates`) cover an item read without a scan.
    let published = first_good(&pub_dates).or(entry.published.map(|d| d.naive_utc()));
    // RSS items have `updated` copied from `published` by feed-rs: only Atom's counts.
    let updated = first_good(&upd_dates).or_else(|| {
        let own = entry.updated.filter(|u| Some(*u) != entry.published);
        own.map(|d| d.naive_utc())
    });
    let bad = first_bad(&pub_dates);
    match (published, updated, feed) {
        (Some(p), _, _) => DatedBy::Published(p),
        (None, Some(u), _) => DatedBy::Updated(u, bad),
        (None, None, Some(f)) => DatedBy::Feed(f, bad.or_else(|| first_bad(&upd_dates))),
        (None, None, None) => DatedBy::Nothing(bad.or_else(|| first_bad(&upd_dates))),
    }
}

/// The warning an item's date deserves, if any.
fn date_warning(feed: &FeedInfo, n: usize, title: &str, dated: &DatedBy) -> Option<Warning> {
    let day = |d: &NaiveDateTime| d.format("%Y-%m-%d").to_string();
    let bad = |d: &RawDate, then: &str| {
        format!(
            "bad date '{}' in <{}>, expected {EXPECTED}; {then}",
            excerpt(&d.text, 40),
            d.tag
        )
    };
    let message = match dated {
        DatedBy::Published(_) => return None,
        DatedBy::Updated(u, Some(b)) => bad(
            b,
            &format!("dated by its updated date ({}) instead", day(u)),
        ),
        DatedBy::Updated(..) => return None,
        DatedBy::Feed(f, Some(b)) => {
            bad(b, &format!("dated by the feed's date ({}) instead", day(f)))
        }
        DatedBy::Feed(f, None) => {
            format!("no date of its own; dated by the feed's date ({})", day(f))
        }
        DatedBy::Nothing(Some(b)) => bad(b, "no other date, so relative dates stay unresolved"),
        DatedBy::Nothing(None) => ReadError::NoReferenceDate {
            why: "no <pubDate>, <published>, <updated> or <dc:date> in the item or the feed".into(),
        }
        .to_string(),
    };
    Some(item_warning(&feed.path, n, title, &message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_author_addresses_give_names() {
        assert_eq!(name_in_address("jane@example.com (Jane Doe)"), "Jane Doe");
        assert_eq!(name_in_address(" Jane Doe "), "Jane Doe");
    }

    #[test]
    fn html_is_told_from_plain_text() {
        assert!(looks_like_html("<p>Hi</p>"));
        assert!(looks_like_html("Tom &amp; Jerry"));
        assert!(looks_like_html("it&#8217;s"));
        assert!(!looks_like_html("a < b and AT&T, fine"));
        assert!(!looks_like_html("Tom & Jerry"));
    }

    #[test]
    fn plain_text_keeps_paragraphs() {
        assert_eq!(
            plain_paragraphs("  One  line\nnext\n\n\n  Two "),
            "One line\nnext\n\nTwo"
        );
    }
}
