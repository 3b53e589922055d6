//! Inside the sentence: the clause of the event's own expression, the expression itself,
//! parentheticals, appositives and trailing attribution.

use super::{is_dash, is_quote, opens_quote, Builder};
use crate::events::words::{self, is_in, lower};
use std::ops::Range;

/// Subordinators where a sentence's second clause starts (for picking the clause of one of
/// several time expressions).
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "following", "after", "before", "while", "whereas", "because", "although", "though", "amid",
    "when", "since", "until", "despite", "as",
];

/// Participles that open an appositive (", born in …").
#[rustfmt::skip]
const IRREGULAR_PARTICIPLE: &[&str] = &[
    "born", "known", "seen", "shown", "written", "given", "taken",
];

/// Auxiliaries and copulas: finite verbs whatever follows.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "shall", "does", "did", "do", "am", "'s", "'re", "'ll", "'ve",
];

/// Common present-tense news verbs ("Apple releases", "Police say").
#[rustfmt::skip]
const PRESENT_VERBS: &[&str] = &[
    "says", "say", "plans", "wants", "faces", "expects", "announces", "releases", "launches",
    "unveils", "opens", "closes", "takes", "makes", "gives", "gets", "holds", "leads", "calls",
    "seeks", "warns", "urges", "denies", "agrees", "backs", "joins", "leaves", "meets", "wins",
    "loses", "buys", "sells", "sues", "files", "hits", "rises", "falls", "cuts", "raises",
    "plan", "want", "face", "expect", "hope", "hopes", "need", "needs", "remain", "remains",
    "begins", "ends", "kills", "reports", "shows", "tells", "believes", "continues", "comes",
    "goes", "becomes", "seems", "looks", "stands", "runs", "puts", "sets", "keeps", "adds",
    "accuses", "rejects", "approves", "signs", "orders", "offers", "agree", "deny", "face",
];

impl Builder<'_> {
    /// Position (in [`Builder::kept`]) of the first finite verb outside quotes and
    /// brackets: an auxiliary, a past form not led by a determiner, or a common present.
    pub(super) fn main_verb(&self) -> Option<usize> {
        let kept = self.kept();
        let mut quote = false;
        let mut paren = 0i32;
        // A relative clause in the subject ("officers who had been searching … concluded")
        // has its own verb: skip it.
        let mut relative = false;
        let mut in_relative_verb = false;
        for (k, &i) in kept.iter().enumerate() {
            let w = self.w(i);
            match w {
                "“" | "”" | "\"" => quote = !quote,
                "(" => paren += 1,
                ")" => paren -= 1,
                _ => {}
            }
            if quote || paren > 0 || !self.toks[i].word || k == 0 {
                continue;
            }
            let l = lower(w);
            let prev = lower(self.w(kept[k - 1]));
            let determiner = matches!(
                prev.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "this"
                    | "these"
                    | "those"
                    | "our"
            );
            let past = words::IRREGULAR_PAST.contains(&l.as_str())
                || (l.len() > 4 && l.ends_with("ed") && !words::NOT_PAST_ED.contains(&l.as_str()));
            let said = matches!(l.as_str(), "told" | "said" | "says" | "wrote" | "thought")
                || (words::REPORTING.contains(&l.as_str()) && l.ends_with("ed"));
            let verb = AUXILIARIES.contains(&l.as_str())
                || said
                || (past && !determiner)
                || (PRESENT_VERBS.contains(&l.as_str()) && !determiner);
            if matches!(l.as_str(), "who" | "which") {
                relative = true;
                continue;
            }
            if relative {
                if verb || l.ends_with("ing") {
                    in_relative_verb = true;
                    continue;
                }
                if in_relative_verb {
                    // Past the relative clause's verb group: its object, then the main verb.
                    relative = !matches!(w, ",");
                }
                continue;
            }
            if verb {
                return Some(k);
            }
        }
        None
    }

    /// "Mark Papermaster, formerly an Apple executive, is stepping down": a comma-enclosed
    /// phrase between the subject and the main verb.
    pub(super) fn drop_subject_appositive(&mut self) {
        let kept = self.kept();
        let Some(v) = self.main_verb() else { return };
        let commas: Vec<usize> = (1..v).filter(|&k| self.w(kept[k]) == ",").collect();
        let [a, b] = commas[..] else { return };
        let list = kept
            .get(b + 1)
            .is_some_and(|&i| matches!(lower(self.w(i)).as_str(), "and" | "or"));
        let quoted = kept[a..b].iter().any(|&i| is_quote(self.w(i)));
        if b + 1 == v
            && b > a + 1
            && !list
            && !quoted
            && a >= 1
            && !self.holds_expression(kept[a], kept[b])
        {
            for &i in &kept[a..=b] {
                self.keep[i] = false;
            }
        }
    }

    /// Keeps only the clause holding `e` when the sentence has several expressions.
    /// Clauses are split at `;`, dashes, subordinators (a subordinate clause ends at its
    /// first comma) and "and"/"but" before a verb. A clause that is little more than the
    /// expression joins the clause it dates (the one before it, or after it at the start:
    /// "In contrast to Thursday, when …"); a verb phrase after "and" takes the sentence's
    /// subject ("Jobs … and has been on leave since January" → "Jobs has been on leave").
    pub(super) fn keep_clause_of(&mut self, e: &Range<usize>) {
        let n = self.toks.len();
        let mut cuts = vec![0];
        let mut in_quote = false;
        let mut in_sub = n > 0 && is_in(SUBORDINATORS, self.w(0));
        for i in 1..n {
            let w = self.w(i);
            if is_quote(w) {
                in_quote = !in_quote;
            }
            if in_quote {
                continue;
            }
            let next_is_verb = i + 1 < n && {
                let l = lower(self.w(i + 1));
                AUXILIARIES.contains(&l.as_str()) || words::IRREGULAR_PAST.contains(&l.as_str())
            };
            if w == ";" || is_dash(w) || (is_in(&["and", "but"], w) && next_is_verb) {
                cuts.push(i);
                in_sub = false;
            } else if is_in(SUBORDINATORS, w) && i > 2 {
                cuts.push(i);
                in_sub = true;
            } else if w == "," && in_sub {
                cuts.push(i);
                in_sub = false;
            }
        }
        cuts.push(n);
        cuts.dedup();
        let Some(at) = self.toks.iter().position(|t| t.range.end > e.start) else {
            return;
        };
        let k = cuts.partition_point(|&c| c <= at).saturating_sub(1);
        let starts_clause = |c: usize| {
            c > 0
                && (!self.toks[c].word
                    || is_in(SUBORDINATORS, self.w(c))
                    || is_in(&["and", "but"], self.w(c)))
        };
        let outside = |lo: usize, hi: usize| {
            (lo..hi)
                .filter(|&i| {
                    let t = &self.toks[i];
                    t.word
                        && (t.range.end <= e.start || t.range.start >= e.end)
                        && !is_in(words::TIME_PREPOSITIONS, self.w(i))
                        && !(i == lo && starts_clause(i))
                })
                .count()
        };
        let (mut lo, mut hi) = (cuts[k], cuts[k + 1]);
        if outside(lo, hi) < 3 {
            if k > 0 {
                lo = cuts[k - 1];
            } else if k + 2 < cuts.len() {
                hi = cuts[k + 2];
            }
        }
        let coordinated = lo > 0 && is_in(&["and", "but"], self.w(lo));
        if starts_clause(lo) {
            lo += 1;
        }
        if (lo..hi).filter(|&i| self.toks[i].word).count() < 3 {
            return;
        }
        // The subject of a coordinated verb phrase: the sentence's words before its verb.
        let subject_end = if coordinated {
            (1..cuts[1]).find(|&i| {
                let l = lower(self.w(i));
                AUXILIARIES.contains(&l.as_str()) || words::IRREGULAR_PAST.contains(&l.as_str())
            })
        } else {
            None
        };
        let keep: Vec<bool> = (0..n)
            .map(|i| (lo..hi).contains(&i) || subject_end.is_some_and(|s| i < s))
            .collect();
        for (k, want) in self.keep.iter_mut().zip(keep) {
            *k &= want;
        }
    }

    /// Drops the tokens of the expression and the preposition (and determiner-less comma)
    /// that govern it.
    pub(super) fn drop_expression(&mut self, e: &Range<usize>) {
        let inside: Vec<usize> = (0..self.toks.len())
            .filter(|&i| self.toks[i].range.start < e.end && self.toks[i].range.end > e.start)
            .collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            return;
        };
        self.drop_range(first..last + 1);
        if self.expr_toks.is_none() {
            self.expr_toks = Some((first, last));
        }
        // "the late 1980 's": the expression's own possessive or plural goes with it; the
        // preposition then governs what follows ("at this year's conference"), not the
        // date, and stays.
        let mut last = last;
        let word = |i: usize| self.toks.get(i).map(|t| &self.s[t.range.clone()]);
        let glued = |i: usize| self.toks.get(i).is_some_and(|t| !t.space_before);
        let mut possessive = false;
        if matches!(word(last + 1), Some("'" | "’"))
            && word(last + 2) == Some("s")
            && glued(last + 2)
        {
            self.keep[last + 1] = false;
            self.keep[last + 2] = false;
            last += 2;
            possessive = true;
        } else if matches!(word(last + 1), Some("'s" | "’s")) {
            self.keep[last + 1] = false;
            last += 1;
            possessive = true;
        }
        let mut before = first;
        if before > 0 && !possessive && is_in(words::TIME_PREPOSITIONS, self.w(before - 1)) {
            before -= 1;
            self.keep[before] = false;
        }
        // "On Monday, X …": the comma after a leading expression goes too.
        let lead = (0..before).all(|i| !self.keep[i]);
        if lead
            && self
                .toks
                .get(last + 1)
                .is_some_and(|t| &self.s[t.range.clone()] == ",")
        {
            self.keep[last + 1] = false;
        }
    }

    /// Other time expressions that open the sentence ("Yesterday, at …"): a time
    /// adverbial before the subject, never what the headline is about.
    pub(super) fn drop_leading_expressions(&mut self, others: &[Range<usize>]) {
        for e in others {
            let Some(first) = (0..self.toks.len()).find(|&i| self.keep[i]) else {
                return;
            };
            let at = self.toks[first].range.start;
            let opens = at >= e.start && at < e.end
                || (is_in(words::TIME_PREPOSITIONS, self.w(first))
                    && self
                        .toks
                        .get(first + 1)
                        .is_some_and(|t| t.range.start == e.start));
            if opens {
                self.drop_expression(e);
                if self.toks.get(first).is_some()
                    && self.keep[first]
                    && is_in(words::TIME_PREPOSITIONS, self.w(first))
                {
                    self.keep[first] = false;
                }
            }
        }
    }

    pub(super) fn drop_parentheticals(&mut self) {
        let mut open = None;
        for i in 0..self.toks.len() {
            match self.w(i) {
                "(" | "[" => open = Some(i),
                ")" | "]" => {
                    if let Some(o) = open.take() {
                        self.drop_range(o..i + 1);
                    }
                }
                _ => {}
            }
        }
    }

    /// "…, officials said", "…,” Mr. Xi told Mr. Kishida as they sat …", "…, according to
    /// X": a last comma followed, within a few words, by a verb of saying.
    pub(super) fn drop_trailing_attribution(&mut self) {
        let kept = self.kept();
        let n = kept.len();
        let mut quote_depth = 0i32;
        let mut last_cut = None;
        for (k, &i) in kept.iter().enumerate() {
            let w = self.w(i);
            if is_quote(w) {
                quote_depth = if opens_quote(w, quote_depth) { 1 } else { 0 };
            }
            if w != "," || k < 3 {
                continue;
            }
            // The tail starts after the comma (and a closing quote after it).
            let mut t = k + 1;
            let closing = kept.get(t).is_some_and(|&j| is_quote(self.w(j)));
            if closing {
                t += 1;
            }
            if quote_depth > 0 && !closing {
                continue;
            }
            let verb = kept[t..]
                .iter()
                .take(7)
                .position(|&j| is_in(words::REPORTING, self.w(j)));
            if let Some(v) = verb {
                let subject_first = kept[t..t + v].iter().all(|&j| {
                    self.toks[j].word && !is_in(words::FUNCTION_WORDS, self.w(j))
                        || lower(self.w(j)) == "the"
                });
                if subject_first || v == 0 {
                    last_cut = Some((k, closing));
                    break;
                }
            }
        }
        if let Some((k, closing)) = last_cut {
            let from = if closing { k + 2 } else { k };
            if kept[..k].iter().filter(|&&i| self.toks[i].word).count() >= 3 {
                for &i in &kept[from..n] {
                    self.keep[i] = false;
                }
                if closing {
                    self.keep[kept[k]] = false; // the comma inside the quote
                }
            }
        }
    }

    /// ", reported by Chinese state media," ", a former executive," ", who …,": a
    /// comma-enclosed phrase after the subject's first word.
    pub(super) fn drop_appositives(&mut self) {
        let kept = self.kept();
        let commas: Vec<usize> = (0..kept.len())
            .filter(|&k| self.w(kept[k]) == ",")
            .collect();
        for pair in commas.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a == 0 || b - a < 2 || b - a > 14 {
                continue;
            }
            let first = lower(self.w(kept[a + 1]));
            let starts = first.ends_with("ed")
                || first.ends_with("ing")
                || matches!(
                    first.as_str(),
                    "who"
                        | "which"
                        | "whose"
                        | "a"
                        | "an"
                        | "the"
                        | "himself"
                        | "herself"
                        | "itself"
                )
                || (IRREGULAR_PARTICIPLE.contains(&first.as_str()));
            let quoted = kept[a..b].iter().any(|&i| is_quote(self.w(i)));
            let said = b - a <= 7 && is_in(words::REPORTING, self.w(kept[b - 1]));
            let starts = starts || said;
            // A list ("A, B, and C") is not an appositive.
            let list = kept
                .get(b + 1)
                .is_some_and(|&i| matches!(lower(self.w(i)).as_str(), "and" | "or"));
            if starts
                && !quoted
                && !list
                && self.still_kept(&kept[a..=b])
                && !self.holds_expression(kept[a], kept[b])
            {
                for &i in &kept[a..=b] {
                    self.keep[i] = false;
                }
            }
        }
    }

    /// True when tokens `from..=to` hold the event's own expression.
    fn holds_expression(&self, from: usize, to: usize) -> bool {
        self.expr_toks.is_some_and(|(a, b)| from <= a && b <= to)
    }

    pub(super) fn still_kept(&self, ids: &[usize]) -> bool {
        ids.iter().all(|&i| self.keep[i])
    }
}
