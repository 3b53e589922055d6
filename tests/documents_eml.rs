//! The e-mail reader through the public API: the fixtures under
//! `tests/fixtures/documents/eml/` (made by `../make_docx_eml.py`), good and bad, read
//! one by one and as a folder.

use chrono::NaiveDateTime;
use chronoscope::documents::{read_bytes, DocumentKind, Format, ReadResult};

mod common;
use common::{bytes as fixture_bytes, messages, never_silent, read_folder};

fn bytes(name: &str) -> Vec<u8> {
    fixture_bytes("eml", name)
}

/// Reads a fixture as an e-mail displayed as `eml/<name>`.
fn load(name: &str) -> ReadResult {
    read_bytes(&format!("eml/{name}"), Format::Email, &bytes(name))
}

fn at(s: &str) -> Option<NaiveDateTime> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").ok()
}

#[test]
fn plain_text_in_quoted_printable() {
    let r = load("plain_qp.eml");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let [doc] = r.documents.as_slice() else {
        panic!("one document, got {}", r.documents.len())
    };
    assert_eq!(doc.path, "eml/plain_qp.eml");
    assert_eq!(doc.kind, DocumentKind::Email);
    // An encoded-word subject, its "Fwd:" dropped.
    assert_eq!(doc.title, "Harbour council approves €40m sea wall");
    // The local time written in the header (+1300), not UTC.
    assert_eq!(doc.reference_date, at("2023-03-03 09:15"));
    assert_eq!(doc.date_source.as_deref(), Some("e-mail Date: header"));
    assert_eq!(doc.byline.as_deref(), Some("Renée Dupré"));
    assert_eq!(doc.lang.as_deref(), Some("en-NZ"));
    assert_eq!(doc.body, None);
    // Soft line breaks joined, =E2=82=AC decoded, the quoted reply kept.
    assert_eq!(
        doc.text,
        "The harbour council voted 7-2 on Friday to build a sea wall along the eastern docks, ending two years of debate.\n\n\
         Construction will begin in June and cost €40 million, the council said. “We cannot wait for the next storm,” Mayor Ana Ruiz said.\n\n\
         On Thu, 2 Mar 2023 at 18:00, News Desk <news@paper.example> wrote:\n\
         > Can you send the sea wall story?"
    );
}

#[test]
fn html_only_with_an_attachment() {
    let r = load("html_only.eml");
    assert_eq!(messages(&r), Vec::<&str>::new());
    let doc = &r.documents[0];
    assert_eq!(doc.title, "Rail strike called off");
    assert_eq!(doc.reference_date, at("2023-11-19 23:40"));
    assert_eq!(doc.date_source.as_deref(), Some("e-mail Date: header"));
    assert_eq!(doc.byline.as_deref(), Some("Rail Desk"));
    // Paragraphs kept; the style and script, and the PDF attachment, left out.
    assert_eq!(
        doc.text,
        "Rail strike called off\n\n\
         Train drivers called off Monday’s strike after talks that ran past midnight, the union said on Sunday.\n\n\
         Services will run as normal & tickets stay valid."
    );
}

#[test]
fn a_bad_date_is_a_warning_and_the_message_still_loads() {
    let r = load("bad_date.eml");
    assert_eq!(
        messages(&r),
        ["eml/bad_date.eml: no reference date found (expected a Date: header such as 'Fri, 17 Nov 2023 08:00:00 +0000', found 'sometime last Tuesday'); relative dates stay unresolved"]
    );
    let doc = &r.documents[0];
    assert_eq!(doc.reference_date, None);
    assert_eq!(doc.date_source, None);
    assert_eq!(doc.title, "Library reopens");
    assert_eq!(
        doc.text,
        "The city library reopened yesterday after a two-month refit."
    );
}

#[test]
fn a_file_that_is_not_an_email() {
    let r = load("not_email.eml");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["eml/not_email.eml: unreadable e-mail: not an e-mail: expected header lines such as 'From:', 'Date:' and 'Subject:' at the start, found 'Shopping list and ideas'"]
    );
}

#[test]
fn a_message_with_only_an_attachment() {
    let r = load("no_text.eml");
    assert_eq!(r.documents, []);
    assert_eq!(
        messages(&r),
        ["eml/no_text.eml: unreadable e-mail: the message has no text (no text or HTML part; only attachments?)"]
    );
}

#[test]
fn a_folder_of_good_and_bad_files() {
    let names = [
        "bad_date.eml",
        "html_only.eml",
        "no_text.eml",
        "not_email.eml",
        "plain_qp.eml",
    ];
    let (docs, warnings) = read_folder("eml", &names);
    let loaded: Vec<_> = docs
        .iter()
        .map(|d| (d.kind, d.title.clone(), d.reference_date))
        .collect();
    assert_eq!(
        loaded,
        [
            (DocumentKind::Email, "Library reopens".to_string(), None),
            (
                DocumentKind::Email,
                "Rail strike called off".to_string(),
                at("2023-11-19 23:40")
            ),
            (
                DocumentKind::Email,
                "Harbour council approves €40m sea wall".to_string(),
                at("2023-03-03 09:15")
            ),
            (
                DocumentKind::Text,
                "The council met on Friday.".to_string(),
                at("2023-11-17 00:00")
            ),
        ]
    );
    assert_eq!(
        warnings,
        [
            ": no reference date found (expected a Date: header such as 'Fri, 17 Nov 2023 08:00:00 +0000', found 'sometime last Tuesday'); relative dates stay unresolved",
            ": unreadable e-mail: the message has no text (no text or HTML part; only attachments?)",
            ": unreadable e-mail: not an e-mail: expected header lines such as 'From:', 'Date:' and 'Subject:' at the start, found 'Shopping list and ideas'",
        ]
    );
}

/// Every cut and many one-byte changes of each message: never a panic, always either a
/// document or a warning naming the file.
#[test]
fn damaged_messages_never_panic() {
    for name in ["plain_qp.eml", "html_only.eml"] {
        never_silent(&bytes(name), "x.eml", Format::Email, 1, 1);
    }
}
