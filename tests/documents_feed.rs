//! RSS and Atom feeds through the public API: every item an article (title, text, link,
//! date and what it was read from, path `feed.rss#N`), and the bad feeds — a bad date, a
//! cut-off file, an `.xml` that is not a feed — giving warnings that name the file and
//! the item while the rest loads. Fixtures: `tests/fixtures/documents/feed/`.

use chrono::NaiveDateTime;
use chronoscope::documents::{
    read, read_bytes, walk, Document, DocumentKind, Format, ReadResult, SourceFile,
};
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/documents/feed";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(name)
}

/// Reads a fixture with the format its extension gives, displayed as its name.
fn load(name: &str) -> ReadResult {
    let path = fixture(name);
    let format = Format::from_path(&path).expect("a known extension");
    read(&SourceFile {
        path,
        display: name.to_string(),
        format,
    })
}

fn messages(r: &ReadResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.message.as_str()).collect()
}

fn at(s: &str) -> Option<NaiveDateTime> {
    Some(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("a test date"))
}

fn paths(r: &ReadResult) -> Vec<&str> {
    r.documents.iter().map(|d| d.path.as_str()).collect()
}

const PUBLISHED: Option<&str> = Some("feed item published date");

#[test]
fn rss_items_are_articles() {
    let r = load("news.rss");
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(
        paths(&r),
        ["news.rss#1", "news.rss#2", "news.rss#3", "news.rss#4"]
    );
    assert_eq!(
        r.documents[0],
        Document {
            id: String::new(),
            path: "news.rss#1".into(),
            title: "Council approves harbour plan after late vote".into(),
            // Written "Tue, 14 Nov 2023 23:45:00 -0500": Tuesday the 14th where it was
            // written, though the 15th in UTC.
            reference_date: at("2023-11-14 23:45"),
            // HTML escaped in the description: paragraphs kept, &amp;amp; and &#8217; decoded.
            text: "The city council approved the harbour plan on Tuesday after a five-hour \
                   debate.\n\nSmith & Sons, the builders, said work would start in March’s \
                   first week."
                .into(),
            body: None,
            kind: DocumentKind::Feed,
            url: Some("https://harbour.example.com/news/harbour-plan".into()),
            byline: Some("Ann Lee".into()),
            lang: Some("en-gb".into()),
            date_source: PUBLISHED.map(String::from),
        }
    );
    let strike = &r.documents[1];
    // content:encoded (the full text) wins over the one-line description.
    assert_eq!(
        strike.text,
        "Rail workers will strike next Monday, the union said yesterday.\n\n\
         The last strike, in June, closed the line for two days & cost the operator £2m."
    );
    assert_eq!(strike.byline.as_deref(), Some("Maria Gomez"));
    assert_eq!(strike.reference_date, at("2023-11-15 09:10"));
    let museum = &r.documents[2];
    assert_eq!(museum.reference_date, at("2023-11-16 18:00"));
    assert_eq!(museum.byline, None);
    let ferry = &r.documents[3];
    assert_eq!(
        ferry.text,
        "The winter ferry timetable starts on 4 December, the operator announced last week.",
        "the script is dropped"
    );
    assert_eq!(ferry.byline.as_deref(), Some("Tom Reed"));
    assert!(r
        .documents
        .iter()
        .all(|d| d.date_source.as_deref() == PUBLISHED));
}

#[test]
fn atom_entries_are_dated_published_else_updated() {
    let r = load("world.atom");
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(paths(&r), ["world.atom#1", "world.atom#2", "world.atom#3"]);
    let tokyo = &r.documents[0];
    assert_eq!(tokyo.title, "Leaders meet in Tokyo");
    // <published>2023-11-16T08:00:00+09:00</published>, not the later <updated>.
    assert_eq!(tokyo.reference_date, at("2023-11-16 08:00"));
    assert_eq!(tokyo.date_source.as_deref(), PUBLISHED);
    assert_eq!(
        tokyo.text,
        "Leaders met in Tokyo on Thursday and agreed to meet again next spring."
    );
    assert_eq!(
        tokyo.url.as_deref(),
        Some("https://world.example.org/2023/11/16/tokyo")
    );
    assert_eq!(tokyo.byline.as_deref(), Some("Kenji Sato"));
    assert_eq!(tokyo.lang.as_deref(), Some("en"));
    let storm = &r.documents[1];
    // Only <updated>2023-11-17T22:30:00-08:00</updated>: the 17th, as written.
    assert_eq!(storm.reference_date, at("2023-11-17 22:30"));
    assert_eq!(
        storm.date_source.as_deref(),
        Some("feed item updated date (no published date)")
    );
    assert_eq!(
        storm.text,
        "A storm closed three ports on the Pacific coast yesterday. They reopen on Monday."
    );
    let election = &r.documents[2];
    assert_eq!(election.title, "Election results certified", "HTML title");
    assert_eq!(
        election.text, "Officials certified the results of the 5 November election on Saturday.",
        "XHTML content"
    );
    assert_eq!(election.byline.as_deref(), Some("Ada Brown, Li Wei"));
    assert_eq!(election.reference_date, at("2023-11-18 09:00"));
}

#[test]
fn rss_1_0_items_are_dated_by_dc_date() {
    let r = load("rss1.rss");
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(paths(&r), ["rss1.rss#1", "rss1.rss#2"]);
    let comet = &r.documents[0];
    assert_eq!(comet.title, "Comet seen from the southern hemisphere");
    assert_eq!(comet.reference_date, at("2023-11-15 10:00"));
    assert_eq!(comet.date_source.as_deref(), PUBLISHED);
    assert_eq!(comet.byline.as_deref(), Some("R. Okafor"));
    assert_eq!(comet.lang.as_deref(), Some("en-us"));
    assert_eq!(
        comet.url.as_deref(),
        Some("https://science.example.net/comet")
    );
    assert_eq!(r.documents[1].reference_date, at("2023-11-16 00:00"));
}

#[test]
fn a_bad_date_is_a_warning_naming_the_file_and_item() {
    let r = load("bad-date.rss");
    assert_eq!(
        messages(&r),
        [
            "bad-date.rss: item 2 'School choir wins regional prize': bad date 'Fooday, 45 Nov' \
          in <pubDate>, expected a date such as 'Fri, 17 Nov 2023 08:30:00 +0000' or \
          '2023-11-17T08:30:00Z'; dated by the feed's date (2023-11-18) instead"
        ]
    );
    // The warning has the path of the item's document.
    assert_eq!(r.warnings[0].path.as_deref(), Some("bad-date.rss#2"));
    assert_eq!(
        paths(&r),
        ["bad-date.rss#1", "bad-date.rss#2", "bad-date.rss#3"]
    );
    let choir = &r.documents[1];
    assert_eq!(choir.reference_date, at("2023-11-18 06:00"));
    assert_eq!(
        choir.date_source.as_deref(),
        Some("feed date (the item has no date of its own)")
    );
    assert_eq!(r.documents[0].reference_date, at("2023-11-16 10:00"));
    assert_eq!(r.documents[2].reference_date, at("2023-11-17 16:20"));
}

#[test]
fn a_cut_off_feed_keeps_its_complete_items() {
    let r = load("truncated.rss");
    assert_eq!(
        messages(&r),
        [
            "truncated.rss: unreadable feed: unable to parse XML: Parser error: syntax error: \
          CDATA not closed: `]]>` not found before end of input (line 37, in item 4); read \
          the 3 complete items before it"
        ]
    );
    assert_eq!(
        paths(&r),
        ["truncated.rss#1", "truncated.rss#2", "truncated.rss#3"]
    );
    // The items before the cut are read as from the whole file.
    let whole = load("news.rss");
    for (cut, full) in r.documents.iter().zip(&whole.documents) {
        assert_eq!(
            (&cut.title, &cut.text, cut.reference_date),
            (&full.title, &full.text, full.reference_date)
        );
    }
}

#[test]
fn an_xml_file_is_read_as_a_feed_when_it_is_one() {
    let r = load("briefs.xml");
    assert!(r.warnings.is_empty(), "{:?}", messages(&r));
    assert_eq!(paths(&r), ["briefs.xml#1", "briefs.xml#2"]);
    assert_eq!(r.documents[0].title, "Airport adds night flights");
    assert_eq!(r.documents[0].reference_date, at("2023-11-13 06:30"));
    assert_eq!(r.documents[1].lang.as_deref(), Some("en"));
    assert!(r.documents.iter().all(|d| d.kind == DocumentKind::Feed));

    let config = load("config.xml");
    assert!(config.documents.is_empty());
    assert_eq!(
        messages(&config),
        [
            "config.xml: an XML file that is neither a news feed (RSS, Atom) nor TimeML (root \
          element <config>), skipped"
        ]
    );
}

#[test]
fn read_bytes_takes_the_format_given() {
    let bytes = std::fs::read(fixture("briefs.xml")).expect("fixture");
    let as_feed = read_bytes("mem.rss", Format::Feed, &bytes);
    let as_xml = read_bytes("mem.rss", Format::Xml, &bytes);
    assert_eq!(as_feed, as_xml);
    assert_eq!(paths(&as_feed), ["mem.rss#1", "mem.rss#2"]);
    // A `.rss` that is not a feed is said to be one that cannot be read.
    let config = std::fs::read(fixture("config.xml")).expect("fixture");
    let r = read_bytes("odd.rss", Format::Feed, &config);
    assert_eq!(
        messages(&r),
        ["odd.rss: unreadable feed: expected a root element <rss>, <feed> or <rdf:RDF>, found <config>"]
    );
    let r = read_bytes("empty.atom", Format::Feed, b"");
    assert_eq!(messages(&r), ["empty.atom: empty file"]);
}

#[test]
fn a_folder_of_feeds_loads_around_the_bad_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in [
        "news.rss",
        "world.atom",
        "bad-date.rss",
        "truncated.rss",
        "briefs.xml",
        "config.xml",
    ] {
        std::fs::copy(fixture(name), dir.path().join(name)).expect("copy");
    }
    std::fs::write(
        dir.path().join("note.txt"),
        "Date: 2023-11-17\n\nThe council met on Friday.\n",
    )
    .expect("write");
    let w = walk(&[dir.path().to_path_buf()]);
    assert!(w.warnings.is_empty(), "{:?}", w.warnings);
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    for file in &w.files {
        let r = read(file);
        docs.extend(r.documents);
        warnings.extend(r.warnings);
    }
    let shown = |name: &str| dir.path().join(name).display().to_string();
    let count = |name: &str| {
        let prefix = format!("{}#", shown(name));
        docs.iter().filter(|d| d.path.starts_with(&prefix)).count()
    };
    assert_eq!(count("news.rss"), 4);
    assert_eq!(count("world.atom"), 3);
    assert_eq!(count("bad-date.rss"), 3);
    assert_eq!(count("truncated.rss"), 3);
    assert_eq!(count("briefs.xml"), 2);
    assert!(docs.iter().any(|d| d.path == shown("note.txt")));
    assert_eq!(docs.len(), 16);
    let mut warned: Vec<&str> = warnings.iter().filter_map(|w| w.path.as_deref()).collect();
    warned.sort_unstable();
    let mut expected = [
        format!("{}#2", shown("bad-date.rss")),
        shown("config.xml"),
        shown("truncated.rss"),
    ];
    expected.sort_unstable();
    assert_eq!(warned, expected);
    for w in &warnings {
        let file = w.path.as_deref().unwrap_or_default();
        let file = file.split('#').next().unwrap_or_default();
        assert!(w.message.starts_with(&format!("{file}: ")), "{}", w.message);
    }
}
