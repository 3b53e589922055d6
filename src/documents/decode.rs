//! Bytes to text: empty and binary files are refused; UTF-8 is taken as it is; UTF-16
//! (with a byte-order mark, or without one when the zero bytes show it) and legacy
//! encodings (Windows-1252, Latin-1, Shift-JIS, …) are decoded with `encoding_rs`, the
//! encoding taken from a declaration the caller found (an HTML `<meta charset>`, an XML
//! declaration) or guessed from the bytes with `chardetng`, and the user is told.
//!
//! The text keeps every character of the file (a UTF-8 byte-order mark included), so byte
//! offsets into it are byte offsets into the file whenever the file is valid UTF-8.
//!
//! Order of evidence: a byte-order mark, then valid UTF-8 (multi-byte UTF-8 is almost never
//! valid by chance in a legacy encoding, and saved pages often keep a stale `<meta
//! charset>` after a browser re-encoded them), then the declaration, then the guess.

use super::error::ReadError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// How much of the file the binary and UTF-16 sniffing look at.
const SNIFF_BYTES: usize = 8 * 1024;

/// How much of a legacy-encoded file the encoding guess reads (the guess settles quickly;
/// reading a 500 MiB file twice would not).
const GUESS_BYTES: usize = 256 * 1024;

/// Decodes a file's bytes with no declared encoding. See [`decode_declared`].
#[cfg(test)]
fn decode(bytes: &[u8]) -> Result<(String, Option<ReadError>), ReadError> {
    decode_declared(bytes, None)
}

/// Decodes a file's bytes; `declared` is the encoding label the file itself names, if
/// any. `Ok` carries the text and, when it was not UTF-8, a note to report; `Err` means
/// the file is not readable as text at all.
pub(crate) fn decode_declared(
    bytes: &[u8],
    declared: Option<&str>,
) -> Result<(String, Option<ReadError>), ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let (text, note) = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let note = (encoding != UTF_8).then(|| not_utf8(encoding, "its byte-order mark"));
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        // Keep a UTF-8 mark in the text, as the file has it (offsets stay file offsets).
        let text = if encoding == UTF_8 {
            format!("\u{feff}{text}")
        } else {
            text.into_owned()
        };
        (text, note)
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let note = not_utf8(encoding, "its zero bytes");
        (text.into_owned(), Some(note))
    } else {
        if looks_binary(bytes) {
            return Err(ReadError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), None),
            Err(_) => legacy(bytes, declared),
        }
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(ReadError::Empty);
    }
    Ok((text, note))
}

/// Text that is not UTF-8: the declared encoding when it names a usable one, else a guess.
fn legacy(bytes: &[u8], declared: Option<&str>) -> (String, Option<ReadError>) {
    let named = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        // A page declaring UTF-8 (or UTF-16, which HTML reads as UTF-8) that is not
        // valid UTF-8 is mislabelled: guess instead.
        .filter(|e| *e != UTF_8 && *e != UTF_16LE && *e != UTF_16BE);
    let (encoding, how) = match named {
        Some(e) => (e, "its declared charset"),
        None => {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            let head = bytes.get(..GUESS_BYTES).unwrap_or(bytes);
            detector.feed(head, head.len() == bytes.len());
            (
                detector.guess(None, chardetng::Utf8Detection::Deny),
                "a guess from its bytes",
            )
        }
    };
    let (text, _, _) = encoding.decode(bytes);
    (text.into_owned(), Some(not_utf8(encoding, how)))
}

fn not_utf8(encoding: &'static Encoding, how: &'static str) -> ReadError {
    ReadError::NotUtf8 {
        encoding: encoding.name(),
        how,
    }
}

/// UTF-16 saved without a byte-order mark: ASCII-range text has a zero byte in every
/// other position. Many zeros at even offsets and none at odd ones is big-endian, and the
/// reverse little-endian; a binary file has zeros in both.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..SNIFF_BYTES & !1).unwrap_or(bytes);
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let mostly = |n: usize| n * 10 >= pairs * 6;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(UTF_16LE)
    } else if mostly(even) && rarely(odd) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// NUL bytes, or more than 30% control bytes other than tab, newlines and form feed, in
/// the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = bytes.get(..SNIFF_BYTES).unwrap_or(bytes);
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)) || b == 0x7f)
        .count();
    control * 10 > head.len() * 3
}

/// The encoding a web page or XML file declares in its first bytes: `<meta charset>`,
/// `<meta http-equiv="Content-Type" content="…; charset=…">`, or `<?xml encoding="…"?>`.
pub(crate) fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..4096).unwrap_or(bytes);
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let value_after = |key: &str| -> Option<String> {
        let at = head.find(key)? + key.len();
        let rest = head[at..].trim_start_matches([' ', '=', '"', '\'']);
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
            .unwrap_or(rest.len());
        (end > 0).then(|| rest[..end].to_string())
    };
    if head.trim_start().starts_with("<?xml") {
        if let Some(e) = head
            .find("?>")
            .and_then(|end| head[..end].find("encoding").map(|_| ()))
            .and_then(|()| value_after("encoding"))
        {
            return Some(e);
        }
    }
    value_after("charset")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_and_binary() {
        assert_eq!(decode(b""), Err(ReadError::Empty));
        assert_eq!(decode(b" \n\t\n"), Err(ReadError::Empty));
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ReadError::Binary)
        );
        assert_eq!(decode(b"\x01\x02\x03\x04abc"), Err(ReadError::Binary));
    }

    #[test]
    fn windows_1252_is_guessed_and_reported() {
        let (text, note) =
            decode(b"Caf\xe9 owners met on Thursday \x96 the \x93new\x94 rules").unwrap();
        assert_eq!(text, "Café owners met on Thursday – the “new” rules");
        assert_eq!(
            note.map(|n| n.to_string()),
            Some("not UTF-8: read as windows-1252 (a guess from its bytes)".into())
        );
    }

    #[test]
    fn a_declared_charset_wins_over_the_guess_but_not_over_valid_utf8() {
        let bytes = "Gr\u{fc}\u{df}e".encode_utf16().count(); // keep the compiler honest
        assert_eq!(bytes, 5);
        let (text, note) = decode_declared(b"Gr\xfc\xdfe aus K\xf6ln", Some("iso-8859-1")).unwrap();
        assert_eq!(text, "Grüße aus Köln");
        assert_eq!(
            note.map(|n| n.to_string()),
            Some("not UTF-8: read as windows-1252 (its declared charset)".into())
        );
        let (text, note) = decode_declared("Grüße".as_bytes(), Some("iso-8859-1")).unwrap();
        assert_eq!((text.as_str(), note), ("Grüße", None));
    }

    #[test]
    fn shift_jis_is_guessed() {
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode("東京で会議が開かれた。今日は晴れです。");
        let (text, note) = decode(&bytes).unwrap();
        assert_eq!(text, "東京で会議が開かれた。今日は晴れです。");
        assert!(note.unwrap().to_string().contains("Shift_JIS"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let words = "date 2023-11-17 Hi";
        let le: Vec<u8> = words.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = words.encode_utf16().flat_map(u16::to_be_bytes).collect();
        let with_bom = [&[0xff, 0xfe][..], &le].concat();
        assert_eq!(decode(&with_bom).unwrap().0, words);
        assert_eq!(decode(&le).unwrap().0, words);
        assert_eq!(decode(&be).unwrap().0, words);
        assert!(decode(&le)
            .unwrap()
            .1
            .unwrap()
            .to_string()
            .contains("UTF-16LE"));
    }

    #[test]
    fn utf8_bom_is_kept_in_the_text() {
        let (text, note) = decode(b"\xef\xbb\xbfHello").unwrap();
        assert_eq!((text.as_str(), note), ("\u{feff}Hello", None));
    }

    #[test]
    fn finds_declared_charsets() {
        let d = |s: &str| declared_charset(s.as_bytes());
        assert_eq!(
            d(r#"<html><head><meta charset="windows-1252">"#).as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            d(r#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#)
                .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            d(r#"<?xml version="1.0" encoding="Shift_JIS"?><rss>"#).as_deref(),
            Some("shift_jis")
        );
        assert_eq!(d("<html><body>no declaration</body></html>"), None);
    }
}
