//! Sentence splitting for news text.
//!
//! A rule-based splitter good enough for wire copy: a sentence ends at `.`, `!` or `?`
//! (optionally followed by closing quotes or brackets) followed by whitespace and an
//! upper-case letter, digit or opening quote — unless the word before the period is a known
//! abbreviation ("Mr.", "Nov.", "U.S.") or a single initial. A blank line (paragraph break)
//! always ends a sentence. Returned spans are trimmed of surrounding whitespace.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence (compared lower-case,
/// without the final period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "st",
    "jr", "sr", "rev", "hon", "pres", "cmdr", "adm", "maj", "supt", "det", "insp", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "v", "etc", "inc",
    "corp", "co", "ltd", "bros", "dept", "univ", "assn", "approx", "est", "fig", "ft", "mt", "ave",
    "blvd", "rd", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "calif", "conn",
    "fla", "ga", "ill", "mass", "mich", "minn", "pa", "tenn", "tex", "va", "wash", "wis", "ariz",
    "colo", "del", "ind", "kan", "ky", "la", "md", "mo", "neb", "nev", "okla", "ore",
];

/// Splits `text` into sentences, returning trimmed byte ranges into `text`.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Paragraph break: newline, optional spaces, newline.
        if b == b'\n' {
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push_trimmed(text, start..i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
        }
        if matches!(b, b'.' | b'!' | b'?') {
            let end = end_of_terminator(text, i + 1);
            if ends_sentence(text, i, end) {
                push_trimmed(text, start..end, &mut out);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// The sentence containing byte offset `pos`, if any.
pub fn sentence_at(sentences: &[Range<usize>], pos: usize) -> Option<Range<usize>> {
    let idx = sentences.partition_point(|s| s.end <= pos);
    sentences.get(idx).filter(|s| s.start <= pos).cloned()
}

/// Skips further terminators and closing quotes/brackets after a terminator at `from - 1`.
fn end_of_terminator(text: &str, from: usize) -> usize {
    let mut end = from;
    for c in text[from..].chars() {
        if matches!(
            c,
            '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»'
        ) {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn ends_sentence(text: &str, dot: usize, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    match chars.next() {
        None => return true,
        Some(c) if c.is_whitespace() => {}
        Some(_) => return false,
    }
    let next = rest.trim_start().chars().next();
    let starts_new = match next {
        None => true,
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '–' | '—' | '-')
        }
    };
    if !starts_new {
        return false;
    }
    if text.as_bytes()[dot] != b'.' {
        return true;
    }
    // Word before the period.
    let before = &text[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // Single initial ("J. Smith") or dotted acronym ("U.S", "A.M").
    let letters: Vec<char> = word.chars().collect();
    if letters.len() == 1 && letters[0].is_alphabetic() {
        return false;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return false;
    }
    true
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_periods_and_paragraphs() {
        let t = "Mr. Xi met Mr. Kishida on Nov. 16. They talked.\n\nA new paragraph";
        assert_eq!(
            split(t),
            vec![
                "Mr. Xi met Mr. Kishida on Nov. 16.",
                "They talked.",
                "A new paragraph"
            ]
        );
    }

    #[test]
    fn keeps_acronyms_and_initials() {
        let t = "The U.S. Army and J. Smith left at 10 a.m. Friday. Then “it ended.” Done!";
        assert_eq!(
            split(t),
            vec![
                "The U.S. Army and J. Smith left at 10 a.m. Friday.",
                "Then “it ended.”",
                "Done!"
            ]
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        assert_eq!(
            split("It cost 3.5 billion. ok then"),
            vec!["It cost 3.5 billion. ok then"]
        );
    }

    #[test]
    fn sentence_at_finds_containing_span() {
        let t = "One. Two. Three.";
        let s = sentences(t);
        assert_eq!(&t[sentence_at(&s, 6).unwrap()], "Two.");
        assert_eq!(sentence_at(&s, 4), None); // the space between sentences
    }
}
