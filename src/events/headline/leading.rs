//! What opens a sentence before its subject: a dateline, connectives ("But", "Most
//! recently,"), attribution ("According to X,", "Police said"), a leading adverbial or
//! subordinate clause ending with a comma ("In a joint statement,", "Although …,").

use super::{is_dash, is_quote, Builder};
use crate::events::words::{self, is_in, lower};

/// Subordinators that open a leading clause ("Although …, X did Y").
#[rustfmt::skip]
const LEADING_SUBORDINATORS: &[&str] = &[
    "although", "though", "while", "when", "after", "before", "because", "since", "if",
    "unless", "whereas", "as", "once", "until", "despite", "following", "amid", "similarly",
    "nevertheless", "however",
];

impl Builder<'_> {
    /// "WASHINGTON (Reuters) -" at the start, "– Reuters" at the end.
    pub(super) fn drop_dateline_and_credit(&mut self) {
        let n = self.toks.len();
        // A trailing credit: a dash and at most three words.
        if let Some(d) = (n.saturating_sub(5)..n).find(|&i| is_dash(self.w(i))) {
            if d > 3 && (d + 1..n).all(|i| self.toks[i].word || self.w(i) == ".") {
                self.drop_range(d..n);
            }
        }
        // A dateline: a place in capitals (and its region, an agency in brackets) then a
        // dash or "_": "CANBERRA, Australia (AP) _", "WASHINGTON (Reuters) -".
        let limit = n.min(14);
        if let Some(d) = (1..limit).find(|&i| is_dash(self.w(i)) || self.w(i) == "_") {
            let first_caps = self.toks[0].word
                && self.w(0).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && self.w(0).chars().all(|c| !c.is_lowercase());
            let head_is_dateline = first_caps
                && (0..d).all(|i| {
                    let w = self.w(i);
                    !self.toks[i].word
                        || w.chars()
                            .next()
                            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                });
            if head_is_dateline && d + 3 < n {
                self.drop_range(0..d + 1);
            }
        }
    }

    pub(super) fn drop_leading_connectives(&mut self) {
        loop {
            let Some(f) = self.first_kept() else { return };
            let kept = self.kept();
            let lw: Vec<String> = kept.iter().take(4).map(|&i| lower(self.w(i))).collect();
            let phrase = words::CONNECTIVE_PHRASES
                .iter()
                .find(|p| p.len() <= lw.len() && p.iter().zip(&lw).all(|(a, b)| a == b));
            let n = match phrase {
                Some(p) => p.len(),
                None if !self.toks[f].word && self.w(f) != "“" && self.w(f) != "\"" => 1,
                None => {
                    let w = lw[0].as_str();
                    let comma = kept.get(1).is_some_and(|&i| self.w(i) == ",");
                    if (comma && words::CONNECTIVES.contains(&w))
                        || words::BARE_CONNECTIVES.contains(&w)
                    {
                        1
                    } else {
                        return;
                    }
                }
            };
            if self.kept_words() <= n + 2 {
                return;
            }
            for &i in kept.iter().take(n) {
                self.keep[i] = false;
            }
            if let Some(&i) = kept.get(n) {
                if self.w(i) == "," {
                    self.keep[i] = false;
                }
            }
        }
    }

    /// "According to X, …" and "Police said (that) …" (a short speaker, not "told").
    pub(super) fn drop_leading_attribution(&mut self) {
        let kept = self.kept();
        let Some(&f) = kept.first() else { return };
        if lower(self.w(f)) == "according" {
            if let Some(c) = kept.iter().take(10).position(|&i| self.w(i) == ",") {
                if kept.len() > c + 4 {
                    for &i in &kept[..=c] {
                        self.keep[i] = false;
                    }
                }
            }
            return;
        }
        let Some(v) = kept
            .iter()
            .take(5)
            .position(|&i| matches!(lower(self.w(i)).as_str(), "said" | "says" | "reported"))
        else {
            return;
        };
        let speaker_ok = v >= 1 && kept[..v].iter().all(|&i| self.toks[i].word);
        let mut end = v + 1;
        if kept.get(end).is_some_and(|&i| lower(self.w(i)) == "that") {
            end += 1;
        }
        let rest_words = kept[end..].iter().filter(|&&i| self.toks[i].word).count();
        let rest_starts_ok = kept
            .get(end)
            .is_some_and(|&i| self.toks[i].word && !is_in(words::TIME_PREPOSITIONS, self.w(i)));
        if speaker_ok && rest_words >= 4 && rest_starts_ok {
            for &i in &kept[..end] {
                self.keep[i] = false;
            }
        }
    }

    /// "In a joint statement, Japan and China agreed …", "Although the government said …,
    /// analysts …", "Citing people familiar with the matter, …": a leading prepositional
    /// phrase, subordinate clause or participle phrase up to a comma before the subject.
    pub(super) fn drop_leading_adverbial(&mut self) {
        let kept = self.kept();
        let Some(&f) = kept.first() else { return };
        let first = lower(self.w(f));
        let opener = is_in(words::PREPOSITIONS, &first)
            || is_in(LEADING_SUBORDINATORS, &first)
            || (first.len() > 4
                && (first.ends_with("ing") || first.ends_with("ed") || first.ends_with("ly")))
            || is_in(
                &[
                    "tired", "faced", "asked", "born", "once", "long", "unable", "unlike",
                ],
                &first,
            );
        if !opener {
            return;
        }
        let limit = if is_in(words::PREPOSITIONS, &first) {
            16
        } else {
            40
        };
        let mut quote = false;
        for (c, &i) in kept.iter().enumerate().take(limit) {
            let w = self.w(i);
            if is_quote(w) {
                quote = !quote;
            }
            if w != "," || quote {
                continue;
            }
            let rest_words = kept[c + 1..].iter().filter(|&&i| self.toks[i].word).count();
            if rest_words >= 4 {
                for &i in &kept[..=c] {
                    self.keep[i] = false;
                }
            }
            return;
        }
    }
}
