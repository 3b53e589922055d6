//! The publication date of a web page, best evidence first, as a careful reader finds it:
//! 1. JSON-LD `datePublished` (in any object or `@graph` of the page's ld+json scripts);
//! 2. meta tags (`article:published_time`, `dc.date`, `parsely-pub-date`, `sailthru.date`,
//!    `pubdate`, `itemprop="datePublished"`, …);
//! 3. a `<time datetime>` outside comments, related-article boxes, sidebars and footers;
//! 4. a date in the page's URL path (`/2023/11/17/`), canonical or `og:url`;
//! 5. a dateline or a "Published …" line at the start of the article text;
//! 6. only then a modified date (JSON-LD `dateModified`, `article:modified_time`, …),
//!    and the evidence says so.
//!
//! A date is the day written on the page, in the page's own time zone
//! ("2015-04-06T23:30:00-04:00" is 6 April). Two kinds of published evidence that
//! disagree by more than a day give a warning. This module reads; it never fetches.

use super::text_date::{dateline, first_date, parse_date, stamp, Stamp};
use chrono::{NaiveDate, NaiveDateTime};
use dom_query::{Document, NodeRef};

/// A date found, and what it was found in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageDate {
    pub date: NaiveDateTime,
    /// "JSON-LD datePublished", "meta article:published_time", `<time datetime>`, "URL",
    /// "dateline", "modified date (meta article:modified_time)", …
    pub evidence: String,
    /// Other published evidence more than a day away, if any: (evidence, date).
    pub disagrees: Option<(String, NaiveDateTime)>,
}

/// Meta tags that carry the publication date (name, property or itemprop; lower case).
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.issued",
    "dcterms.date",
    "date",
    "article:publicationdate",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "article_date_original",
    "citation_publication_date",
    "original-publish-date",
    "datecreated",
    "displaydate",
    "cxenseparse:recs:publishtime",
];

/// Meta tags that carry the last modification.
const MODIFIED_META: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "modified",
];

/// Class or id words of boxes whose dates are never the article's, wherever they are.
const OTHER_CONTENT: &[&str] = &[
    "comment",
    "related",
    "recommend",
    "popular",
    "trending",
    "promo",
    "newsletter",
];

/// Class or id words (and tag names) of page furniture: a box the article's own header
/// may sit in when it is inside the article (`<article><aside>date</aside>`, Blogger's
/// `post-footer`), but whose dates are not the article's outside it.
const FURNITURE: &[&str] = &["sidebar", "footer", "aside", "nav"];

/// The page's publication date, if it shows one. `url` is the page's canonical URL (or
/// `og:url`), `text` the article text (for a dateline).
pub fn publication_date(doc: &Document, url: Option<&str>, text: &str) -> Option<PageDate> {
    let mut published: Vec<(String, NaiveDateTime)> = Vec::new();
    let mut modified: Vec<(String, NaiveDateTime)> = Vec::new();
    json_ld(doc, &mut published, &mut modified);
    meta(doc, &mut published, &mut modified);
    if let Some(d) = time_element(doc) {
        published.push(("<time datetime>".into(), d));
    }
    if let Some(d) = url.and_then(url_date) {
        published.push(("URL".into(), d));
    }
    if let Some(d) = dateline(text) {
        published.push(("dateline".into(), d));
    }
    if published.is_empty() {
        visible_stamps(doc, &mut published, &mut modified);
    }
    if let Some((evidence, date)) = published.first().cloned() {
        let disagrees = published
            .iter()
            .find(|(_, d)| (d.date() - date.date()).num_days().abs() > 1)
            .cloned();
        return Some(PageDate {
            date,
            evidence,
            disagrees,
        });
    }
    modified.first().map(|(evidence, date)| PageDate {
        date: *date,
        evidence: format!("modified date ({evidence}): the page shows no publication date"),
        disagrees: None,
    })
}

fn json_ld(
    doc: &Document,
    published: &mut Vec<(String, NaiveDateTime)>,
    modified: &mut Vec<(String, NaiveDateTime)>,
) {
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let Some(value) = parse_json_ld(&script.text()) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(map) => {
                    for (key, out) in [
                        ("datePublished", &mut *published),
                        ("dateModified", &mut *modified),
                    ] {
                        if let Some(d) = map.get(key).and_then(|d| d.as_str()).and_then(parse_date)
                        {
                            out.push((format!("JSON-LD {key}"), d));
                        }
                    }
                    stack.extend(map.values());
                }
                serde_json::Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
}

/// A JSON-LD script's value. Pages wrap it in `<![CDATA[ … ]]>` (often inside `/* */` or
/// `//` comments) and leave raw line breaks inside strings, which strict JSON refuses.
fn parse_json_ld(raw: &str) -> Option<serde_json::Value> {
    // The JSON is what lies between the first opening and the last closing bracket,
    // once CDATA markers are gone.
    let raw = raw.replace("<![CDATA[", "").replace("]]>", "");
    let start = raw.find(['{', '['])?;
    let end = raw.rfind(['}', ']'])? + 1;
    let t = raw.get(start..end)?;
    serde_json::from_str(t).ok().or_else(|| {
        let flat: String = t
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&flat).ok()
    })
}

fn meta(
    doc: &Document,
    published: &mut Vec<(String, NaiveDateTime)>,
    modified: &mut Vec<(String, NaiveDateTime)>,
) {
    // In the order of the lists (best first), whatever the order on the page.
    let mut found: Vec<(usize, bool, String, NaiveDateTime)> = Vec::new();
    for m in doc.select("meta").nodes() {
        let key = ["property", "name", "itemprop", "http-equiv"]
            .iter()
            .find_map(|a| m.attr(a))
            .map(|k| k.to_lowercase());
        let (Some(key), Some(content)) = (key, m.attr("content").or_else(|| m.attr("datetime")))
        else {
            continue;
        };
        let Some(date) = parse_date(&content) else {
            continue;
        };
        // `<meta itemprop>` is microdata: an embedded video's date is not the article's.
        if m.has_attr("itemprop") && in_other_item(m) {
            continue;
        }
        if let Some(rank) = PUBLISHED_META.iter().position(|k| *k == key) {
            found.push((rank, true, format!("meta {key}"), date));
        } else if let Some(rank) = MODIFIED_META.iter().position(|k| *k == key) {
            found.push((rank, false, format!("meta {key}"), date));
        }
    }
    found.sort_by_key(|(rank, ..)| *rank);
    for (_, is_published, evidence, date) in found {
        if is_published {
            published.push((evidence, date));
        } else {
            modified.push((evidence, date));
        }
    }
    // `<time itemprop="datePublished">`, `<abbr itemprop="datePublished" title>` and the
    // like are microdata, not meta; hAtom marks the date `<abbr class="published" title>`.
    for (selector, evidence) in [
        (r#"[itemprop="datePublished"]"#, "itemprop datePublished"),
        (
            "abbr.published[title], time.published, .entry-date[datetime]",
            "hAtom published",
        ),
    ] {
        for t in doc.select(selector).nodes() {
            if in_other_box(t) || in_other_item(t) {
                continue;
            }
            if let Some(d) = ["datetime", "content", "title"]
                .iter()
                .find_map(|a| t.attr(a).and_then(|v| parse_date(&v)))
            {
                published.push((evidence.into(), d));
            }
        }
    }
}

/// True when a microdata property belongs to an embedded item that is not the article
/// (a video's or an image's `datePublished`, a comment's).
fn in_other_item(node: &NodeRef<'_>) -> bool {
    let scope = node
        .ancestors(Some(32))
        .into_iter()
        .find(|a| a.has_attr("itemscope"));
    scope.and_then(|a| a.attr("itemtype")).is_some_and(|t| {
        let t = t.to_lowercase();
        [
            "videoobject",
            "imageobject",
            "audioobject",
            "mediaobject",
            "comment",
            "review",
        ]
        .iter()
        .any(|k| t.ends_with(k))
    })
}

/// How many lines of a page's visible text may hold its date stamp (the header, not the
/// archive lists further down).
const STAMP_LINES: usize = 80;

/// Dates a reader sees on a page that has no machine-readable one: a "Posted on …" line,
/// a date in the `<title>`, a short date line in the header; "Last updated …" anywhere
/// (a footer too) as a modification date. Comment, related and footer boxes are left out
/// for publication stamps. Only runs when nothing better was found (it copies the page
/// tree to drop those boxes).
fn visible_stamps(
    doc: &Document,
    published: &mut Vec<(String, NaiveDateTime)>,
    modified: &mut Vec<(String, NaiveDateTime)>,
) {
    let at0 = |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0);
    let full = doc.select("body").formatted_text();
    if let Some(d) = full.lines().find_map(|l| match stamp(l) {
        Some((d, Stamp::Updated)) => at0(d),
        _ => None,
    }) {
        modified.push(("'Last updated' line".into(), d));
    }
    let clean = doc.clone();
    // Citations, reference lists and data tables hold other things' dates ("Retrieved
    // 5 April 2014", "Initial release: February 28, 1998").
    clean
        .select(
            "script, style, noscript, nav, aside, footer, form, cite, table.infobox, \
             .infobox, .wikitable, .reference, .references, .reflist",
        )
        .remove();
    for n in clean.select("[class], [id]").nodes() {
        let (name, marks) = box_marks(n);
        if !matches!(name.as_str(), "body" | "html" | "main" | "article")
            && (has_word(&marks, OTHER_CONTENT) || is_furniture(&name, &marks))
        {
            n.remove_from_parent();
        }
    }
    let text = clean.select("body").formatted_text();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(STAMP_LINES)
        .collect();
    let first = |want: Stamp| {
        lines.iter().find_map(|l| match stamp(l) {
            Some((d, kind)) if kind == want => at0(d),
            _ => None,
        })
    };
    if let Some(d) = first(Stamp::Published) {
        published.push(("'Published' line".into(), d));
    }
    let title = doc.select("head title").text();
    if let Some(d) = title_date(&title) {
        published.push(("date in the page title".into(), d));
    }
    if let Some(d) = first(Stamp::Bare) {
        published.push(("date line in the page header".into(), d));
    }
}

/// A full date anywhere in a page title ("… - 07.12.2017 - LA NACION").
fn title_date(title: &str) -> Option<NaiveDateTime> {
    first_date(title.trim()).and_then(|d| d.and_hms_opt(0, 0, 0))
}

/// The first `<time datetime>` that is not in a comment, a related box or a footer.
fn time_element(doc: &Document) -> Option<NaiveDateTime> {
    doc.select("time[datetime]")
        .nodes()
        .iter()
        .filter(|n| !in_other_box(n))
        .find_map(|n| n.attr("datetime").and_then(|v| parse_date(&v)))
}

fn in_other_box(node: &NodeRef<'_>) -> bool {
    let mut furniture_inside = false;
    for a in node.ancestors(Some(32)) {
        let (name, marks) = box_marks(&a);
        if is_article(&a, &name, &marks) {
            // Furniture inside the article belongs to it; outside, the article is in it.
            return ancestors_are_furniture(&a);
        }
        // `<body class="single comments-open">` marks the whole page, not a box.
        if matches!(name.as_str(), "body" | "html" | "main") {
            continue;
        }
        if has_word(&marks, OTHER_CONTENT) {
            return true;
        }
        furniture_inside |= is_furniture(&name, &marks);
    }
    furniture_inside
}

/// True when an article element itself sits in page furniture (a sidebar of teasers).
fn ancestors_are_furniture(article: &NodeRef<'_>) -> bool {
    article.ancestors(Some(32)).iter().any(|a| {
        let (name, marks) = box_marks(a);
        !matches!(name.as_str(), "body" | "html" | "main")
            && (is_furniture(&name, &marks) || has_word(&marks, OTHER_CONTENT))
    })
}

/// A node's tag name and its class and id words, lower case.
fn box_marks(a: &NodeRef<'_>) -> (String, String) {
    let name = a.node_name().map(|n| n.to_lowercase()).unwrap_or_default();
    let marks = format!(
        "{} {}",
        a.attr("class").unwrap_or_default(),
        a.attr("id").unwrap_or_default()
    )
    .to_lowercase();
    (name, marks)
}

fn is_furniture(name: &str, marks: &str) -> bool {
    matches!(name, "aside" | "footer" | "nav") || has_word(marks, FURNITURE)
}

/// True when a class or id word, or a `-`/`_` part of one, starts with one of `words`
/// ("comments-area", "post_sidebar", "relatedStories"), but not when the word is only
/// inside another ("contentWithSidebar" is the content).
fn has_word(marks: &str, words: &[&str]) -> bool {
    marks
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .any(|part| {
            words
                .iter()
                .any(|w| part.starts_with(w.trim_end_matches('-')))
        })
}

/// The article's own element: `<article>`, a schema.org article item, an hAtom entry.
fn is_article(a: &NodeRef<'_>, name: &str, marks: &str) -> bool {
    let typed = a.attr("itemtype").is_some_and(|t| {
        let t = t.to_lowercase();
        ["article", "blogposting", "report"]
            .iter()
            .any(|k| t.ends_with(k))
    });
    name == "article"
        || typed
        || marks
            .split_whitespace()
            .any(|w| w == "hentry" || w == "h-entry")
}

/// `/2023/11/17/` (or `/2023-11-17/`) in a URL path.
pub(crate) fn url_date(url: &str) -> Option<NaiveDateTime> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let parts: Vec<&str> = path.split(['/', '?', '#']).collect();
    for w in parts.windows(3) {
        let num = |s: &str, len: std::ops::RangeInclusive<usize>| {
            (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4..=4), num(w[1], 1..=2), num(w[2], 1..=2))
        {
            if let Some(date) = NaiveDate::from_ymd_opt(y as i32, m, d) {
                return date.and_hms_opt(0, 0, 0);
            }
        }
    }
    let plausible = |date: NaiveDate| {
        (1990..2100)
            .contains(&chrono::Datelike::year(&date))
            .then(|| date.and_hms_opt(0, 0, 0))
            .flatten()
    };
    parts
        .iter()
        .find_map(|p| {
            let date = NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok()?;
            plausible(date)
        })
        .or_else(|| {
            // A compact date set off in a slug or query: "…-hamilton-20190520/",
            // "?a=20170309-35097838". Exactly eight digits, a valid day.
            path.split(|c: char| !c.is_ascii_digit())
                .filter(|run| run.len() == 8)
                .find_map(|run| plausible(NaiveDate::parse_from_str(run, "%Y%m%d").ok()?))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap()
    }

    fn date_of(html: &str) -> Option<(NaiveDateTime, String)> {
        let doc = Document::from(html);
        publication_date(&doc, None, "").map(|p| (p.date, p.evidence))
    }

    #[test]
    fn best_evidence_first() {
        let html = r#"<html><head>
            <meta property="article:modified_time" content="2023-11-20T10:00:00Z">
            <meta property="article:published_time" content="2023-11-17T23:30:00-05:00">
            </head><body><article><p>Text</p></article>
            <aside class="related"><time datetime="2023-12-01">Dec 1</time></aside></body></html>"#;
        let (d, e) = date_of(html).unwrap();
        assert_eq!(
            d.date(),
            day(2023, 11, 17).date(),
            "the day as written, in its zone"
        );
        assert_eq!(e, "meta article:published_time");
    }

    #[test]
    fn related_boxes_and_comments_do_not_date_the_article() {
        let html = r#"<body><article><h1>T</h1><p>No date here.</p></article>
            <div id="comments"><time datetime="2024-01-05">Jan 5</time></div></body>"#;
        assert_eq!(date_of(html), None);
    }

    #[test]
    fn json_ld_url_and_modified() {
        let html = r#"<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-03-09"}]}</script>"#;
        assert_eq!(date_of(html).unwrap().0, day(2021, 3, 9));
        assert_eq!(
            url_date("https://example.com/news/2021/03/09/slug"),
            Some(day(2021, 3, 9))
        );
        assert_eq!(url_date("https://example.com/2021/13/40/x"), None);
        let html = r#"<meta name="dcterms.modified" content="2022-05-04">"#;
        let (d, e) = date_of(html).unwrap();
        assert_eq!(d, day(2022, 5, 4));
        assert!(e.starts_with("modified date"), "{e}");
    }

    #[test]
    fn datelines_and_published_lines() {
        assert_eq!(
            dateline("Published 4 May 2022\nThe council met."),
            Some(day(2022, 5, 4))
        );
        assert_eq!(
            dateline("WASHINGTON, March 3, 2023 (Reuters) - Talks began."),
            Some(day(2023, 3, 3))
        );
    }
}
