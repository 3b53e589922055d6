//! A check run before lopdf parses anything: how deeply arrays and dictionaries nest.
//!
//! lopdf's parsers recurse once per `[` or `<<`, and a stack overflow aborts the whole
//! process (no `catch_unwind` can stop it): in a debug build a hundred levels are enough.
//! Real PDFs nest a handful of levels, so input nested deeper than [`MAX_NESTING`] is
//! refused before it reaches the parser. The scan skips strings, comments, stream data and
//! inline images, and looks inside compressed object streams, which lopdf parses while
//! loading.

use lopdf::{Dictionary, Object, Stream};

/// How deep arrays and dictionaries may nest.
pub(super) const MAX_NESTING: usize = 32;

/// True when `bytes` (a file, or one content stream) nests arrays and dictionaries at
/// most [`MAX_NESTING`] deep, object streams included.
pub(super) fn nesting_ok(bytes: &[u8]) -> bool {
    scan(bytes, true)
}

fn scan(bytes: &[u8], look_in_streams: bool) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    let mut dict_start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => i = skip_to_eol(bytes, i),
            b'(' => i = skip_string(bytes, i),
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 2;
            }
            b'<' => i = find(bytes, b">", i).map_or(bytes.len(), |p| p + 1),
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 2;
            }
            b'[' => {
                depth += 1;
                i += 1;
            }
            b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b's' if keyword(bytes, i, b"stream") => {
                let start = data_start(bytes, i + 6);
                let end = find(bytes, b"endstream", start).unwrap_or(bytes.len());
                let head = bytes.get(dict_start..i).unwrap_or(&[]);
                if look_in_streams && find(head, b"/ObjStm", 0).is_some() {
                    let inner = inflate(head, &bytes[start..end]);
                    if !scan(&inner, false) {
                        return false;
                    }
                }
                i = end + 9;
            }
            b'o' if keyword(bytes, i, b"obj") => {
                dict_start = i;
                i += 3;
            }
            b'I' if keyword(bytes, i, b"ID") => {
                // Inline image data runs to "EI" after white space.
                i = find(bytes, b"EI", i + 2).map_or(bytes.len(), |p| p + 2);
            }
            _ => i += 1,
        }
        if depth > MAX_NESTING {
            return false;
        }
    }
    true
}

/// True when `word` stands at `i` as a keyword, not inside a name or a longer word.
fn keyword(bytes: &[u8], i: usize, word: &[u8]) -> bool {
    let delimiter =
        |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b));
    bytes.get(i..i + word.len()) == Some(word)
        && delimiter(i.checked_sub(1).and_then(|p| bytes.get(p)))
        && delimiter(bytes.get(i + word.len()))
}

fn data_start(bytes: &[u8], mut i: usize) -> usize {
    if bytes.get(i) == Some(&b'\r') {
        i += 1;
    }
    if bytes.get(i) == Some(&b'\n') {
        i += 1;
    }
    i.min(bytes.len())
}

fn skip_to_eol(bytes: &[u8], i: usize) -> usize {
    bytes[i..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .map_or(bytes.len(), |p| i + p + 1)
}

/// Skips a literal string: balanced parentheses, backslash escapes.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    let mut open = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'(' => open += 1,
            b')' => {
                open -= 1;
                if open == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// The first `needle` in `haystack` at or after `from`.
pub(super) fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// An object stream's data, inflated with lopdf when its dictionary says Flate.
fn inflate(dict_text: &[u8], data: &[u8]) -> Vec<u8> {
    if find(dict_text, b"FlateDecode", 0).is_none() {
        return data.to_vec();
    }
    let mut dict = Dictionary::new();
    dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    Stream::new(dict, data.to_vec())
        .decompressed_content()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize) -> Vec<u8> {
        let mut v = b"1 0 obj\n".to_vec();
        v.extend(std::iter::repeat_n(b'[', n));
        v.extend(std::iter::repeat_n(b']', n));
        v.extend(b"\nendobj\n");
        v
    }

    #[test]
    fn deep_nesting_is_refused() {
        assert!(nesting_ok(&nested(MAX_NESTING)));
        assert!(!nesting_ok(&nested(MAX_NESTING + 1)));
        let dicts = "<< /A ".repeat(40) + &">>".repeat(40);
        assert!(!nesting_ok(dicts.as_bytes()));
    }

    #[test]
    fn strings_comments_and_streams_do_not_count() {
        let deep = "[".repeat(100);
        let text = format!(
            "1 0 obj ({deep} \\) ) % {deep}\n<</Length 5>>\nstream\n{deep}\nendstream endobj \
             <5b5b5b> BI /W 1 ID {deep} EI"
        );
        assert!(nesting_ok(text.as_bytes()));
    }
}
