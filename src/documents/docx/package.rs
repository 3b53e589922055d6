//! The zip package of a `.docx`: recognising it, opening it without trusting what its
//! headers declare, and reading one part with a cap on its decompressed size.
//!
//! A zip bomb is a small file whose entries decompress to gigabytes, or whose directory
//! claims millions of entries. Here the number of entries is checked in the
//! end-of-central-directory record before the zip crate builds its index, and every part
//! is read through `Read::take(limit + 1)`, so at most `limit + 1` bytes are ever
//! decompressed whatever the entry's header says. This module does not parse XML.

use super::super::error::excerpt;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// A package with more entries than this is refused (a Word file has a few dozen; one
/// with many pictures, a few hundred).
pub(crate) const MAX_ENTRIES: u64 = 10_000;

/// An opened package over the file's bytes.
pub(crate) type Package<'b> = ZipArchive<Cursor<&'b [u8]>>;

/// The first bytes of an OLE compound file: an old `.doc`, or an encrypted `.docx`.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// The end-of-central-directory record's signature, and its size without the comment.
const EOCD_SIG: &[u8; 4] = b"PK\x05\x06";
const EOCD_LEN: usize = 22;
/// The zip64 end-of-central-directory locator and record signatures.
const EOCD64_LOCATOR_SIG: &[u8; 4] = b"PK\x06\x07";
const EOCD64_SIG: &[u8; 4] = b"PK\x06\x06";

/// Why a part could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PartError {
    /// The package has no entry of that name.
    Missing,
    /// The entry decompresses to more than the limit (bytes).
    TooLarge { limit: u64 },
    /// The entry is damaged, encrypted or uses an unsupported compression.
    Damaged(String),
}

/// Opens the bytes of a `.docx` as a zip, or says in words what the file is instead.
pub(crate) fn open(bytes: &[u8]) -> Result<Package<'_>, String> {
    if bytes.starts_with(&OLE_MAGIC) {
        return Err("encrypted or not a .docx (an old .doc?)".into());
    }
    if !bytes.starts_with(b"PK") {
        return Err(format!(
            "not a zip file (a .docx is a zip package; found {})",
            what_it_is(bytes)
        ));
    }
    let Some(eocd) = find_eocd(bytes) else {
        return Err(
            "truncated or damaged zip: no end-of-central-directory record (the file may be cut short)"
                .into(),
        );
    };
    match declared_entries(bytes, eocd) {
        Some(n) if n > MAX_ENTRIES => {
            return Err(format!(
                "the zip declares {n} entries (more than {MAX_ENTRIES}; a zip bomb?), skipped"
            ))
        }
        Some(_) => {}
        None => return Err("truncated or damaged zip: bad zip64 directory record".into()),
    }
    ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("truncated or damaged zip: {}", describe(&e)))
}

/// A short description of a file that is not a zip, from its first bytes.
fn what_it_is(bytes: &[u8]) -> String {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(64)]).to_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("{\\rtf") {
        "an RTF document".into()
    } else if head.starts_with("<?xml") || head.starts_with('<') {
        "XML or HTML text".into()
    } else if head.starts_with("%pdf") {
        "a PDF".into()
    } else {
        let hex: Vec<String> = bytes.iter().take(4).map(|b| format!("{b:02X}")).collect();
        format!("bytes {}", hex.join(" "))
    }
}

/// Where the end-of-central-directory record starts: the last signature in the final
/// 64 KiB + 22 bytes (a zip comment is at most 65,535 bytes) whose comment fits the file.
pub(crate) fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(EOCD_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last).rev().find(|&at| {
        bytes.get(at..at + 4) == Some(EOCD_SIG.as_slice())
            && le_u16(bytes, at + 20)
                .is_some_and(|comment| at + EOCD_LEN + usize::from(comment) <= bytes.len())
    })
}

/// The number of entries the end-of-central-directory record at `eocd` declares (its
/// zip64 record's count when it defers to one); `None` when a zip64 record is needed
/// but missing.
pub(crate) fn declared_entries(bytes: &[u8], eocd: usize) -> Option<u64> {
    let total = le_u16(bytes, eocd + 10)?;
    let cd_offset = le_u32(bytes, eocd + 16)?;
    if total != u16::MAX && cd_offset != u32::MAX {
        return Some(u64::from(total));
    }
    let locator = eocd.checked_sub(20)?;
    if bytes.get(locator..locator + 4)? != EOCD64_LOCATOR_SIG {
        // Values at their maximum but no zip64 record: take them as written.
        return Some(u64::from(total));
    }
    let record = usize::try_from(le_u64(bytes, locator + 8)?).ok()?;
    if bytes.get(record..record + 4)? != EOCD64_SIG {
        return None;
    }
    le_u64(bytes, record + 32)
}

fn le_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn le_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le_u64(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

/// Reads the entry `name`, decompressing at most `limit + 1` bytes: more than `limit`
/// is refused, whatever size the entry's header declares.
pub(crate) fn read_part(
    pkg: &mut Package<'_>,
    name: &str,
    limit: u64,
) -> Result<Vec<u8>, PartError> {
    let entry = match pkg.by_name(name) {
        Ok(entry) => entry,
        Err(ZipError::FileNotFound) => return Err(PartError::Missing),
        Err(e) => return Err(PartError::Damaged(describe(&e))),
    };
    let mut buf = Vec::new();
    entry
        .take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| PartError::Damaged(e.to_string()))?;
    if buf.len() as u64 > limit {
        return Err(PartError::TooLarge { limit });
    }
    Ok(buf)
}

/// The entry whose name is `name` ignoring ASCII case (package part names are
/// case-insensitive), looking at no more than [`MAX_ENTRIES`] names.
pub(crate) fn find_name(pkg: &Package<'_>, name: &str) -> Option<String> {
    pkg.file_names()
        .take(MAX_ENTRIES as usize)
        .find(|n| n.eq_ignore_ascii_case(name))
        .map(str::to_string)
}

/// The first few entry names, for a message about a package that is not a Word file.
pub(crate) fn some_names(pkg: &Package<'_>, max: usize) -> String {
    let mut names: Vec<&str> = pkg.file_names().take(MAX_ENTRIES as usize).collect();
    names.sort_unstable();
    let more = names.len().saturating_sub(max);
    let mut list = names
        .into_iter()
        .take(max)
        .map(printable)
        .collect::<Vec<_>>()
        .join(", ");
    if more > 0 {
        list.push_str(&format!(" and {more} more"));
    }
    if list.is_empty() {
        list.push_str("nothing");
    }
    list
}

/// An entry name fit for a message: control characters shown as `?`, cut at 60
/// characters.
fn printable(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    excerpt(&clean, 60)
}

/// A zip error in words (the crate's `Display` hides the I/O cause).
fn describe(e: &ZipError) -> String {
    match e {
        ZipError::Io(io) => io.to_string(),
        ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED) => "the part is encrypted".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    /// A zip of `(name, content)` entries, deflated.
    pub(crate) fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts =
            SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in entries {
            w.start_file(*name, opts).expect("start entry");
            w.write_all(content).expect("write entry");
        }
        w.finish().expect("finish zip").into_inner()
    }

    #[test]
    fn reads_a_part_within_the_limit() {
        let bytes = zip_of(&[("a.xml", b"<a/>"), ("b.txt", b"hello")]);
        let mut pkg = open(&bytes).expect("opens");
        assert_eq!(read_part(&mut pkg, "b.txt", 5), Ok(b"hello".to_vec()));
        assert_eq!(read_part(&mut pkg, "c.txt", 5), Err(PartError::Missing));
        assert_eq!(find_name(&pkg, "A.XML").as_deref(), Some("a.xml"));
        assert_eq!(some_names(&pkg, 1), "a.xml and 1 more");
        let odd = zip_of(&[("line\nbreak.txt", b"x")]);
        assert_eq!(some_names(&open(&odd).expect("opens"), 5), "line?break.txt");
    }

    #[test]
    fn refuses_a_part_over_the_limit() {
        let big = vec![b'a'; 10_000];
        let bytes = zip_of(&[("big.xml", &big)]);
        let mut pkg = open(&bytes).expect("opens");
        assert_eq!(
            read_part(&mut pkg, "big.xml", 9_999),
            Err(PartError::TooLarge { limit: 9_999 })
        );
        assert_eq!(
            read_part(&mut pkg, "big.xml", 10_000).map(|b| b.len()),
            Ok(10_000)
        );
    }

    #[test]
    fn says_what_a_non_zip_is() {
        let ole = [OLE_MAGIC.as_slice(), &[0; 100]].concat();
        assert_eq!(
            open(&ole).err().as_deref(),
            Some("encrypted or not a .docx (an old .doc?)")
        );
        assert_eq!(
            open(b"{\\rtf1\\ansi hello}").err().as_deref(),
            Some("not a zip file (a .docx is a zip package; found an RTF document)")
        );
        assert_eq!(
            open(b"\x01\x02\x03\x04\x05").err().as_deref(),
            Some("not a zip file (a .docx is a zip package; found bytes 01 02 03 04)")
        );
    }

    #[test]
    fn a_cut_zip_has_no_directory() {
        let bytes = zip_of(&[("a.txt", b"some text to compress, some text to compress")]);
        let cut = &bytes[..bytes.len() / 2];
        assert_eq!(find_eocd(cut), None);
        assert!(open(cut)
            .err()
            .is_some_and(|e| e.starts_with("truncated or damaged zip")));
    }

    #[test]
    fn counts_declared_entries() {
        let bytes = zip_of(&[("a", b"1"), ("b", b"2"), ("c", b"3")]);
        let eocd = find_eocd(&bytes).expect("eocd");
        assert_eq!(declared_entries(&bytes, eocd), Some(3));
        // A directory that claims 60,000 entries is refused before it is indexed.
        let mut forged = bytes.clone();
        forged[eocd + 8..eocd + 12].copy_from_slice(&[0x60, 0xEA, 0x60, 0xEA]);
        assert_eq!(declared_entries(&forged, eocd), Some(60_000));
        assert!(open(&forged)
            .err()
            .is_some_and(|e| e.contains("60000 entries")));
    }

    #[test]
    fn never_panics_on_short_or_odd_bytes() {
        for bytes in [
            &b""[..],
            b"P",
            b"PK",
            b"PK\x05\x06",
            b"PK\x03\x04\0\0\0\0PK\x05\x06\xff\xff",
        ] {
            let _ = open(bytes);
            let _ = find_eocd(bytes);
        }
    }
}
