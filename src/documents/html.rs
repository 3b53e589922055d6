//! Saved web pages (`.html`, `.htm`, `.xhtml`): the article, not the menus, ads, comments
//! or footers around it (Mozilla's Readability algorithm, from the `dom_smoothie` crate),
//! with its paragraphs kept; the title, byline, language and canonical URL; the
//! publication date from the best evidence the page holds ([`super::html_date`]).
//!
//! A page where Readability finds no article gives the whole body text instead, with a
//! warning, so nothing is silently lost. No script runs and nothing is fetched: the page
//! is parsed as data.

use super::error::ReadError;
use super::html_date::publication_date;
use super::read::ReadResult;
use super::title::{shorten, TITLE_MAX_CHARS};
use super::{Document, DocumentKind, Warning};
use dom_smoothie::{Config, Readability, TextMode};

/// Reads one page into `out`.
pub(crate) fn read_html(path: &str, html: &str, out: &mut ReadResult) {
    let doc = dom_query::Document::from(html);
    let url = canonical_url(&doc);
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // One parse: Readability works on a copy of the tree (it prunes it), the date and
    // URL finders on the original.
    let article = Readability::with_document(doc.clone(), None, Some(config))
        .ok()
        .filter(|r| r.is_probably_readable())
        .and_then(|mut r| r.parse().ok())
        .filter(|a| a.text_content.trim().chars().count() >= 80);
    let (text, title, byline, lang) = match &article {
        Some(a) => (
            paragraphs(&a.text_content),
            a.title.trim().to_string(),
            a.byline.clone().filter(|b| !b.trim().is_empty()),
            a.lang.clone(),
        ),
        None => {
            let body = paragraphs(&doc.select("body").formatted_text());
            let title = doc.select("title").text().trim().to_string();
            let lang = doc.select("html").attr("lang").map(|l| l.to_string());
            (body, title, None, lang)
        }
    };
    if text.trim().is_empty() {
        out.warnings
            .push(ReadError::Html("the page has no text".into()).warning(path));
        return;
    }
    if article.is_none() {
        out.warnings.push(Warning::for_path(
            path,
            format!("{path}: no article found in the page (a list, a form, a front page?): using the whole page text"),
        ));
    }
    let found = publication_date(&doc, url.as_deref(), &text);
    if let Some((evidence, other)) = found.as_ref().and_then(|f| f.disagrees.clone()) {
        let f = found.as_ref().map(|f| (f.evidence.clone(), f.date));
        if let Some((best, date)) = f {
            out.warnings.push(Warning::for_path(
                path,
                format!(
                    "{path}: the page's dates disagree: {best} says {}, {evidence} says {}; using {best}",
                    date.format("%Y-%m-%d"),
                    other.format("%Y-%m-%d")
                ),
            ));
        }
    }
    if found.is_none() {
        out.warnings.push(
            ReadError::NoReferenceDate {
                why:
                    "no publication date in the page (meta tags, JSON-LD, <time>, URL or dateline)"
                        .into(),
            }
            .warning(path),
        );
    }
    let title = if title.is_empty() {
        super::text_file::file_name(path)
    } else {
        shorten(&title, TITLE_MAX_CHARS)
    };
    out.documents.push(Document {
        id: String::new(),
        path: path.to_string(),
        title,
        reference_date: found.as_ref().map(|f| f.date),
        text,
        body: None,
        kind: DocumentKind::Html,
        url,
        byline,
        lang,
        date_source: found.map(|f| f.evidence),
    });
}

/// `<link rel="canonical">`, else `og:url`.
fn canonical_url(doc: &dom_query::Document) -> Option<String> {
    doc.select(r#"link[rel="canonical"]"#)
        .attr("href")
        .or_else(|| doc.select(r#"meta[property="og:url"]"#).attr("content"))
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
}

/// The text of an HTML fragment (a feed item's description, an e-mail's HTML part), with
/// its paragraphs kept; scripts and styles dropped, entities decoded.
pub(crate) fn fragment_text(html: &str) -> String {
    let doc = dom_query::Document::fragment(html);
    doc.select("script, style, noscript, template").remove();
    paragraphs(&doc.formatted_text())
}

/// Text with one blank line between paragraphs, lines trimmed, runs of spaces collapsed.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank = 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head><title>Council votes on harbour plan - Daily Post</title>
<link rel="canonical" href="https://example.com/news/2023/11/17/harbour">
<meta property="article:published_time" content="2023-11-17T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council votes on harbour plan</h1><p class="byline">By Jane Doe</p>
<p>The city council voted on Thursday to approve the harbour plan, ending two years of debate over the future of the waterfront and its old warehouses.</p>
<p>Work will start in the spring, the mayor said, and the first berths should open by the end of next year if the funding holds.</p>
<p>Opponents said they would appeal the decision in court, arguing that the plan ignores the fishing fleet that still uses the inner basin.</p></article>
<footer>© 2023 Daily Post</footer></body></html>"#;

    #[test]
    fn reads_the_article_its_paragraphs_url_and_date() {
        let mut out = ReadResult::default();
        read_html("page.html", PAGE, &mut out);
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
        let d = &out.documents[0];
        assert_eq!(d.kind, DocumentKind::Html);
        assert!(
            d.text.contains("The city council voted on Thursday"),
            "{}",
            d.text
        );
        assert!(!d.text.contains("Home"), "menus stay out: {}", d.text);
        assert!(d.text.contains("\n\n"), "paragraph breaks kept");
        assert_eq!(
            d.url.as_deref(),
            Some("https://example.com/news/2023/11/17/harbour")
        );
        assert_eq!(
            d.reference_date.map(|r| r.date().to_string()),
            Some("2023-11-17".into())
        );
        assert_eq!(
            d.date_source.as_deref(),
            Some("meta article:published_time")
        );
        assert!(d.title.contains("harbour plan"), "{}", d.title);
    }

    #[test]
    fn fragment_text_keeps_paragraphs_and_decodes_entities() {
        let t =
            fragment_text("<p>Talks began &amp; ended.</p><script>x()</script><p>Next day.</p>");
        assert_eq!(t, "Talks began & ended.\n\nNext day.");
        assert_eq!(
            fragment_text("plain words, no tags"),
            "plain words, no tags"
        );
    }

    #[test]
    fn a_page_with_no_article_keeps_its_text_with_a_warning() {
        let mut out = ReadResult::default();
        read_html(
            "menu.html",
            "<html><body><ul><li><a href='/a'>A</a></li><li>B</li></ul></body></html>",
            &mut out,
        );
        assert_eq!(out.documents.len(), 1);
        assert!(
            out.warnings
                .iter()
                .any(|w| w.message.contains("no article found")),
            "{:?}",
            out.warnings
        );
        let mut out = ReadResult::default();
        read_html("empty.html", "<html><body>  </body></html>", &mut out);
        assert!(out.documents.is_empty());
        assert!(
            out.warnings[0].message.contains("empty.html"),
            "{:?}",
            out.warnings
        );
    }
}
