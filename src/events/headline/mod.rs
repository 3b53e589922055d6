//! Headlines that read like a chronology: the main clause of the sentence that holds the
//! happening, shortened to a readable line.
//!
//! The sentence is tokenized ([`super::words`]) and words are dropped, never rewritten:
//! 1. with other time expressions in the sentence, the clause of this event's own
//!    expression is kept (clauses split at `;`, dashes and subordinators such as
//!    "following", "after", "while");
//! 2. the event's time expression and the preposition governing it are dropped (the date
//!    is shown beside the headline);
//! 3. leading connectives ("But", "Most recently,") and a leading adverbial before the
//!    subject ("In a joint statement, …") are dropped;
//! 4. attribution ("…, officials said", "according to …", "Police said …") is dropped, and
//!    a dateline or trailing wire credit ("WASHINGTON (Reuters) -", "– Reuters");
//! 5. parentheticals and appositives (", reported by state media,") are dropped;
//! 6. over [`MAX_HEADLINE_CHARS`], titles before names go ("Chinese President Xi Jinping"
//!    → "Xi Jinping"), then the tail is cut at the last phrase boundary that fits (before
//!    a preposition, a conjunction, a relative pronoun or a comma), never after a function
//!    word and never inside a quote.
//!
//! Rendering undoes tokenized text ("Apple 's" → "Apple's", " ," → ",") and capitalizes
//! the first letter. The subject is never cut: only material before it that is not a noun
//! phrase (connectives, adverbials with their comma, attribution) is dropped at the start.

use super::words::{self, Tok};

mod clauses;
mod leading;
mod shorten;
use std::ops::Range;

/// Headlines longer than this (in characters) are shortened.
pub const MAX_HEADLINE_CHARS: usize = 90;

/// The headline for a happening told by sentence `passage` of `text`, dated by the
/// expression `expr` (byte range into `text`), with `others` the other time expressions of
/// the sentence.
pub fn headline(
    text: &str,
    passage: Range<usize>,
    expr: Option<Range<usize>>,
    others: &[Range<usize>],
) -> String {
    let Some(s) = text.get(passage.clone()) else {
        return String::new();
    };
    let rel = |r: &Range<usize>| {
        r.start.saturating_sub(passage.start)..r.end.saturating_sub(passage.start).min(s.len())
    };
    let expr = expr.map(|e| rel(&e));
    let others: Vec<Range<usize>> = others.iter().map(rel).collect();
    let toks = words::tokens(s);
    let mut h = Builder {
        s,
        doc: text,
        keep: vec![true; toks.len()],
        toks,
        expr_toks: None,
    };
    h.drop_dateline_and_credit();
    if let Some(e) = &expr {
        if !others.is_empty() {
            h.keep_clause_of(e);
        }
        h.drop_expression(e);
    }
    h.drop_leading_expressions(&others);
    h.drop_parentheticals();
    for _ in 0..3 {
        h.drop_leading_connectives();
        h.drop_leading_attribution();
        h.drop_leading_adverbial();
    }
    h.drop_trailing_attribution();
    h.drop_subject_appositive();
    h.drop_appositives();
    if h.len() > MAX_HEADLINE_CHARS {
        h.drop_titles();
    }
    if h.len() > MAX_HEADLINE_CHARS {
        h.headline_style();
    }
    if h.len() > MAX_HEADLINE_CHARS {
        h.cut_tail();
    }
    h.trim_end();
    let out = h.render();
    if out.chars().count() >= 3 {
        return out;
    }
    // Everything was dropped (a bare dateline or expression): the sentence, shortened.
    let mut all = Builder {
        s,
        doc: text,
        keep: vec![true; words::tokens(s).len()],
        toks: words::tokens(s),
        expr_toks: None,
    };
    if all.len() > MAX_HEADLINE_CHARS {
        all.cut_tail();
    }
    all.render()
}

struct Builder<'a> {
    s: &'a str,
    /// The whole document (which part of a name it repeats tells the surname).
    doc: &'a str,
    toks: Vec<Tok>,
    keep: Vec<bool>,
    /// Token indices of the event's own expression (dropped, but its phrase tells what
    /// happened then: an appositive holding it stays).
    expr_toks: Option<(usize, usize)>,
}

impl Builder<'_> {
    pub(super) fn w(&self, i: usize) -> &str {
        &self.s[self.toks[i].range.clone()]
    }

    /// Indices of kept tokens.
    pub(super) fn kept(&self) -> Vec<usize> {
        (0..self.toks.len()).filter(|&i| self.keep[i]).collect()
    }

    pub(super) fn kept_words(&self) -> usize {
        self.kept().iter().filter(|&&i| self.toks[i].word).count()
    }

    pub(super) fn len(&self) -> usize {
        self.render().chars().count()
    }

    pub(super) fn drop_range(&mut self, r: Range<usize>) {
        for k in &mut self.keep[r] {
            *k = false;
        }
    }

    /// First kept token index.
    pub(super) fn first_kept(&self) -> Option<usize> {
        (0..self.toks.len()).find(|&i| self.keep[i])
    }

    pub(super) fn render(&self) -> String {
        self.render_of(&self.kept())
    }

    /// Joins tokens as written, undoing tokenized spacing, trimming edge punctuation and
    /// unbalanced quotes, capitalizing the first letter.
    pub(super) fn render_of(&self, ids: &[usize]) -> String {
        let mut out = String::new();
        let mut prev: Option<&str> = None;
        let mut straight_open = false;
        for &i in ids {
            let w = self.w(i);
            // ", on June 21," with the date gone: one comma.
            if w == "," && prev == Some(",") {
                continue;
            }
            let glue = match prev {
                None => true,
                Some(p) => {
                    let attach_left = matches!(
                        w,
                        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "”" | "’"
                    ) || w.starts_with('\'') && w.len() <= 3
                        || w.starts_with('’') && w.chars().count() <= 3
                        || w == "n't"
                        || (w == "'" && (p == "'" || !out.ends_with(' ')))
                        || (matches!(p, "'" | "’")
                            && matches!(w, "s" | "t" | "re" | "ll" | "ve" | "d" | "m"))
                        || (w == "\"" && straight_open);
                    // After an opening straight quote (one that left the quote open).
                    let attach_right = matches!(p, "(" | "[" | "$" | "“" | "‘" | "`")
                        || (p == "\"" && straight_open);
                    attach_left || attach_right
                }
            };
            if w == "\"" {
                straight_open = !straight_open;
            }
            if !glue {
                out.push(' ');
            }
            out.push_str(w);
            prev = Some(w);
        }
        tidy(&out)
    }
}

pub(super) fn is_sentence_start(kept: &[usize], k: usize) -> bool {
    k == 0 && !kept.is_empty()
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–") || (!w.is_empty() && w.chars().all(|c| c == '-'))
}

pub(super) fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”")
}

pub(super) fn opens_quote(w: &str, depth: i32) -> bool {
    match w {
        "“" => true,
        "”" => false,
        _ => depth == 0,
    }
}

/// Trims edge punctuation, drops a lone unbalanced quote at either end, capitalizes.
fn tidy(s: &str) -> String {
    let mut t = s
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–' | '-' | '_')
        })
        .trim_end_matches(['.', ',', ';', ':'])
        .trim()
        .to_string();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let opens = t.matches(open).count();
        let closes = t.matches(close).count();
        if open == close {
            if opens % 2 == 1 {
                if t.starts_with(open) {
                    t.remove(0);
                } else if t.ends_with(close) {
                    t.pop();
                } else {
                    // A quote cut short stays a quote.
                    t = t.trim_end_matches([',', ';', ':', ' ']).to_string();
                    t.push(close);
                }
            }
        } else if opens > closes && t.starts_with(open) && opens == 1 {
            t.remove(0);
        } else if opens > closes {
            // A quote cut short stays a quote: close it after its last word.
            t = t.trim_end_matches([',', ';', ':', ' ']).to_string();
            t.push(close);
        } else if closes > opens && t.ends_with(close) {
            t.pop();
        }
    }
    let t = t.trim().trim_end_matches([',', ';', ':']).trim();
    let mut chars = t.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        Some(c) => std::iter::once(c).chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(sentence: &str, expr: Option<&str>) -> String {
        let e = expr.map(|x| {
            let s = sentence.find(x).unwrap();
            s..s + x.len()
        });
        headline(sentence, 0..sentence.len(), e, &[])
    }

    #[test]
    fn drops_appositive_and_expression() {
        assert_eq!(
            h("The remarks, reported by Chinese state media, came at the start of talks on the sidelines of the APEC summit in San Francisco on Thursday evening.", Some("Thursday evening")),
            // 91 characters with "in San Francisco": the last phrase goes.
            "The remarks came at the start of talks on the sidelines of the APEC summit"
        );
    }

    #[test]
    fn drops_connective_and_attribution() {
        assert_eq!(
            h(
                "But the plant closed on Monday, officials said.",
                Some("Monday")
            ),
            "The plant closed"
        );
        assert_eq!(
            h("Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting on Thursday.", Some("Thursday")),
            "Mr. Yoon, Mr. Kishida and Mr. Biden also held a brief trilateral meeting"
        );
    }

    #[test]
    fn detokenizes() {
        assert_eq!(
            h(
                "Apple 's shares rose 5 % to $ 40 , the company said .",
                None
            ),
            "Apple's shares rose 5% to $40"
        );
    }

    #[test]
    fn long_sentences_fit_and_end_on_a_content_word() {
        let s = "Chinese President Xi Jinping told Japanese Prime Minister Fumio Kishida that Asia’s two largest economies should reaffirm their strategic relationship in their first face-to-face talks in a year that look to put a floor under strained ties.";
        let t = h(s, None);
        assert!(t.chars().count() <= MAX_HEADLINE_CHARS, "{t}");
        // Titles go, then titled people go by surname and "that" after "told" goes.
        assert_eq!(
            t,
            "Xi told Kishida Asia’s two largest economies should reaffirm their strategic relationship"
        );
    }
}
