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

// ---- walking ----------------------------------------------------------------------------

fn rel(p: &str) -> PathBuf {
    PathBuf::from(DIR).join(p)
}

#[test]
fn folder_walk_order_hidden_and_unknown() {
    let w = walk(&[rel("walk")]);
    let listed: Vec<_> = w
        .files
        .iter()
        .map(|f| (f.display.clone(), f.format))
        .collect();
    let p = |s: &str| format!("{DIR}/walk/{s}");
    // File-manager order: case-insensitive, numbers by value; hidden entries skipped.
    let expected = [
        ("a.txt", Format::Text),
        ("b/9.txt", Format::Text),
        ("b/10.txt", Format::Text),
        ("b/c.md", Format::Text),
        ("b/d.tml", Format::Timeml),
        ("b/Upper.TXT", Format::Text),
        ("f.jsonl", Format::Jsonl),
        ("g.json", Format::EventsFile),
        ("h", Format::Text),
    ];
    let expected: Vec<_> = expected.iter().map(|(s, f)| (p(s), *f)).collect();
    assert_eq!(listed, expected);
    let messages: Vec<_> = w.warnings.iter().map(|w| w.message.clone()).collect();
    assert_eq!(
        messages,
        vec![format!(
            "skipped {}: unknown kind '.odt' (Chronoscope reads .txt, .md, .html, .htm, .pdf, .docx, .eml, .rss, .atom, .xml, .tml, .jsonl, .json)",
            p("e.odt")
        )]
    );
}

#[test]
fn missing_paths_and_duplicates() {
    let w = walk(&[
        rel("walk/a.txt"),
        rel("nowhere/x.txt"),
        rel("walk"),
        rel("walk/a.txt"),
        rel("walk/.hidden.txt"),
    ]);
    let a = format!("{DIR}/walk/a.txt");
    assert_eq!(w.files[0].display, a);
    assert_eq!(
        w.files.iter().filter(|f| f.path.ends_with("a.txt")).count(),
        1,
        "listed once"
    );
    // Hidden files are skipped in folders but read when named explicitly.
    assert_eq!(
        w.files.last().map(|f| f.display.clone()),
        Some(format!("{DIR}/walk/.hidden.txt"))
    );
    assert!(w.files.iter().all(|f| !f.display.contains(".secret")));
    assert_eq!(
        w.warnings[0].message,
        format!("{DIR}/nowhere/x.txt: no such file or directory")
    );
    assert_eq!(
        w.warnings[0].path.as_deref(),
        Some(format!("{DIR}/nowhere/x.txt").as_str())
    );
}

#[test]
fn walked_files_all_read() {
    let w = walk(&[rel("walk")]);
    let mut docs = 0;
    for file in &w.files {
        let r = read(file);
        docs += r.documents.len();
        if file.format == Format::EventsFile {
            assert!(r.documents.is_empty());
            assert!(
                r.warnings[0].message.contains("events file"),
                "{:?}",
                r.warnings
            );
        } else {
            assert!(r.warnings.is_empty(), "{}: {:?}", file.display, r.warnings);
        }
    }
    assert_eq!(docs, 8);
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

#[cfg(unix)]
#[test]
fn link_cycles_and_broken_links_terminate() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("corpus");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/a.txt"), "date 2023-11-17 A.").unwrap();
    std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("gone.txt"), root.join("broken.txt")).unwrap();
    let w = walk(std::slice::from_ref(&root));
    let names: Vec<_> = w.files.iter().map(|f| f.path.clone()).collect();
    assert_eq!(
        names,
        vec![root.join("sub/a.txt")],
        "the file once, the cycle not followed"
    );
    let messages: Vec<_> = w.warnings.iter().map(|w| w.message.clone()).collect();
    assert_eq!(
        messages,
        vec![format!(
            "{}: broken link, skipped",
            root.join("broken.txt").display()
        )]
    );
}
