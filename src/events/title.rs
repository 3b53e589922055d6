//! Short readable titles for events: the clause around the time expression.
//!
//! A sentence that already fits is used whole. A longer one is cut into clauses at
//! `;`, `:`, dashes and comma-space (never inside the expression itself); the clause holding
//! the expression is grown with its neighbours while it is short, then trimmed at word
//! boundaries around the expression to [`MAX_TITLE_CHARS`].

use std::ops::Range;

/// Titles longer than this are trimmed (in chars).
pub const MAX_TITLE_CHARS: usize = 110;
const MIN_CLAUSE_CHARS: usize = 35;

/// A title for the event whose expression is `expr` inside sentence `sentence` (both byte
/// ranges into `text`).
pub fn title(text: &str, sentence: Range<usize>, expr: Range<usize>) -> String {
    let s = &text[sentence.clone()];
    let s_trim = s.trim_end_matches(['.', ' ']);
    if s_trim.chars().count() <= MAX_TITLE_CHARS {
        return tidy(s_trim);
    }
    // Clause boundaries, as byte offsets relative to the sentence.
    let e_start = expr.start.saturating_sub(sentence.start);
    let e_end = expr.end.saturating_sub(sentence.start).min(s.len());
    let mut cuts = vec![0usize];
    for (i, c) in s.char_indices() {
        let boundary = match c {
            ';' | ':' | '—' | '–' => true,
            ',' => s[i + 1..].starts_with(' '),
            _ => false,
        };
        if boundary && (i < e_start || i >= e_end) {
            cuts.push(i + c.len_utf8());
        }
    }
    cuts.push(s.len());
    cuts.dedup();
    // Clause containing the expression start.
    let k = cuts.partition_point(|&c| c <= e_start).saturating_sub(1);
    let (mut lo, mut hi) = (k, (k + 1).min(cuts.len() - 1));
    while chars(&s[cuts[lo]..cuts[hi]]) < MIN_CLAUSE_CHARS && (lo > 0 || hi + 1 < cuts.len()) {
        if hi + 1 < cuts.len() {
            hi += 1;
        } else {
            lo -= 1;
        }
    }
    let (a, b) = (cuts[lo], cuts[hi]);
    let clause = &s[a..b];
    if chars(clause.trim()) <= MAX_TITLE_CHARS {
        return tidy(clause);
    }
    // Window of words around the expression.
    let rel_start = e_start.saturating_sub(a).min(clause.len());
    let rel_end = e_end.saturating_sub(a).clamp(rel_start, clause.len());
    tidy(&window(clause, rel_start..rel_end))
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Words around `keep` (byte range in `s`) up to MAX_TITLE_CHARS, with ellipses.
fn window(s: &str, keep: Range<usize>) -> String {
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    if words.is_empty() {
        return String::new();
    }
    let first = words
        .iter()
        .position(|(o, w)| o + w.len() > keep.start)
        .unwrap_or(0);
    let last = words
        .iter()
        .rposition(|(o, _)| *o < keep.end)
        .unwrap_or(first)
        .max(first);
    let (mut lo, mut hi) = (first, last);
    let len = |lo: usize, hi: usize| -> usize {
        words[lo..=hi]
            .iter()
            .map(|(_, w)| w.chars().count() + 1)
            .sum::<usize>()
    };
    // Prefer context before the expression (the subject and verb), then after.
    loop {
        let mut grew = false;
        if lo > 0 && len(lo - 1, hi) <= MAX_TITLE_CHARS - 2 {
            lo -= 1;
            grew = true;
        }
        if hi + 1 < words.len() && len(lo, hi + 1) <= MAX_TITLE_CHARS - 2 {
            hi += 1;
            grew = true;
        }
        if !grew {
            break;
        }
    }
    let body = words[lo..=hi]
        .iter()
        .map(|(_, w)| *w)
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::new();
    if lo > 0 {
        out.push('…');
    }
    out.push_str(&body);
    if hi + 1 < words.len() {
        out.push('…');
    }
    out
}

/// Trims punctuation and whitespace, collapses inner whitespace, capitalizes.
fn tidy(s: &str) -> String {
    let t = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–'));
    let t = t.trim_end_matches('.');
    let collapsed = t.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut chars = collapsed.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        Some(c) => std::iter::once(c).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_for(sentence: &str, expr: &str) -> String {
        let start = sentence.find(expr).unwrap();
        title(sentence, 0..sentence.len(), start..start + expr.len())
    }

    #[test]
    fn short_sentence_is_the_title() {
        assert_eq!(
            title_for("Mr. Yoon held a brief meeting on Thursday.", "Thursday"),
            "Mr. Yoon held a brief meeting on Thursday"
        );
    }

    #[test]
    fn long_sentence_gives_the_clause_with_the_expression() {
        let s = "The remarks, reported by Chinese state media, came at the start of talks on the sidelines of the APEC summit in San Francisco on Thursday evening.";
        let t = title_for(s, "Thursday evening");
        assert!(t.contains("Thursday evening"), "{t}");
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 2, "{t}");
    }

    #[test]
    fn expression_with_comma_is_not_cut() {
        let s = "In a long statement that went on and on about many things of importance, the ministry said on Nov. 17, 2023, that it would open talks with its neighbours soon.";
        let t = title_for(s, "Nov. 17, 2023");
        assert!(t.contains("Nov. 17, 2023"), "{t}");
    }
}
