//! The PDF's document information dictionary (`/Info`): a title, when it is a real one,
//! and the creation date.
//!
//! # PDF date strings (PDF 1.7, §7.9.4)
//!
//! `D:YYYYMMDDHHmmSSOHH'mm'`: everything after the year is optional, `O` is `+`, `-` or
//! `Z`. The date-time is kept as written (the writer's local time, the offset dropped),
//! as other readers keep ISO dates. Producers that write something else ("2023-11-17",
//! "Fri Nov 17 2023") are read as other date values are.
//!
//! Not here: XMP metadata streams (`dc:title`, `xmp:CreateDate`) are not read.

use super::super::text_date::parse_date;
use chrono::{NaiveDate, NaiveDateTime};
use lopdf::{Document, Object};

/// What the Info dictionary says, as text.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Info {
    pub title: Option<String>,
    pub created: Option<String>,
}

/// Reads `/Title` and `/CreationDate` from the trailer's `/Info`.
pub(super) fn read_info(doc: &Document) -> Info {
    let Some(dict) = doc
        .trailer
        .get_deref(b"Info", doc)
        .and_then(Object::as_dict)
        .ok()
    else {
        return Info::default();
    };
    let text = |key: &[u8]| {
        dict.get_deref(key, doc)
            .ok()
            .and_then(|o| lopdf::decode_text_string(o).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    Info {
        title: text(b"Title"),
        created: text(b"CreationDate"),
    }
}

/// A PDF date string as a date-time, or `None` when it is not one.
pub(super) fn pdf_date(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    let Some(digits) = s.strip_prefix("D:").or_else(|| {
        // Some producers drop the "D:".
        s.get(..8)
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
            .map(|_| s)
    }) else {
        return parse_date(s);
    };
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    let digits = &digits[..end];
    let field = |from: usize, len: usize, default: u32| -> Option<u32> {
        match digits.get(from..from + len) {
            Some(f) => f.parse().ok(),
            None if digits.len() <= from => Some(default),
            None => None,
        }
    };
    let year = i32::try_from(field(0, 4, 0).filter(|_| digits.len() >= 4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, field(4, 2, 1)?, field(6, 2, 1)?)?;
    let time = date.and_hms_opt(field(8, 2, 0)?, field(10, 2, 0)?, field(12, 2, 0)?)?;
    (1900..2100).contains(&year).then_some(time)
}

/// True when an Info title names the article, not the file or the program that made it:
/// not "Microsoft Word - draft.docx", "untitled", "Document1", "scan_0042.pdf" or a path.
pub(super) fn is_real_title(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    let generic = [
        "untitled",
        "no title",
        "title",
        "document",
        "new document",
        "powerpoint presentation",
        "slide 1",
        "print",
        "pdf",
        // "Untitled document" as office suites write it in other languages.
        "dokument bez tytułu",
        "document sans titre",
        "sans titre",
        "unbenannt",
        "ohne titel",
        "documento sin título",
        "sin título",
        "senza titolo",
    ];
    let program = [
        "microsoft word -",
        "microsoft powerpoint -",
        "microsoft excel -",
    ];
    let stem = lower.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '_');
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && !generic.contains(&stem.trim())
        && !program.iter().any(|p| lower.starts_with(p))
        && !looks_like_file_name(&lower)
}

fn looks_like_file_name(lower: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "pdf", "doc", "docx", "odt", "rtf", "txt", "htm", "html", "indd", "qxd", "ps", "eps",
        "tif", "tiff", "jpg", "jpeg", "png", "xls", "xlsx", "ppt", "pptx", "pages", "tex", "dvi",
    ];
    let has_extension = lower
        .rsplit_once('.')
        .is_some_and(|(stem, ext)| !stem.is_empty() && EXTENSIONS.contains(&ext));
    let is_path = lower.contains('\\') || lower.starts_with('/') || lower.contains(":/");
    has_extension || is_path || (!lower.contains(' ') && lower.contains('_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> Option<NaiveDateTime> {
        NaiveDate::from_ymd_opt(y, mo, d).and_then(|d| d.and_hms_opt(h, mi, s))
    }

    #[test]
    fn pdf_date_strings() {
        assert_eq!(
            pdf_date("D:20231117083000+01'00'"),
            at(2023, 11, 17, 8, 30, 0)
        );
        assert_eq!(pdf_date("D:20231117083000Z"), at(2023, 11, 17, 8, 30, 0));
        assert_eq!(
            pdf_date("D:20231117083000-05'00"),
            at(2023, 11, 17, 8, 30, 0)
        );
        assert_eq!(pdf_date("D:2023"), at(2023, 1, 1, 0, 0, 0));
        assert_eq!(pdf_date("D:202311"), at(2023, 11, 1, 0, 0, 0));
        assert_eq!(pdf_date("20231117"), at(2023, 11, 17, 0, 0, 0));
        assert_eq!(
            pdf_date("2023-11-17T08:30:00+01:00"),
            at(2023, 11, 17, 8, 30, 0)
        );
        assert_eq!(pdf_date("D:20231317"), None, "month 13");
        assert_eq!(pdf_date("D:2023111"), None, "a cut day");
        assert_eq!(pdf_date("D:10660101"), None, "out of range");
        assert_eq!(pdf_date("D:"), None);
        assert_eq!(pdf_date("yesterday"), None);
    }

    #[test]
    fn real_titles() {
        assert!(is_real_title(
            "City council approves tram line to the airport"
        ));
        assert!(is_real_title("Brexit: what happens next?"));
        for t in [
            "",
            "  ",
            "Microsoft Word - economy_draft3.docx",
            "untitled",
            "Untitled-1",
            "Document1",
            "Dokument bez tytułu",
            "scan_0042.pdf",
            "C:\\Users\\jdoe\\story.doc",
            "final_v2_clean",
            "12",
        ] {
            assert!(!is_real_title(t), "{t:?}");
        }
    }
}
