//! Short readable titles for events, made from the sentence around the time expression.
//!
//! A sentence that fits is used whole. Otherwise the clause holding the expression (cut at
//! `;`, `:`, dashes and comma-space, never inside the expression; grown with its
//! neighbours while short) is used when it fits. Otherwise the title keeps the sentence's
//! opening words (usually the subject: who did it) and the words leading up to the
//! expression (what was done, and when), joined by an ellipsis: "Leaders from the
//! 21-member … for the 30th summit from Nov. 15-17". Cuts fall on word boundaries.

use std::ops::Range;

/// Titles longer than this are shortened (in chars).
pub const MAX_TITLE_CHARS: usize = 100;
/// How much of the sentence opening to keep when the expression is far into it.
const HEAD_CHARS: usize = 32;

/// A title for the event whose expression is `expr` inside sentence `sentence` (both byte
/// ranges into `text`).
pub fn title(text: &str, sentence: Range<usize>, expr: Range<usize>) -> String {
    let s = tidy(&text[sentence.clone()]);
    let words: Vec<&str> = text[sentence.clone()].split_whitespace().collect();
    if s.chars().count() <= MAX_TITLE_CHARS || words.is_empty() {
        return s;
    }
    if let Some(clause) = clause_around(
        &text[sentence.clone()],
        expr.start.saturating_sub(sentence.start),
        expr.end.saturating_sub(sentence.start),
    ) {
        return clause;
    }
    // Index of the word holding the end of the expression.
    let base = text[sentence.clone()].as_ptr() as usize;
    let expr_end = expr.end.saturating_sub(sentence.start);
    let last = words
        .iter()
        .position(|w| (w.as_ptr() as usize - base) + w.len() >= expr_end)
        .unwrap_or(words.len() - 1);
    let len = |ws: &[&str]| ws.iter().map(|w| w.chars().count() + 1).sum::<usize>();
    // The expression is near the start: keep the start and cut the tail.
    if len(&words[..=last]) < MAX_TITLE_CHARS {
        let mut end = last + 1;
        while end < words.len() && len(&words[..=end]) < MAX_TITLE_CHARS {
            end += 1;
        }
        return finish(&words[..end], end < words.len());
    }
    // Opening words, then the words leading up to (and just after) the expression.
    let mut head = 0;
    while head < last && len(&words[..=head]) <= HEAD_CHARS {
        head += 1;
    }
    let budget = MAX_TITLE_CHARS - len(&words[..head]) - 3;
    let mut from = last;
    while from > head && len(&words[from - 1..=last]) <= budget {
        from -= 1;
    }
    let mut to = last + 1;
    while to < words.len() && len(&words[from..=to]) <= budget {
        to += 1;
    }
    let mut out = words[..head].join(" ");
    out.push_str(" … ");
    out.push_str(&finish(&words[from..to], to < words.len()));
    capitalize(&out)
}

/// Joins words, trims trailing punctuation, adds "…" when the sentence goes on.
fn finish(words: &[&str], more: bool) -> String {
    let joined = words.join(" ");
    let t = joined.trim_end_matches([',', ';', ':', '.', '—', '–']);
    if more {
        format!("{t}…")
    } else {
        t.to_string()
    }
}

const MIN_CLAUSE_CHARS: usize = 35;

/// The clause of `s` holding bytes `e_start..e_end`, grown with its neighbours while
/// shorter than [`MIN_CLAUSE_CHARS`]; `None` when it does not fit in a title.
fn clause_around(s: &str, e_start: usize, e_end: usize) -> Option<String> {
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
    let k = cuts.partition_point(|&c| c <= e_start).saturating_sub(1);
    let (mut lo, mut hi) = (k, (k + 1).min(cuts.len() - 1));
    while s[cuts[lo]..cuts[hi]].trim().chars().count() < MIN_CLAUSE_CHARS
        && (lo > 0 || hi + 1 < cuts.len())
    {
        if hi + 1 < cuts.len() {
            hi += 1;
        } else {
            lo -= 1;
        }
    }
    let clause = tidy(&s[cuts[lo]..cuts[hi]]);
    (clause.chars().count() <= MAX_TITLE_CHARS && (lo, hi) != (0, cuts.len() - 1)).then_some(clause)
}

/// Trims punctuation and whitespace, collapses inner whitespace, capitalizes.
fn tidy(s: &str) -> String {
    let t = s.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–'));
    let t = t.trim_end_matches('.');
    capitalize(&t.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
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
    fn long_sentence_keeps_its_subject_and_the_expression() {
        let s = "Leaders from the 21-member Asia-Pacific Economic Cooperation forum are in San Francisco for the 30th summit from Nov. 15-17.";
        let t = title_for(s, "Nov. 15-17");
        assert!(t.starts_with("Leaders from the"), "{t}");
        assert!(t.ends_with("from Nov. 15-17"), "{t}");
        assert!(t.contains(" … "), "{t}");
        assert!(t.chars().count() <= MAX_TITLE_CHARS, "{t}");
    }

    #[test]
    fn expression_near_the_start_cuts_the_tail() {
        let s = "In a joint statement in 2008, Japan and China agreed to pursue a mutually beneficial relationship based on common strategic interests designed to ensure frequent exchanges.";
        let t = title_for(s, "2008");
        assert!(
            t.starts_with("In a joint statement in 2008, Japan and China"),
            "{t}"
        );
        assert!(t.ends_with('…'), "{t}");
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 1, "{t}");
    }

    #[test]
    fn expression_with_comma_is_kept_whole() {
        let s = "In a long statement that went on and on about many things of importance to everyone, the ministry said on Nov. 17, 2023, that it would open talks with its neighbours soon.";
        let t = title_for(s, "Nov. 17, 2023");
        assert!(t.contains("Nov. 17, 2023"), "{t}");
    }
}
