//! Loader tests: every input format and every kind of bad input, read from real fixture
//! files under `tests/fixtures/documents/`.

use chrono::NaiveDateTime;
use chronoscope::documents::{
    read, read_bytes, walk, Document, DocumentKind, Format, ReadResult, SourceFile,
};
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/documents";

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(rel)
}

/// Reads a fixture with the format its extension gives, displayed as `rel`.
fn load(rel: &str) -> ReadResult {
    let path = fixture(rel);
    let format = Format::from_path(&path).expect("fixture has a known kind");
    read(&SourceFile {
        path,
        display: rel.to_string(),
        format,
    })
}

/// Reads a fixture that must give exactly one document.
fn one(rel: &str) -> (Document, Vec<String>) {
    let r = load(rel);
    assert_eq!(r.documents.len(), 1, "{rel}: {:?}", r.warnings);
    let doc = r.documents.into_iter().next().unwrap();
    // Spans are byte ranges into the text, on char boundaries.
    if let Some(body) = doc.body {
        assert!(body.is_valid_in(&doc.text), "{rel}: body {body:?}");
    }
    assert!(doc.id.is_empty(), "ids are assigned by the caller");
    (doc, r.warnings.into_iter().map(|w| w.message).collect())
}

fn body(doc: &Document) -> &str {
    &doc.text[doc.body_range()]
}

fn day(s: &str) -> Option<NaiveDateTime> {
    Some(NaiveDateTime::parse_from_str(&format!("{s} 00:00:00"), "%Y-%m-%d %H:%M:%S").unwrap())
}

fn at(s: &str) -> Option<NaiveDateTime> {
    Some(NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap())
}

// ---- text files -------------------------------------------------------------------------

#[test]
fn seed_header_on_the_same_line() {
    let (doc, warnings) = one("text/seed.txt");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert!(
        body(&doc).starts_with("Chinese President Xi Jinping told"),
        "{}",
        body(&doc)
    );
    let bytes = std::fs::read(fixture("text/seed.txt")).unwrap();
    assert_eq!(
        doc.text.as_bytes(),
        bytes.as_slice(),
        "text is the file as read"
    );
    assert_eq!(doc.path, "text/seed.txt");
    assert_eq!(doc.kind, DocumentKind::Text);
    assert_eq!(
        doc.title,
        "Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida that…"
    );
}

#[test]
fn header_then_body_on_the_next_line() {
    let (doc, warnings) = one("text/next_line.txt");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert_eq!(body(&doc), "The talks began on Thursday evening.\n");
    assert_eq!(doc.title, "The talks began on Thursday evening.");
}

#[test]
fn date_colon_forms() {
    for rel in ["text/date_colon.txt", "text/date_colon_upper.txt"] {
        let (doc, warnings) = one(rel);
        assert!(warnings.is_empty(), "{rel}: {warnings:?}");
        assert_eq!(doc.reference_date, day("2023-11-17"), "{rel}");
        assert_eq!(body(&doc), "The summit opened on Thursday.\n", "{rel}");
    }
}

#[test]
fn iso_date_time_headers() {
    let (doc, warnings) = one("text/iso_t.txt");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, at("2023-11-17 08:30:00"));
    assert_eq!(body(&doc), "Leaders met this morning.\n");
    let (doc, _) = one("text/iso_space.txt");
    assert_eq!(doc.reference_date, at("2023-11-17 08:30:00"));
    assert_eq!(body(&doc), "Leaders met this morning.\n");
}

#[test]
fn datelines() {
    let cases = [
        (
            "text/dateline_reuters.txt",
            "2023-03-03",
            "The Federal Reserve said",
        ),
        (
            "text/dateline_month_day.txt",
            "2023-11-17",
            "Chinese President Xi",
        ),
        ("text/dateline_slash.txt", "2023-11-17", "Leaders met"),
        ("text/dateline_day_month.txt", "2023-11-17", "Leaders met"),
        ("text/dateline_iso.txt", "2023-11-17", "Leaders met"),
    ];
    for (rel, date, starts) in cases {
        let (doc, warnings) = one(rel);
        assert!(warnings.is_empty(), "{rel}: {warnings:?}");
        assert_eq!(doc.reference_date, day(date), "{rel}");
        assert!(body(&doc).starts_with(starts), "{rel}: {:?}", body(&doc));
    }
}

#[test]
fn dateline_without_a_year_gives_no_date() {
    let (doc, warnings) = one("text/dateline_no_year.txt");
    assert_eq!(doc.reference_date, None);
    assert_eq!(body(&doc), doc.text, "the dateline stays in the body");
    assert_eq!(
        doc.title,
        "The Federal Reserve said on Friday it would hold rates."
    );
    assert_eq!(
        warnings,
        vec![
            "text/dateline_no_year.txt: no reference date found (the dateline \
              'WASHINGTON, March 3 (Reuters)' has no year); relative dates stay unresolved"
        ]
    );
}

#[test]
fn published_line_and_markdown_heading() {
    let (doc, warnings) = one("text/published.md");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, at("2023-11-17 08:30:00"));
    assert_eq!(doc.title, "Xi and Kishida meet in San Francisco");
    assert_eq!(body(&doc), "The two leaders met on Thursday.\n");
}

#[test]
fn no_date_warns_and_keeps_the_document() {
    let (doc, warnings) = one("text/no_date.txt");
    assert_eq!(doc.reference_date, None);
    assert_eq!(
        body(&doc),
        doc.text,
        "no header: the body is the whole text"
    );
    assert_eq!(
        warnings,
        vec![
            "text/no_date.txt: no reference date found (no 'date YYYY-MM-DD' header or \
              dateline); relative dates stay unresolved"
        ]
    );
}

#[test]
fn empty_and_blank_files() {
    for rel in ["text/empty.txt", "text/blank.txt"] {
        let r = load(rel);
        assert!(r.documents.is_empty(), "{rel}");
        let messages: Vec<_> = r.warnings.iter().map(|w| w.message.as_str()).collect();
        assert_eq!(messages, vec![format!("{rel}: empty file")], "{rel}");
        assert_eq!(r.warnings[0].path.as_deref(), Some(rel));
    }
}

#[test]
fn binary_file_is_skipped() {
    let r = load("text/binary.txt");
    assert!(r.documents.is_empty());
    assert_eq!(r.warnings.len(), 1);
    assert_eq!(
        r.warnings[0].message,
        "text/binary.txt: looks like a binary file, skipped"
    );
}

#[test]
fn windows_1252_text_is_decoded_and_reported() {
    let (doc, warnings) = one("text/latin1.txt");
    assert_eq!(
        warnings,
        vec!["text/latin1.txt: not UTF-8: read as windows-1252 (a guess from its bytes)"]
    );
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert!(body(&doc).starts_with("Café owners"), "{}", body(&doc));
}

#[test]
fn bad_date_header() {
    let (doc, warnings) = one("text/bad_header.txt");
    assert_eq!(doc.reference_date, None);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(
        warnings[0],
        "text/bad_header.txt: bad date header: expected YYYY-MM-DD, found '2023-13-45'"
    );
    assert_eq!(
        warnings[1],
        "text/bad_header.txt: no reference date found (the date header is unreadable and \
         there is no dateline); relative dates stay unresolved"
    );
    // The broken header is not part of the body.
    assert_eq!(
        body(&doc),
        "Officials said on Thursday the talks would resume.\n"
    );
}

#[test]
fn bad_date_header_then_a_dateline() {
    let (doc, warnings) = one("text/bad_header_dateline.txt");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert_eq!(
        warnings,
        vec!["text/bad_header_dateline.txt: bad date header: expected YYYY-MM-DD, found '2023-13-45'"]
    );
    assert!(body(&doc).starts_with("Officials said"), "{}", body(&doc));
}

#[test]
fn header_with_no_body() {
    let (doc, warnings) = one("text/header_only.txt");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert!(body(&doc).is_empty());
    assert_eq!(
        warnings,
        vec!["text/header_only.txt: no text after the date header"]
    );
    assert_eq!(
        doc.title, "header_only.txt",
        "nothing to make a title of: the file name"
    );
}

#[test]
fn long_first_sentence_is_cut_at_a_word() {
    let (doc, _) = one("text/long_title.txt");
    assert!(doc.title.ends_with('…'), "{}", doc.title);
    assert!(doc.title.chars().count() <= 80, "{}", doc.title);
    let stem = doc.title.trim_end_matches('…');
    assert!(
        body(&doc).starts_with(stem),
        "cut at a word boundary: {}",
        doc.title
    );
    assert!(body(&doc)[stem.len()..].starts_with(' '), "{}", doc.title);
}

#[test]
fn file_without_extension_is_text() {
    let (doc, warnings) = one("text/article");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, day("2023-11-17"));
}

#[test]
fn missing_file_at_read_time() {
    let r = read(&SourceFile {
        path: fixture("text/gone.txt"),
        display: "text/gone.txt".into(),
        format: Format::Text,
    });
    assert!(r.documents.is_empty());
    assert_eq!(
        r.warnings[0].message,
        "text/gone.txt: no such file or directory"
    );
}

// ---- JSON Lines -------------------------------------------------------------------------

#[test]
fn jsonl_good_and_bad_lines() {
    let r = load("jsonl/corpus.jsonl");
    let paths: Vec<_> = r.documents.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        vec![
            "jsonl/corpus.jsonl:1",
            "jsonl/corpus.jsonl:3",
            "jsonl/corpus.jsonl:6",
            "jsonl/corpus.jsonl:7",
            "jsonl/corpus.jsonl:10",
        ]
    );
    let d = &r.documents;
    assert_eq!(d[0].title, "APEC talks");
    assert_eq!(d[0].url.as_deref(), Some("file:///archive/a.html"));
    assert_eq!(d[0].reference_date, day("2023-11-17"));
    assert_eq!(d[0].text, "Leaders met on Thursday.");
    assert_eq!(d[0].kind, DocumentKind::Jsonl);
    assert_eq!(
        d[1].reference_date,
        at("2023-11-17 08:30:00"),
        "offset: local time as written"
    );
    assert_eq!(d[1].title, "Markets fell yesterday.");
    assert_eq!(d[2].reference_date, None);
    assert_eq!(d[3].reference_date, None);
    assert_eq!(d[4].reference_date, at("2023-11-17 09:15:00"));

    let messages: Vec<_> = r.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        messages,
        vec![
            "jsonl/corpus.jsonl:4: malformed JSON at column 20: expected `,` or `}`",
            "jsonl/corpus.jsonl:5: expected a \"text\" field",
            "jsonl/corpus.jsonl:6: no reference date found (no \"date\", \"published\" or \
             \"dct\" field); relative dates stay unresolved",
            "jsonl/corpus.jsonl:7: bad \"dct\" field: expected YYYY-MM-DD or an ISO \
             date-time, found '17/11/2023'",
            "jsonl/corpus.jsonl:8: expected a JSON object with a \"text\" field, found an array",
        ]
    );
    // Warnings about a line carry the same path as that line's document.
    assert_eq!(r.warnings[2].path.as_deref(), Some("jsonl/corpus.jsonl:6"));
}

// ---- TimeML -----------------------------------------------------------------------------

#[test]
fn timeml_document() {
    let (doc, warnings) = one("timeml/small.tml");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.kind, DocumentKind::Timeml);
    assert_eq!(doc.title, "Asian markets slide");
    assert_eq!(doc.reference_date, day("1998-01-08"));
    assert_eq!(
        doc.text,
        "\nStocks fell yesterday in Jakarta & Singapore.\n"
    );
    assert_eq!(doc.body, None);
}

#[test]
fn timeml_without_usable_dct_or_title() {
    let (doc, warnings) = one("timeml/no_title.tml");
    assert_eq!(doc.reference_date, None);
    assert_eq!(doc.title, "The ministers met on Thursday.");
    assert_eq!(
        warnings,
        vec![
            "timeml/no_title.tml: no reference date found (the creation time 'PRESENT_REF' \
              is not a date); relative dates stay unresolved"
        ]
    );
}

#[test]
fn broken_timeml_names_the_file_and_position() {
    let r = load("timeml/broken.tml");
    assert!(r.documents.is_empty());
    assert_eq!(r.warnings.len(), 1);
    let m = &r.warnings[0].message;
    assert!(
        m.starts_with("timeml/broken.tml: bad TimeML: malformed XML at line 4"),
        "{m}"
    );
}

// ---- never panics -----------------------------------------------------------------------

mod no_panics {
    use super::*;
    use proptest::prelude::*;

    fn check(r: &ReadResult, path: &str) {
        for d in &r.documents {
            if let Some(b) = d.body {
                assert!(b.is_valid_in(&d.text), "{b:?} in {:?}", d.text);
            }
            assert!(d.path.starts_with(path));
        }
        for w in &r.warnings {
            assert!(w.message.contains(path), "{}", w.message);
        }
    }

    proptest! {
        #[test]
        fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            for format in [Format::Text, Format::Jsonl, Format::Timeml, Format::EventsFile] {
                check(&read_bytes("x", format, &bytes), "x");
            }
        }

        #[test]
        fn header_like_text(s in "[ \n\u{feff}]{0,3}((date|DATE|Date:|Published:|published) ?)?[0-9TZ:+. -]{0,24}( ?[A-Za-z,()—/|-]{0,12} ?){0,6}[\\PC\n]{0,60}") {
            let r = read_bytes("x", Format::Text, s.as_bytes());
            check(&r, "x");
            if let Some(d) = r.documents.first() {
                prop_assert_eq!(&d.text, &s);
            }
        }

        #[test]
        fn dateline_like_text(s in "[A-Z ,.]{0,20}(Nov|November|17|Sept\\.|Friday,) ?[0-9]{0,4},? ?[0-9]{0,5} ?(\\([A-Za-z]{0,8}\\))? ?[-–—/:|]? ?[\\PC]{0,30}") {
            check(&read_bytes("x", Format::Text, s.as_bytes()), "x");
        }

        #[test]
        fn jsonl_lines(lines in proptest::collection::vec("\\{\"text\": ?\"[a-z ]{0,10}\"(, ?\"(date|dct|published|title|url)\": ?(\"[0-9T:+ -]{0,20}\"|[0-9]{1,3}|null|\\[\\]))*\\}?", 0..6)) {
            let text = lines.join("\n");
            check(&read_bytes("x", Format::Jsonl, text.as_bytes()), "x");
        }
    }
}

// ---- Markdown front matter and other header forms ------------------------------------------

#[test]
fn markdown_front_matter() {
    let (doc, warnings) = one("text/front_matter.md");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, at("2023-11-17 08:30:00"));
    assert_eq!(
        doc.title, "Xi and Kishida meet",
        "front-matter title wins over a heading"
    );
    assert!(
        body(&doc).starts_with("# A heading in the body"),
        "{}",
        body(&doc)
    );
}

#[test]
fn front_matter_with_a_bad_date_falls_back_to_the_dateline() {
    let (doc, warnings) = one("text/front_matter_bad_date.md");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert_eq!(doc.title, "Undated notes");
    assert_eq!(
        warnings,
        vec!["text/front_matter_bad_date.md: bad date header: expected YYYY-MM-DD, found 'next week'"]
    );
    assert_eq!(body(&doc), "The two leaders met on Thursday.\n");
}

#[test]
fn written_date_header_without_colon() {
    let (doc, warnings) = one("text/published_no_colon.txt");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert_eq!(body(&doc), "The two leaders met on Thursday.\n");
}

#[test]
fn byte_order_marks_and_utf16() {
    // UTF-8 with a BOM: the text keeps it (offsets stay file offsets); the header is found.
    let r = read_bytes(
        "bom.txt",
        Format::Text,
        b"\xef\xbb\xbfdate 2023-11-17 Talks.",
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let doc = &r.documents[0];
    assert_eq!(doc.reference_date, day("2023-11-17"));
    assert_eq!(body(doc), "Talks.");
    assert_eq!(doc.title, "Talks.");
    // UTF-16 (as some Windows editors save) is decoded.
    let mut utf16 = vec![0xff, 0xfe];
    for unit in "date 2023-11-17 Talks.".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let r = read_bytes("wide.txt", Format::Text, &utf16);
    assert_eq!(r.documents[0].reference_date, day("2023-11-17"));
    // TimeML and JSON Lines with a BOM.
    let mut tml = b"\xef\xbb\xbf".to_vec();
    tml.extend(std::fs::read(fixture("timeml/small.tml")).unwrap());
    let r = read_bytes("bom.tml", Format::Timeml, &tml);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.documents[0].reference_date, day("1998-01-08"));
    let r = read_bytes(
        "bom.jsonl",
        Format::Jsonl,
        b"\xef\xbb\xbf{\"text\":\"A.\",\"date\":\"2023-11-17\"}\n",
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.documents[0].reference_date, day("2023-11-17"));
}

// ---- every format in one folder ------------------------------------------------------------

/// A folder as a user collects it: a web page, PDFs (one a scan, one encrypted), a feed,
/// a Word file (and a truncated one), e-mails, a zip bomb, a Windows-1252 text and a plain
/// article. Every good file loads; every bad one is one warning naming it.
#[test]
fn a_folder_of_every_format_loads_around_the_bad_files() {
    let tmp = tempfile::tempdir().unwrap();
    let files = [
        ("html/article.html", "page.html"),
        ("pdf/article.pdf", "report.pdf"),
        ("pdf/scan.pdf", "scan.pdf"),
        ("pdf/encrypted.pdf", "locked.pdf"),
        ("feed/news.rss", "news.rss"),
        ("docx/article.docx", "memo.docx"),
        ("docx/truncated.docx", "cut.docx"),
        ("docx/bomb.docx", "bomb.docx"),
        ("eml/plain_qp.eml", "mail.eml"),
        ("text/latin1.txt", "latin1.txt"),
    ];
    for (from, to) in files {
        std::fs::copy(fixture(from), tmp.path().join(to)).unwrap();
    }
    let w = walk(&[tmp.path().to_path_buf()]);
    assert!(w.warnings.is_empty(), "{:?}", w.warnings);
    assert_eq!(w.files.len(), files.len());
    let (mut kinds, mut warnings) = (Vec::new(), Vec::new());
    for f in &w.files {
        let r = read(f);
        kinds.extend(r.documents.iter().map(|d| (file_of(&d.path), d.kind)));
        warnings.extend(r.warnings.into_iter().map(|w| w.message));
    }
    for (name, kind) in [
        ("page.html", DocumentKind::Html),
        ("report.pdf", DocumentKind::Pdf),
        ("news.rss", DocumentKind::Feed),
        ("memo.docx", DocumentKind::Docx),
        ("mail.eml", DocumentKind::Email),
        ("latin1.txt", DocumentKind::Text),
    ] {
        assert!(
            kinds.contains(&(name.to_string(), kind)),
            "{name}: {kinds:?}"
        );
    }
    for (name, what) in [
        ("scan.pdf", "no text layer: scanned pages need OCR first"),
        ("locked.pdf", "encrypted"),
        ("cut.docx", "truncated or damaged zip"),
        ("bomb.docx", "zip bomb"),
        ("latin1.txt", "not UTF-8: read as windows-1252"),
    ] {
        let hits = warnings
            .iter()
            .filter(|m| m.contains(name) && m.contains(what))
            .count();
        assert_eq!(hits, 1, "{name}: '{what}' in {warnings:#?}");
    }
    for name in ["scan.pdf", "locked.pdf", "cut.docx", "bomb.docx"] {
        assert!(
            !kinds.iter().any(|(n, _)| n == name),
            "{name} gave a document"
        );
    }
}

/// The file name of a document path (`dir/news.rss#2` → `news.rss`).
fn file_of(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.split('#').next().unwrap_or(name).to_string()
}
