//! Opening a PDF with lopdf: the `%PDF-` check, a rebuilt cross-reference table for a
//! damaged or cut-short file, decryption with the empty password (files that open
//! without asking), and the list of pages in order.

use super::super::error::excerpt;
use super::guard::{find, nesting_ok, MAX_NESTING};
use lopdf::{Document, Object, ObjectId};
use std::collections::HashSet;

/// How far into a file the `%PDF-` header may start (PDF readers accept some junk first).
const HEADER_WINDOW: usize = 1024;
/// How deep a page tree may nest.
const MAX_TREE_DEPTH: usize = 64;
/// Object numbers a rebuilt index accepts (a long book has a few hundred thousand).
const MAX_OBJECTS: u32 = 1_000_000;

/// A PDF that lopdf could open.
pub(super) struct Opened {
    pub doc: Document,
    /// The cross-reference table was rebuilt by scanning the file.
    pub repaired: bool,
}

/// Why a file could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum OpenError {
    /// No `%PDF-` header: the text says what the file starts with.
    NotPdf(String),
    /// Encrypted with a password (or with a scheme lopdf cannot open).
    Encrypted(String),
    /// A PDF lopdf cannot parse, even with a rebuilt index.
    Unreadable(String),
}

/// Opens a PDF from its bytes.
pub(super) fn open(bytes: &[u8]) -> Result<Opened, OpenError> {
    let window = &bytes[..bytes.len().min(HEADER_WINDOW)];
    if !window.windows(5).any(|w| w == b"%PDF-") {
        return Err(OpenError::NotPdf(describe_start(bytes)));
    }
    if !nesting_ok(bytes) {
        return Err(OpenError::Unreadable(format!(
            "its arrays or dictionaries nest more than {MAX_NESTING} levels deep; refused \
             rather than risk a crash"
        )));
    }
    let (mut doc, repaired) = match Document::load_mem(bytes) {
        Ok(doc) if doc.catalog().is_ok() => (doc, false),
        first => {
            let why = match first {
                Ok(_) => "it has no document catalog".to_string(),
                Err(e) => e.to_string(),
            };
            let doc = repair(bytes).ok_or_else(|| {
                OpenError::Unreadable(format!(
                    "damaged or cut short ({why}), and nothing could be recovered"
                ))
            })?;
            (doc, true)
        }
    };
    if doc.is_encrypted() {
        decrypt(&mut doc)?;
    }
    Ok(Opened { doc, repaired })
}

/// What a file that is not a PDF starts with, for the warning.
fn describe_start(bytes: &[u8]) -> String {
    let head = &bytes[..bytes.len().min(200)];
    let text = String::from_utf8_lossy(head);
    let printable = text.chars().all(|c| !c.is_control() || c.is_whitespace());
    if printable && !text.contains('\u{fffd}') {
        let first = text.split_whitespace().collect::<Vec<_>>().join(" ");
        format!("text starting '{}'", excerpt(&first, 40))
    } else {
        format!(
            "binary data starting {}",
            head.iter()
                .take(8)
                .map(|b| format!("{b:02x}"))
                .collect::<Vec<_>>()
                .join(" ")
        )
    }
}

/// Opens an encrypted document with the empty user password, which is how files that
/// only restrict printing or copying are made.
fn decrypt(doc: &mut Document) -> Result<(), OpenError> {
    allow_aes_256_length(doc);
    match doc.decrypt("") {
        Ok(()) => Ok(()),
        Err(lopdf::Error::Decryption(lopdf::encryption::DecryptionError::IncorrectPassword)) => {
            Err(OpenError::Encrypted(
                "encrypted: open it in a PDF reader and save an unprotected copy".into(),
            ))
        }
        Err(e) => Err(OpenError::Encrypted(format!(
            "encrypted in a way this reader cannot open ({e}): open it in a PDF reader and \
             save an unprotected copy"
        ))),
    }
}

/// lopdf 0.36 refuses AES-256 files (`/V 5`) that give a `/Length` of 256, as qpdf and
/// others write them: the key length check it applies is meant for `/V 2` and `/V 3`.
/// The entry means nothing for `/V 5` (the key is always 256 bits), so it is dropped.
fn allow_aes_256_length(doc: &mut Document) {
    let Ok(id) = doc.trailer.get(b"Encrypt").and_then(Object::as_reference) else {
        return;
    };
    if let Ok(dict) = doc.get_object_mut(id).and_then(Object::as_dict_mut) {
        if dict
            .get(b"V")
            .and_then(Object::as_i64)
            .is_ok_and(|v| v >= 5)
        {
            dict.remove(b"Length");
        }
    }
}

/// Rebuilds a cut-short or damaged file's index: finds every `N G obj` header, writes a
/// fresh cross-reference table and trailer after the bytes, and loads that. The catalog
/// (and the Info dictionary, if it survived) are found among the loaded objects.
fn repair(bytes: &[u8]) -> Option<Document> {
    let objects = object_offsets(bytes);
    if objects.is_empty() {
        return None;
    }
    let size = objects.iter().map(|(id, _)| id.0).max()?.checked_add(1)?;
    let mut entries = vec![None; size as usize];
    for (id, offset) in &objects {
        // A later definition wins, as in an incrementally updated file.
        entries[id.0 as usize] = Some((id.1, *offset));
    }
    let mut fixed = bytes.to_vec();
    fixed.extend_from_slice(b"\n");
    let xref_at = fixed.len();
    fixed.extend_from_slice(format!("xref\n0 {size}\n").as_bytes());
    for entry in &entries {
        let line = match entry {
            Some((generation, offset)) => format!("{offset:010} {generation:05} n\r\n"),
            None => "0000000000 65535 f\r\n".to_string(),
        };
        fixed.extend_from_slice(line.as_bytes());
    }
    fixed.extend_from_slice(
        format!("trailer\n<< /Size {size} >>\nstartxref\n{xref_at}\n%%EOF\n").as_bytes(),
    );
    let mut doc = Document::load_mem(&fixed).ok()?;
    let find = |wanted: fn(&lopdf::Dictionary) -> bool| {
        // The highest-numbered match: the latest definition in an updated file.
        doc.objects
            .iter()
            .rev()
            .find(|(_, o)| o.as_dict().is_ok_and(wanted))
            .map(|(id, _)| *id)
    };
    let catalog = find(|d| d.has_type(b"Catalog") && d.has(b"Pages"))?;
    let info = find(|d| !d.has(b"Type") && (d.has(b"CreationDate") || d.has(b"Producer")));
    doc.trailer.set("Root", Object::Reference(catalog));
    if let Some(info) = info {
        doc.trailer.set("Info", Object::Reference(info));
    }
    Some(doc)
}

/// `(object id, byte offset)` of every `N G obj` that starts a line.
fn object_offsets(bytes: &[u8]) -> Vec<(ObjectId, usize)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(pos) = find(bytes, b"obj", from) {
        from = pos + 3;
        if let Some((id, start)) = header_before(bytes, pos) {
            found.push((id, start));
        }
    }
    found
}

/// Reads `N G ` backwards from the `obj` at `pos`; the header must start a line.
fn header_before(bytes: &[u8], pos: usize) -> Option<(ObjectId, usize)> {
    let is_space = |b: u8| b == b' ' || b == b'\t';
    let mut i = pos;
    let digits_back = |mut i: usize| -> Option<(usize, u64)> {
        let end = i;
        while i > 0 && bytes[i - 1].is_ascii_digit() {
            i -= 1;
        }
        let text = std::str::from_utf8(bytes.get(i..end)?).ok()?;
        (end > i && end - i <= 10).then_some(())?;
        Some((i, text.parse().ok()?))
    };
    while i > 0 && is_space(bytes[i - 1]) {
        i -= 1;
    }
    let (i2, generation) = digits_back(i)?;
    i = i2;
    let before_gen = i;
    while i > 0 && is_space(bytes[i - 1]) {
        i -= 1;
    }
    (i < before_gen).then_some(())?;
    let (start, number) = digits_back(i)?;
    let at_line_start = start == 0 || matches!(bytes[start - 1], b'\n' | b'\r');
    let after = bytes.get(pos + 3).copied();
    let ends = after.is_none_or(|b| b.is_ascii_whitespace() || b == b'<' || b == b'[');
    let id = (u32::try_from(number).ok()?, u16::try_from(generation).ok()?);
    (at_line_start && ends && id.0 > 0 && id.0 < MAX_OBJECTS).then_some((id, start))
}

/// One page of the document, in reading order: its object, or `None` when the page tree
/// names a page that is not in the file.
pub(super) fn pages(doc: &Document) -> Vec<Option<ObjectId>> {
    let mut out = Vec::new();
    let root = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"Pages").and_then(Object::as_reference).ok());
    if let Some(root) = root {
        let mut seen = HashSet::new();
        walk(doc, root, 0, &mut seen, &mut out);
    }
    out
}

fn walk(
    doc: &Document,
    node: ObjectId,
    depth: usize,
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<Option<ObjectId>>,
) {
    if depth > MAX_TREE_DEPTH || !seen.insert(node) {
        return;
    }
    let Ok(dict) = doc.get_dictionary(node) else {
        out.push(None);
        return;
    };
    let kids = dict.get_deref(b"Kids", doc).and_then(Object::as_array);
    match kids {
        Ok(kids) if !dict.has_type(b"Page") => {
            let before = out.len();
            for kid in kids {
                match kid.as_reference() {
                    Ok(id) => walk(doc, id, depth + 1, seen, out),
                    Err(_) => out.push(None),
                }
            }
            // A subtree whose /Count says more pages than were found lost some.
            let count = dict.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
            let found = out.len() - before;
            let missing = usize::try_from(count).unwrap_or(0).saturating_sub(found);
            out.extend(std::iter::repeat_n(None, missing.min(100_000)));
        }
        _ => out.push(Some(node)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_a_pdf_says_what_it_is() {
        let html = b"<!DOCTYPE html>\n<html><head><title>Access denied</title></head></html>";
        assert_eq!(
            open(html).err(),
            Some(OpenError::NotPdf(
                "text starting '<!DOCTYPE html> <html><head><title>Acces…'".into()
            ))
        );
        assert_eq!(
            open(b"\x89PNG\r\n\x1a\n\0\0").err(),
            Some(OpenError::NotPdf(
                "binary data starting 89 50 4e 47 0d 0a 1a 0a".into()
            ))
        );
    }

    #[test]
    fn object_headers_start_lines() {
        let bytes = b"%PDF-1.4\n1 0 obj\n<< >>\nendobj\n12 3 obj<< >>\nx 4 0 obj\n";
        let ids: Vec<ObjectId> = object_offsets(bytes)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(ids, [(1, 0), (12, 3)]);
        assert_eq!(object_offsets(b"1 0 object\n"), []);
    }

    #[test]
    fn a_header_alone_is_unreadable() {
        let err = open(b"%PDF-1.7\n%%EOF\n").err();
        assert!(
            matches!(&err, Some(OpenError::Unreadable(m)) if m.starts_with("damaged or cut short (")),
            "{err:?}"
        );
    }
}
