//! The Word reader through the public API: the fixtures under
//! `tests/fixtures/documents/docx/` (made by `../make_docx_eml.py`), good and bad, read
//! one by one and as a folder.

use chrono::NaiveDateTime;
use chronoscope::documents::{read_bytes, DocumentKind, Format, ReadResult};

mod common;
use common::{bytes as fixture_bytes, messages, never_silent, read_folder};

fn bytes(name: &str) -> Vec<u8> {
    fixture_bytes("docx", name)
}

/// Reads a fixture as a Word file displayed as `docx/<name>`.
fn load(name: &str) -> ReadResult {
    read_bytes(&format!("docx/{name}"), Format::Docx, &bytes(name))
}

fn at(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").ok()
}

#[test]
fn a_news_article_with_a_dateline() {
    let r = load("article.docx");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let [doc] = r.documents.as_slice() else {
        panic!("one document, got {}", r.documents.len())
    };
    assert_eq!(doc.path, "docx/article.docx");
    assert_eq!(doc.kind, DocumentKind::Docx);
    assert!(doc.id.is_empty());
    // dc:title is real, so it wins over the Title-styled first paragraph.
    assert_eq!(doc.title, "Sea wall vote");
    // The dateline wins over dcterms:created (2023-02-28).
    assert_eq!(doc.reference_date, at("2023-03-03 00:00"));
    assert_eq!(doc.date_source.as_deref(), Some("dateline"));
    assert_eq!(doc.lang.as_deref(), Some("en-NZ"));
    assert_eq!(
        doc.byline, None,
        "dc:creator 'Windows User' is not a byline"
    );
    assert_eq!(doc.body, None);
    let paragraphs: Vec<&str> = doc.text.split("\n\n").collect();
    assert_eq!(
        paragraphs,
        [
            "Harbour council approves €40m sea wall",
            "WELLINGTON, March 3, 2023 (Reuters) - The harbour council voted 7-2 on Friday to build a sea wall along the eastern docks, ending two years of debate.",
            "Construction will begin in June and is expected to take 18 months, the council said in a statement.",
            "Funding and objections",
            "The wall will cost €40 million, of which the government pays half.\nResidents had objected at a hearing on 14 February.",
            "Mayor Ana Ruiz:\t“We cannot wait for the next storm.”",
            "Vote",
            "7-2",
            "Reporting by Tom Hale; editing by Night Desk",
        ]
    );
    // Left out: the deleted revision, the hidden editor's note, the field code.
    for gone in ["almost", "EDITOR NOTE", "PAGE"] {
        assert!(!doc.text.contains(gone), "{gone:?} should be left out");
    }
}

#[test]
fn no_dateline_so_the_created_date() {
    let r = load("created_only.docx");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let doc = &r.documents[0];
    // dc:title "Document1" is generic; the paragraph in style "Titel" (named Title) is used.
    assert_eq!(doc.title, "Rail strike called off after late talks");
    assert_eq!(doc.reference_date, at("2023-11-17 09:30"));
    assert_eq!(
        doc.date_source.as_deref(),
        Some("document properties (created)")
    );
    assert_eq!(doc.lang.as_deref(), Some("de-DE"));
    assert_eq!(
        doc.text,
        "Rail strike called off after late talks\n\nTrain drivers called off Monday's strike after talks that ran past midnight, the union said.\n\nServices will run as normal, the operator said."
    );
}

#[test]
fn a_truncated_file() {
    let r = load("truncated.docx");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["docx/truncated.docx: unreadable Word document: truncated or damaged zip: no end-of-central-directory record (the file may be cut short)"]
    );
}

#[test]
fn a_zip_bomb_is_refused_without_trusting_its_headers() {
    // The fixture stays small; its document.xml claims 1,000 bytes but holds 65 MiB.
    assert!(bytes("bomb.docx").len() < 300 * 1024);
    let r = load("bomb.docx");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["docx/bomb.docx: unreadable Word document: word/document.xml is larger than 64 MiB when decompressed (a zip bomb?), skipped"]
    );
}

#[test]
fn a_zip_that_is_not_a_word_file() {
    let r = load("no_document.docx");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["docx/no_document.docx: unreadable Word document: not a Word file (no word/document.xml; the zip holds [Content_Types].xml, notes.txt)"]
    );
}

#[test]
fn an_old_doc_or_encrypted_file() {
    let r = load("old_word.docx");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["docx/old_word.docx: unreadable Word document: encrypted or not a .docx (an old .doc?)"]
    );
}

#[test]
fn text_that_is_not_a_zip() {
    let r = read_bytes("notes.docx", Format::Docx, b"Just some text saved as .docx");
    assert_eq!(
        messages(&r),
        ["notes.docx: unreadable Word document: not a zip file (a .docx is a zip package; found bytes 4A 75 73 74)"]
    );
}

#[test]
fn a_folder_of_good_and_bad_files() {
    let names = [
        "article.docx",
        "bomb.docx",
        "created_only.docx",
        "no_document.docx",
        "old_word.docx",
        "truncated.docx",
    ];
    let (docs, warnings) = read_folder("docx", &names);
    let titles: Vec<_> = docs.iter().map(|d| (d.kind, d.title.clone())).collect();
    assert_eq!(
        titles,
        [
            (DocumentKind::Docx, "Sea wall vote".to_string()),
            (
                DocumentKind::Docx,
                "Rail strike called off after late talks".to_string()
            ),
            (DocumentKind::Text, "The council met on Friday.".to_string()),
        ]
    );
    assert_eq!(
        warnings,
        [
            ": unreadable Word document: word/document.xml is larger than 64 MiB when decompressed (a zip bomb?), skipped",
            ": unreadable Word document: not a Word file (no word/document.xml; the zip holds [Content_Types].xml, notes.txt)",
            ": unreadable Word document: encrypted or not a .docx (an old .doc?)",
            ": unreadable Word document: truncated or damaged zip: no end-of-central-directory record (the file may be cut short)",
        ]
    );
}

/// Every cut and many one-byte changes of a real package: never a panic, always either
/// a document or a warning naming the file.
#[test]
fn damaged_packages_never_panic() {
    never_silent(&bytes("article.docx"), "x.docx", Format::Docx, 7, 3);
}
