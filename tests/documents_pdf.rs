//! The PDF reader through the public API, on the fixtures of
//! `tests/fixtures/documents/pdf/` (made by `make.py` there; see its table).

use chrono::{NaiveDate, NaiveDateTime};
use chronoscope::documents::{read, read_bytes, walk, Document, DocumentKind, Format, ReadResult};
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/documents/pdf";

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read_fixture(name: &str) -> ReadResult {
    read_bytes(&format!("pdf/{name}"), Format::Pdf, &fixture(name))
}

fn messages(r: &ReadResult) -> Vec<&str> {
    r.warnings.iter().map(|w| w.message.as_str()).collect()
}

fn only_document(r: &ReadResult) -> &Document {
    assert_eq!(r.documents.len(), 1, "warnings: {:?}", messages(r));
    &r.documents[0]
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(h, min, 0))
}

const ARTICLE_TEXT: &str = "Britain’s economy stalls as households cut back\n\n\
LONDON, 17 November 2023 (Reuters) - Britain’s economy failed to grow in the third quarter, \
official figures showed on Friday, as high interest rates weighed on households and \
businesses and the government prepared its autumn budget.\n\n\
The Office for National Statistics said output was flat between July and September, after \
growth of 0.2% in the previous three months. Economists polled by Reuters had expected a \
small fall.\n\n\
“The economy is proving more resilient than we feared,” finance minister Jeremy Hunt said \
in a statement.\n\n\
The Bank of England raised rates 14 times between December 2021 and August this year, to \
5.25%, and has said they will need to stay high for some time.\n\n\
Retail sales fell in October to their lowest level since February 2021, data showed last \
week.\n\n\
Reporting by Jane Doe; editing by John Roe";

/// Page 1 of council.pdf: a bold headline, a paragraph set with `T*` and `'`, a line of
/// runs placed with `Td` (no spaces in the strings), a `TJ` line with kerning.
const COUNCIL_PAGE_1: &str = "Council approves new tram line\n\n\
The city council approved a new tram line on Tuesday evening after a debate that lasted \
more than four hours. Work on the depot at the café quarter is to begin next spring, the \
transport department said.\n\n\
The mayor called the vote a turning point for the city and its suburbs, and said the first \
trams would run in 2026.";

/// Pages 2 and 3: a form XObject with hyphenated line ends, a `/Differences` font, an
/// image, a Type0 font with a ToUnicode CMap.
const COUNCIL_PAGES_2_3: &str = "Opponents said the line would cost more than the government \
had promised and that the Anglo-French consortium building it had missed earlier targets for \
2022-23.\n\n\
The tram’s route will link the station to the park.\n\n\
Trams last ran in the city in 1957.";

#[test]
fn an_article_gives_its_text_with_page_breaks_title_and_dateline() {
    let r = read_fixture("article.pdf");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let doc = only_document(&r);
    assert_eq!(doc.text, ARTICLE_TEXT);
    // Page 1 ends "in a statement.", page 2 starts "The Bank of England"; the page
    // numbers in the footers are gone.
    assert!(doc.text.contains("in a statement.\n\nThe Bank of England"));
    assert!(!doc.text.contains("Page 1 of 3"));
    // The Info title is "Microsoft Word - economy_draft3.docx": not a title.
    assert_eq!(doc.title, "Britain’s economy stalls as households cut back");
    assert_eq!(doc.reference_date, at(2023, 11, 17, 0, 0));
    assert_eq!(doc.date_source.as_deref(), Some("dateline"));
    assert_eq!(doc.kind, DocumentKind::Pdf);
    assert_eq!(doc.path, "pdf/article.pdf");
    assert_eq!((doc.id.as_str(), doc.body), ("", None));
}

#[test]
fn without_a_dateline_the_creation_date_is_used_and_said() {
    let r = read_fixture("council.pdf");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let doc = only_document(&r);
    assert_eq!(doc.text, format!("{COUNCIL_PAGE_1}\n\n{COUNCIL_PAGES_2_3}"));
    assert_eq!(doc.title, "City council approves tram line to the airport");
    // D:20231117083000+01'00': the local time written.
    assert_eq!(doc.reference_date, at(2023, 11, 17, 8, 30));
    assert_eq!(
        doc.date_source.as_deref(),
        Some("PDF creation date (no date in the text)")
    );
}

#[test]
fn a_file_encrypted_without_a_user_password_opens() {
    let r = read_fixture("owner_only.pdf");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let doc = only_document(&r);
    assert_eq!(doc.text, format!("{COUNCIL_PAGE_1}\n\n{COUNCIL_PAGES_2_3}"));
    assert_eq!(doc.title, "City council approves tram line to the airport");
}

#[test]
fn a_password_protected_file_is_a_warning() {
    let r = read_fixture("encrypted.pdf");
    assert!(r.documents.is_empty());
    assert_eq!(
        messages(&r),
        [
            "pdf/encrypted.pdf: unreadable PDF: encrypted: open it in a PDF reader and save an \
          unprotected copy"
        ]
    );
    assert_eq!(r.warnings[0].path.as_deref(), Some("pdf/encrypted.pdf"));
}

#[test]
fn a_scan_is_a_warning_and_no_document() {
    let r = read_fixture("scan.pdf");
    assert!(r.documents.is_empty());
    assert_eq!(
        messages(&r),
        ["pdf/scan.pdf: no text layer: scanned pages need OCR first (1 page, no text)"]
    );
}

#[test]
fn a_cut_short_file_keeps_the_pages_that_survived() {
    let r = read_fixture("truncated.pdf");
    assert_eq!(
        messages(&r),
        [
            "pdf/truncated.pdf: unreadable PDF: damaged or cut short: its index was rebuilt \
             from the objects that survived",
            "pdf/truncated.pdf: unreadable PDF: pages 2–3 of 3 could not be read (page 2: its \
             content stream 14 0 is missing); the other pages are kept",
            "pdf/truncated.pdf: no reference date found (no dateline in the text and no \
             creation date in the PDF); relative dates stay unresolved",
        ]
    );
    let doc = only_document(&r);
    assert_eq!(doc.text, COUNCIL_PAGE_1);
    // The Info dictionary was in the lost half: the title comes from the text.
    assert_eq!(doc.title, "Council approves new tram line");
    assert_eq!(
        (doc.reference_date, doc.date_source.as_deref()),
        (None, None)
    );
}

#[test]
fn a_page_that_fails_is_named_and_the_others_kept() {
    let r = read_fixture("bad_page.pdf");
    assert_eq!(
        messages(&r),
        [
            "pdf/bad_page.pdf: unreadable PDF: page 2 of 2 could not be read (page 2: its content \
          stream could not be decompressed); the other pages are kept"
        ]
    );
    let doc = only_document(&r);
    assert_eq!(
        doc.text,
        "Published 3 March 2024\n\nThe ferry service resumed on Sunday after the storm."
    );
    // The "Published" line dates the article and is not its title.
    assert_eq!(doc.reference_date, at(2024, 3, 3, 0, 0));
    assert_eq!(doc.date_source.as_deref(), Some("dateline"));
    assert_eq!(
        doc.title,
        "The ferry service resumed on Sunday after the storm."
    );
}

#[test]
fn bytes_that_are_no_pdf_say_so() {
    let r = read_fixture("garbage.pdf");
    assert!(r.documents.is_empty());
    assert_eq!(
        messages(&r),
        [
            "pdf/garbage.pdf: not a PDF: expected a file starting with \"%PDF-\", found binary \
          data starting dc 04 65 aa 1f ad 1d 5a"
        ]
    );
    let html = b"<!DOCTYPE html><html><body>Access denied</body></html>";
    let r = read_bytes("saved.pdf", Format::Pdf, html);
    assert_eq!(
        messages(&r),
        [
            "saved.pdf: not a PDF: expected a file starting with \"%PDF-\", found text starting \
          '<!DOCTYPE html><html><body>Access denied…'"
        ]
    );
    let r = read_bytes("empty.pdf", Format::Pdf, b"");
    assert_eq!(messages(&r), ["empty.pdf: empty file"]);
}

/// lopdf's parsers recurse per level of nesting and a stack overflow aborts the process:
/// without the depth check this test does not fail, it kills the test binary.
#[test]
fn deep_nesting_is_refused_before_it_reaches_the_parser() {
    let r = read_fixture("nested.pdf");
    assert!(r.documents.is_empty());
    assert_eq!(
        messages(&r),
        [
            "pdf/nested.pdf: unreadable PDF: its arrays or dictionaries nest more than 32 levels \
          deep; refused rather than risk a crash"
        ]
    );
}

/// Cuts and corrupts good files at many places: never a panic (the reader would report it
/// as "an internal error"), and every warning names the file.
#[test]
fn damaged_files_never_panic() {
    for name in ["article.pdf", "council.pdf", "owner_only.pdf"] {
        let bytes = fixture(name);
        let mut variants: Vec<Vec<u8>> = (1..bytes.len())
            .step_by(61)
            .map(|cut| bytes[..cut].to_vec())
            .collect();
        for (i, at) in (0..bytes.len()).step_by(37).enumerate() {
            let mut changed = bytes.clone();
            changed[at] = [b'0', b' ', b'(', b'<', b'\n', 0xff][i % 6];
            variants.push(changed);
        }
        for (i, variant) in variants.iter().enumerate() {
            let path = format!("{name}#{i}");
            let r = read_bytes(&path, Format::Pdf, variant);
            for w in &r.warnings {
                assert!(w.message.starts_with(&path), "{}", w.message);
                assert!(!w.message.contains("internal error"), "{}", w.message);
            }
            assert!(r.documents.len() <= 1);
        }
    }
}

#[test]
fn a_folder_of_pdfs_loads_what_it_can() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for name in ["article.pdf", "scan.pdf", "encrypted.pdf"] {
        std::fs::write(dir.path().join(name), fixture(name)).expect("copy a fixture");
    }
    std::fs::write(
        dir.path().join("note.txt"),
        "Date: 2023-11-20\n\nThe council met again on Monday.\n",
    )
    .expect("write a text file");
    let root = dir.path().to_path_buf();
    let found = walk(std::slice::from_ref::<PathBuf>(&root));
    assert_eq!(found.files.len(), 4, "{:?}", found.warnings);
    let results: Vec<ReadResult> = found.files.iter().map(read).collect();
    let documents: Vec<&Document> = results.iter().flat_map(|r| &r.documents).collect();
    let warnings: Vec<&str> = results
        .iter()
        .flat_map(|r| &r.warnings)
        .map(|w| w.message.as_str())
        .collect();
    let named = |file: &str| {
        documents
            .iter()
            .find(|d| d.path.ends_with(file))
            .copied()
            .unwrap_or_else(|| panic!("no document from {file}; warnings {warnings:?}"))
    };
    let article = named("article.pdf");
    assert_eq!(article.text, ARTICLE_TEXT);
    assert_eq!(
        article.title,
        "Britain’s economy stalls as households cut back"
    );
    assert_eq!(article.date_source.as_deref(), Some("dateline"));
    let note = named("note.txt");
    assert_eq!(note.reference_date, at(2023, 11, 20, 0, 0));
    assert_eq!(documents.len(), 2);
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    let warned = |file: &str, problem: &str| {
        assert!(
            warnings
                .iter()
                .any(|w| w.contains(file) && w.ends_with(problem)),
            "no warning about {file} ending {problem:?} in {warnings:?}"
        );
    };
    warned(
        "scan.pdf",
        "no text layer: scanned pages need OCR first (1 page, no text)",
    );
    warned(
        "encrypted.pdf",
        "unreadable PDF: encrypted: open it in a PDF reader and save an unprotected copy",
    );
}
