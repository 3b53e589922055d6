//! The web-page reader through the public API: a good page (article text without menus
//! or boxes, title, byline, language, canonical URL, JSON-LD date and where it came from),
//! a malformed page, a page with no article, a Windows-1252 page that declares its
//! charset, an `.xml` that is neither a feed nor TimeML — and a folder of them read as a
//! user opens it: each bad file a warning naming it, the others loaded.

use chronoscope::documents::{read, read_bytes, walk, DocumentKind, Format};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents/html")
        .join(name)
}

fn read_page(name: &str) -> chronoscope::documents::ReadResult {
    let bytes = std::fs::read(fixture(name)).expect("fixture");
    read_bytes(name, Format::Html, &bytes)
}

#[test]
fn a_news_page_gives_its_article_and_facts() {
    let out = read_page("article.html");
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
    let d = &out.documents[0];
    assert_eq!(d.kind, DocumentKind::Html);
    assert_eq!(d.title, "Harbour plan approved after two-year fight");
    assert_eq!(d.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(d.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://courier.example.co.uk/news/2023/11/17/harbour-plan-approved")
    );
    assert_eq!(
        d.reference_date.map(|r| r.to_string()),
        Some("2023-11-17 08:30:00".into())
    );
    assert_eq!(d.date_source.as_deref(), Some("JSON-LD datePublished"));
    let paragraphs: Vec<&str> = d.text.split("\n\n").collect();
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("The city council approved the harbour plan on Thursday")),
        "{}",
        d.text
    );
    assert!(paragraphs.len() >= 3, "paragraphs kept: {}", d.text);
    for furniture in ["Home", "Sport", "Ferry fares", "©"] {
        assert!(
            !d.text.contains(furniture),
            "{furniture} left in: {}",
            d.text
        );
    }
}

#[test]
fn a_malformed_page_is_still_read() {
    let out = read_page("malformed.html");
    let d = out.documents.first().expect("a document");
    assert!(d
        .text
        .contains("Schools across the county closed on Monday"));
    assert!(d.text.contains("12,000 homes"));
    assert!(
        out.warnings
            .iter()
            .any(|w| w.message == "malformed.html: no reference date found (no publication date in the page (meta tags, JSON-LD, <time>, URL or dateline)); relative dates stay unresolved"),
        "{:?}",
        out.warnings
    );
}

#[test]
fn a_page_with_no_article_keeps_its_text_and_says_so() {
    let out = read_page("no-article.html");
    assert_eq!(out.documents.len(), 1);
    assert!(out.warnings.iter().any(|w| w.message
        == "no-article.html: no article found in the page (a list, a form, a front page?): using the whole page text"));
}

#[test]
fn a_windows_1252_page_is_decoded_by_its_declared_charset() {
    let out = read_page("cp1252.html");
    let d = &out.documents[0];
    assert!(
        d.title.starts_with("Le marché de Noël de Strasbourg"),
        "{}",
        d.title
    );
    assert!(!d.text.contains('\u{fffd}'), "{}", d.text);
    assert!(
        out.warnings
            .iter()
            .any(|w| w.message
                == "cp1252.html: not UTF-8: read as windows-1252 (its declared charset)"),
        "{:?}",
        out.warnings
    );
    assert_eq!(d.lang.as_deref(), Some("fr"));
}

#[test]
fn an_xml_file_that_is_no_feed_is_skipped_with_a_reason() {
    let bytes = std::fs::read(fixture("config.xml")).unwrap();
    let out = read_bytes("config.xml", Format::Xml, &bytes);
    assert!(out.documents.is_empty());
    assert_eq!(
        out.warnings[0].message,
        "config.xml: an XML file that is neither a news feed (RSS, Atom) nor TimeML (root element <config>), skipped"
    );
}

#[test]
fn a_folder_of_pages_loads_around_the_bad_ones() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "article.html",
        "no-article.html",
        "cp1252.html",
        "config.xml",
    ] {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("empty.htm"), "").unwrap();
    std::fs::write(
        dir.path().join("note.txt"),
        "date: 2023-11-17\nThe council met on Thursday.",
    )
    .unwrap();
    let w = walk(&[dir.path().to_path_buf()]);
    assert!(w.warnings.is_empty(), "{:?}", w.warnings);
    let (mut docs, mut warnings) = (Vec::new(), Vec::new());
    for f in &w.files {
        let r = read(f);
        docs.extend(r.documents);
        warnings.extend(r.warnings.into_iter().map(|w| w.message));
    }
    let titles: Vec<&str> = docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(docs.len(), 4, "{titles:?} {warnings:?}");
    assert!(titles.contains(&"Harbour plan approved after two-year fight"));
    let named = |file: &str, what: &str| {
        warnings
            .iter()
            .any(|m| m.contains(file) && m.contains(what))
    };
    assert!(named("empty.htm", "empty file"), "{warnings:?}");
    assert!(named("config.xml", "neither a news feed"), "{warnings:?}");
    assert!(named("no-article.html", "no article found"), "{warnings:?}");
}
