//! YAML front matter at the top of a Markdown file: a `---` line, `key: value` lines, and a
//! closing `---` (or `...`) line.
//!
//! Only `title` and the date keys (`date`, `published`, `pubdate`) are read, as plain
//! one-line values (quotes removed); everything else is ignored. This is not a YAML parser:
//! nested values, lists and multi-line strings are skipped, not interpreted.

use super::dates::{iso_prefix, parse_full};
use super::error::excerpt;
use chrono::NaiveDateTime;

/// Front matter longer than this many lines is not looked for (it is then just text).
const MAX_LINES: usize = 100;

/// What the front matter said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub title: Option<String>,
    pub date: Option<NaiveDateTime>,
    /// A date value that could not be read, quoted for the warning.
    pub bad_date: Option<String>,
    /// Byte offset just after the closing line.
    pub end: usize,
}

/// Reads front matter starting at `text[start..]`, if there is a complete block there.
pub(crate) fn front_matter(text: &str, start: usize) -> Option<FrontMatter> {
    let rest = text.get(start..)?;
    let mut lines = rest.split_inclusive('\n');
    if lines.next()?.trim_end() != "---" {
        return None;
    }
    let mut fm = FrontMatter::default();
    let mut offset = start + rest.split_inclusive('\n').next()?.len();
    for line in lines.take(MAX_LINES) {
        offset += line.len();
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            fm.end = offset;
            return Some(fm);
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim());
        match key.trim().to_ascii_lowercase().as_str() {
            "title" if fm.title.is_none() && !value.is_empty() => {
                fm.title = Some(value.to_string());
            }
            "date" | "published" | "pubdate" if fm.date.is_none() && fm.bad_date.is_none() => {
                match read_date(value) {
                    Some(date) => fm.date = Some(date),
                    None => fm.bad_date = Some(excerpt(value, 40)),
                }
            }
            _ => {}
        }
    }
    None
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// A front-matter date: anything [`parse_full`] reads, or an ISO date followed by
/// something else YAML tools write (`2023-11-17 08:30:00 +0000`).
fn read_date(value: &str) -> Option<NaiveDateTime> {
    parse_full(value).or_else(|| {
        let (date, n) = iso_prefix(value)?;
        let after = value.get(n..)?;
        (after.is_empty() || after.starts_with(' ')).then_some(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_title_and_date() {
        let t = "---\ntitle: \"Xi meets Kishida\"\ntags: [a, b]\ndate: 2023-11-17 08:30:00 +0000\n---\nBody";
        let fm = front_matter(t, 0).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Xi meets Kishida"));
        assert_eq!(
            fm.date.map(|d| d.to_string()).as_deref(),
            Some("2023-11-17 08:30:00")
        );
        assert_eq!(&t[fm.end..], "Body");
    }

    #[test]
    fn bad_date_and_unclosed_blocks() {
        let fm = front_matter("---\ndate: soon\n---\n", 0).unwrap();
        assert_eq!(fm.date, None);
        assert_eq!(fm.bad_date.as_deref(), Some("soon"));
        assert_eq!(front_matter("---\ndate: 2023-11-17\nno end", 0), None);
        assert_eq!(front_matter("--- not front matter\n---\n", 0), None);
    }
}
