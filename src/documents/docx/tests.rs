//! Unit tests of the Word reader: the pure choices (title, date, part names) and whole
//! packages built in memory.

use super::package::tests::zip_of;
use super::*;
use chrono::NaiveDate;

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A `word/document.xml` of `(style, text)` paragraphs.
fn document_xml(paragraphs: &[(Option<&str>, &str)]) -> String {
    let body: String = paragraphs
        .iter()
        .map(|(style, text)| {
            let ppr = style.map_or(String::new(), |s| {
                format!(r#"<w:pPr><w:pStyle w:val="{s}"/></w:pPr>"#)
            });
            format!("<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>")
        })
        .collect();
    format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#)
}

fn core_xml(title: &str, created: &str) -> String {
    format!(
        r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>{title}</dc:title><dcterms:created>{created}</dcterms:created></cp:coreProperties>"#
    )
}

fn read_all(bytes: &[u8]) -> ReadResult {
    let mut out = ReadResult::default();
    read_docx("in/a.docx", bytes, &mut out);
    out
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(y, m, d).and_then(|d| d.and_hms_opt(0, 0, 0))
}

#[test]
fn a_dateline_wins_over_the_properties() {
    let doc = document_xml(&[
        (Some("Heading1"), "Council approves harbour plan"),
        (
            None,
            "WASHINGTON, March 3, 2023 (Reuters) - The council voted on Friday.",
        ),
        (None, "Work starts next year."),
    ]);
    let core = core_xml("Title", "2020-01-02T10:00:00Z");
    let bytes = zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ]);
    let out = read_all(&bytes);
    assert_eq!(out.warnings, []);
    let d = &out.documents[0];
    assert_eq!(
        d.title, "Council approves harbour plan",
        "the core title 'Title' is generic"
    );
    assert_eq!(d.reference_date, day(2023, 3, 3));
    assert_eq!(d.date_source.as_deref(), Some("dateline"));
    assert_eq!(
        d.text,
        "Council approves harbour plan\n\nWASHINGTON, March 3, 2023 (Reuters) - The council voted on Friday.\n\nWork starts next year."
    );
    assert_eq!(d.kind, DocumentKind::Docx);
    assert_eq!(d.body, None);
}

#[test]
fn the_created_date_when_there_is_no_dateline() {
    let doc = document_xml(&[(None, "The council voted on Friday. Work starts soon.")]);
    let core = core_xml("Harbour plan approved", "2023-11-17T08:30:00Z");
    let bytes = zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
    ]);
    let d = &read_all(&bytes).documents[0];
    assert_eq!(d.title, "Harbour plan approved");
    assert_eq!(
        d.reference_date,
        NaiveDate::from_ymd_opt(2023, 11, 17).and_then(|d| d.and_hms_opt(8, 30, 0))
    );
    assert_eq!(
        d.date_source.as_deref(),
        Some("document properties (created)")
    );
}

#[test]
fn modified_only_when_there_is_no_created_date() {
    let core = CoreProps {
        modified: Some("2021-05-06T00:00:00Z".into()),
        ..CoreProps::default()
    };
    assert_eq!(
        reference_date("No date here.", &core),
        Ok((
            day(2021, 5, 6).expect("day"),
            "document properties (modified; no created date)"
        ))
    );
    let bad = CoreProps {
        created: Some("yesterday".into()),
        ..CoreProps::default()
    };
    assert_eq!(
        reference_date("No date here.", &bad),
        Err("no dateline at the start of the text, and the document properties' created date 'yesterday' is not a date".into())
    );
}

#[test]
fn no_date_at_all_is_a_warning_but_the_text_loads() {
    let doc = document_xml(&[(None, "The council voted on Friday.")]);
    let out = read_all(&zip_of(&[("word/document.xml", doc.as_bytes())]));
    assert_eq!(out.documents.len(), 1);
    assert_eq!(out.documents[0].title, "The council voted on Friday.");
    assert_eq!(
        out.warnings.iter().map(|w| w.message.as_str()).collect::<Vec<_>>(),
        ["in/a.docx: no reference date found (no dateline at the start of the text, and no created or modified date in the document properties); relative dates stay unresolved"]
    );
}

#[test]
fn the_main_part_named_by_the_relationships() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>"#;
    let doc = document_xml(&[(None, "Second part text.")]);
    let bytes = zip_of(&[
        ("_rels/.rels", rels.as_bytes()),
        ("word/document2.xml", doc.as_bytes()),
    ]);
    assert_eq!(read_all(&bytes).documents[0].text, "Second part text.");
}

#[test]
fn packages_that_are_not_word_files() {
    let out = read_all(&zip_of(&[
        ("xl/workbook.xml", b"<workbook/>"),
        ("[Content_Types].xml", b"<Types/>"),
    ]));
    assert_eq!(out.documents, []);
    assert_eq!(
        out.warnings[0].message,
        "in/a.docx: unreadable Word document: not a Word file (no word/document.xml; the zip holds [Content_Types].xml, xl/workbook.xml)"
    );
    let empty = document_xml(&[]);
    let out = read_all(&zip_of(&[("word/document.xml", empty.as_bytes())]));
    assert_eq!(
        out.warnings[0].message,
        "in/a.docx: unreadable Word document: word/document.xml has no text (an empty document, or only pictures?)"
    );
}

#[test]
fn an_oversized_properties_part_is_skipped_with_a_warning() {
    let doc = document_xml(&[(None, "Published 4 May 2022"), (None, "The council met.")]);
    let big = vec![b' '; (SMALL_PART_LIMIT + 1) as usize];
    let out = read_all(&zip_of(&[
        ("word/document.xml", doc.as_bytes()),
        ("docProps/core.xml", &big),
    ]));
    assert_eq!(out.documents[0].reference_date, day(2022, 5, 4));
    assert_eq!(
        out.warnings[0].message,
        "in/a.docx: unreadable Word document: docProps/core.xml is larger than 1 MiB when decompressed (a zip bomb?); read without it"
    );
}

#[test]
fn titles_fall_back_in_order() {
    let styles = Styles::default();
    let paras = [
        Paragraph {
            text: "Intro line. More.".into(),
            style: None,
        },
        Paragraph {
            text: "The Heading".into(),
            style: Some("Title".into()),
        },
    ];
    let core = CoreProps {
        title: Some("Real title".into()),
        ..CoreProps::default()
    };
    assert_eq!(
        title("a/b.docx", &core, &paras, &styles, "Intro line. More."),
        "Real title"
    );
    assert_eq!(
        title(
            "a/b.docx",
            &CoreProps::default(),
            &paras,
            &styles,
            "Intro line. More."
        ),
        "The Heading"
    );
    assert_eq!(
        title(
            "a/b.docx",
            &CoreProps::default(),
            &paras[..1],
            &styles,
            "Intro line. More."
        ),
        "Intro line."
    );
    assert_eq!(
        title("a/b.docx", &CoreProps::default(), &[], &styles, ""),
        "b.docx"
    );
}

#[test]
fn styles_sit_next_to_the_main_part() {
    assert_eq!(styles_part("word/document.xml"), "word/styles.xml");
    assert_eq!(styles_part("document.xml"), "styles.xml");
}
