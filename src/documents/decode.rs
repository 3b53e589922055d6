//! Bytes to text: empty and binary files are refused, UTF-16 with a byte-order mark is
//! decoded, invalid UTF-8 is decoded lossily with a note of where it went wrong.
//!
//! The text keeps every character of the file (a UTF-8 byte-order mark included), so byte
//! offsets into it are byte offsets into the file whenever the file is valid UTF-8.

use super::error::ReadError;

/// How much of the file the binary sniffing looks at.
const SNIFF_BYTES: usize = 8 * 1024;

/// Decodes a file's bytes. `Ok` carries the text and, for invalid UTF-8, a problem to
/// report; `Err` means the file is not readable as text at all.
pub(crate) fn decode(bytes: &[u8]) -> Result<(String, Option<ReadError>), ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty);
    }
    let (text, problem) = if let Some(text) = utf16(bytes) {
        (text, None)
    } else {
        if looks_binary(bytes) {
            return Err(ReadError::Binary);
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), None),
            Err(e) => (
                String::from_utf8_lossy(bytes).into_owned(),
                Some(ReadError::InvalidUtf8 {
                    at: e.valid_up_to(),
                }),
            ),
        }
    };
    if text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(ReadError::Empty);
    }
    Ok((text, problem))
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

/// Decodes UTF-16 text that starts with a byte-order mark (as Windows editors save it).
fn utf16(bytes: &[u8]) -> Option<String> {
    let (little, rest) = match bytes {
        [0xff, 0xfe, rest @ ..] => (true, rest),
        [0xfe, 0xff, rest @ ..] => (false, rest),
        _ => return None,
    };
    let units = rest.chunks(2).map(|pair| match (pair, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        _ => 0xfffd,
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{fffd}'))
            .collect(),
    )
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
    fn lossy_utf8_reports_the_byte() {
        let (text, problem) = decode(b"caf\xe9 ok").unwrap();
        assert_eq!(text, "caf\u{fffd} ok");
        assert_eq!(problem, Some(ReadError::InvalidUtf8 { at: 3 }));
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "date 2023-11-17 Hi".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(decode(&bytes), Ok(("date 2023-11-17 Hi".to_string(), None)));
    }
}
