//! The feed reader on small feeds written inline; the fixture files are read by
//! `tests/documents_feed.rs`.

use super::*;
use crate::documents::{Document, DocumentKind};

fn read(xml: &str) -> ReadResult {
    let mut out = ReadResult::default();
    read_feed("f.rss", xml.as_bytes(), &mut out);
    out
}

fn messages(r: &ReadResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.message.as_str()).collect()
}

fn day(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").ok()
}

fn rss(items: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Daily Post</title><language>en-gb</language>
<pubDate>Sat, 18 Nov 2023 06:00:00 +0000</pubDate>
{items}
</channel></rss>"#
    )
}

const GOOD: &str = "<item><title>Council backs plan</title><link>https://e.com/1</link>\
<description>&lt;p&gt;The council voted on Tuesday.&lt;/p&gt;</description>\
<pubDate>Fri, 17 Nov 2023 00:30:00 +0100</pubDate><author>ed@e.com (Ann Lee)</author></item>";

#[test]
fn an_item_is_a_document() {
    let r = read(&rss(GOOD));
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    let doc = &r.documents[0];
    assert_eq!(
        doc,
        &Document {
            path: "f.rss#1".into(),
            title: "Council backs plan".into(),
            // The day in the feed's own offset (the 16th in UTC).
            reference_date: day("2023-11-17 00:30:00"),
            text: "The council voted on Tuesday.".into(),
            kind: DocumentKind::Feed,
            url: Some("https://e.com/1".into()),
            byline: Some("Ann Lee".into()),
            lang: Some("en-gb".into()),
            date_source: Some("feed item published date".into()),
            ..Document::default()
        }
    );
}

#[test]
fn full_content_is_preferred_to_the_description() {
    let item = "<item><title>T</title><description>Short.</description>\
<content:encoded><![CDATA[<p>Full one.</p><p>Full two &amp; more.</p>]]></content:encoded>\
<pubDate>Fri, 17 Nov 2023 08:00:00 GMT</pubDate></item>";
    let r = read(&rss(item));
    assert_eq!(r.documents[0].text, "Full one.\n\nFull two & more.");
}

#[test]
fn a_bad_date_is_quoted_and_the_feed_date_used() {
    let bad = "<item><title>Storm hits coast</title><description>Waves.</description>\
<pubDate>Fooday, 45 Nov</pubDate></item>";
    let r = read(&rss(&format!("{GOOD}{bad}")));
    assert_eq!(r.documents.len(), 2);
    let doc = &r.documents[1];
    assert_eq!(doc.reference_date, day("2023-11-18 06:00:00"));
    assert_eq!(
        doc.date_source.as_deref(),
        Some("feed date (the item has no date of its own)")
    );
    assert_eq!(
        messages(&r),
        ["f.rss: item 2 'Storm hits coast': bad date 'Fooday, 45 Nov' in <pubDate>, expected a date such as 'Fri, 17 Nov 2023 08:30:00 +0000' or '2023-11-17T08:30:00Z'; dated by the feed's date (2023-11-18) instead"]
    );
    assert_eq!(r.warnings[0].path.as_deref(), Some("f.rss#2"));
}

#[test]
fn a_good_pub_date_is_not_lost_to_a_bad_dc_date() {
    // feed-rs keeps the last of the two (here none); the first good one is kept.
    let item = "<item><title>T</title><description>D.</description>\
<pubDate>Fri, 17 Nov 2023 08:00:00 GMT</pubDate><dc:date>never</dc:date></item>";
    let r = read(&rss(item));
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(r.documents[0].reference_date, day("2023-11-17 08:00:00"));
}

#[test]
fn no_date_anywhere_is_a_warning() {
    let xml = "<rss version=\"2.0\"><channel><item><title>T</title></item></channel></rss>";
    let r = read(xml);
    assert_eq!(r.documents[0].reference_date, None);
    assert_eq!(
        r.documents[0].text, "T",
        "a title-only item keeps its title as text"
    );
    assert_eq!(
        messages(&r),
        ["f.rss: item 1 'T': no reference date found (no <pubDate>, <published>, <updated> or <dc:date> in the item or the feed); relative dates stay unresolved"]
    );
}

#[test]
fn empty_items_are_skipped_and_empty_feeds_said() {
    let r = read(&rss(&format!("<item><link>x</link></item>{GOOD}")));
    assert_eq!(r.documents.len(), 1);
    assert_eq!(
        r.documents[0].path, "f.rss#2",
        "items keep their number in the file"
    );
    assert_eq!(
        messages(&r),
        ["f.rss: item 1 has no title or text, skipped"]
    );
    let r = read(&rss(""));
    assert_eq!(
        messages(&r),
        ["f.rss: the feed has no items (expected <item> elements), nothing to read"]
    );
}

#[test]
fn a_cut_off_feed_keeps_the_items_before_the_cut() {
    let xml = rss(&format!("{GOOD}{GOOD}"));
    let cut = &xml[..xml.rfind("<pubDate>").unwrap_or(0)];
    let r = read(cut);
    assert_eq!(r.documents.len(), 1);
    let m = messages(&r);
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].starts_with("f.rss: unreadable feed: "), "{}", m[0]);
    assert!(
        m[0].ends_with("(line 5, in item 2: expected </item>, found the end of the file (cut off?)); read the 1 complete item before it"),
        "{}",
        m[0]
    );
}

#[test]
fn one_item_feed_rs_rejects_costs_only_itself() {
    let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
<entry><title type="bogus">A</title><updated>2023-11-17T08:00:00Z</updated></entry>
<entry><title>B</title><updated>2023-11-17T09:00:00+02:00</updated></entry></feed>"#;
    let r = read(xml);
    assert_eq!(r.documents.len(), 1);
    let b = &r.documents[0];
    assert_eq!(
        (b.path.as_str(), b.lang.as_deref()),
        ("f.rss#2", Some("de"))
    );
    assert_eq!(b.reference_date, day("2023-11-17 09:00:00"));
    assert_eq!(
        b.date_source.as_deref(),
        Some("feed item updated date (no published date)")
    );
    assert_eq!(
        messages(&r),
        ["f.rss: item 1 'A': unreadable (unable to parse feed: unsupported content type bogus), skipped"]
    );
}

#[test]
fn an_rss_root_without_a_version_is_read_as_2_0() {
    let r = read(&rss(GOOD).replace(" version=\"2.0\"", ""));
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(r.documents.len(), 1);
    assert_eq!(r.documents[0].lang.as_deref(), Some("en-gb"));
}

#[test]
fn rdf_items_without_a_link_are_said() {
    let xml = r#"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="x"><title>T</title></channel>
<item rdf:about="a"><title>No link</title></item></rdf:RDF>"#;
    let r = read(xml);
    assert!(r.documents.is_empty());
    assert_eq!(
        messages(&r),
        ["f.rss: item 1 'No link': not an RSS 1.0 item (it needs a <link>), skipped"]
    );
}

#[test]
fn other_roots_and_non_xml() {
    let r = read("<html><body>hi</body></html>");
    assert_eq!(
        messages(&r),
        ["f.rss: unreadable feed: expected a root element <rss>, <feed> or <rdf:RDF>, found <html>"]
    );
    let r = read("not xml at all");
    assert_eq!(
        messages(&r),
        ["f.rss: unreadable feed: unable to parse feed: no root element"]
    );
}

#[test]
fn feeds_are_told_by_their_root() {
    assert!(is_feed(
        b"\xEF\xBB\xBF<?xml version=\"1.0\"?><rss version=\"2.0\"/>"
    ));
    assert!(is_feed(
        b"<!-- <config> --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>"
    ));
    assert!(is_feed(
        b"<rdf:RDF xmlns:rdf=\"r\" xmlns=\"http://purl.org/rss/1.0/\"></rdf:RDF>"
    ));
    assert!(!is_feed(
        b"<rdf:RDF xmlns:rdf=\"r\"><rdf:Description/></rdf:RDF>"
    ));
    assert!(!is_feed(b"<config><feed/></config>"));
    assert!(!is_feed(b"<TimeML></TimeML>"));
}

#[test]
fn the_declared_encoding_is_kept_per_item() {
    let mut xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n\
<rss version=\"2.0\"><channel><item><title>Caf"
        .to_vec();
    xml.push(0xE9); // é in Latin-1
    xml.extend_from_slice(
        b" opens</title><description>Caf&eacute; &amp; bar</description>\
<pubDate>Fri, 17 Nov 2023 08:00:00 GMT</pubDate></item></channel></rss>",
    );
    let mut r = ReadResult::default();
    read_feed("f.rss", &xml, &mut r);
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(r.documents[0].title, "Café opens");
    // An HTML entity XML does not know is kept by feed-rs and decoded as HTML.
    assert_eq!(r.documents[0].text, "Café & bar");
}

#[test]
fn a_lone_atom_entry_is_one_item() {
    let xml = r#"<entry xmlns="http://www.w3.org/2005/Atom"><title>Solo</title>
<published>2023-11-17T08:00:00Z</published><summary>Alone.</summary></entry>"#;
    let r = read(xml);
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(r.documents[0].path, "f.rss#1");
    assert_eq!(r.documents[0].reference_date, day("2023-11-17 08:00:00"));
}
