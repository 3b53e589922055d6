//! Word documents (`.docx`): the paragraphs of the main document part, a title and a
//! reference date.
//!
//! A `.docx` is a zip package ([`package`]: opened without trusting its headers, every
//! part read with a cap on its decompressed size) holding WordprocessingML
//! ([`body`]: paragraphs, runs, tabs and breaks; deletions, field codes and hidden text
//! left out) and a few small parts ([`props`]).
//!
//! - **Text**: one paragraph per `<w:p>` (headings and table cells included), a blank
//!   line between paragraphs, `\n` for a line break inside one. The whole text is the
//!   body (`body: None`).
//! - **Title**: `dc:title` of `docProps/core.xml` when it is a real title, else the first
//!   paragraph styled Title or Heading 1, else the first sentence, else the file name.
//! - **Reference date**, and `date_source` saying where it came from: a dateline or
//!   "Published …" line at the start of the text (`"dateline"`), else the document
//!   properties' creation date (`"document properties (created)"`), else their
//!   modification date (`"document properties (modified; no created date)"`); none of
//!   them gives a warning.
//! - **Language**: `dc:language`, else the default language of `word/styles.xml`.
//! - **Byline**: not set. `dc:creator` is the account that made the file (a reporter, an
//!   editor, or "Windows User"), not reliably the article's author.
//!
//! Not read: footnotes, comments, headers and footers, text in pictures, old binary
//! `.doc` files and encrypted documents (both are OLE files, named as such).

mod body;
mod package;
mod props;

use super::error::{excerpt, ReadError};
use super::read::ReadResult;
use super::text_date::{dateline, parse_date};
use super::text_file::file_name;
use super::title::{from_body, shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, Warning};
use body::{read_body, Paragraph};
use chrono::NaiveDateTime;
use package::{find_name, open, read_part, some_names, Package, PartError};
use props::{core_props, is_real_title, main_part, styles as read_styles, CoreProps, Styles};

/// The most `word/document.xml` may decompress to (a long book is a few MiB of XML).
const DOCUMENT_LIMIT: u64 = 64 * 1024 * 1024;
/// The most the properties and relationships parts may decompress to.
const SMALL_PART_LIMIT: u64 = 1024 * 1024;
/// The most `word/styles.xml` may decompress to.
const STYLES_LIMIT: u64 = 8 * 1024 * 1024;
/// The main document part when `_rels/.rels` names none.
const DEFAULT_MAIN: &str = "word/document.xml";

/// Reads one Word document into `out`: one document, or a warning saying why not.
pub(crate) fn read_docx(path: &str, bytes: &[u8], out: &mut ReadResult) {
    let mut warnings = Vec::new();
    match read(path, bytes, &mut warnings) {
        Ok(doc) => out.documents.push(doc),
        Err(why) => warnings.push(ReadError::Docx(why).warning(path)),
    }
    out.warnings.extend(warnings);
}

/// The document, or why there is none; lesser problems go to `warnings`.
fn read(path: &str, bytes: &[u8], warnings: &mut Vec<Warning>) -> Result<Document, String> {
    let mut pkg = open(bytes)?;
    let main = locate_main(&mut pkg)?;
    let xml = read_part(&mut pkg, &main, DOCUMENT_LIMIT)
        .map_err(|e| format!("{}, skipped", part_error(&main, &e)))?;
    let body = read_body(&xml);
    drop(xml);
    if let Some(problem) = body.problem {
        if body.paragraphs.is_empty() {
            return Err(problem);
        }
        warnings
            .push(ReadError::Docx(format!("{problem}; the text before it was kept")).warning(path));
    }
    let text = join_paragraphs(&body.paragraphs);
    if text.is_empty() {
        return Err(format!(
            "{main} has no text (an empty document, or only pictures?)"
        ));
    }
    let core = small_part(
        &mut pkg,
        "docProps/core.xml",
        SMALL_PART_LIMIT,
        path,
        warnings,
    )
    .map(|xml| core_props(&xml))
    .unwrap_or_default();
    let styles = small_part(&mut pkg, &styles_part(&main), STYLES_LIMIT, path, warnings)
        .map(|xml| read_styles(&xml))
        .unwrap_or_default();
    let (reference_date, date_source) = match reference_date(&text, &core) {
        Ok((date, source)) => (Some(date), Some(source.to_string())),
        Err(why) => {
            warnings.push(ReadError::NoReferenceDate { why }.warning(path));
            (None, None)
        }
    };
    Ok(Document {
        path: path.to_string(),
        title: title(path, &core, &body.paragraphs, &styles, &text),
        reference_date,
        date_source,
        lang: core.language.clone().or(styles.default_lang),
        text,
        kind: DocumentKind::Docx,
        ..Document::default()
    })
}

/// The main document part: the one `_rels/.rels` names if the package has it, else
/// `word/document.xml` (in any letter case).
fn locate_main(pkg: &mut Package<'_>) -> Result<String, String> {
    let from_rels = find_name(pkg, "_rels/.rels")
        .and_then(|rels| read_part(pkg, &rels, SMALL_PART_LIMIT).ok())
        .and_then(|xml| main_part(&xml))
        .and_then(|target| find_name(pkg, &target));
    from_rels
        .or_else(|| find_name(pkg, DEFAULT_MAIN))
        .ok_or_else(|| {
            format!(
                "not a Word file (no {DEFAULT_MAIN}; the zip holds {})",
                some_names(pkg, 5)
            )
        })
}

/// `word/styles.xml` next to the main part.
fn styles_part(main: &str) -> String {
    match main.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/styles.xml"),
        None => "styles.xml".to_string(),
    }
}

/// A part that only refines the document: missing is normal, damaged or oversized is a
/// warning.
fn small_part(
    pkg: &mut Package<'_>,
    name: &str,
    limit: u64,
    path: &str,
    warnings: &mut Vec<Warning>,
) -> Option<Vec<u8>> {
    let name = find_name(pkg, name)?;
    match read_part(pkg, &name, limit) {
        Ok(xml) => Some(xml),
        Err(e) => {
            warnings.push(
                ReadError::Docx(format!("{}; read without it", part_error(&name, &e)))
                    .warning(path),
            );
            None
        }
    }
}

/// A part error in words, naming the part.
fn part_error(name: &str, e: &PartError) -> String {
    match e {
        PartError::Missing => format!("{name} is listed but missing"),
        PartError::TooLarge { limit } => format!(
            "{name} is larger than {} MiB when decompressed (a zip bomb?)",
            limit / (1024 * 1024)
        ),
        PartError::Damaged(why) => format!("{name} cannot be decompressed ({why})"),
    }
}

/// The text: paragraphs with a blank line between them.
fn join_paragraphs(paragraphs: &[Paragraph]) -> String {
    paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The title: a real `dc:title`, the first Title or Heading 1 paragraph, the first
/// sentence, or the file name.
fn title(
    path: &str,
    core: &CoreProps,
    paragraphs: &[Paragraph],
    styles: &Styles,
    text: &str,
) -> String {
    let from_props = core.title.as_deref().filter(|t| is_real_title(t));
    let from_heading = || {
        paragraphs
            .iter()
            .find(|p| p.style.as_deref().is_some_and(|s| styles.is_title_style(s)))
            .map(|p| p.text.as_str())
    };
    let title = match from_props.or_else(from_heading) {
        Some(t) => shorten(t, TITLE_MAX_CHARS),
        None => from_body(text),
    };
    if title.is_empty() {
        file_name(path)
    } else {
        title
    }
}

/// The reference date and where it came from, or why there is none.
fn reference_date(text: &str, core: &CoreProps) -> Result<(NaiveDateTime, &'static str), String> {
    if let Some(date) = dateline(text) {
        return Ok((date, "dateline"));
    }
    if let Some(date) = core.created.as_deref().and_then(parse_date) {
        return Ok((date, "document properties (created)"));
    }
    if let Some(date) = core.modified.as_deref().and_then(parse_date) {
        return Ok((date, "document properties (modified; no created date)"));
    }
    let quote = |s: &str| excerpt(s, 40);
    let props = match (&core.created, &core.modified) {
        (None, None) => "no created or modified date in the document properties".to_string(),
        (Some(c), None) => format!(
            "the document properties' created date '{}' is not a date",
            quote(c)
        ),
        (None, Some(m)) => format!(
            "the document properties' modified date '{}' is not a date",
            quote(m)
        ),
        (Some(c), Some(m)) => format!(
            "the document properties' dates '{}' and '{}' are not dates",
            quote(c),
            quote(m)
        ),
    };
    Err(format!("no dateline at the start of the text, and {props}"))
}

#[cfg(test)]
mod tests;
