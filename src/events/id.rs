//! Stable event ids: derived from what an event's first source is (its document's text and
//! the spans of its passage and expression), not from load order, so that saved state
//! (selection, curation) still points at the same event after a reload or a re-extraction.
//!
//! FNV-1a (64 bit, [`crate::hash`]): the id must never change between versions or
//! platforms.

use crate::documents::Span;
use crate::hash::{fnv1a as fnv, OFFSET};

/// The content hash of a document text.
pub fn content_hash(text: &str) -> u64 {
    content_hash_bytes(text.as_bytes())
}

/// The content hash of any bytes (a source file, for projects).
pub fn content_hash_bytes(bytes: &[u8]) -> u64 {
    fnv(OFFSET, bytes)
}

/// The id of an event whose first source is `passage` (and `expression`, if any) in a
/// document whose text hashes to `content`.
pub fn event_id(content: u64, passage: Span, expression: Option<Span>) -> String {
    let mut h = fnv(OFFSET, &content.to_le_bytes());
    for n in [passage.start, passage.end] {
        h = fnv(h, &(n as u64).to_le_bytes());
    }
    if let Some(e) = expression {
        for n in [e.start, e.end] {
            h = fnv(h, &(n as u64).to_le_bytes());
        }
    }
    format!("e{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_depend_on_content_and_spans_only() {
        let c = content_hash("Talks opened on Thursday.");
        let p = Span { start: 0, end: 25 };
        let e = Span { start: 16, end: 24 };
        assert_eq!(event_id(c, p, Some(e)), event_id(c, p, Some(e)));
        assert_ne!(event_id(c, p, Some(e)), event_id(c, p, None));
        assert_ne!(
            event_id(c, p, None),
            event_id(content_hash("Other."), p, None)
        );
        // Pinned: a change here would orphan every saved selection and edit.
        assert_eq!(content_hash(""), OFFSET);
        assert_eq!(event_id(0, Span { start: 0, end: 0 }, None).len(), 17);
    }
}
