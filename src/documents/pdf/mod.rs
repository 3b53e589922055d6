//! PDF files (`.pdf`): the text layer, read with lopdf.
//!
//! A PDF has no paragraphs, only strings drawn at positions. This reader follows each
//! page's content stream ([`content`]) with the page's fonts ([`fonts`]), rebuilds lines
//! and paragraphs from the positions ([`layout`]), and joins the pages with a blank line,
//! so a page break reads as a paragraph break. Lines of a paragraph are joined with a
//! space and words hyphenated across lines are mended.
//!
//! The date comes from a dateline or "Published …" line at the start of the text, else
//! from the PDF's creation date ([`info`]; `date_source` says which). The title is the
//! Info title when it is a real one, else the first meaningful line of text.
//!
//! What goes wrong becomes a warning naming the file, and never stops the load: bytes that
//! are no PDF, a password, a scan (no text layer), a damaged or cut-short file (its index
//! is rebuilt from the objects that survived: [`load`]), single pages that fail (the
//! others are kept). Nothing here runs a program or touches the network; lopdf is used
//! directly rather than pdf-extract, which panics on odd files and parses image data as
//! content. As a last guard a panic is caught and reported, the process-wide panic hook
//! untouched.
//!
//! Not here: OCR, XMP metadata, reading order across columns beyond the order drawn.

mod content;
mod fonts;
mod glyphs;
mod guard;
mod info;
mod layout;
mod load;

use super::error::ReadError;
use super::header::find_reference;
use super::read::ReadResult;
use super::text_date::dateline;
use super::text_file::file_name;
use super::title::{from_body, shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, Warning};
use chrono::NaiveDateTime;
use load::OpenError;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// What the date source says when the date is the PDF's creation date.
const CREATION_DATE_SOURCE: &str = "PDF creation date (no date in the text)";

/// Reads one PDF into `out`: one document, or none and a warning.
pub(crate) fn read_pdf(path: &str, bytes: &[u8], out: &mut ReadResult) {
    match catch_unwind(AssertUnwindSafe(|| read(path, bytes))) {
        Ok(result) => {
            out.documents.extend(result.documents);
            out.warnings.extend(result.warnings);
        }
        Err(_) => out.warnings.push(
            ReadError::Pdf("the PDF reader failed on this file (an internal error)".into())
                .warning(path),
        ),
    }
}

/// How one page went.
enum Page {
    Text(String),
    /// Read, but no text on it: `images` drawn, `undecoded` glyphs in fonts without a
    /// way to Unicode.
    Blank {
        images: usize,
        undecoded: usize,
    },
    Failed(String),
}

fn read(path: &str, bytes: &[u8]) -> ReadResult {
    let mut out = ReadResult::default();
    let opened = match load::open(bytes) {
        Ok(opened) => opened,
        Err(e) => {
            out.warnings.push(open_warning(path, e));
            return out;
        }
    };
    let doc = &opened.doc;
    if opened.repaired {
        out.warnings.push(
            ReadError::Pdf(
                "damaged or cut short: its index was rebuilt from the objects that survived".into(),
            )
            .warning(path),
        );
    }
    let pages = read_pages(doc);
    if pages.is_empty() {
        out.warnings
            .push(ReadError::Pdf("it has no pages".into()).warning(path));
        return out;
    }
    out.warnings.extend(page_warnings(path, &pages));
    let texts: Vec<&str> = pages
        .iter()
        .filter_map(|p| match p {
            Page::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    if texts.is_empty() {
        // A scan (or a file whose every page failed) gives no document: an empty text has
        // no events to extract and would only clutter the list; the warning says why.
        return out;
    }
    let text = texts.join("\n\n");
    let info = info::read_info(doc);
    let title = info
        .title
        .as_deref()
        .filter(|t| info::is_real_title(t))
        .map(|t| shorten(t, TITLE_MAX_CHARS))
        .or_else(|| title_from_text(&text))
        .unwrap_or_else(|| file_name(path));
    let (reference_date, date_source) = match date_of(&text, info.created.as_deref()) {
        Ok((date, source)) => (Some(date), Some(source.to_string())),
        Err(why) => {
            out.warnings
                .push(ReadError::NoReferenceDate { why }.warning(path));
            (None, None)
        }
    };
    out.documents.push(Document {
        path: path.to_string(),
        title,
        reference_date,
        text,
        kind: DocumentKind::Pdf,
        date_source,
        ..Document::default()
    });
    out
}

/// The article's date and where it came from: a dateline, else the creation date; or
/// why there is none.
fn date_of(text: &str, created: Option<&str>) -> Result<(NaiveDateTime, &'static str), String> {
    if let Some(date) = dateline(text) {
        return Ok((date, "dateline"));
    }
    match created {
        Some(c) => match info::pdf_date(c) {
            Some(date) => Ok((date, CREATION_DATE_SOURCE)),
            None => Err(format!(
                "no dateline in the text, and the PDF creation date '{c}' is not a date"
            )),
        },
        None => Err("no dateline in the text and no creation date in the PDF".into()),
    }
}

fn open_warning(path: &str, e: OpenError) -> Warning {
    match e {
        OpenError::NotPdf(found) => Warning::for_path(
            path,
            format!("{path}: not a PDF: expected a file starting with \"%PDF-\", found {found}"),
        ),
        OpenError::Encrypted(why) | OpenError::Unreadable(why) => ReadError::Pdf(why).warning(path),
    }
}

/// Reads every page; a page that fails (or panics) fails alone.
fn read_pages(doc: &lopdf::Document) -> Vec<Page> {
    let mut fonts = HashMap::new();
    load::pages(doc)
        .into_iter()
        .map(|page| {
            let Some(id) = page else {
                return Page::Failed("it is missing from the file".into());
            };
            let read = catch_unwind(AssertUnwindSafe(|| content::read_page(doc, id, &mut fonts)));
            match read {
                Ok(Ok(content)) => {
                    let text = layout::page_text(&content.runs);
                    if text.is_empty() {
                        Page::Blank {
                            images: content.images,
                            undecoded: content.undecoded,
                        }
                    } else {
                        Page::Text(text)
                    }
                }
                Ok(Err(why)) => Page::Failed(why),
                Err(_) => Page::Failed("an internal error".into()),
            }
        })
        .collect()
}

/// Warnings about pages: failed ones, and pages without text.
fn page_warnings(path: &str, pages: &[Page]) -> Vec<Warning> {
    let total = pages.len();
    let numbers = |keep: &dyn Fn(&Page) -> bool| -> Vec<usize> {
        (1..=total).filter(|&n| keep(&pages[n - 1])).collect()
    };
    let failed = numbers(&|p| matches!(p, Page::Failed(_)));
    let texts = numbers(&|p| matches!(p, Page::Text(_)));
    let undecoded: usize = pages
        .iter()
        .map(|p| match p {
            Page::Blank { undecoded, .. } => *undecoded,
            _ => 0,
        })
        .sum();
    let mut out = Vec::new();
    if let Some(first) = failed.first() {
        let why = match &pages[first - 1] {
            Page::Failed(why) => why.as_str(),
            _ => "",
        };
        let what = if texts.is_empty() {
            format!("no page could be read (page {first}: {why})")
        } else {
            format!(
                "{} of {total} could not be read (page {first}: {why}); the other pages are kept",
                page_list(&failed)
            )
        };
        out.push(ReadError::Pdf(what).warning(path));
    }
    let blank_with_images = numbers(&|p| matches!(p, Page::Blank { images, .. } if *images > 0));
    if texts.is_empty() && failed.is_empty() {
        if undecoded > 0 {
            out.push(
                ReadError::Pdf(format!(
                    "its text is in fonts that give no way to Unicode ({undecoded} glyphs), \
                     so none of it can be read"
                ))
                .warning(path),
            );
        } else {
            let pages = if total == 1 {
                "1 page".to_string()
            } else {
                format!("{total} pages")
            };
            out.push(Warning::for_path(
                path,
                format!("{path}: no text layer: scanned pages need OCR first ({pages}, no text)"),
            ));
        }
    } else if !texts.is_empty() && !blank_with_images.is_empty() {
        let verb = if blank_with_images.len() == 1 {
            "has"
        } else {
            "have"
        };
        out.push(Warning::for_path(
            path,
            format!(
                "{path}: {} of {total} {verb} no text layer (images only): scanned pages need \
                 OCR first; the other pages are kept",
                page_list(&blank_with_images)
            ),
        ));
    }
    out
}

/// "page 2", "pages 2–3", "pages 1, 4 and 6–9".
fn page_list(pages: &[usize]) -> String {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for &p in pages {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == p => *end = p,
            _ => ranges.push((p, p)),
        }
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|&(a, b)| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    let word = if pages.len() == 1 { "page" } else { "pages" };
    match parts.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{word} {} and {last}", rest.join(", ")),
        Some((last, _)) => format!("{word} {last}"),
        None => String::new(),
    }
}

/// The first meaningful paragraph of the text, shortened: a dateline that opens the
/// text is skipped, and so are a short date line ("Published 3 March 2024") and lines
/// with fewer than two words.
fn title_from_text(text: &str) -> Option<String> {
    let found = find_reference(text);
    let first_end = text.find('\n').unwrap_or(text.len());
    let from = match found.reference {
        Some(_) if found.body_start <= first_end => found.body_start,
        _ => 0,
    };
    text.get(from..)?
        .split("\n\n")
        .find(|p| {
            let words = p
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count();
            let date_line = words <= 6 && dateline(p).is_some();
            words >= 2 && !date_line
        })
        .map(from_body)
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_their_sources() {
        let at = |d: u32, h: u32, m: u32| {
            chrono::NaiveDate::from_ymd_opt(2023, 11, d).and_then(|d| d.and_hms_opt(h, m, 0))
        };
        let created = Some("D:20231117083000+01'00'");
        assert_eq!(
            date_of("LONDON, 18 November 2023 (Reuters) - Talks began.", created),
            Ok((at(18, 0, 0).unwrap(), "dateline"))
        );
        assert_eq!(
            date_of("Talks began.", created),
            Ok((at(17, 8, 30).unwrap(), CREATION_DATE_SOURCE))
        );
        assert_eq!(
            date_of("Talks began.", Some("last week")),
            Err(
                "no dateline in the text, and the PDF creation date 'last week' is not a date"
                    .into()
            )
        );
        assert!(date_of("Talks began.", None).is_err());
    }

    #[test]
    fn page_lists() {
        assert_eq!(page_list(&[2]), "page 2");
        assert_eq!(page_list(&[2, 3]), "pages 2–3");
        assert_eq!(page_list(&[1, 4, 6, 7, 8, 9]), "pages 1, 4 and 6–9");
        assert_eq!(page_list(&[]), "");
    }

    #[test]
    fn titles_from_text() {
        assert_eq!(
            title_from_text(
                "Britain’s economy stalls\n\nLONDON, 17 November 2023 (Reuters) - It fell."
            )
            .as_deref(),
            Some("Britain’s economy stalls")
        );
        // A dateline that opens the text is not the title.
        assert_eq!(
            title_from_text(
                "LONDON, 17 November 2023 (Reuters) - Britain’s economy stalled. It fell."
            )
            .as_deref(),
            Some("Britain’s economy stalled.")
        );
        assert_eq!(
            title_from_text("7\n\nOK\n\nFerry service resumes").as_deref(),
            Some("Ferry service resumes")
        );
        assert_eq!(
            title_from_text("Published 3 March 2024\n\nThe ferry service resumed.").as_deref(),
            Some("The ferry service resumed.")
        );
        assert_eq!(title_from_text("12 3"), None);
    }
}
