//! The small parts of a `.docx` around its text: the document properties
//! (`docProps/core.xml`: title, creator, created and modified dates, language), the
//! package relationships (`_rels/.rels`: which part is the main document) and the style
//! names (`word/styles.xml`: which style ids are the title and first-level headings).
//!
//! Every reader here is lenient: a damaged part gives what could be read before the
//! damage, never an error, because these parts only refine what the text gives.

use super::body::attr;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;

/// The fields of `docProps/core.xml` used here, trimmed; empty ones are `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct CoreProps {
    pub title: Option<String>,
    pub creator: Option<String>,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub language: Option<String>,
}

/// Reads `docProps/core.xml` (`dc:title`, `dc:creator`, `dcterms:created`, …, matched
/// by local name).
pub(crate) fn core_props(xml: &[u8]) -> CoreProps {
    let mut props = CoreProps::default();
    let mut reader = Reader::from_reader(xml);
    let mut current: Option<Vec<u8>> = None;
    let mut value = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                current = Some(e.local_name().as_ref().to_vec());
                value.clear();
            }
            Ok(Event::Text(t)) if current.is_some() => {
                if let Ok(s) = t.unescape() {
                    value.push_str(&s);
                }
            }
            Ok(Event::End(_)) => {
                if let Some(name) = current.take() {
                    props.set(&name, &value);
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    props
}

impl CoreProps {
    fn set(&mut self, local: &[u8], value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let slot = match local {
            b"title" => &mut self.title,
            b"creator" => &mut self.creator,
            b"created" => &mut self.created,
            b"modified" => &mut self.modified,
            b"language" => &mut self.language,
            _ => return,
        };
        slot.get_or_insert_with(|| value.to_string());
    }
}

/// The main document part named by `_rels/.rels` (the `officeDocument` relationship's
/// target, without a leading `/`), if any.
pub(crate) fn main_part(rels: &[u8]) -> Option<String> {
    let mut reader = Reader::from_reader(rels);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) | Ok(Event::Empty(e))
                if e.local_name().as_ref() == b"Relationship" =>
            {
                let is_main = attr(&e, b"Type").is_some_and(|t| t.ends_with("/officeDocument"));
                let external = attr(&e, b"TargetMode").is_some_and(|m| m == "External");
                if let (true, false, Some(target)) = (is_main, external, attr(&e, b"Target")) {
                    let target = target.trim_start_matches('/').to_string();
                    return (!target.is_empty()).then_some(target);
                }
            }
            Ok(Event::Eof) | Err(_) => return None,
            Ok(_) => {}
        }
    }
}

/// What `word/styles.xml` says: the id → name of each paragraph style, and the
/// document's default language (`w:docDefaults`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Styles {
    pub names: HashMap<String, String>,
    pub default_lang: Option<String>,
}

/// Reads `word/styles.xml`.
pub(crate) fn styles(xml: &[u8]) -> Styles {
    let mut styles = Styles::default();
    let mut reader = Reader::from_reader(xml);
    let mut style_id: Option<String> = None;
    let mut in_defaults = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                b"style" => style_id = attr(&e, b"styleId"),
                b"docDefaults" => in_defaults = true,
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.local_name().as_ref() {
                b"name" => {
                    if let (Some(id), Some(name)) = (style_id.clone(), attr(&e, b"val")) {
                        styles.names.entry(id).or_insert(name);
                    }
                }
                b"lang" if in_defaults && styles.default_lang.is_none() => {
                    styles.default_lang = attr(&e, b"val").filter(|v| !v.is_empty());
                }
                _ => {}
            },
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                b"style" => style_id = None,
                b"docDefaults" => in_defaults = false,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    styles
}

impl Styles {
    /// True when the style id is the document title or a first-level heading: by id as
    /// English Word writes it (`Title`, `Heading1`), or by the built-in style name that
    /// localized Word keeps (`title`, `heading 1`) behind ids like `Titel`.
    pub(crate) fn is_title_style(&self, id: &str) -> bool {
        let by_id = id.eq_ignore_ascii_case("Title") || id.eq_ignore_ascii_case("Heading1");
        let by_name = self.names.get(id).is_some_and(|name| {
            let name = name.to_lowercase();
            name == "title" || name == "heading 1"
        });
        by_id || by_name
    }
}

/// True when a `dc:title` names this document rather than a template or a default
/// ("Title", "Document1", "Microsoft Word - notes.doc").
pub(crate) fn is_real_title(title: &str) -> bool {
    let t = title.trim().to_lowercase();
    let generic = [
        "title",
        "untitled",
        "document",
        "new document",
        "word document",
        "doc",
    ];
    let numbered = |stem: &str| {
        t.strip_prefix(stem)
            .is_some_and(|rest| rest.trim().bytes().all(|b| b.is_ascii_digit()))
    };
    t.chars().any(char::is_alphanumeric)
        && !generic.contains(&t.as_str())
        && !numbered("document")
        && !numbered("untitled")
        && !t.starts_with("microsoft word - ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CORE: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Harbour &amp; docks</dc:title><dc:creator>jsmith</dc:creator><dc:language>en-GB</dc:language><cp:lastModifiedBy>x</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2023-11-17T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF"> </dcterms:modified></cp:coreProperties>"#;

    #[test]
    fn reads_core_properties() {
        let p = core_props(CORE.as_bytes());
        assert_eq!(p.title.as_deref(), Some("Harbour & docks"));
        assert_eq!(p.creator.as_deref(), Some("jsmith"));
        assert_eq!(p.created.as_deref(), Some("2023-11-17T08:00:00Z"));
        assert_eq!(p.modified, None);
        assert_eq!(p.language.as_deref(), Some("en-GB"));
        assert_eq!(core_props(b"<not xml"), CoreProps::default());
    }

    #[test]
    fn finds_the_main_part() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        assert_eq!(
            main_part(rels.as_bytes()).as_deref(),
            Some("word/document2.xml")
        );
        assert_eq!(main_part(b"<Relationships/>"), None);
    }

    #[test]
    fn title_styles_by_id_or_name() {
        let xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="de-DE" w:eastAsia="en-US"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style><w:style w:styleId="Standard"><w:name w:val="Normal"/></w:style></w:styles>"#;
        let s = styles(xml.as_bytes());
        assert_eq!(s.default_lang.as_deref(), Some("de-DE"));
        assert!(s.is_title_style("berschrift1"));
        assert!(s.is_title_style("Titel"));
        assert!(s.is_title_style("Heading1"));
        assert!(!s.is_title_style("Standard"));
        assert!(!s.is_title_style("Heading2"));
    }

    #[test]
    fn generic_titles_are_not_real() {
        for t in [
            "",
            "  ",
            "Title",
            "untitled 3",
            "Document1",
            "Microsoft Word - notes.doc",
            "--",
        ] {
            assert!(!is_real_title(t), "{t:?}");
        }
        for t in [
            "Council votes on harbour plan",
            "Documentary wins award",
            "2023 budget",
        ] {
            assert!(is_real_title(t), "{t:?}");
        }
    }
}
