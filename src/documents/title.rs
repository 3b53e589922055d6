//! Titles for documents that have none of their own: a Markdown heading, or the first
//! sentence of the body, shortened at a word boundary.

use crate::text::sentences;

/// Titles are cut to about this many characters.
pub(crate) const TITLE_MAX_CHARS: usize = 80;

/// The text of a Markdown ATX heading (`# Title`, up to `######`) at `text[pos..]`.
pub(crate) fn markdown_heading(text: &str, pos: usize) -> Option<String> {
    let rest = text.get(pos..)?;
    let line = rest.split('\n').next()?.trim_end();
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let heading = line.get(hashes..)?;
    if !heading.starts_with([' ', '\t']) {
        return None;
    }
    let heading = heading.trim().trim_end_matches('#').trim();
    (!heading.is_empty()).then(|| shorten(heading, TITLE_MAX_CHARS))
}

/// The first sentence of the first non-blank line of `body`, shortened.
pub(crate) fn from_body(body: &str) -> String {
    let Some(first_line) = body.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return String::new();
    };
    let sentence = sentences(first_line)
        .first()
        .and_then(|r| first_line.get(r.clone()))
        .unwrap_or(first_line);
    shorten(sentence, TITLE_MAX_CHARS)
}

/// Collapses runs of whitespace and cuts `s` to at most `max` characters at a word
/// boundary, adding "…" when something was cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= max {
        return joined;
    }
    let mut out = String::new();
    for word in &words {
        let extra = usize::from(!out.is_empty()) + word.chars().count();
        if out.chars().count() + extra > max.saturating_sub(1) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        // One enormous word: cut it mid-word.
        out = joined.chars().take(max.saturating_sub(1)).collect();
    }
    let out = out
        .trim_end_matches([',', ';', ':', '-', '–', '—'])
        .trim_end();
    format!("{out}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_are_kept() {
        assert_eq!(shorten("  Xi   meets\nKishida ", 80), "Xi meets Kishida");
    }

    #[test]
    fn long_titles_cut_at_a_word() {
        let s = "Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida that Asia’s two largest economies";
        let t = shorten(s, 80);
        assert_eq!(
            t,
            "Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida that…"
        );
        assert!(t.chars().count() <= 80);
        assert_eq!(shorten(&"x".repeat(200), 10), format!("{}…", "x".repeat(9)));
    }

    #[test]
    fn headings_and_first_sentences() {
        assert_eq!(
            markdown_heading("## Talks resume ##\nbody", 0).as_deref(),
            Some("Talks resume")
        );
        assert_eq!(markdown_heading("#hashtag", 0), None);
        assert_eq!(
            from_body("\n  Mr. Xi met Kishida. They talked.\nMore."),
            "Mr. Xi met Kishida."
        );
        assert_eq!(from_body("   "), "");
    }
}
